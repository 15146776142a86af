import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.js';
import { article, country, day, event, person, signature } from './fixtures.js';

/** A fresh, empty database for one contract run. */
export interface StoreHarness {
  readonly store: Store;
  /** Another handle on the same database (another connection or process-like client). */
  second(): Promise<Store>;
  /** True when two handles may write at the same time from this one process. */
  readonly inProcessConcurrency: boolean;
  dispose(): Promise<void>;
}

const AZE = country('AZE', 'Azerbaijan');
const PER = country('PER', 'Peru');
const TUR = country('TUR', 'Turkey');

const A1 = article('art-1', 'Azerbaijan, Peru mark ties', [
  'Azerbaijan and Peru established diplomatic relations on 25 June 1996.',
  'Azerbaijan opened its embassy in Lima in June 2015.',
  'Luis Chang Boldrini met Foreign Minister Elmar Mammadyarov on July 28.',
]);
const A2 = article('art-2', 'Peru envoy speaks', [
  'The two countries established diplomatic relations in 1996.',
  'Peru opened its embassy in Baku in 2017.',
  'The sides will meet again in Lima next year.',
], { published: '2018-01-10', url: null });
const A3 = article('art-3', 'Turkey and Azerbaijan sign deal', [
  'Turkey and Azerbaijan signed an agreement on visas in 2014.',
  'Protesters gathered outside the embassy.',
]);

function eventsOf(): Map<string, ReturnType<typeof event>[]> {
  const boldrini = person('Luis Chang Boldrini', 'PER', "chargé d'affaires");
  const mammadyarov = person('Elmar Mammadyarov', 'AZE', 'foreign minister');
  return new Map([
    ['art-1', [
      event(A1, 0, { kind: 'relations.establish', source: AZE, target: PER, date: day('1996-06-25'), sentence: A1.text.split('\n\n')[1]! }),
      event(A1, 1, { kind: 'mission.open', source: AZE, target: PER, date: day('2015-06'), attributes: { missionType: 'embassy', city: 'Lima' }, sentence: 'Azerbaijan opened its embassy in Lima in June 2015.' }),
      event(A1, 2, { kind: 'meeting', source: boldrini, target: mammadyarov, date: day('2017-07-28', 'relative'), attributes: { format: 'talks' }, sentence: 'Luis Chang Boldrini met Foreign Minister Elmar Mammadyarov on July 28.' }),
    ]],
    ['art-2', [
      event(A2, 0, { kind: 'relations.establish', source: PER, target: AZE, date: day('1996'), sentence: 'The two countries established diplomatic relations in 1996.' }),
      event(A2, 1, { kind: 'mission.open', source: PER, target: AZE, date: day('2017'), attributes: { missionType: 'embassy', city: 'Baku' }, sentence: 'Peru opened its embassy in Baku in 2017.' }),
      event(A2, 2, { kind: 'meeting', source: PER, target: AZE, date: day('2019'), modality: 'planned', sentence: 'The sides will meet again in Lima next year.' }),
    ]],
    ['art-3', [
      event(A3, 0, { kind: 'agreement.sign', source: TUR, target: AZE, date: day('2014'), attributes: { agreementType: 'agreement', topics: ['visa'] }, sentence: 'Turkey and Azerbaijan signed an agreement on visas in 2014.' }),
      event(A3, 1, { kind: null, cameo: '141', source: null, target: null, date: day('2017-08-17', 'article'), sentence: 'Protesters gathered outside the embassy.' }),
    ]],
  ]);
}

/**
 * The contract every Store implementation passes (hono's common.case.test pattern):
 * `factory` gives a fresh empty database for each group of cases.
 */
export function runStoreContract(name: string, factory: () => Promise<StoreHarness>): void {
  describe(`Store contract: ${name}`, () => {
    let h: StoreHarness;
    let s: Store;
    const evs = eventsOf();
    before(async () => {
      h = await factory();
      s = h.store;
      for (const a of [A1, A2, A3]) {
        const out = await s.putArticle(a, evs.get(a.id)!, signature(a.text));
        assert.equal(out.status, 'stored', a.id);
      }
    });
    after(async () => { await h?.dispose(); });

    it('returns an article and its events exactly as given', async () => {
      const got = await s.getArticle('art-1');
      assert.ok(got);
      assert.deepEqual(got.article, A1);
      assert.deepEqual(got.events, evs.get('art-1'));
      assert.equal(await s.hasArticle('art-1'), true);
      assert.equal(await s.hasArticle('nope'), false);
      assert.equal(await s.getArticle('nope'), null);
      assert.deepEqual(await s.articleInfo(['art-2', 'nope', 'art-2']), [
        { id: 'art-2', title: A2.title, url: null, published: '2018-01-10', source: 'Example Wire', duplicateOf: null },
      ]);
    });

    it('is idempotent: the same article again adds nothing', async () => {
      const before = await s.stats();
      const factsBefore = await s.factsForPair('AZE', 'PER');
      const out = await s.putArticle(A1, evs.get('art-1')!, signature(A1.text));
      assert.deepEqual(out, { status: 'exists', articleId: 'art-1', duplicateOf: null, events: 0 });
      const batch = await s.putArticles([{ article: A2, events: evs.get('art-2')! }, { article: A3, events: evs.get('art-3')! }]);
      assert.deepEqual(batch.map((o) => o.status), ['exists', 'exists']);
      assert.deepEqual(await s.stats(), before);
      assert.deepEqual(await s.factsForPair('AZE', 'PER'), factsBefore);
    });

    it('merges reports of one fact, keeping the most precise date and every source', async () => {
      const facts = await s.factsForPair('PER', 'AZE');
      const est = facts.filter((f) => f.kind === 'relations.establish');
      assert.equal(est.length, 1);
      assert.equal(est[0]!.date.value, '1996-06-25');
      assert.deepEqual(est[0]!.sources.map((x) => x.articleId).sort(), ['art-1', 'art-2']);
      const src = est[0]!.sources.find((x) => x.articleId === 'art-1')!;
      assert.equal(A1.text.slice(src.start, src.end), src.sentence);
      assert.equal(src.title, A1.title);
      assert.deepEqual(est[0]!.parties, ['AZE', 'PER']);
      const missions = facts.filter((f) => f.kind === 'mission.open');
      assert.deepEqual(missions.map((f) => [f.source, f.attributes.city, f.date.value]), [['AZE', 'Lima', '2015-06'], ['PER', 'Baku', '2017']]);
      const meeting = facts.find((f) => f.kind === 'meeting' && f.modality === 'asserted')!;
      assert.deepEqual(meeting.people.map((p) => p.name).sort(), ['Elmar Mammadyarov', 'Luis Chang Boldrini']);
      const planned = facts.filter((f) => f.kind === 'meeting' && f.modality === 'planned');
      assert.equal(planned.length, 1, 'a planned meeting is not merged with a held one');
      assert.deepEqual(facts.map((f) => f.date.value), [...facts.map((f) => f.date.value)].sort());
    });

    it('keeps incompatible reports apart and marks them as conflicting', async () => {
      const a = article('art-4', 'Other account', ['Azerbaijan and Peru set up diplomatic relations in March 1992.']);
      await s.putArticle(a, [event(a, 0, { kind: 'relations.establish', source: AZE, target: PER, date: day('1992-03'), sentence: 'Azerbaijan and Peru set up diplomatic relations in March 1992.' })]);
      const est = (await s.factsForPair('AZE', 'PER', { kinds: ['relations.establish'] }));
      assert.equal(est.length, 2);
      const [early, late] = est;
      assert.deepEqual(early!.conflictsWith, [late!.id]);
      assert.deepEqual(late!.conflictsWith, [early!.id]);
      const b = article('art-5', 'Visit', ['Mammadyarov met Boldrini on 29 July 2017.']);
      await s.putArticle(b, [event(b, 0, { kind: 'meeting', source: AZE, target: PER, date: day('2017-07-29'), sentence: 'Mammadyarov met Boldrini on 29 July 2017.' })]);
      const meetings = await s.factsForPair('AZE', 'PER', { kinds: ['meeting'] });
      assert.ok(meetings.every((f) => f.conflictsWith.length === 0), 'two meetings on two days are two facts, not a conflict');
    });

    it('refines a recurring kind across articles only within its date', async () => {
      const sent = ['Peru and Chile held talks in 2019.', 'Peru and Chile held talks on 2 May 2019.', 'Peru and Chile held talks on 9 May 2020.'];
      const dates = ['2019', '2019-05-02', '2020-05-09'];
      for (const [i, text] of sent.entries()) {
        const a = article(`talks-${i}`, `Talks ${i}`, [text]);
        await s.putArticle(a, [event(a, 0, { kind: 'meeting', source: PER, target: country('CHL'), date: day(dates[i]!), sentence: text })]);
      }
      const facts = await s.factsForPair('CHL', 'PER');
      assert.deepEqual(facts.map((f) => [f.date.value, f.sources.length]), [['2019-05-02', 2], ['2020-05-09', 1]]);
    });

    it('links near-duplicates; their events are evidence, not counted twice', async () => {
      const copy = { ...A1, id: 'art-1-copy', url: 'https://mirror.example/x', text: `${A1.text}\n\nFollow us.` };
      const copyEvents = evs.get('art-1')!.map((e, i) => ({ ...e, id: `art-1-copy:${i}`, articleId: copy.id }));
      const extra = event(copy, 3, { kind: 'visit', source: PER, target: AZE, date: day('2017-08'), sentence: 'Follow us.' });
      const before = await s.stats();
      assert.equal(await s.findDuplicate(signature(copy.text)), 'art-1');
      const out = await s.putArticle(copy, [...copyEvents, extra], signature(copy.text));
      assert.equal(out.status, 'duplicate');
      assert.equal(out.duplicateOf, 'art-1');
      const after = await s.stats();
      assert.equal(after.events, before.events);
      assert.equal(after.facts, before.facts);
      assert.equal(after.duplicates, before.duplicates + 1);
      const all = await s.queryEvents({ articleId: copy.id, includeDuplicates: true });
      assert.equal(all.total, 4);
      assert.equal((await s.queryEvents({ articleId: copy.id })).total, 0);
      const est = (await s.factsForPair('AZE', 'PER', { kinds: ['relations.establish'] })).find((f) => f.date.value === '1996-06-25')!;
      const dup = est.sources.find((x) => x.articleId === copy.id);
      assert.equal(dup?.duplicateOf, 'art-1', 'a duplicate may add a source, marked as such');
      assert.equal((await s.getArticle(copy.id))?.article.duplicateOf, 'art-1');
      const exact = { ...A2, id: 'art-2-again' };
      assert.equal((await s.putArticle(exact, [], signature(A2.text))).duplicateOf, 'art-2');
    });

    it('answers event queries with every filter', async () => {
      const ids = async (q: Parameters<Store['queryEvents']>[0]): Promise<string[]> => (await s.queryEvents(q)).events.map((e) => e.id);
      assert.deepEqual(await ids({ pair: ['AZE', 'TUR'] }), ['art-3:0']);
      assert.deepEqual(await ids({ country: 'TUR' }), ['art-3:0']);
      assert.deepEqual(await ids({ kind: 'mission.open' }), ['art-1:1', 'art-2:1']);
      assert.deepEqual(await ids({ kind: 'mission.*' }), ['art-1:1', 'art-2:1']);
      assert.deepEqual(await ids({ cameo: '14*' }), ['art-3:1']);
      assert.deepEqual(await ids({ cameo: '057' }), ['art-3:0']);
      assert.deepEqual(await ids({ from: '2015', to: '2015-12', articleId: 'art-1' }), ['art-1:1']);
      assert.deepEqual(await ids({ from: '2017-07-28', articleId: 'art-1' }), ['art-1:2']);
      assert.deepEqual(await ids({ to: '1996', pair: ['AZE', 'PER'] }), ['art-4:0', 'art-2:0', 'art-1:0']);
      assert.deepEqual(await ids({ text: 'EMBASSY lima' }), ['art-1:1']);
      assert.deepEqual(await ids({ text: '100%' }), []);
      const page = await s.queryEvents({ pair: ['AZE', 'PER'], limit: 2, offset: 1 });
      assert.equal(page.events.length, 2);
      assert.ok(page.total >= 7);
      assert.equal((await s.queryEvents({ pair: ['AZE', 'PER'], offset: 1 })).events.length, page.total - 1);
      await assert.rejects(s.queryEvents({ from: 'June' }), /not a date/);
    });

    it('keeps people across articles and finds them by name, alias or title', async () => {
      const found = await s.people('boldrini');
      assert.equal(found.length, 1);
      assert.equal(found[0]!.country, 'PER');
      assert.equal(found[0]!.title, "chargé d'affaires");
      await s.upsertPeople([{ name: 'Luis Chang Boldrini', country: 'PER', title: "chargé d'affaires", sectors: ['GOV'], aliases: ['Boldrini'], firstSeen: '2016-01-01', lastSeen: '2016-02-01' }]);
      const again = (await s.people('Chang'))[0]!;
      assert.deepEqual(again.aliases, ['Boldrini']);
      assert.equal(again.firstSeen, '2016-01-01');
      assert.equal(again.lastSeen, '2017-08-17');
      assert.equal((await s.people('foreign minister'))[0]?.name, 'Elmar Mammadyarov');
      assert.equal((await s.people("CHARGE d'affaires per"))[0]?.name, 'Luis Chang Boldrini', 'accents and case do not matter');
      assert.deepEqual(await s.people('nobody by this name'), []);
      assert.ok((await s.people()).length >= 2);
    });

    it('ranks partners and lists facts of one country', async () => {
      const partners = await s.partners('AZE');
      assert.deepEqual(partners.map((p) => p.country), ['PER', 'TUR']);
      assert.ok(partners[0]!.facts > partners[1]!.facts);
      const tur = await s.factsForCountry('TUR');
      assert.deepEqual(tur.map((f) => f.kind), ['agreement.sign']);
      assert.deepEqual(tur[0]!.attributes.topics, ['visa']);
      const activity = await s.activity();
      assert.deepEqual(activity.slice(0, 2).map((x) => x.country).sort(), ['AZE', 'PER']);
      assert.ok(activity.every((x, i) => i === 0 || activity[i - 1]!.facts >= x.facts));
      assert.equal(activity.find((x) => x.country === 'TUR')?.facts, 1);
    });

    it('is atomic: a batch that fails part-way leaves nothing behind', async () => {
      const before = await s.stats();
      const good = article('atomic-1', 'Good', ['Peru and Turkey signed a trade agreement in 2019.']);
      const bad = article('atomic-2', 'Bad', ['Broken event.']);
      const ok = event(good, 0, { kind: 'agreement.sign', source: PER, target: TUR, date: day('2019'), sentence: 'Peru and Turkey signed a trade agreement in 2019.' });
      const broken = { ...event(bad, 0, { kind: 'meeting', source: PER, target: TUR, date: day('2019'), sentence: 'Broken event.' }), evidence: { sentence: null } } as unknown as ReturnType<typeof event>;
      await assert.rejects(s.putArticles([{ article: good, events: [ok] }, { article: bad, events: [broken] }]));
      assert.deepEqual(await s.stats(), before);
      assert.equal(await s.hasArticle('atomic-1'), false);
      assert.equal((await s.putArticle(good, [ok])).status, 'stored', 'the store is still usable');
    });

    it('stores batches in order, seeing duplicates within the batch', async () => {
      const x = article('art-6', 'Batch one', ['Peru and Turkey held consultations in Ankara on 3 May 2018.']);
      const y = { ...x, id: 'art-6-copy' };
      const ev = event(x, 0, { kind: 'meeting', source: PER, target: TUR, date: day('2018-05-03'), attributes: { format: 'consultations' }, sentence: 'Peru and Turkey held consultations in Ankara on 3 May 2018.' });
      const out = await s.putArticles([
        { article: x, events: [ev], signature: signature(x.text) },
        { article: y, events: [{ ...ev, id: 'art-6-copy:0', articleId: y.id }], signature: signature(y.text) },
        { article: x, events: [ev] },
      ]);
      assert.deepEqual(out.map((o) => o.status), ['stored', 'duplicate', 'exists']);
      const f = await s.factsForPair('TUR', 'PER', { kinds: ['meeting'] });
      assert.equal(f.length, 1);
      assert.equal(f[0]!.sources.length, 2);
    });

    it('keeps the first of events given twice with one id, in putArticle and putArticles', async () => {
      const x = article('dup-id-1', 'Twice coded', ['Peru and Turkey held talks in Lima on 4 April 2016.']);
      const sentence = 'Peru and Turkey held talks in Lima on 4 April 2016.';
      const first = event(x, 0, { kind: 'meeting', source: PER, target: TUR, date: day('2016-04-04'), sentence });
      const mirror = { ...event(x, 0, { kind: 'meeting', source: TUR, target: PER, date: day('2016-04-04'), sentence }), id: first.id };
      const out = await s.putArticle(x, [first, mirror]);
      assert.deepEqual(out, { status: 'stored', articleId: x.id, duplicateOf: null, events: 1 });
      const got = await s.getArticle(x.id);
      assert.deepEqual(got?.events.map((e) => [e.id, e.source?.code]), [[first.id, 'PER']]);

      const y = article('dup-id-2', 'Twice in a batch', ['Peru and Turkey signed a visa agreement on 9 May 2016.']);
      const z = article('dup-id-3', 'Same id elsewhere', ['Turkey and Peru met again on 10 May 2016.']);
      const ey = event(y, 0, { kind: 'agreement.sign', source: PER, target: TUR, date: day('2016-05-09'), sentence: 'Peru and Turkey signed a visa agreement on 9 May 2016.' });
      const ez = { ...event(z, 0, { kind: 'meeting', source: TUR, target: PER, date: day('2016-05-10'), sentence: 'Turkey and Peru met again on 10 May 2016.' }), id: ey.id };
      const batch = await s.putArticles([{ article: y, events: [ey, ey] }, { article: z, events: [ez] }]);
      assert.deepEqual(batch.map((o) => [o.status, o.events]), [['stored', 1], ['stored', 0]]);
      assert.equal((await s.getArticle(y.id))?.events.length, 1);
      assert.deepEqual((await s.getArticle(z.id))?.events, []);
      const signed = await s.factsForPair('PER', 'TUR', { kinds: ['agreement.sign'] });
      assert.deepEqual(signed.filter((f) => f.date.value === '2016-05-09').map((f) => f.sources.map((src) => src.eventId)), [[ey.id]]);
    });

    it('stores the people learned while coding in the batch\'s transaction, and says which ids are stored', async () => {
      const x = article('ppl-1', 'Envoy named', ['Peru named Ana Quispe its ambassador to Turkey on 2 March 2019.']);
      const learned = [{ name: 'Ana Quispe', country: 'PER', title: 'ambassador', sectors: ['GOV'], aliases: [], firstSeen: '2019-03-02', lastSeen: '2019-03-02' }];
      const out = await s.putArticles([{ article: x, events: [] }], { people: learned });
      assert.deepEqual(out.map((o) => o.status), ['stored']);
      assert.deepEqual((await s.people('quispe')).map((p) => [p.name, p.title]), [['Ana Quispe', 'ambassador']]);
      assert.deepEqual(await s.putArticles([], { people: [{ ...learned[0]!, name: 'Quispe', title: null }] }), []);
      assert.deepEqual((await s.people('quispe')).map((p) => [p.name, p.aliases]), [['Ana Quispe', ['Quispe']]], 'a surname joins the full name');
      assert.deepEqual([...await s.presentIds(['ppl-1', 'nope', 'art-1', 'ppl-1'])].sort(), ['art-1', 'ppl-1']);
    });

    it('writes a batch larger than one statement, every row once', async () => {
      const sentence = 'Peru and Turkey held talks.';
      const items = Array.from({ length: 30 }, (_, i) => {
        const a = article(`big-${i}`, `Talks ${i}`, [sentence, `Round ${i} ended.`]);
        return { article: a, events: Array.from({ length: 9 }, (_, j) => event(a, j, { kind: 'meeting', source: PER, target: TUR, date: day(`2011-0${1 + (j % 9)}-${String(1 + i).padStart(2, '0')}`), sentence })) };
      });
      const before = await s.stats();
      const out = await s.putArticles(items);
      assert.equal(out.filter((o) => o.status === 'stored').length, 30);
      const after = await s.stats();
      assert.equal(after.events - before.events, 270);
      assert.equal(after.articles - before.articles, 30);
      const got = await s.queryEvents({ pair: ['PER', 'TUR'], from: '2011', to: '2011', limit: 1000 });
      assert.equal(got.total, 270);
      assert.equal(new Set(got.events.map((e) => e.id)).size, 270);
    });

    it('finds a copy through a crowded LSH bucket (shared boilerplate)', async () => {
      // Signatures made by hand: 150 stored originals share band 0 (the first three MinHash values); the copy
      // matches the last of them in every value but one, so it shares most bands with it and one with the rest.
      // A lookup that took the first 100 articles of the crowded bucket would never see it.
      const base = (i: number): number[] => Array.from({ length: 128 }, (_, k) => (k < 3 ? 7 + k : 1_000_000 * (i + 1) + k));
      const crowd = Array.from({ length: 150 }, (_, i) => ({
        article: article(`crowd-${String(i).padStart(3, '0')}`, `Crowded ${i}`, [`Filler number ${i}.`]),
        events: [], signature: { contentHash: `crowd-hash-${i}`, minhash: base(i), size: 300 },
      }));
      assert.ok((await s.putArticles(crowd)).every((o) => o.status === 'stored'));
      const copy = base(149).map((v, k) => (k === 100 ? v + 1 : v));
      assert.equal(await s.findDuplicate({ contentHash: 'crowd-copy', minhash: copy, size: 300 }), 'crowd-149');
      const unrelated = Array.from({ length: 128 }, (_, k) => (k < 3 ? 7 + k : 5 + k * 13));
      assert.equal(await s.findDuplicate({ contentHash: 'crowd-other', minhash: unrelated, size: 300 }), null);
    });

    it('lets two handles write the same facts concurrently without splitting them', { skip: false }, async (t) => {
      if (!h.inProcessConcurrency) { t.skip('needs separate processes; see the implementation\'s own concurrency test'); return; }
      const other = await h.second();
      try {
        const mk = (i: number) => {
          const a = article(`par-${i}`, `Parallel ${i}`, [`Georgia and Peru established diplomatic relations in 199${i % 10}.`]);
          return { article: a, events: [event(a, 0, { kind: 'relations.establish', source: country('GEO'), target: PER, date: day('1998-02-01'), sentence: a.text.split('\n\n')[1]! })] };
        };
        const items = Array.from({ length: 16 }, (_, i) => mk(i));
        await Promise.all(items.map((it, i) => (i % 2 ? other : s).putArticle(it.article, it.events)));
        const facts = await s.factsForPair('GEO', 'PER');
        assert.equal(facts.length, 1);
        assert.equal(facts[0]!.sources.length, 16);
      } finally {
        await other.close();
      }
    });
  });
}

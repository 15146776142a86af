import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { DiploEvent } from '../../src/model/event.js';
import { factSection } from '../../src/store/pair-pages.js';
import { FACT_SECTIONS, type Fact, type FactSection, type PutItem, type Store } from '../../src/store/store.js';
import { article, country, day, event, type EventSpec } from './fixtures.js';

const AZE = country('AZE', 'Azerbaijan');
const PER = country('PER', 'Peru');
const TUR = country('TUR', 'Turkey');

/** One article per list of specs; each spec's sentence is written from its index. */
function story(id: string, published: string | null, specs: readonly Omit<EventSpec, 'sentence'>[]): PutItem {
  const sentences = specs.map((s, i) => `Report ${id} line ${i}: ${s.kind ?? 'other'} on ${s.date.value ?? 'an unknown day'}.`);
  const art = article(id, `Story ${id}`, sentences, { published });
  const events: DiploEvent[] = specs.map((s, i) => event(art, i, { ...s, sentence: sentences[i]! }));
  return { article: art, events };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A busy AZE–PER pair with facts in every section, one fact reported nine times, and some TUR–AZE facts. */
function busyPair(): PutItem[] {
  const meetings = Array.from({ length: 23 }, (_, i) => ({ kind: 'meeting' as const, source: AZE, target: PER, date: day(`20${pad(i)}-03-${pad(1 + (i % 27))}`) }));
  const main = story('pp-main', '2024-02-01', [
    { kind: 'relations.establish', source: AZE, target: PER, date: day('1996') },
    { kind: 'relations.sever', source: PER, target: AZE, date: day('2001-02-03'), modality: 'planned' },
    { kind: 'mission.open', source: AZE, target: PER, date: day('2015-06'), attributes: { missionType: 'embassy', city: 'Lima' } },
    { kind: 'envoy.appoint', source: AZE, target: PER, date: day('2019-04-05'), attributes: { person: 'Rashad Aliyev' } },
    { kind: 'envoy.recall', source: AZE, target: PER, date: day('2020-04-05'), modality: 'negated' },
    { kind: 'agreement.sign', source: AZE, target: PER, date: day('2012'), attributes: { agreementTitle: 'Agreement on visas' } },
    { kind: 'parliament.friendship-group', source: AZE, target: PER, date: day('2010') },
    { kind: 'meeting', source: AZE, target: PER, date: day('2016-10-11'), attributes: { format: 'consultations', round: 1 } },
    { kind: 'meeting', source: AZE, target: PER, date: day('2018-10-11'), attributes: { round: 2 }, modality: 'planned' },
    { kind: 'visit', source: PER, target: AZE, date: day('2017-07-28') },
    { kind: 'cooperation.intent', source: AZE, target: PER, date: day('2021') },
    { kind: null, cameo: '141', source: AZE, target: PER, date: day(null) },
    ...meetings,
    { kind: 'agreement.sign', source: TUR, target: AZE, date: day('2014'), attributes: { agreementTitle: 'Visa deal' } },
  ]);
  // The establishment again in nine more reports (dated and undated), the last with its exact day.
  const more = Array.from({ length: 9 }, (_, i) => story(`pp-more-${i}`, i % 3 === 0 ? null : `2023-0${1 + (i % 9)}-10`, [
    { kind: 'relations.establish', source: PER, target: AZE, date: day(i === 8 ? '1996-06-25' : '1996') },
  ]));
  return [main, ...more];
}

const sectionsOf = (facts: readonly Fact[]): Record<FactSection, Fact[]> => {
  const out = Object.fromEntries(FACT_SECTIONS.map((s) => [s, [] as Fact[]])) as Record<FactSection, Fact[]>;
  for (const f of facts) out[factSection(f)].push(f);
  return out;
};

/** The contract of `pairOverview` and `pairFactsPage`, run against each Store implementation. */
export function runPairPagesContract(name: string, open: () => Promise<{ store: Store; dispose: () => Promise<void> }>): void {
  describe(`Store pair pages contract: ${name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    let all: readonly Fact[];
    before(async () => {
      ({ store, dispose } = await open());
      for (const item of busyPair()) await store.putArticle(item.article, item.events);
      all = await store.factsForPair('AZE', 'PER');
    });
    after(() => dispose());

    it('files every fact in its dossier section and counts them per section', async () => {
      const ov = await store.pairOverview('PER', 'AZE');
      const want = sectionsOf(all);
      assert.equal(ov.facts, all.length);
      assert.deepEqual(ov.sections, Object.fromEntries(FACT_SECTIONS.map((s) => [s, want[s].length])));
      assert.deepEqual([ov.sections.relations, ov.sections.meetings, ov.sections['mechanism-meetings'], ov.sections.mechanisms, ov.sections.other],
        [2, 24, 1, 2, 2]);
      assert.equal(ov.first, '1996-06-25');
      assert.equal(ov.last, '2022-03-23');
      assert.deepEqual((await store.pairOverview('AZE', 'USA')).facts, 0);
      const some = await store.pairOverview('AZE', 'PER', ['meetings', 'mechanism-meetings']);
      assert.deepEqual([some.facts, some.sections.meetings, some.sections.relations, some.first], [25, 24, 0, null]);
    });

    it('a section read in pages gives every fact once, in the order of factsForPair, with the same content', async () => {
      const want = sectionsOf(all);
      for (const section of FACT_SECTIONS) {
        const got: Fact[] = [];
        let before = null;
        for (let n = 0; n < 20; n++) {
          const page = await store.pairFactsPage('AZE', 'PER', { sections: [section], limit: 5, before });
          got.unshift(...page.facts);
          assert.deepEqual(page.sourceCounts, page.facts.map((f) => f.sources.length));
          before = page.next;
          if (!before) break;
        }
        assert.deepEqual(got, want[section], section);
      }
    });

    it('several sections together: the latest N of their union, oldest first', async () => {
      const want = all.filter((f) => ['meetings', 'mechanism-meetings'].includes(factSection(f)));
      const page = await store.pairFactsPage('PER', 'AZE', { sections: ['meetings', 'mechanism-meetings'], limit: 10 });
      assert.deepEqual(page.facts.map((f) => f.id), want.slice(-10).map((f) => f.id));
      assert.ok(page.next);
      const rest = await store.pairFactsPage('PER', 'AZE', { sections: ['meetings', 'mechanism-meetings'], limit: 100, before: page.next });
      assert.deepEqual(rest.facts.map((f) => f.id), want.slice(0, -10).map((f) => f.id));
      assert.equal(rest.next, null);
    });

    it('several pages read at once are the pages read one by one', async () => {
      const queries = [
        { sections: ['meetings', 'mechanism-meetings'] as FactSection[], limit: 4, sourceLimit: 2 },
        { sections: ['relations'] as FactSection[], limit: 1, sourceLimit: 5 },
        { sections: ['mechanisms', 'mechanism-meetings'] as FactSection[], limit: 10 },
        { sections: [] as FactSection[], limit: 3 },
      ];
      const one = [];
      for (const q of queries) one.push(await store.pairFactsPage('AZE', 'PER', q));
      assert.deepEqual(await store.pairFactsPages('AZE', 'PER', queries), one);
      assert.deepEqual(one.map((p) => p.facts.length), [4, 1, 3, 0]);
    });

    it('sources are bounded per fact: the first N in citation order, and the full count', async () => {
      const est = all.find((f) => f.kind === 'relations.establish' && f.modality === 'asserted')!;
      assert.equal(est.sources.length, 10);
      assert.equal(est.date.value, '1996-06-25');
      const page = await store.pairFactsPage('AZE', 'PER', { sections: ['relations'], limit: 5, sourceLimit: 3 });
      const i = page.facts.findIndex((f) => f.id === est.id);
      assert.deepEqual(page.facts[i]!.sources, est.sources.slice(0, 3));
      assert.equal(page.sourceCounts[i], 10);
      const sever = page.facts.find((f) => f.kind === 'relations.sever')!;
      assert.equal(sever.sources.length, 1);
    });

    it('factsForPair / factsForCountry with sourceLimit: the first sources and the full count', async () => {
      const cut = await store.factsForPair('AZE', 'PER', { sourceLimit: 3 });
      assert.deepEqual(cut.map((f) => f.id), all.map((f) => f.id));
      cut.forEach((f, i) => {
        assert.deepEqual(f.sources, all[i]!.sources.slice(0, 3));
        assert.equal(f.sourceCount, all[i]!.sources.length > 3 ? all[i]!.sources.length : undefined);
      });
      const est = (await store.factsForCountry('PER', { kinds: ['relations.establish'], sourceLimit: 2 }))[0]!;
      assert.deepEqual([est.sources.length, est.sourceCount], [2, 10]);
    });

    it('partnersWithin counts the facts whose dates overlap the period', async () => {
      const facts = await store.factsForCountry('AZE');
      const want = new Map<string, number>();
      for (const f of facts.filter((x) => x.date.value?.startsWith('2014'))) for (const p of f.parties) if (p !== 'AZE') want.set(p, (want.get(p) ?? 0) + 1);
      const got = await store.partnersWithin('AZE', { from: '2014', to: '2014-12' });
      assert.deepEqual(got.map((p) => [p.country, p.facts]).sort(), [...want].sort());
      assert.ok(want.size === 2);
      const all2 = await store.partnersWithin('AZE', {});
      assert.deepEqual(all2, await store.partners('AZE'));
    });

    it('a merge that moves a fact in time or into another section is followed', async () => {
      const late = story('pp-late', '2024-05-05', [
        { kind: 'meeting', source: AZE, target: PER, date: day('2005-03-06'), attributes: { format: 'consultations' } },
      ]);
      await store.putArticle(late.article, late.events);
      const facts = await store.factsForPair('AZE', 'PER');
      const ov = await store.pairOverview('AZE', 'PER');
      const want = sectionsOf(facts);
      assert.deepEqual(ov.sections, Object.fromEntries(FACT_SECTIONS.map((s) => [s, want[s].length])));
      const page = await store.pairFactsPage('AZE', 'PER', { sections: ['mechanism-meetings'], limit: 50 });
      assert.deepEqual(page.facts.map((f) => f.id), want['mechanism-meetings'].map((f) => f.id));
    });
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareTriples, countryRootTriple, prf, rootTriple, samePass } from '../../src/eval/metrics.js';
import { parsePetrarchRecords } from '../../src/eval/records.js';
import { parsePloverRecords, plover05, ploverCountry, scorePlover } from '../../src/eval/plover.js';
import { factMatches, scoreGold, type GoldFile } from '../../src/eval/gold.js';
import { toTriples } from '../../src/eval/record-coder.js';
import { codeRecords, scoreRecords, type EvalCoder } from '../../src/eval/suites.js';
import { readSuite } from '../../src/eval/runner.js';
import type { Actor } from '../../src/model/actor.js';
import type { DiploEvent } from '../../src/model/event.js';

const T = (s: string) => { const [st, code] = s.split(':'); const [source, target] = st!.split('>'); return { source: source!, target: target!, code: code! }; };

test('precision, recall and F1 of triple sets, at full code and root level', () => {
  const want = ['A>B:190', 'B>A:190', 'A>C:057'].map(T);
  const got = ['A>B:190', 'A>C:050', 'C>D:111'].map(T);
  const full = compareTriples(want, got);
  assert.deepEqual(full, { tp: 1, fp: 2, fn: 2 });
  const p = prf(full);
  assert.equal(p.precision, 1 / 3);
  assert.equal(p.recall, 1 / 3);
  assert.ok(Math.abs(p.f1 - 1 / 3) < 1e-9);
  assert.deepEqual(compareTriples(want, got, rootTriple), { tp: 2, fp: 1, fn: 1 });
  assert.deepEqual(compareTriples([T('USAGOV>RUS:0841')], [T('USA>RUSMIL:084'), T('USAGOV>RUS:190')], countryRootTriple), { tp: 1, fp: 1, fn: 0 });
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 0, recall: 0, f1: 0 });
  assert.equal(samePass(want, [...want].reverse()), true);
  assert.equal(samePass([], []), true);
  assert.equal(samePass(want, got), false);
});

// Records written for this test in both layouts: nested, and the self-closed <Sentence/> of PETR2_GSR.
const XML = `<?xml version='1.0' encoding='utf-8'?>
<Validation>
#### a non-XML comment block ####
<Sentences>
<Sentence date="20010203" id="T-01" category="DEMO" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="NRL" targetcode="FRD" eventcode="190"></EventCoding>
<EventCoding sourcecode='NRL' targetcode="OST" eventcode="190"></EventCoding>
<Text>
Norland attacked Fredonia and
Osterlich &amp; friends.
</Text>
<Parse>(ROOT (S (NP (NNP Norland))))</Parse>
</Sentence>
<Sentence category="AFP" date="20080804" id="T_02" evaluate="true"/>
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
<Parse>1	Nothing	nothing	PRON</Parse>
<Sentence category="ERR" date="20080804" id="T_03"/>
<EventCoding error="True" />
<Text>Broken.</Text>
</Sentences>
</Validation>`;

test('PETRARCH records: nested and self-closed layouts, entities, noevents and error records', () => {
  const recs = parsePetrarchRecords(XML);
  assert.equal(recs.length, 3);
  const [a, b, c] = recs;
  assert.equal(a!.id, 'T_01');
  assert.equal(a!.date, '2001-02-03');
  assert.equal(a!.text, 'Norland attacked Fredonia and Osterlich & friends.');
  assert.deepEqual(a!.expected, ['NRL>FRD:190', 'NRL>OST:190'].map(T));
  assert.equal(b!.noEvents, true);
  assert.deepEqual(b!.expected, []);
  assert.equal(c!.error, true);
});

test('records suite: pass rate, per category, revised expectations by id', () => {
  const recs = parsePetrarchRecords(XML);
  const coder: EvalCoder = { name: 'fake', triples: (text) => (text.startsWith('Norland') ? [T('NRL>FRD:190')] : []), events: () => [] };
  const outcomes = codeRecords(recs, coder);
  assert.equal(outcomes.length, 2, 'error records are not coded');
  const s = scoreRecords(outcomes);
  assert.equal(s.records, 2);
  assert.equal(s.passed, 1, 'the noevents record passes');
  assert.deepEqual(s.full, { tp: 1, fp: 0, fn: 1 });
  assert.equal(s.perCategory.get('DEMO')?.passed, 0);
  const revised = new Map([['T_01', { ...recs[0]!, expected: [T('NRL>FRD:190')] }]]);
  const r = scoreRecords(outcomes, revised);
  assert.equal(r.records, 1);
  assert.equal(r.passed, 1);
});

const actor = (country: string, code = country, type?: Actor['type']): Actor => ({ text: country, country, sectors: [], code, name: null, title: null, ...(type ? { type } : {}) });

test('PLOVER: records, the 0.5 event types of CAMEO codes, main event and country scoring', () => {
  const recs = parsePloverRecords(JSON.stringify([
    { id: 'doc', event: 'DOCUMENT', text: 'header' },
    { id: 'r1', date: '2000-01-01', event: 'DEMAND', text: 'Norway demanded that France withdraw.', source: [{ code: 'NOR' }], target: [{ code: 'FRA', sector: 'GOV' }] },
    { id: 'r2', event: 'FIGHT', text: 'x', source: { code: 'IGO' }, target: null },
  ]));
  assert.equal(recs.length, 2);
  assert.deepEqual(recs[1]!.sources, ['IGO']);
  assert.deepEqual(recs[1]!.targets, []);
  const types: [string, string | null][] = [['010', null], ['0256', 'DEMAND'], ['1056', 'DEMAND'], ['036', 'AGREE'], ['0813', 'CONCEDE'], ['0841', 'RETREAT'], ['0831', 'RETREAT'], ['083', 'CONCEDE'], ['112', 'DISAPPROVE'], ['193', 'FIGHT'], ['192', 'FIGHT'], ['1712', 'COERCE'], ['183', 'ASSAULT'], ['163', 'SANCTION']];
  for (const [code, want] of types) assert.equal(plover05(code), want, code);
  const o = scorePlover(recs[0]!, [
    { cameo: '1056', source: actor('NOR'), target: actor('FRA', 'FRAGOV'), modality: 'asserted', confidence: 0.8 },
    { cameo: '190', source: actor('FRA'), target: actor('NOR'), modality: 'asserted', confidence: 0.5 },
  ]);
  assert.deepEqual([o.gotEvent, o.sourceOk, o.targetOk], ['DEMAND', true, true]);
  const igo = scorePlover(recs[1]!, [{ cameo: '190', source: actor('UNO', 'IGOUNO', 'igo'), target: null, modality: 'asserted', confidence: 0.6 }]);
  assert.deepEqual([igo.gotEvent, igo.sourceOk, igo.targetOk], ['FIGHT', true, null]);
  const none = scorePlover(recs[1]!, [{ cameo: '190', source: actor('NRL'), target: null, modality: 'negated', confidence: 0.9 }]);
  assert.equal(none.gotEvent, null, 'negated events are not the main event');
});

function event(kind: DiploEvent['kind'], src: string, tgt: string, date: string | null, modality: DiploEvent['modality'] = 'asserted'): DiploEvent {
  return {
    id: 'e', articleId: 'a', kind, cameo: '057', quadClass: 1, goldstein: 8, plover: null,
    source: actor(src), target: actor(tgt), participants: [], date: { value: date, precision: null, basis: 'explicit', text: null },
    place: null, modality, attributes: {}, evidence: { sentence: 's', start: 0, end: 1 }, confidence: 0.8,
  };
}

test('gold facts match like score.mjs: parties, direction, date prefixes, modality classes, duplicates', () => {
  const sign = { kind: 'agreement.sign', parties: ['NRL', 'FRD'], date: '2017' };
  assert.equal(factMatches(sign, event('agreement.sign', 'FRD', 'NRL', '2017-06-01')), true);
  assert.equal(factMatches(sign, event('agreement.sign', 'FRD', 'OST', '2017')), false);
  assert.equal(factMatches(sign, event('agreement.sign', 'FRD', 'NRL', '2016')), false);
  assert.equal(factMatches({ ...sign, modality: 'planned' }, event('agreement.sign', 'FRD', 'NRL', '2017', 'intended')), true);
  assert.equal(factMatches({ kind: 'mission.open', from: 'NRL', to: ['FRD', 'OST'] }, event('mission.open', 'NRL', 'OST', null)), true);
  assert.equal(factMatches({ kind: 'meeting.intent', parties: ['NRL', 'FRD'] }, event('meeting', 'NRL', 'FRD', null, 'planned')), true);
  const gold: GoldFile = { id: 'g', facts: [sign, { kind: 'visit', from: 'NRL', to: 'FRD', optional: true }], people: [{ name: 'Ann Lee', country: 'NRL' }] };
  const s = scoreGold(gold, null, [event('agreement.sign', 'NRL', 'FRD', '2017'), event('agreement.sign', 'FRD', 'NRL', '2017'), event('mission.close', 'NRL', 'FRD', null)]);
  assert.deepEqual([s.tp, s.fp, s.fn, s.dup, s.peopleFound], [1, 1, 0, 1, 0]);
});

test('readSuite tells the input kinds apart by content', () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-eval-test-'));
  try {
    writeFileSync(join(dir, 'r.xml'), XML);
    writeFileSync(join(dir, 'p.json'), JSON.stringify([{ id: 'x', event: 'AGREE', text: 'Norland agreed.' }]));
    writeFileSync(join(dir, 'g.json'), JSON.stringify({ id: 'g', text: 'Norland met Fredonia.', facts: [] }));
    writeFileSync(join(dir, 'bad.json'), '{"nope": 1}');
    const kinds = ['r.xml', 'p.json', 'g.json', 'bad.json', 'missing.json'].map((f) => { const r = readSuite(join(dir, f)); return r.ok ? r.value.kind : r.error.code; });
    assert.deepEqual(kinds, ['records', 'plover', 'gold', 'MALFORMED', 'UNREADABLE']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('PLOVER countries: an NGO agent counts as NGO, an agent of no country as none', () => {
  const actor = (code: string, country: string | null, sectors: string[]): Actor =>
    ({ text: code, country, sectors, code, name: null, title: null, type: 'organisation' });
  assert.equal(ploverCountry(actor('EGYNGO', 'EGY', ['NGO'])), 'NGO');
  assert.equal(ploverCountry(actor('---REB', null, ['REB'])), null);
  assert.equal(ploverCountry(actor('EGYOPP', 'EGY', ['OPP'])), 'EGY');
});

test('PETRARCH triples leave out an own-country target nobody named', () => {
  const a = (code: string): Actor => ({ text: code, country: code.slice(0, 3), sectors: [], code, name: null, title: null, type: 'country' });
  const base = { start: 0, end: 1, modality: 'asserted' as const, confidence: 0.8 };
  const got = toTriples([
    { ...base, cameo: '0814', source: a('SDNGOV'), target: a('SDN'), targetFrom: 'home' },
    { ...base, cameo: '141', source: a('IRQOPP'), target: a('IRQ'), targetFrom: 'place' },
  ]);
  assert.deepEqual(got.map((t) => `${t.source}>${t.target}:${t.code}`), ['IRQOPP>IRQ:141']);
});

test('a user dictionary beside the resolver: its code where the country agrees, the resolver where not, agents get the country', async () => {
  const { dictionaryMentions } = await import('../../src/eval/mention-sources.js');
  const m = (start: number, end: number, code: string): { start: number; end: number; text: string; actor: Actor } => ({
    start, end, text: '', actor: { text: '', country: code.startsWith('---') ? null : code.slice(0, 3), sectors: [], code, name: null, title: null },
  });
  const dict = [m(0, 5, 'PSEREBHMS'), m(10, 20, '---GOV'), m(30, 35, 'POL'), m(40, 45, '---MIL')];
  const own = [m(0, 5, 'PSEREB'), m(8, 20, 'GEOGOV'), m(30, 35, 'CHN'), m(50, 55, 'USA')];
  const source = dictionaryMentions(() => () => dict, () => () => own);
  const got = source(null as never, null)(null as never).map((x) => x.actor.code);
  assert.deepEqual(got, ['PSEREBHMS', 'GEOGOV', 'CHN', '---MIL', 'USA']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datesCompatible, decide, MAX_CONFLICTS, mergeKeyOf, refineDate, sameName, type FactDraft } from '../../src/store/merge.js';
import { dayInterval } from '../../src/store/dates.js';
import { article, country, day, event, person } from './fixtures.js';

const A = article('m-1', 'Merge cases', ['Sentence one.']);
const S = 'Sentence one.';
const AZE = country('AZE'), PER = country('PER');

test('date intervals', () => {
  const rows: [string | null, string | null, string | null][] = [
    ['1996', '1996-01-01', '1996-12-31'], ['2017-06', '2017-06-01', '2017-06-31'],
    ['2023-03-06/2023-03-10', '2023-03-06', '2023-03-10'], ['1950/1959', '1950-01-01', '1959-12-31'],
    [null, null, null], ['June', null, null],
  ];
  for (const [v, s, e] of rows) assert.deepEqual(dayInterval(v), s ? { start: s, end: e } : null, String(v));
});

test('compatible dates: one within the other; the more precise wins', () => {
  const rows: [string, string, boolean, string | null][] = [
    ['1996', '1996-06-25', true, '1996-06-25'], ['1996-06-25', '1996', true, '1996-06-25'],
    ['2015', '2015-06', true, '2015-06'], ['1996-06', '1996-07', false, null], ['1992', '1996', false, null],
    ['2023-03-06/2023-03-10', '2023-03-07', true, '2023-03-07'],
  ];
  for (const [a, b, ok, best] of rows) {
    assert.equal(datesCompatible('relations.establish', day(a), day(b)), ok, `${a} ~ ${b}`);
    if (best) assert.equal(refineDate('relations.establish', day(a), day(b)).value, best);
  }
  // a once-only fact dated only by its article: "by then" — a stated earlier date refines it.
  assert.equal(datesCompatible('relations.establish', day('2017-08-17', 'article'), day('1996')), true);
  assert.equal(refineDate('relations.establish', day('2017-08-17', 'article'), day('1996')).value, '1996');
  assert.equal(datesCompatible('meeting', day('2017-08-17', 'article'), day('2017-07-28')), false);
  // ... and any stated date that starts by then, even one running past it.
  assert.equal(datesCompatible('mission.open', day('2017-06-30', 'article'), day('2017-06')), true);
  assert.equal(datesCompatible('mission.open', day('2015-06-15/2015-06-21'), day('2015-06-20', 'article')), true);
  assert.equal(refineDate('mission.open', day('2017-06-30', 'article'), day('2017-06')).value, '2017-06');
  assert.equal(datesCompatible('mission.open', day('2017-06-30', 'article'), day('2018')), false);
});

test('merge keys: symmetric kinds ignore direction, directed kinds and modality classes do not', () => {
  const k = (spec: Partial<Parameters<typeof event>[2]>) =>
    mergeKeyOf(event(A, 0, { kind: 'relations.establish', source: AZE, target: PER, date: day('1996'), sentence: S, ...spec }));
  assert.equal(k({}), k({ source: PER, target: AZE }));
  assert.notEqual(k({ kind: 'mission.open' }), k({ kind: 'mission.open', source: PER, target: AZE }));
  assert.notEqual(k({ kind: 'meeting' }), k({ kind: 'meeting', modality: 'planned' }));
  assert.equal(k({ kind: 'meeting', modality: 'planned' }), k({ kind: 'meeting', modality: 'intended' }));
  assert.equal(k({ kind: 'cooperation.intent' }), k({ kind: 'cooperation.intent', modality: 'intended' }));
  assert.equal(k({ source: null, target: null }), null);
  assert.match(k({ kind: null, cameo: '141' }) ?? '', /^cameo:141\|/);
});

test('names: a surname names the full name', () => {
  assert.equal(sameName('Boldrini', 'Luis Chang Boldrini'), true);
  assert.equal(sameName('Luis Chang Boldrini', 'Chang Boldrini'), true);
  assert.equal(sameName('Elmar Mammadyarov', 'Luis Chang Boldrini'), false);
});

function factOf(spec: Partial<Parameters<typeof event>[2]>, id = 'f1'): FactDraft {
  const e = event(A, 0, { kind: 'mission.open', source: AZE, target: PER, date: day('2015'), sentence: S, ...spec });
  const d = decide([], e, id, mergeKeyOf(e)!);
  return d.fact;
}

test('decide: merge, new occurrence, or conflict', () => {
  const lima = factOf({ attributes: { missionType: 'embassy', city: 'Lima' } });
  const ev = (spec: Partial<Parameters<typeof event>[2]>) =>
    event(A, 1, { kind: 'mission.open', source: AZE, target: PER, date: day('2015-06'), sentence: S, ...spec });
  const rows: [string, ReturnType<typeof ev>, 'merge' | 'new', string[]][] = [
    ['finer date, same city', ev({ attributes: { city: 'Lima' } }), 'merge', []],
    ['no city stated', ev({}), 'merge', []],
    ['another city', ev({ attributes: { city: 'Cusco' } }), 'new', []],
    ['a consulate, not the embassy', ev({ attributes: { missionType: 'consulate' } }), 'new', []],
    ['another year: conflict', ev({ date: day('2016') }), 'new', ['f1']],
  ];
  for (const [name, e, action, conflicts] of rows) {
    const d = decide([lima], e, 'f2', mergeKeyOf(e)!);
    assert.equal(d.action, action, name);
    if (d.action === 'new') assert.deepEqual(d.conflictsWith, conflicts, name);
    else assert.equal(d.fact.date.value, '2015-06', name);
  }
  const m1 = factOf({ kind: 'meeting', source: person('Elmar Mammadyarov', 'AZE', 'foreign minister'), target: person('Luis Chang Boldrini', 'PER', 'ambassador'), date: day('2017-07-28') });
  const other = event(A, 2, { kind: 'meeting', source: person('Ilham Aliyev', 'AZE', 'president'), target: PER, date: day('2017-07-28'), sentence: S });
  assert.equal(decide([m1], other, 'f3', mergeKeyOf(other)!).action, 'new', 'other participants: another meeting');
  const same = event(A, 3, { kind: 'meeting', source: person('Mammadyarov', 'AZE', 'minister'), target: PER, date: day('2017-07'), sentence: S });
  const d = decide([m1], same, 'f4', mergeKeyOf(same)!);
  assert.equal(d.action, 'merge');
  assert.deepEqual(d.fact.people.map((p) => p.name), ['Elmar Mammadyarov', 'Luis Chang Boldrini']);
  assert.equal(d.fact.date.value, '2017-07-28');
});

test('decide: a new fact lists at most MAX_CONFLICTS conflicting facts', () => {
  const years = Array.from({ length: MAX_CONFLICTS + 5 }, (_, i) => factOf({ kind: 'relations.establish', date: day(String(1960 + i)) }, `f${i}`));
  const e = event(A, 1, { kind: 'relations.establish', source: AZE, target: PER, date: day('2001'), sentence: S });
  const d = decide(years, e, 'fx', mergeKeyOf(e)!);
  assert.equal(d.action, 'new');
  if (d.action === 'new') assert.deepEqual(d.conflictsWith, years.slice(0, MAX_CONFLICTS).map((f) => f.id));
});

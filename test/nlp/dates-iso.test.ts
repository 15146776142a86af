import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node';
import { numericDay } from '../../src/nlp/dates/find.js';

const REF = new Date(Date.UTC(2000, 0, 1));
const p2 = (n: number): string => String(n).padStart(2, '0');

/** What chrono-node itself reads in a candidate, in the same shape. */
function viaChrono(s: string): unknown[] {
  return chrono.en.strict.parse(s, REF).map((r) => {
    const sure = r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day');
    return { index: r.index, text: r.text, y: sure ? r.start.get('year') : null, m: r.start.get('month'), d: r.start.get('day') };
  });
}

test('ISO days are read without chrono-node exactly as chrono-node reads them', () => {
  // every day of four years (a leap year, a century leap year, a common year, a non-leap century), plus impossible days
  for (const y of [1900, 2000, 2023, 2024]) {
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= 31; d++) {
        const s = `${y}-${p2(m)}-${p2(d)}`;
        assert.deepEqual(numericDay(s), viaChrono(s), s);
      }
    }
  }
});

test('other numeric forms still go to chrono-node', () => {
  for (const s of ['2024-5-12', '12-31-2024', '05/12/2024', '2024/05/12', '1850-03-04', '2024-13-01', '2024-00-10', '2024-05-00']) {
    assert.deepEqual(numericDay(s), viaChrono(s), s);
  }
  assert.deepEqual(numericDay('2024-02-29'), [{ index: 0, text: '2024-02-29', y: 2024, m: 2, d: 29 }]);
  assert.deepEqual(numericDay('2023-02-29'), []);
});

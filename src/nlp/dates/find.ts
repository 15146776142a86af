import * as chrono from 'chrono-node';
import { type DateMatch, matchDates } from './grammar.js';

/** Numeric dates (17.08.2017, 2017-08-17, 08/17/2017) are left to chrono-node. */
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/;

/** Every date phrase in `text`: the grammar's, then chrono-node's numeric dates where they don't overlap. */
export function findDates(text: string): DateMatch[] {
  const matches = matchDates(text);
  if (!NUMERIC_DATE.test(text)) return matches;
  return [...matches, ...numericDates(text, matches)].sort((a, b) => a.start - b.start);
}

/** chrono-node on numeric dates, kept only when it is sure of year, month and day. */
function numericDates(text: string, taken: readonly DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (const r of chrono.en.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const start = r.index;
    const end = start + r.text.length;
    if (!NUMERIC_DATE.test(r.text)) continue;
    if (!(r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'))) continue;
    if (taken.some((t) => start < t.end && end > t.start)) continue;
    const y = r.start.get('year')!;
    const m = r.start.get('month')!;
    const d = r.start.get('day')!;
    out.push({ start, end, form: { kind: 'day', y, m, d } });
  }
  return out;
}

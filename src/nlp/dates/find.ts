import * as chrono from 'chrono-node';
import { type DateMatch, matchDates } from './grammar.js';

/** Numeric dates: 17.08.2017 (read here, day first), 2017-08-17 and 08/17/2017 (chrono-node). */
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/;

const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, 'g');
const REF = new Date(Date.UTC(2000, 0, 1));

/** Every date phrase in `text`: the grammar's, then chrono-node's numeric dates where they don't overlap. */
export function findDates(text: string): DateMatch[] {
  const matches = matchDates(text);
  if (!NUMERIC_DATE.test(text)) return matches;
  return [...matches, ...numericDates(text, matches)].sort((a, b) => a.start - b.start);
}

/** 12.03.2024: day first, as everywhere dots are written (chrono-node would read March 12 as Dec 3). */
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/g;
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Dotted day-first dates, then chrono-node on other numeric dates, kept only when it is sure of year, month and day. */
function numericDates(text: string, taken: readonly DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (const g of text.matchAll(DOTTED)) {
    const d = +g[1]!;
    const m = +g[2]!;
    const start = g.index;
    const end = start + g[0].length;
    const y = +g[3]!;
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    if (m < 1 || m > 12 || d < 1 || d > DAYS[m]! || (m === 2 && d === 29 && !leap) || taken.some((t) => start < t.end && end > t.start)) continue;
    out.push({ start, end, form: { kind: 'day', y, m, d } });
  }
  const seen = [...taken, ...out];
  // chrono-node reads only the numeric candidates, not the whole text (it is the slowest step)
  const rs = [...text.matchAll(NUMERIC_DATES)].flatMap((g) => chrono.en.strict.parse(g[0], REF).map((r) => ({ r, at: g.index })));
  for (const { r, at } of rs) {
    const start = at + r.index;
    const end = start + r.text.length;
    if (!NUMERIC_DATE.test(r.text)) continue;
    if (!(r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'))) continue;
    if (seen.some((t) => start < t.end && end > t.start)) continue;
    const y = r.start.get('year')!;
    const m = r.start.get('month')!;
    const d = r.start.get('day')!;
    out.push({ start, end, form: { kind: 'day', y, m, d } });
  }
  return out;
}

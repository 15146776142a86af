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

/** A date chrono-node read in a numeric candidate; `y` null when it was not sure of year, month and day. */
export interface NumericDay {
  readonly index: number;
  readonly text: string;
  readonly y: number | null;
  readonly m: number;
  readonly d: number;
}

const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ISO_DAY = /^((?:19|20)\d\d)-(\d\d)-(\d\d)$/;

/**
 * chrono-node's reading of one numeric candidate. An ISO day (1900–2099) is read here: chrono
 * gives exactly this for every such string (checked exhaustively, test/nlp/dates-iso.test.ts
 * samples it) and costs tens of microseconds a call.
 */
export function numericDay(candidate: string): NumericDay[] {
  const iso = ISO_DAY.exec(candidate);
  if (iso) {
    const y = +iso[1]!;
    const m = +iso[2]!;
    const d = +iso[3]!;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return validDate(y, m, d) ? [{ index: 0, text: candidate, y, m, d }] : [];
  }
  return chrono.en.strict.parse(candidate, REF).map((r) => {
    const sure = r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day');
    return { index: r.index, text: r.text, y: sure ? r.start.get('year')! : null, m: r.start.get('month')!, d: r.start.get('day')! };
  });
}

const validDate = (y: number, m: number, d: number): boolean => {
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS[m]! && !(m === 2 && d === 29 && !leap);
};

/** 12.03.2024: day first, as everywhere dots are written (chrono-node would read March 12 as Dec 3). */
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/g;

/** Dotted day-first dates, then chrono-node on other numeric dates, kept only when it is sure of year, month and day. */
function numericDates(text: string, taken: readonly DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (const g of text.matchAll(DOTTED)) {
    const d = +g[1]!;
    const m = +g[2]!;
    const start = g.index;
    const end = start + g[0].length;
    const y = +g[3]!;
    if (m < 1 || m > 12 || d < 1 || !validDate(y, m, d) || taken.some((t) => start < t.end && end > t.start)) continue;
    out.push({ start, end, form: { kind: 'day', y, m, d } });
  }
  const seen = [...taken, ...out];
  // chrono-node reads only the numeric candidates, not the whole text (it is the slowest step)
  for (const g of text.matchAll(NUMERIC_DATES)) {
    for (const r of numericDay(g[0])) {
      const start = g.index + r.index;
      const end = start + r.text.length;
      if (!NUMERIC_DATE.test(r.text)) continue;
      if (r.y === null) continue;
      if (seen.some((t) => start < t.end && end > t.start)) continue;
      out.push({ start, end, form: { kind: 'day', y: r.y, m: r.m, d: r.d } });
    }
  }
  return out;
}

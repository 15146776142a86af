import type { EventDate } from '../../model/event.js';
import { MONTH_RE, monthOf } from '../../nlp/dates/lexicon.js';
import { landmarkYear } from './dates.js';
import type { DateSpan, SentenceInput } from './types.js';

/** Cheap gate: the sentence may refer back to a time stated before ("that month", "the same year"). */
const GATE = /\b(?:that|same)\s+(?:same\s+)?(?:month|year)\b/i;
/** "June of that year", "April of the same year": a month in the year stated before. */
const MONTH_OF = new RegExp(`\\b(${MONTH_RE})\\s+of\\s+(?:that|the\\s+same)\\s+year\\b`, 'g');
/** "that month", "that same month", "the same month", "that year", "the same year" (not "… of that year"). */
const BARE = /\b(?:[Tt]hat(?:\s+same)?|[Tt]he\s+same)\s+(month|year)\b/g;

/** Sentences before the current one searched for the time a back-reference points to. */
const REACH = 2;

/**
 * The sentence with its back-referring dates resolved: "That month the premier flew to Lima"
 * after a sentence naming March 2011 is dated 2011-03; "in June of that year" and "in April
 * of the same year" take the year of the date stated last before them (earlier in the sentence,
 * else in the `REACH` sentences before, from `passageStart` on). Without such a date the phrase
 * stays undated.
 */
export function withAnaphoricDates(s: SentenceInput, sentences: readonly SentenceInput[], i: number, passageStart: number): SentenceInput {
  if (!GATE.test(s.text)) return s;
  const added: DateSpan[] = [];
  const covered = (a: number, b: number): boolean => added.some((d) => d.start < b && a < d.end);
  for (const m of s.text.matchAll(MONTH_OF)) {
    const start = s.start + m.index;
    const anchor = anchorBefore(sentences, i, passageStart, start);
    const month = monthOf(m[1]!);
    if (!anchor?.value || month === null) continue;
    const value = `${anchor.value.slice(0, 4)}-${String(month).padStart(2, '0')}`;
    added.push({ start, end: start + m[0].length, text: m[0], date: { value, precision: 'month', basis: 'relative', text: m[0] } });
  }
  for (const m of s.text.matchAll(BARE)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    const anchor = anchorBefore(sentences, i, passageStart, start);
    if (!anchor?.value) continue;
    const date = atPrecision(anchor, m[1]!.toLowerCase() === 'month' ? 'month' : 'year', m[0]);
    if (date) added.push({ start, end, text: m[0], date });
  }
  if (added.length === 0) return s;
  const dates = [...s.dates.filter((d) => !covered(d.start, d.end)), ...added].sort((a, b) => a.start - b.start);
  return { ...s, dates };
}

/** The anchor cut to a month or a year (a year-only anchor serves "that month" as its year). */
function atPrecision(anchor: EventDate, unit: 'month' | 'year', text: string): EventDate | null {
  const v = anchor.value!.split('/')[0]!;
  if (unit === 'month' && v.length >= 7) return { value: v.slice(0, 7), precision: 'month', basis: 'relative', text };
  return { value: v.slice(0, 4), precision: 'year', basis: 'relative', text };
}

/** The last date stated before character `at`: in the sentence, else in the few sentences before. */
function anchorBefore(sentences: readonly SentenceInput[], i: number, passageStart: number, at: number): EventDate | null {
  for (let k = i; k >= passageStart && k >= i - REACH; k--) {
    const s = sentences[k]!;
    const d = s.dates.findLast((x) => x.end <= at && usable(s, x));
    if (d) return d.date;
  }
  return null;
}

/** A date that can anchor a back-reference: resolved, a single point, not the year of a named agreement. */
function usable(s: SentenceInput, d: DateSpan): boolean {
  return d.date.value !== null && d.date.basis !== 'article' && !d.date.value.includes('/') && !landmarkYear(s, d.end);
}

import { tokenIndexAt } from './quotes.js';
import type { AnalysedText, DateMention, Sentence, Span } from './types.js';

/** The dates lying inside the character span [start, end), e.g. one clause. */
export function datesIn(analysed: AnalysedText, start: number, end: number): DateMention[] {
  return analysed.dates.filter((d) => d.start >= start && d.end <= end);
}

/** The sentence holding character `offset`, or null. */
export function sentenceAt(analysed: AnalysedText, offset: number): Sentence | null {
  const s = analysed.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.end <= offset) lo = mid + 1;
    else if (s[mid]!.start > offset) hi = mid - 1;
    else return s[mid]!;
  }
  return null;
}

/** Is the span inside a quotation? */
export function inQuote(analysed: AnalysedText, span: Span): boolean {
  return analysed.quotes.some((q) => span.start >= q.start && span.end <= q.end);
}

/**
 * The date of an event word at character `at`, among the dates inside [start, end): the first
 * date after it when no other verb or ";" comes between ("would meet on June 27-28, followed
 * by a meeting of the ministers in August" — "meet" → June 27-28, "meeting" → August), else
 * the nearest date before it ("In 2015, Azerbaijan opened …"), else null.
 */
export function nearestDate(analysed: AnalysedText, start: number, end: number, at: number): DateMention | null {
  const dates = datesIn(analysed, start, end);
  const { tokens } = analysed;
  const after = dates.find((d) => d.start >= at);
  if (after) {
    let i = tokenIndexAt(tokens, at) + 1;
    let blocked = false;
    for (; i < tokens.length && tokens[i]!.start < after.start; i++) {
      const t = tokens[i]!;
      if (t.text === ';' || (t.pos === 'VERB' && t.lower !== 'according') || t.pos === 'AUX') blocked = true;
    }
    if (!blocked) return after;
  }
  const before = dates.filter((d) => d.end <= at);
  return before[before.length - 1] ?? after ?? null;
}

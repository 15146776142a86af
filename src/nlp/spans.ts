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

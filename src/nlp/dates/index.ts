import type { DateMention, Sentence, Token } from '../types.js';
import type { Ymd } from './calendar.js';
import { findDates } from './find.js';
import { resolveDate } from './resolve.js';
import { tenseAt } from './tense.js';

export { parseRef } from './calendar.js';

/** Cheap tests run before any date grammar: a month or weekday name, a year-like number, a relative word. */
const NAMED = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)|(?:1[6-9]|20)\d\d|\d[./-]\d/;
const RELATIVE = /\b(?:yesterday|today|tonight|tomorrow|week|weekend|month|year|ago)\b/i;
const isDateish = (text: string): boolean => NAMED.test(text) || RELATIVE.test(text);

/** Finds and resolves the dates of one sentence; offsets are into the whole text. */
export function sentenceDates(sentence: Sentence, tokens: readonly Token[], ref: Ymd | null): DateMention[] {
  const text = sentence.text;
  if (!isDateish(text)) return [];
  const matches = findDates(text);
  const out: DateMention[] = [];
  for (const m of matches) {
    const start = sentence.start + m.start;
    const end = sentence.start + m.end;
    const at = tokenAt(tokens, sentence, start);
    const tense = tenseAt(tokens, sentence.tokenStart, sentence.tokenEnd, at);
    const words = text.slice(m.start, m.end);
    out.push({ start, end, text: words, date: resolveDate(m.form, words, ref, tense) });
  }
  return out.sort((a, b) => a.start - b.start);
}

function tokenAt(tokens: readonly Token[], s: Sentence, offset: number): number {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (tokens[i]!.end > offset) return i;
  return Math.max(s.tokenStart, s.tokenEnd - 1);
}


import type { DateMention, Sentence, Token } from '../types.js';
import type { Ymd } from './calendar.js';
import { findDates } from './find.js';
import { resolveDate } from './resolve.js';
import { tenseAt } from './tense.js';

export { parseRef } from './calendar.js';

/** Cheap tests run before any date grammar: a month or weekday name, a year-like number, a relative word. */
const NAMED = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)|(?:1[6-9]|20)\d\d|\d[./-]\d/;
const RELATIVE = /\b(?:yesterday|today|tonight|tomorrow|week|weekend|month|year|ago|morning|afternoon|evening)\b/i;
/**
 * Words before a date that make it the span a document covers, not when anything happened:
 * "a roadmap for 2024-2026", "the action plan until 2030", "programme for the period 2023-2025",
 * "a programme of economic cooperation for 2024-2026" (years only: "the agenda for Monday" is a date).
 */
const SCOPE_BEFORE = /\b(?:road\s?map|plan|programme|program|strategy|agenda|concept|framework|budget|vision)s?\s+(?:of\s+(?:[a-z-]+\s+){0,2}(?:action|cooperation|measures|partnership|development)\s+)?(?:for|until|till|through|to)\s+(?:the\s+(?:period|years)\s+(?:of\s+)?)?$/i;
const isDateish = (text: string): boolean => NAMED.test(text) || RELATIVE.test(text);

/** Finds and resolves the dates of one sentence; offsets are into the whole text. */
export function sentenceDates(sentence: Sentence, tokens: readonly Token[], ref: Ymd | null): DateMention[] {
  const text = sentence.text;
  if (!isDateish(text)) return [];
  const matches = findDates(text);
  const out: DateMention[] = [];
  for (const m of matches) {
    if ((m.form.kind === 'year' || m.form.kind === 'decade') && SCOPE_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start))) continue;
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


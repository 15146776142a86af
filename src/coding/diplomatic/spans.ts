import type { EventDate } from '../../model/event.js';
import { addDays, addMonths as calendarMonths, daysInMonth, fmtDay, fmtMonth, isValid, parseRef } from '../../nlp/dates/calendar.js';
import type { Clause } from './clauses.js';
import type { Memory } from './memory.js';
import type { SentenceInput } from './types.js';

// Spans counted from a date told before: "six years later", "nine days later", "the following
// day", "a week after that" (see docs/dates.md, step 5).

const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};
/** A span of time: whole months, or days (weeks are seven days). */
interface Span {
  readonly months: number;
  readonly days: number;
}
const SPAN_UNITS: Readonly<Record<string, Span>> = {
  year: { months: 12, days: 0 }, years: { months: 12, days: 0 }, month: { months: 1, days: 0 }, months: { months: 1, days: 0 },
  decade: { months: 120, days: 0 }, decades: { months: 120, days: 0 },
  week: { months: 0, days: 7 }, weeks: { months: 0, days: 7 }, day: { months: 0, days: 1 }, days: { months: 0, days: 1 },
};
const spanUnit = (w: string): Span | undefined => (Object.hasOwn(SPAN_UNITS, w) ? SPAN_UNITS[w] : undefined);
const FOLLOWING = new Set(['following', 'next']);
/** "after that", "after this": a span counted from the time told just before, like "later". */
const AFTER_THAT = new Set(['that', 'this']);

/**
 * "… opened its embassy in 1994, while the Kenyan embassy began working six years later",
 * "ratified it four years later", "nine days later", "a week after that", "the following day":
 * a clause dated only by a span after the date stated before it (in the sentence, else the last
 * dated event of the sentence before) takes that date plus the span, at the anchor's precision
 * (days added to a month or a year leave it as it is).
 */
export function laterThan(
  tokens: SentenceInput['tokens'], clause: Clause, prev: EventDate | null, memory: Memory, index: number,
): EventDate | null {
  const anchorOf = (): EventDate | null => {
    const anchor = prev && prev.basis !== 'article' ? prev : lastDated(memory, index);
    return anchor?.value && !anchor.value.includes('/') ? anchor : null;
  };
  for (let k = clause.from + 1; k < clause.to; k++) {
    const w = tokens[k]!.lower;
    // "… in 2016, and Belgium expelled a diplomat the following year", "the next day"
    if (FOLLOWING.has(w) && tokens[k - 1]!.lower === 'the') {
      const unit = spanUnit(tokens[k + 1]?.lower ?? '');
      if (!unit || unit.months > 12 || tokens[k + 1]!.lower.endsWith('s')) continue;
      const anchor = anchorOf();
      return anchor && addSpan(anchor, unit, 1, tokens.slice(k - 1, k + 2).map((t) => t.text).join(' '));
    }
    const after = w === 'after' && AFTER_THAT.has(tokens[k + 1]?.lower ?? '') && (tokens[k + 2] === undefined || tokens[k + 2]!.pos !== 'NOUN');
    if ((w !== 'later' && !after) || k < clause.from + 2) continue;
    const unit = spanUnit(tokens[k - 1]!.lower);
    const countWord = tokens[k - 2]!.lower;
    const n = COUNT_WORDS[countWord] ?? (/^\d{1,3}$/.test(countWord) ? Number(countWord) : NaN);
    if (!unit || Number.isNaN(n)) return null;
    const anchor = anchorOf();
    return anchor && addSpan(anchor, unit, n, tokens.slice(k - 2, after ? k + 2 : k + 1).map((t) => t.text).join(' '));
  }
  return null;
}

function lastDated(memory: Memory, index: number): EventDate | null {
  let last: { date: EventDate; at: number } | null = null;
  for (const { event, index: i } of memory.values()) {
    if (i < index - 1 || i > index || event.date.basis === 'article' || !event.date.value) continue;
    if (!last || i >= last.at) last = { date: event.date, at: i };
  }
  return last?.date ?? null;
}

/** The anchor date moved on by `n` spans, at the anchor's precision (a year stays a year; days leave a month as it is). */
function addSpan(anchor: EventDate, unit: Span, n: number, text: string): EventDate {
  const v = anchor.value!;
  const [y, m] = v.split('-').map(Number) as [number, number | undefined];
  const months = unit.months * n;
  if (m === undefined || anchor.precision === 'year' || anchor.precision === 'decade') {
    return { value: String(y + Math.floor(months / 12)), precision: 'year', basis: 'relative', text };
  }
  const day = anchor.precision === 'day' ? parseRef(v) : null;
  if (day) {
    const moved = months ? { ...day, ...calendarMonths(day.y, day.m, months) } : day;
    const valid = isValid(moved) ? moved : { ...moved, d: daysInMonth(moved.y, moved.m) };
    return { value: fmtDay(addDays(valid, unit.days * n)), precision: 'day', basis: 'relative', text };
  }
  const to = calendarMonths(y, m, months);
  return { value: fmtMonth(to.y, to.m), precision: 'month', basis: 'relative', text };
}

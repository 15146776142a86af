import type { EventDate } from '../../model/event.js';
import {
  type Ymd, addDays, addMonths, diffDays, fmtDay, fmtMonth, fmtYear, isValid, weekStart, weekday,
} from './calendar.js';
import type { DateForm, Qualifier } from './grammar.js';

/** Whether the words around a date speak of the past, the future, or neither. */
export type Tense = 'past' | 'future' | 'neutral';

/**
 * Resolves a date phrase to an `EventDate` (EVENTS.md §3). A year in the words makes it
 * `explicit`; otherwise it is `relative` to `ref`, and `value` is null when `ref` is unknown.
 * Rules (docs/nlp.md): a day or month without a year takes the reference year, or the one
 * before/after when that would put a past event well after the reference date (a future one
 * well before it); weekdays are the latest such day on or before the reference (the next one
 * in future context); weeks are Monday–Sunday day ranges.
 */
export function resolveDate(form: DateForm, text: string, ref: Ymd | null, tense: Tense): EventDate {
  switch (form.kind) {
    case 'decade':
      return explicit(`${fmtYear(form.y)}/${fmtYear(form.y + 9)}`, 'decade', text);
    case 'year':
      return explicit(form.to ? `${fmtYear(form.y)}/${fmtYear(form.to)}` : fmtYear(form.y), 'year', text);
    case 'month':
      if (form.y !== null) return explicit(fmtMonth(form.y, form.m), 'month', text);
      if (!ref) return unknown(text);
      if (form.yRel !== undefined) return relative(fmtMonth(ref.y + form.yRel, form.m), 'month', text);
      return relative(fmtMonth(monthYear(form.m, form.q, ref, tense), form.m), 'month', text);
    case 'day':
      return resolveDay(form, text, ref, tense);
    case 'weekday':
      return ref ? relative(fmtDay(weekdayDate(form.wd, form.q, ref, tense)), 'day', text) : unknown(text);
    case 'offset':
      return ref ? resolveOffset(form, text, ref, tense) : unknown(text);
  }
}

const explicit = (value: string, precision: EventDate['precision'], text: string): EventDate =>
  ({ value, precision, basis: 'explicit', text });
const relative = (value: string, precision: EventDate['precision'], text: string): EventDate =>
  ({ value, precision, basis: 'relative', text });
const unknown = (text: string): EventDate => ({ value: null, precision: null, basis: 'relative', text });

function resolveDay(form: Extract<DateForm, { kind: 'day' }>, text: string, ref: Ymd | null, tense: Tense): EventDate {
  let y = form.y;
  if (y === null) {
    if (!ref) return unknown(text);
    y = form.yRel !== undefined ? ref.y + form.yRel : dayYear(form.m, form.d, ref, tense);
  }
  const start: Ymd = { y, m: form.m, d: form.d };
  if (!isValid(start)) return form.y === null ? unknown(text) : explicit(fmtYear(y), 'year', text);
  const basis = form.y === null ? relative : explicit;
  if (!form.to) return basis(fmtDay(start), 'day', text);
  const endY = form.to.y ?? (form.to.m < form.m ? y + 1 : y);
  const end: Ymd = { y: endY, m: form.to.m, d: form.to.d };
  return basis(isValid(end) ? `${fmtDay(start)}/${fmtDay(end)}` : fmtDay(start), 'day', text);
}

/** The year of a day written without one ("on July 28"). */
function dayYear(m: number, d: number, ref: Ymd, tense: Tense): number {
  const diff = diffDays(ref, { y: ref.y, m, d: Math.min(d, 28) });
  if (tense === 'future') return diff < -7 ? ref.y + 1 : ref.y;
  const slack = tense === 'past' ? 7 : 60;
  return diff > slack ? ref.y - 1 : ref.y;
}

/** The year of a month written without one ("in November", "last February"). */
function monthYear(m: number, q: Qualifier, ref: Ymd, tense: Tense): number {
  if (q === 'this') return ref.y;
  if (q === 'last') return m < ref.m ? ref.y : ref.y - 1;
  if (q === 'next') return m > ref.m ? ref.y : ref.y + 1;
  if (tense === 'future') return m < ref.m ? ref.y + 1 : ref.y;
  const slack = tense === 'past' ? 0 : 1;
  return m > ref.m + slack ? ref.y - 1 : ref.y;
}

function weekdayDate(wd: number, q: Qualifier, ref: Ymd, tense: Tense): Ymd {
  const back = (weekday(ref) - wd + 7) % 7; // days since the latest such day (0 = today)
  if (q === 'next' || (q === null && tense === 'future') || (q === 'this' && tense === 'future')) {
    const ahead = (wd - weekday(ref) + 7) % 7;
    return addDays(ref, q === 'next' && ahead === 0 ? 7 : ahead);
  }
  if (q === 'last' && back === 0) return addDays(ref, -7);
  return addDays(ref, -back);
}

function resolveOffset(form: Extract<DateForm, { kind: 'offset' }>, text: string, ref: Ymd, tense: Tense): EventDate {
  const step = form.q === 'last' ? -1 : form.q === 'next' ? 1 : 0;
  switch (form.unit) {
    case 'day':
      return relative(fmtDay(addDays(ref, form.n)), 'day', text);
    case 'week': {
      if (form.n !== 0) return relative(fmtDay(addDays(ref, 7 * form.n)), 'day', text);
      const mon = addDays(weekStart(ref), 7 * step);
      let from = mon;
      let to = addDays(mon, 6);
      // "later this week": after the reference day; "earlier this week": before it
      if (step === 0 && /^later\b/i.test(text) && diffDays(ref, to) > 0) from = addDays(ref, 1);
      if (step === 0 && /^earlier\b/i.test(text) && diffDays(mon, ref) > 0) to = addDays(ref, -1);
      return relative(`${fmtDay(from)}/${fmtDay(to)}`, 'day', text);
    }
    case 'weekend': {
      // "over the weekend": the one just past (or under way), or the coming one in future context
      const around = form.q === null && tense !== 'future' && weekday(ref) >= 1 && weekday(ref) <= 5 && /\bthe\s+weekend/i.test(text);
      const sat = addDays(weekStart(ref), 5 + 7 * (around ? -1 : step)); // weeks run Monday–Sunday
      return relative(`${fmtDay(sat)}/${fmtDay(addDays(sat, 1))}`, 'day', text);
    }
    case 'month': {
      const k = addMonths(ref.y, ref.m, form.n !== 0 ? form.n : step);
      if (form.sameDay) return sameDayIn(k.y, k.m, ref.d, text);
      return relative(fmtMonth(k.y, k.m), 'month', text);
    }
    case 'year':
      if (form.sameDay) return sameDayIn(ref.y + form.n, ref.m, ref.d, text);
      return relative(fmtYear(ref.y + (form.n !== 0 ? form.n : step)), 'year', text);
  }
}

/** "ten years ago today": the reference day in an earlier year or month (29 February → the 28th). */
function sameDayIn(y: number, m: number, d: number, text: string): EventDate {
  const day: Ymd = { y, m, d };
  return relative(fmtDay(isValid(day) ? day : { y, m, d: 28 }), 'day', text);
}

import type { EventDate } from '../../model/event.js';
import type { Clause } from './clauses.js';
import { complementYear } from './dates.js';
import type { Memory } from './memory.js';
import type { CodedDiplo, SentenceInput } from './types.js';

/**
 * Dates stated relative to another event: "ratified the treaty on Wednesday, six days after the
 * presidents signed it" (the signing is six days before the ratification), "expelled its
 * attaché a week after the treaty was signed" (a week after the signing reported
 * earlier), "The step came five weeks after Peru signed a pact" (five weeks before
 * the news). An offset is "<count> <unit> after|before" right before an adverbial clause or a
 * gerund ("five months after cutting ties").
 */

const COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, several: NaN, few: NaN,
};
const UNITS: Readonly<Record<string, { days: number; months: number }>> = {
  day: { days: 1, months: 0 }, days: { days: 1, months: 0 }, week: { days: 7, months: 0 }, weeks: { days: 7, months: 0 },
  month: { days: 0, months: 1 }, months: { days: 0, months: 1 }, year: { days: 0, months: 12 }, years: { days: 0, months: 12 },
};
/** Nouns that name an event: its family (the memory slot), and its kind when the noun says it ("signing"). */
const EVENT_NOUNS: Readonly<Record<string, { readonly family: string; readonly kind?: string }>> = {
  memorandum: { family: 'agreement' }, agreement: { family: 'agreement' }, treaty: { family: 'agreement' }, accord: { family: 'agreement' },
  deal: { family: 'agreement' }, protocol: { family: 'agreement' },
  visit: { family: 'meeting', kind: 'visit' }, talks: { family: 'meeting' }, meeting: { family: 'meeting' }, summit: { family: 'meeting' },
  trip: { family: 'meeting', kind: 'visit' },
  embassy: { family: 'mission' }, consulate: { family: 'mission' }, relations: { family: 'relations' }, ties: { family: 'relations' },
  signing: { family: 'agreement', kind: 'agreement.sign' }, ratification: { family: 'agreement', kind: 'agreement.ratify' },
  establishment: { family: 'relations', kind: 'relations.establish' }, opening: { family: 'mission', kind: 'mission.open' },
  recall: { family: 'envoy', kind: 'envoy.recall' }, expulsion: { family: 'envoy', kind: 'envoy.expel' },
};
const nounOf = (word: string): { readonly family: string; readonly kind?: string } | undefined =>
  Object.hasOwn(EVENT_NOUNS, word) ? EVENT_NOUNS[word] : undefined;
const RECENT = 4;

/** "<N> <unit> after|before": the span it states (unsigned) and its direction. */
interface Interval {
  readonly days: number;
  readonly months: number;
  readonly after: boolean;
}

/** The "<N> <unit> after|before" whose "after" or "before" is token `k`, if tokens k−2..k are one. */
function offsetAt(tokens: SentenceInput['tokens'], k: number): Interval | null {
  const word = tokens[k]?.lower;
  if (word !== 'after' && word !== 'before') return null;
  const unit = UNITS[tokens[k - 1]?.lower ?? ''];
  const countWord = tokens[k - 2]?.lower ?? '';
  const n = COUNTS[countWord] ?? (/^\d{1,3}$/.test(countWord) ? Number(countWord) : NaN);
  if (!unit || Number.isNaN(n)) return null;
  return { days: n * unit.days, months: n * unit.months, after: word === 'after' };
}

interface Offset {
  /** Index of the adverbial clause ("after the presidents signed it"). */
  readonly sub: number;
  /** Signed span from the subordinate event to the main one: +N after, −N before. */
  readonly days: number;
  readonly months: number;
  readonly text: string;
}

/** Re-dates the events of a sentence whose clauses are tied by "<N> <unit> after|before". */
export function offsetDates(
  s: SentenceInput, clauses: readonly Clause[], events: readonly CodedDiplo[], memory: Memory, article: EventDate,
  history: readonly (readonly CodedDiplo[])[] = [],
): CodedDiplo[] {
  const tokens = s.tokens;
  const out = [...events];
  for (const o of offsetsOf(tokens, clauses)) {
    const sub = clauses[o.sub]!;
    const main = clauses[o.sub - 1]!;
    const inClause = (e: CodedDiplo, c: Clause): boolean => e.trigger.start >= tokens[c.from]!.start && e.trigger.start <= tokens[c.to - 1]!.end;
    const mains = out.map((e, i) => [e, i] as const).filter(([e]) => inClause(e, main));
    const subs = out.map((e, i) => [e, i] as const).filter(([e]) => inClause(e, sub));
    // the subordinate event's date: stated in its clause, or that of the event a definite noun
    // names ("a week after the treaty was signed": the signing reported earlier)
    const subOwn = ownDate(s, sub);
    const earlier = subOwn ? null : remembered(tokens, sub, memory, s.index);
    const mainDated = mains.find(([e]) => e.date.basis !== 'article')?.[0].date ?? null;
    if (subOwn || earlier) {
      // the main event is N after the subordinate one
      for (const [e, i] of mains) if (e.date.basis === 'article') out[i] = { ...e, date: shift((subOwn ?? earlier)!, o.days, o.months, o.text) };
      if (earlier) for (const [e, i] of subs) if (e.date.basis === 'article') out[i] = { ...e, date: earlier };
      continue;
    }
    // the subordinate event is N before the main one (or the news itself when the main clause names none)
    const anchor = mainDated ?? (mains.length === 0 ? article : null);
    if (subs.length && anchor) {
      for (const [e, i] of subs) out[i] = { ...e, date: shift(anchor, -o.days, -o.months, o.text) };
    }
  }
  return gerundOffsets(tokens, leadingOffset(s, out, history));
}

/**
 * "Two weeks after the Lima signing, Chile sealed a pact with X": a sentence opened by "<N>
 * <unit> after <an event noun>," dates its undated events N after the last event the noun names
 * in the few sentences before (of its kind when the noun says it, "signing"; with the country
 * named beside it, "the Fiji signing").
 */
function leadingOffset(s: SentenceInput, events: CodedDiplo[], history: readonly (readonly CodedDiplo[])[]): CodedDiplo[] {
  const tokens = s.tokens;
  const o = offsetAt(tokens, 2);
  if (!o) return events;
  const comma = tokens.findIndex((t, k) => k > 3 && k < 12 && t.lower === ',');
  if (comma < 0) return events;
  const nouns = tokens.slice(3, comma);
  const family = nouns.map((t) => nounOf(t.lower)?.family).find(Boolean);
  if (!family) return events;
  const kind = nouns.map((t) => nounOf(t.lower)?.kind).find(Boolean);
  const named = new Set(s.actors.filter((a) => a.start >= tokens[3]!.start && a.end <= tokens[comma]!.start).map((a) => a.actor.country));
  const fits = (e: CodedDiplo): boolean => (kind ? e.kind === kind : e.kind.startsWith(family === 'meeting' ? 'meeting' : family))
    && [...named].every((c) => [e.source, e.target, ...e.participants].some((a) => a?.country === c))
    && e.date.basis !== 'article' && Boolean(e.date.value) && !e.date.value!.includes('/');
  let anchor: EventDate | null = null;
  for (let i = history.length - 1; i >= 0 && i >= history.length - RECENT && !anchor; i--) anchor = history[i]!.findLast(fits)?.date ?? null;
  if (!anchor) return events;
  const sign = o.after ? 1 : -1;
  const text = tokens.slice(0, 3).map((t) => t.text).join(' ');
  const from = tokens[comma]!.end;
  const date = shift(anchor, sign * o.days, sign * o.months, text);
  return events.map((e) => (e.date.basis === 'article' && e.trigger.start >= from ? { ...e, date } : e));
}

/**
 * "restored relations on Monday, five months after cutting them": a gerund right after an offset
 * is an event of its own, N before (or after) the event of the verb it depends on.
 */
function gerundOffsets(tokens: SentenceInput['tokens'], events: CodedDiplo[]): CodedDiplo[] {
  let out = events;
  for (let k = 2; k < tokens.length - 1; k++) {
    const o = offsetAt(tokens, k);
    const gerund = tokens[k + 1]!;
    if (!o || !gerund.lower.endsWith('ing')) continue;
    const main = out.findLast((e) => e.trigger.end <= tokens[k - 2]!.start);
    if (!main) continue;
    const sign = o.after ? -1 : 1;
    const text = `${tokens[k - 2]!.text} ${tokens[k - 1]!.text} ${tokens[k]!.lower} ${gerund.text}`;
    out = out.map((e) => (e.trigger.start === gerund.start ? { ...e, date: shift(main.date, sign * o.days, sign * o.months, text) } : e));
  }
  return out;
}

function offsetsOf(tokens: SentenceInput['tokens'], clauses: readonly Clause[]): Offset[] {
  const out: Offset[] = [];
  for (let c = 1; c < clauses.length; c++) {
    const at = clauses[c]!.from;
    const o = offsetAt(tokens, at);
    if (!o) continue;
    const sign = o.after ? 1 : -1;
    const text = `${tokens[at - 2]!.text} ${tokens[at - 1]!.text} ${tokens[at]!.text}`;
    out.push({ sub: c, days: sign * o.days, months: sign * o.months, text });
  }
  return out;
}

/** A date the subordinate clause states for itself (before any comma that ends it), if any. */
function ownDate(s: SentenceInput, sub: Clause): EventDate | null {
  const t = s.tokens;
  let end = sub.to;
  for (let k = sub.from; k < sub.to; k++) if (t[k]!.lower === ',') { end = k; break; }
  const from = t[sub.from]!.start;
  const to = t[end - 1]!.end;
  return s.dates.find((d) => d.start >= from && d.end <= to && !complementYear(s, d.start))?.date ?? null;
}

/** The date of the last event of the family a definite noun in the clause names ("the memorandum"). */
function remembered(tokens: SentenceInput['tokens'], sub: Clause, memory: Memory, index: number): EventDate | null {
  for (let k = sub.from + 1; k < sub.to; k++) {
    const family = nounOf(tokens[k]!.lower)?.family;
    if (!family || !/^(?:the|this|that)$/.test(tokens[k - 1]!.lower)) continue;
    const last = memory.get(family);
    if (last && index - last.index <= RECENT && last.event.date.value && !last.event.date.value.includes('/')) return last.event.date;
    return null;
  }
  return null;
}

/** The date moved by a number of days (exact when the anchor has a day) or months. */
export function shift(anchor: EventDate, days: number, months: number, text: string): EventDate {
  const v = anchor.value;
  if (!v || v.includes('/')) return { ...anchor, basis: 'relative', text };
  const [y, m, d] = v.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m !== undefined && d !== undefined && months === 0) {
    const t = new Date(Date.UTC(y, m - 1, d + days));
    return { value: t.toISOString().slice(0, 10), precision: 'day', basis: 'relative', text };
  }
  const total = months + (m !== undefined ? Math.round(days / 30) : 0);
  if (m === undefined) return { value: String(y + Math.trunc(total / 12)), precision: 'year', basis: 'relative', text };
  const n = y * 12 + (m - 1) + total;
  return { value: `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`, precision: 'month', basis: 'relative', text };
}

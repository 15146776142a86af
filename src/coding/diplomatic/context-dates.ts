import type { EventDate } from '../../model/event.js';
import { diffDays, parseRef } from '../../nlp/dates/calendar.js';
import { frontedDate } from './date-scope.js';
import { opensPassage } from './passages.js';
import type { CodedDiplo, SentenceInput } from './types.js';

// Dates an undated sentence takes from the text around it (see docs/dates.md, "Context dates"):
// the chronology entry it belongs to, the occasion it names ("after the talks"), the dated
// meeting whose readout it is, or the day the sentence before it told.

/** The events of the sentences before, one list a sentence (index = sentence index). */
type History = readonly (readonly CodedDiplo[])[];

/** Kinds that are an occasion other things happen at. */
const OCCASION_KINDS: ReadonlySet<string> = new Set(['meeting', 'visit', 'envoy.credentials']);
/**
 * Joint acts that go on with the occasion the sentence before told ("… met on Monday. The two
 * signed …"); a one-sided step told after a dated one ("severed relations on Monday. It closed
 * its embassy …") may have come later and keeps the article date.
 */
const JOINT_KINDS: ReadonlySet<string> = new Set(['meeting', 'agreement.sign', 'cooperation.intent', 'meeting.intent']);
/** Kinds whose event is a statement: dated when said. */
const STATEMENT_KINDS: ReadonlySet<string> = new Set(['cooperation.intent', 'meeting.intent']);

/**
 * "During the talks, …", "after the meeting", "at the ceremony", "on the sidelines of the
 * visit", "at the end of her agenda", "On the occasion, …": a sentence placed at an occasion
 * told before. Group 1 or 2 is the occasion noun when there is one.
 */
const CUE = /\b(?:(?:during|after|at|following|in|throughout)\s+(?:the|this|that|these|their|today's|yesterday's)\s+(?:[\p{L}-]+\s+){0,2}?|on\s+the\s+(?:sidelines|margins)\s+of\s+(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?)(talks|meeting|meetings|ceremony|visit|call|conversation|consultations|session|summit|reception|audience|negotiations|discussions)\b|\bat\s+the\s+(?:end|close|conclusion)\s+of\s+(?:his|her|their|its|the)\s+(?:[\p{L}-]+\s+)?(agenda|programme|program|stay|trip|tour|visit)\b|\bon\s+(?:the|that|this)\s+occasion\b/iu;
/** Occasion nouns and the kinds they name first (any occasion kind serves when none of these is found). */
const CUE_KINDS: Readonly<Record<string, readonly string[]>> = {
  visit: ['visit'], agenda: ['visit'], programme: ['visit'], program: ['visit'], stay: ['visit'], trip: ['visit'], tour: ['visit'], ceremony: ['envoy.credentials', 'meeting'], audience: ['envoy.credentials', 'meeting'], call: ['meeting'],
};
/** Sentences back that an occasion cue or a readout may reach. */
const CUE_REACH = 8;
const READOUT_REACH = 12;
/** A readout reports an occasion of the last few days before the article. */
const READOUT_DAYS = 7;
/** Words that put an undated sentence at another time than the one told just before. */
const OTHER_TIME = new Set(['previously', 'earlier', 'formerly', 'once', 'already', 'originally', 'since', 'later', 'now', 'today', 'before']);
const ENTRY_DASH = /^\s*[—–:|-]/;
const IRREGULAR_PAST = new Set(['shut', 'met', 'held', 'broke', 'cut', 'paid', 'sent', 'led', 'made', 'took', 'gave', 'went', 'came', 'flew', 'sat', 'set', 'withdrew', 'began', 'spoke', 'told']);
const PERFECT = new Set(['has', 'have', "'s", "'ve", 'will', 'would']);

/**
 * The events of sentence `i` with the article dates of the undated ones replaced from context,
 * first found of:
 * - entry: the sentence lies in a chronology entry, a paragraph opening with a date and a dash
 *   or colon ("12 May 2019 — …", "1997: …"); every undated event of the entry is on that date;
 * - occasion: the sentence names an occasion ("after the talks", "at the ceremony") and the last
 *   such occasion told in the few sentences before has a date of its own;
 * - readout: a statement of intent ("ready to deepen cooperation") by the sides of a meeting,
 *   visit or credentials ceremony dated to a day in the week before the article;
 * - previous: an asserted simple past of a joint act (meeting, signing, statement) right after a
 *   sentence (same paragraph) that told a dated event or opened with a day ("On Monday the envoy
 *   called on …. The two discussed …").
 * Events with a date of their own are left as they are.
 */
export function withContextDates(
  s: SentenceInput, events: readonly CodedDiplo[], history: History, article: EventDate, sentences: readonly SentenceInput[],
): readonly CodedDiplo[] {
  if (!article.value || !events.some((e) => e.date.basis === 'article')) return events;
  const i = history.length;
  const entry = entryDate(s, sentences, i);
  if (entry) return redate(events, () => true, entry);
  if (s.dates.length > 0) return events;
  const cue = CUE.exec(s.text);
  if (cue) {
    const noun = (cue[1] ?? cue[2])?.toLowerCase() ?? '';
    const at = occasionBefore(history, sentences, i, Object.hasOwn(CUE_KINDS, noun) ? CUE_KINDS[noun]! : null);
    // "at the end of her visit" to a span of days: its last day
    const when = cue[2] && at?.value?.includes('/') ? lastDay(at) : at;
    if (when) return redate(events, (e) => e.modality === 'asserted' || e.modality === 'negated' || STATEMENT_KINDS.has(e.kind), when);
  }
  let out = events;
  if (events.some((e) => STATEMENT_KINDS.has(e.kind) && e.date.basis === 'article')) {
    out = out.map((e) => {
      if (!STATEMENT_KINDS.has(e.kind) || e.date.basis !== 'article') return e;
      const at = readoutOccasion(e, history, sentences, i, article);
      return at ? { ...e, date: { ...at, basis: 'relative' } } : e;
    });
  }
  const prev = previousDay(s, history, sentences, i);
  if (!prev) return out;
  return redate(out, (e) => e.modality === 'asserted' && JOINT_KINDS.has(e.kind) && simplePast(s, e.trigger.start), prev);
}

/** The last day of a span of days ("2025-05-20/2025-05-21" → 2025-05-21); other spans as they are. */
function lastDay(d: EventDate): EventDate {
  const end = d.value!.split('/')[1] ?? '';
  return /^\d{4}-\d{2}-\d{2}$/.test(end) ? { ...d, value: end, precision: 'day' } : d;
}

/** `events` with the article-dated ones that `which` accepts moved to `date` (relative, the date's own words). */
function redate(events: readonly CodedDiplo[], which: (e: CodedDiplo) => boolean, date: EventDate): readonly CodedDiplo[] {
  let out: CodedDiplo[] | null = null;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.date.basis !== 'article' || !which(e)) continue;
    out ??= [...events];
    out[k] = { ...e, date: { ...date, basis: 'relative' } };
  }
  return out ?? events;
}

/** The date a sentence opens with when a dash or colon follows it ("5 June 2017 — …", "March 2004: …"), else null. */
function entryOpening(s: SentenceInput): EventDate | null {
  const d = s.dates[0];
  if (!d || d.date.basis === 'article' || !d.date.value || d.date.value.includes('/')) return null;
  if (s.text.slice(0, d.start - s.start).trim() !== '' || !ENTRY_DASH.test(s.text.slice(d.end - s.start, d.end - s.start + 3))) return null;
  return d.date;
}

/** The date of the chronology entry sentence `i` lies in: its own opening, or that of an earlier sentence of its paragraph. */
function entryDate(s: SentenceInput, sentences: readonly SentenceInput[], i: number): EventDate | null {
  const own = entryOpening(s);
  if (own || s.paragraph === undefined) return own;
  for (let k = i - 1; k >= 0 && k >= i - CUE_REACH; k--) {
    const b = sentences[k];
    if (!b || b.paragraph !== s.paragraph) return null;
    const d = entryOpening(b);
    if (d) return s.dates.length === 0 ? d : null;
  }
  return null;
}

/** Does `sentences[k]` lie before a live-blog timestamp that starts a passage at or before `i`? */
function passageBreak(sentences: readonly SentenceInput[], k: number, i: number): boolean {
  for (let j = k + 1; j <= i; j++) if (sentences[j] && opensPassage(sentences[j]!.text)) return true;
  return false;
}

/**
 * The date of the last occasion told in the few sentences before (of the `preferred` kinds when
 * one is there, else a meeting before a credentials ceremony before a visit), or null when there
 * is none or it is dated only by the article (today's news).
 */
function occasionBefore(history: History, sentences: readonly SentenceInput[], i: number, preferred: readonly string[] | null): EventDate | null {
  let fallback: CodedDiplo | null = null;
  for (let k = i - 1; k >= 0 && k >= i - CUE_REACH; k--) {
    if (passageBreak(sentences, k, i)) break;
    const list = history[k]!.filter((e) => OCCASION_KINDS.has(e.kind) && e.modality !== 'negated');
    if (list.length === 0) continue;
    const found = preferred ? list.find((e) => preferred.includes(e.kind)) : undefined;
    if (found) return datedOccasion(found);
    fallback ??= byOccasionOrder(list);
    if (!preferred) break;
  }
  return fallback ? datedOccasion(fallback) : null;
}

const READOUT_ORDER = ['meeting', 'envoy.credentials', 'visit'];

/** The meeting of a sentence's occasions, else its credentials ceremony, else its visit. */
const byOccasionOrder = (list: readonly CodedDiplo[]): CodedDiplo =>
  [...list].sort((a, b) => READOUT_ORDER.indexOf(a.kind) - READOUT_ORDER.indexOf(b.kind))[0]!;

/** An occasion's own date (not the article's); a span ("from 7 to 10 July") as it is. */
const datedOccasion = (e: CodedDiplo): EventDate | null => (e.date.basis !== 'article' && e.date.value ? e.date : null);

const countriesOf = (e: CodedDiplo): Set<string> => {
  const out = new Set<string>();
  for (const a of [e.source, e.target, ...e.participants]) if (a?.country) out.add(a.country);
  return out;
};

/**
 * The day of the meeting, visit or credentials ceremony a statement of intent was made at: the
 * last such occasion of the statement's sides in the passage, dated to a day of the week before
 * the article (when that occasion is dated only by the article, the statement is today's too).
 */
function readoutOccasion(e: CodedDiplo, history: History, sentences: readonly SentenceInput[], i: number, article: EventDate): EventDate | null {
  const ours = countriesOf(e);
  if (ours.size === 0) return null;
  for (let k = i - 1; k >= 0 && k >= i - READOUT_REACH; k--) {
    if (passageBreak(sentences, k, i)) return null;
    const list = history[k]!.filter((x) => OCCASION_KINDS.has(x.kind) && x.modality === 'asserted' && [...ours].every((c) => countriesOf(x).has(c)));
    if (list.length === 0) continue;
    const date = datedOccasion(byOccasionOrder(list));
    if (!date || date.precision !== 'day' || date.value!.includes('/')) return null;
    const from = parseRef(date.value), to = parseRef(article.value);
    if (!from || !to) return null;
    const days = diffDays(from, to);
    return days > 0 && days <= READOUT_DAYS ? date : null;
  }
  return null;
}

/**
 * The date an undated sentence continues: the sentence before, in the same paragraph, told
 * only dated events (the last one's date, to the day or month), or told none and opened with
 * a day ("On Monday …"). None when the sentence points to another time ("previously").
 */
function previousDay(s: SentenceInput, history: History, sentences: readonly SentenceInput[], i: number): EventDate | null {
  const prev = sentences[i - 1];
  if (!prev || i === 0 || (s.paragraph !== undefined && prev.paragraph !== s.paragraph) || opensPassage(s.text)) return null;
  if (s.tokens.some((t) => OTHER_TIME.has(t.lower))) return null;
  const list = history[i - 1] ?? [];
  if (list.length > 0) {
    if (list.some((e) => e.date.basis === 'article')) return null;
    const last = list.findLast((e) => e.modality === 'asserted');
    const date = last && datedOccasion(last);
    return date && !date.value!.includes('/') && (date.precision === 'day' || date.precision === 'month') ? date : null;
  }
  const opening = frontedDate(prev);
  return opening && opening.precision === 'day' && !opening.value!.includes('/') ? opening : null;
}

/** Is the verb at character `at` a simple past ("closed", "met"), not a perfect or a future? */
export function simplePast(s: SentenceInput, at: number): boolean {
  const k = s.tokens.findIndex((t) => t.start === at);
  if (k < 0) return false;
  const t = s.tokens[k]!;
  if (t.pos !== 'VERB' || !(/\p{Ll}ed$/u.test(t.text) || IRREGULAR_PAST.has(t.lower))) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (PERFECT.has(s.tokens[j]!.lower)) return false;
    if (s.tokens[j]!.pos !== 'ADV' && s.tokens[j]!.pos !== 'AUX') break;
  }
  return true;
}

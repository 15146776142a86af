import type { EventDate } from '../../model/event.js';
import { monthOf } from '../../nlp/dates/lexicon.js';
import type { Clause } from './clauses.js';
import type { Match } from './match.js';
import type { Memory } from './memory.js';
import { deniedReport } from './modality.js';
import { laterThan } from './spans.js';
import { TIME_SHIFT, frontedDate, otherTime, prospective, segmentDate, thatComplement, timeShift } from './date-scope.js';
import type { CodedDiplo, SentenceInput } from './types.js';

const YEAR = /^(?:1[6-9]|20)\d\d$/;

/** Does date `a` start after the article date `b`? (Compares the common prefix.) */
export function isAfter(a: EventDate, b: EventDate): boolean {
  const x = a.value?.split('/')[0];
  const y = b.value;
  if (!x || !y) return false;
  const n = Math.min(x.length, y.length);
  return x.slice(0, n) > y.slice(0, n);
}

/** "since her inauguration, in", "before his election on": a time point named by a non-diplomatic occasion, right before a date. */
const OFFICE_SINCE = /\b(?:since|before|until|prior\s+to)\s+(?:(?:his|her|their|its|the)\s+)?(?:[\p{L}-]+\s+)?(?:inauguration|election|re-?election|swearing-in|investiture|independence|coronation|taking\s+office)\s*,?\s*(?:in|on|of)?\s*$/iu;

/**
 * The clause's date for a trigger: the nearest one not separated from it by another verb ("met
 * X on July 28", "in 2015, A opened"; "would meet on June 27 followed by a meeting … in August"
 * gives the meeting August). Years that name an agreement ("the 2014 agreement") do not count.
 */
export function nearestDate(s: SentenceInput, dates: SentenceInput['dates'], at: number, atEnd = at): EventDate | null {
  let best: EventDate | null = null;
  let score = Infinity;
  const rel = relativeSpans(s);
  for (const d of dates) {
    if (YEAR.test(d.text.trim()) && (landmarkYear(s, d.end) || complementYear(s, d.start))) continue;
    // "ordered the ambassador to leave within 72 hours": a deadline, not when it happened
    if (/\bwithin\s+(?:the\s+next\s+)?$/i.test(s.text.slice(Math.max(0, d.start - s.start - 16), d.start - s.start))) continue;
    // "arrived ahead of Monday's donor conference, her second trip": a possessive date dates only the noun it owns
    if (/^['’]s\b/.test(s.text.slice(d.end - s.start, d.end - s.start + 3)) && !possessedBy(s, d.end, at)) continue;
    // "her first visit since her inauguration, in July 2025": the date of the office-taking, not of the visit
    if (d.start > at && OFFICE_SINCE.test(s.text.slice(Math.max(0, d.start - s.start - 60), d.start - s.start))) continue;
    // a date inside ", which was shut in August 2021," belongs to that relative clause
    if (rel.some((r) => r.start <= d.start && d.end <= r.end && !(r.start <= at && at < r.end))) continue;
    const before = d.end <= at;
    const gap = before ? at - d.end : Math.max(0, d.start - atEnd);
    const verb = s.tokens.some((t) => t.pos === 'VERB' && (before ? t.start >= d.end && t.end <= at : t.start >= atEnd && t.end <= d.start));
    const sc = gap + (verb ? 10000 : 0) + (before ? 3 : 0);
    if (sc < score) {
      score = sc;
      best = d.date;
    }
  }
  return best;
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  fifteenth: 15, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, hundredth: 100,
};

/**
 * "the 30th anniversary of the establishment of diplomatic relations": the event is N years
 * before the year the anniversary falls in, that of the sentence's date nearest the word
 * ("in 2027 the 35th anniversary …", "next year marks the 30th anniversary …"), else the
 * article's.
 */
export function anniversary(s: SentenceInput, m: Match, articleDate: EventDate): EventDate | null {
  const tokens = s.tokens;
  if (!m.nominal || !articleDate.value) return null;
  for (let k = m.trigFrom - 1; k >= 1 && k >= m.trigFrom - 4; k--) {
    // "the 30th anniversary of the establishment …", not "mark the anniversary with a visit"
    if (tokens[k]!.lower !== 'anniversary' || tokens[k + 1]?.lower !== 'of') continue;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const w = tokens[j]!.lower.replace(/-/g, '');
      const n = ORDINAL_WORDS[w] ?? (/^(\d+)(?:st|nd|rd|th)$/.exec(w) ? Number(/^\d+/.exec(w)![0]) : NaN);
      if (!Number.isNaN(n) && n > 0) {
        const year = String(Number(anniversaryYear(s, tokens[k]!.start) ?? articleDate.value.slice(0, 4)) - n);
        return { value: year, precision: 'year', basis: 'relative', text: tokens.slice(j, k + 1).map((t) => t.text).join(' ') };
      }
    }
    return null;
  }
  return null;
}

/** The year of the sentence's own date nearest character `at` (the anniversary's year), if any. */
function anniversaryYear(s: SentenceInput, at: number): string | null {
  let best: string | null = null;
  let gap = Infinity;
  for (const d of s.dates) {
    if (d.date.basis === 'article' || !d.date.value || landmarkYear(s, d.end)) continue;
    const g = d.end <= at ? at - d.end : d.start - at;
    if (g < gap) {
      gap = g;
      best = d.date.value.slice(0, 4);
    }
  }
  return best;
}

/** Character spans of relative clauses set off by commas (", which … ,", ", who … ,"). */
export function relativeSpans(s: SentenceInput): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const t = s.tokens;
  for (let k = 1; k < t.length; k++) {
    if (t[k - 1]!.lower !== ',' || !(t[k]!.lower === 'which' || t[k]!.lower === 'who' || t[k]!.lower === 'where')) continue;
    let e = k + 1;
    while (e < t.length && t[e]!.lower !== ',') e++;
    out.push({ start: t[k]!.start, end: t[Math.min(e, t.length) - 1]!.end });
  }
  return out;
}

/** Is the year ending at `end` followed by an agreement word ("the 2014 agreement")? */
export function landmarkYear(s: SentenceInput, end: number): boolean {
  const rest = s.text.slice(end - s.start, end - s.start + 40).toLowerCase();
  return /^\s+(?:[a-z]+\s+)?(?:agreement|protocol|treaty|memorandum|accord|convention|declaration|communiqu)/.test(rest);
}

export function yearDate(s: SentenceInput, year: string, at: number): EventDate {
  const d = s.dates.find((x) => x.start <= at && at < x.end && x.date.value?.startsWith(year));
  return d?.date ?? { value: year, precision: 'year', basis: 'explicit', text: year };
}


/**
 * The date a continued clause shares with the clause before: the same one ("met X on July 28
 * and discussed …"), none when it moves on in time ("… later signed"), or the span from it to
 * the article date ("established relations in 1975 and have since signed …" → 1975/2022).
 */
export function shifted(tokens: SentenceInput['tokens'], clause: Clause, prev: EventDate | null, article: EventDate): EventDate | null {
  if (!prev) return null;
  for (let k = clause.from; k < clause.to && k < clause.from + 5; k++) {
    const w = tokens[k]!.lower;
    if (w === 'since' && prev.value && article.value && !prev.value.includes('/')) {
      return { value: `${prev.value.slice(0, 4)}/${article.value.slice(0, 4)}`, precision: 'year', basis: 'relative', text: `${prev.text ?? prev.value} … since` };
    }
    if (TIME_SHIFT.has(w)) return null;
  }
  return prev;
}

/**
 * "Relations were established in 1992. Since then, the two countries have signed 40
 * agreements": the span from the last stated date of the sentence before to the article's.
 */
export function sinceThen(tokens: SentenceInput['tokens'], clause: Clause, memory: Memory, index: number, article: EventDate): EventDate | null {
  let k = clause.from;
  while (k < clause.to && (tokens[k]!.pos === 'CCONJ' || tokens[k]!.lower === '“' || tokens[k]!.lower === '"')) k++;
  if (tokens[k]?.lower !== 'since' || !/^(?:then|that)$/.test(tokens[k + 1]?.lower ?? '') || !article.value) return null;
  let last: EventDate | null = null;
  for (const { event, index: i } of memory.values()) {
    if (i === index - 1 && event.date.basis !== 'article' && event.date.value && !event.date.value.includes('/')) last = event.date;
  }
  if (!last?.value) return null;
  return { value: `${last.value.slice(0, 4)}/${article.value.slice(0, 4)}`, precision: 'year', basis: 'relative', text: 'since then' };
}

const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening']);
const SAME_TIME = new Set(['day', 'evening', 'morning', 'afternoon', 'night', 'date']);

/**
 * "On the same day, members inaugurated …", "later that evening": a clause dated by the time of
 * the event stated before it (in the sentence, else the last dated event of the sentence before).
 */
export function sameTime(
  tokens: SentenceInput['tokens'], clause: Clause, prev: EventDate | null, history: readonly (readonly CodedDiplo[])[],
): EventDate | null {
  for (let k = clause.from + 1; k < clause.to; k++) {
    if (!SAME_TIME.has(tokens[k]!.lower)) continue;
    const before = tokens[k - 1]!.lower;
    // "In the evening, the president hosted …": a sentence that opens with a part of the day continues the day just told
    const opening = before === 'the' && k === 2 && tokens[0]!.lower === 'in' && PART_OF_DAY.has(tokens[k]!.lower);
    if (!(before === 'same' && tokens[k - 2]?.lower === 'the') && before !== 'that' && !opening) continue;
    const anchor = prev && prev.basis !== 'article' ? prev : lastDayDated(history, opening ? OPENING_REACH : SAME_TIME_REACH);
    if (!anchor?.value) return null;
    return { ...anchor, basis: 'relative', text: tokens.slice(k - 2, k + 1).map((t) => t.text).join(' ') };
  }
  return null;
}

const SAME_TIME_REACH = 3;
/** "In the afternoon, …" may follow a paragraph or two about the morning. */
const OPENING_REACH = 6;

/** "X, who landed on Monday, dined with Y that evening": the last day stated earlier in the sentence (a relative clause's too). */
function dayBefore(s: SentenceInput, at: number): EventDate | null {
  return s.dates.findLast((d) => d.end <= at && d.date.basis !== 'article' && d.date.precision === 'day' && d.date.value !== null)?.date ?? null;
}

/**
 * "The senate approved the accord on Monday. … On the same day, deputies launched …": the last
 * event of the few sentences before dated to the day (a later one dated only by the article or
 * to the month does not count).
 */
function lastDayDated(history: readonly (readonly CodedDiplo[])[], reach: number): EventDate | null {
  for (let i = history.length - 1; i >= 0 && i >= history.length - reach; i--) {
    const e = history[i]!.findLast((x) => x.date.basis !== 'article' && x.date.precision === 'day' && x.date.value && !x.date.value.includes('/'));
    if (e) return e.date;
  }
  return null;
}

/** "since March, when the ambassador was recalled": a clause opened by "when" right after a date is dated by it. */
export function whenDate(s: SentenceInput, clause: Clause): EventDate | null {
  const tokens = s.tokens;
  let k = clause.from;
  while (k < clause.to && tokens[k]!.lower !== 'when' && k < clause.from + 2) k++;
  if (tokens[k]?.lower !== 'when') return null;
  let p = k - 1;
  if (tokens[p]?.lower === ',') p--;
  const end = tokens[p]?.end;
  return end === undefined ? null : s.dates.find((d) => d.end === end)?.date ?? null;
}

/** What the date of one match is read from. */
export interface MatchDateInput {
  readonly s: SentenceInput;
  readonly clause: Clause;
  readonly m: Match;
  /** Token of a year that names an agreement ("the 2014 agreement"), when the match is that landmark. */
  readonly landmarkYear: number | undefined;
  readonly clauseDates: SentenceInput['dates'];
  /** The last date stated in an earlier clause of the sentence, and that of the clause just before. */
  readonly lastStated: EventDate | null;
  readonly prevDate: EventDate | null;
  readonly memory: Memory;
  readonly article: EventDate;
  /** The events of the sentences before, one list a sentence. */
  readonly history?: readonly (readonly CodedDiplo[])[];
}

/**
 * The date of a match, first found of: a landmark's year, an anniversary, the nearest date of the
 * clause, a "when" clause, "later", a date shifted from the clause before ("and a week later"),
 * "since then", else the article date.
 */
export function matchDate(x: MatchDateInput): EventDate {
  const { s, clause, m, memory, article } = x;
  const tokens = s.tokens;
  if (x.landmarkYear !== undefined) return yearDate(s, tokens[x.landmarkYear]!.text, tokens[x.landmarkYear]!.start);
  // "want to double trade by 2030": the statement is the event, a deadline is not its date
  const dates = m.kind === 'cooperation.intent' ? x.clauseDates.filter((d) => !deadline(s, d)) : x.clauseDates;
  return anniversary(s, m, article) ?? nearestDate(s, dates, tokens[m.trigFrom]!.start, tokens[m.trigTo - 1]!.end)
    ?? whenDate(s, clause) ?? laterThan(tokens, clause, x.lastStated, memory, s.index)
    ?? sameTime(tokens, clause.from > 0 && !x.lastStated ? { ...clause, from: 0 } : clause, x.lastStated ?? dayBefore(s, tokens[m.trigFrom]!.start), x.history ?? [])
    ?? ((clause.type === 'continued' || clause.type === 'coordinate' && pairSubject(tokens, clause)) && (!m.nominal || performed(tokens, clause, m))
      ? shifted(tokens, clause, x.prevDate, article) : null)
    ?? sinceThen(tokens, clause, memory, s.index, article)
    // "In March 2019 A expelled two of B's diplomats, and B replied in kind": a date that opens the sentence (or the part after a colon) dates each clause
    ?? (clause.type === 'coordinate' && !m.nominal && !timeShift(tokens, clause) && !prospective(tokens, clause) && !otherTime(tokens, clause)
      ? frontedDate(s) ?? segmentDate(s, clause) : null)
    // "On 4 March 2016, the minister announced that Chile was restoring ties": the saying's date
    ?? (thatComplement(tokens, clause) && !m.nominal && x.lastStated?.basis !== 'article' && !prospective(tokens, clause)
      && !deniedReport(tokens, clause.from, m.trigFrom) ? x.lastStated : null) ?? article;
}

const DEADLINE = /\b(?:by|until|till|before|within)\s+(?:the\s+(?:end\s+of\s+)?)?$/i;

/** "by 2030", "before the end of 2026": a date stated as a target or deadline. */
function deadline(s: SentenceInput, d: SentenceInput['dates'][number]): boolean {
  return DEADLINE.test(s.text.slice(Math.max(0, d.start - s.start - 24), d.start - s.start));
}

const OF_YEAR = /\b([a-z]+)\s+of\s+$/i;
/** Words for a part or span of a year ("the end of 2024", "the spring of 2023"): a year after them is a date. */
const YEAR_PART_WORDS = new Set(['end', 'beginning', 'start', 'middle', 'spring', 'summer', 'autumn', 'fall', 'winter', 'half', 'quarter', 'course', 'part', 'months', 'month', 'early', 'late', 'rest', 'remainder']);

/** "a resolution on the war of 1812", "the constitution of 1993": a bare year that qualifies a noun is no date of the event. */
export function complementYear(s: SentenceInput, start: number): boolean {
  const d = s.dates.find((x) => x.start === start);
  if (d && !YEAR.test(d.text.trim())) return false;
  const m = OF_YEAR.exec(s.text.slice(Math.max(0, start - s.start - 30), start - s.start));
  return m !== null && !YEAR_PART_WORDS.has(m[1]!.toLowerCase()) && monthOf(m[1]!) === null;
}


/** "…, and the two signed", "and they agreed", "and both sides": a coordinate clause whose subject is the pair just named. */
function pairSubject(tokens: SentenceInput['tokens'], clause: Clause): boolean {
  let k = clause.from;
  while (k < clause.to && (tokens[k]!.pos === 'CCONJ' || tokens[k]!.lower === ',')) k++;
  const w = tokens[k]?.lower;
  return w === 'they' || w === 'both' || (w === 'the' && tokens[k + 1]?.lower === 'two');
}

/** Is the trigger at `at` the noun phrase owned by a possessive date ending at `end` ("Monday's talks")? */
function possessedBy(s: SentenceInput, end: number, at: number): boolean {
  if (at < end) return false;
  const between = s.text.slice(end - s.start, at - s.start);
  return between.length <= 30 && !/[,;:()]/.test(between);
}

/** Past verbs that carry out what their object names ("ordered the closure of", "witnessed the signing of"). */
const PERFORMING = new Set([
  'ordered', 'announced', 'decreed', 'approved', 'completed', 'marked', 'celebrated', 'attended', 'witnessed', 'held', 'hosted',
  'oversaw', 'formalised', 'formalized', 'finalised', 'finalized', 'effected', 'carried', 'made', 'began', 'started', 'sealed',
]);

/**
 * "expelled the envoy in April 2019 and ordered the closure of its consulates": a nominal event
 * whose clause's verb, the last before it, carries it out in the past shares the date of the
 * clause before ("and discussed the reopening of …" does not).
 */
function performed(tokens: SentenceInput['tokens'], clause: Clause, m: Match): boolean {
  for (let k = m.trigFrom - 1; k >= clause.from; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return PERFORMING.has(t.lower);
  }
  return false;
}

import type { Actor } from '../../model/actor.js';
import type { EventDate, Modality } from '../../model/event.js';
import { attributesOf } from './attributes.js';
import { agentsOf } from './agents.js';
import { ClauseView } from './clause-view.js';
import { type Clause, splitClauses } from './clauses.js';
import { findLandmarks } from './landmarks.js';
import { findMatches, type Match } from './match.js';
import { modalityOf } from './modality.js';
import { type Parties, partiesOf } from './parties.js';
import { DiplomaticPatterns } from './patterns.js';
import { isVerb } from './tokens.js';
import type { ArticleFrame, CodedDiplo, SentenceInput } from './types.js';

export type { ActorSpan, ArticleFrame, CodedDiplo, DateSpan, SentenceInput } from './types.js';
export { DiplomaticPatterns } from './patterns.js';
export { splitClauses, type Clause } from './clauses.js';

const FIRST_PERSON = new Set(['we', 'our', 'us', 'ours']);
const YEAR = /^(?:1[6-9]|20)\d\d$/;

/**
 * The diplomatic event coder: finds the §4 kinds in a sentence, one event per clause and
 * trigger, with parties, date, modality and attributes. Patterns come in through the
 * constructor (data/patterns/diplomatic.json by default).
 */
export class DiplomaticCoder {
  constructor(readonly patterns: DiplomaticPatterns) {}

  static load(path?: string): DiplomaticCoder {
    return new DiplomaticCoder(DiplomaticPatterns.load(path));
  }

  /**
   * The events of an article's sentences, in order. A definite back-reference with no parties of
   * its own ("the agreement is expected to be signed this week") takes the parties of the last
   * event of its family in the previous few sentences.
   */
  codeArticle(sentences: readonly SentenceInput[], frame: ArticleFrame): CodedDiplo[][] {
    const memory: Memory = new Map();
    return sentences.map((s) => {
      const events = this.codeSentence(s, frame, memory);
      for (const e of events) memory.set(familyOf(e.kind), { event: e, index: s.index });
      return events;
    });
  }

  /** The events of one sentence, duplicates of one fact merged. */
  codeSentence(s: SentenceInput, frame: ArticleFrame, memory: Memory = new Map()): CodedDiplo[] {
    const tokens = s.tokens;
    if (tokens.length === 0) return [];
    const out: CodedDiplo[] = [];
    let inherited: readonly Actor[] = [];
    let prevDate: EventDate | null = null;
    let prevModality: Modality = 'asserted';
    let prevPairWord = false;
    const clauses = splitClauses(tokens, 0, tokens.length, attributionCuts(s));
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c]!;
      const view = new ClauseView(tokens, clause, s.actors);
      const carry = clause.type === 'continued' ? inherited : [];
      const clauseDates = s.dates.filter((d) => d.start >= tokens[clause.from]!.start && d.end <= tokens[clause.to - 1]!.end);
      const ownDate = clauseDates.length > 0;
      const matches = findMatches(tokens, clause, this.patterns);
      const landmarks = findLandmarks(tokens, clause, this.patterns, matches);
      const all = matches.length + landmarks.length > 0 ? [...pruneOverlaps(matches), ...landmarks.map((l) => l.match)] : [];
      const ownPairWord = this.patterns.pairWords.inRange(tokens, clause.from, clause.to);
      const pairWord: boolean = ownPairWord || (clause.type === 'continued' && prevPairWord);
      prevPairWord = clause.type === 'continued' ? pairWord : ownPairWord;
      const firstPerson = all.length > 0 && view.has(FIRST_PERSON);
      if (all.length === 0 && c > 0) this.elided(tokens, view, out);
      for (const m of all) {
        let parties = partiesOf({ view, match: m, sentence: s, frame, inherited: carry, pairWord, firstPerson });
        if (!parties.source?.country && view.slots.length === 0 && definite(tokens, m)) parties = recall(memory, m, s.index) ?? parties;
        const landmarkYear = landmarks.find((l) => l.match === m)?.year;
        const date = landmarkYear !== undefined
          ? yearDate(s, tokens[landmarkYear]!.text, tokens[landmarkYear]!.start)
          : anniversary(tokens, m, frame.articleDate) ?? nearestDate(s, clauseDates, tokens[m.trigFrom]!.start, tokens[m.trigTo - 1]!.end)
            ?? (clause.type === 'continued' && !m.nominal ? shifted(tokens, clause, prevDate, frame.articleDate) : null)
            ?? sinceThen(tokens, clause, memory, s.index, frame.articleDate) ?? frame.articleDate;
        if (!acceptable(m, parties, pairWord, date)) continue;
        const carried = clause.type === 'continued' ? prevModality : null;
        for (const p of reciprocal(tokens, clause, m, parties)) out.push(this.event(s, frame, clause, m, p, date, landmarkYear !== undefined, carried));
      }
      if (clauses[c + 1]?.type === 'continued') {
        const verb = firstVerb(tokens, clause);
        const subject = agentsOf({ view, sentence: s, frame, inherited: carry, trigFrom: verb, trigTo: verb, owner: null });
        inherited = subject.length ? subject : carry;
      }
      const lastVerb = lastVerbOf(tokens, clause);
      if (lastVerb >= 0 && clause.type !== 'continued') prevModality = modalityOf(tokens, clause.from, lastVerb, false, this.patterns.modality);
      if (ownDate) prevDate = nearestDate(s, clauseDates, tokens[clause.from]!.start);
      else if (clause.type !== 'continued') prevDate = null;
    }
    return mergeDuplicates(out);
  }

  /**
   * "X signed the communique for Pakistan while his counterpart Y signed for his government":
   * a trigger verb without its object, after an event of the same rule in the sentence, adds
   * the clause's people to that event.
   */
  private elided(tokens: SentenceInput['tokens'], view: ClauseView, out: CodedDiplo[]): void {
    for (let i = view.clause.from; i < view.clause.to; i++) {
      const t = tokens[i]!;
      if (t.pos !== 'VERB') continue;
      const rules = new Set(this.patterns.triggers(t.lemma, t.lower).map((x) => x.rule.id));
      const k = out.findLastIndex((e) => rules.has(e.rule));
      if (k < 0) continue;
      const e = out[k]!;
      const sides = new Set([e.source, e.target, ...e.participants].map((a) => a?.country));
      const added = view.slots.map((x) => x.span.actor).filter((a) => a.type === 'person' && a.name && sides.has(a.country)
        && !e.participants.some((p) => p.name === a.name));
      if (added.length) out[k] = { ...e, participants: [...e.participants, ...added] };
      return;
    }
  }

  private event(
    s: SentenceInput, frame: ArticleFrame, clause: Clause, m: Match, p: Parties, date: EventDate, landmark: boolean,
    carried: Modality | null,
  ): CodedDiplo {
    const tokens = s.tokens;
    let modality: Modality = landmark || m.rule.noModality
      ? 'asserted'
      : modalityOf(tokens, clause.from, m.trigFrom, m.nominal, this.patterns.modality, m.rule.allowNegation);
    // "agreed to re-establish relations and reopen embassies": a bare coordinated verb shares the modality before it
    if (carried && modality === 'asserted' && firstVerb(tokens, clause) === m.trigFrom) modality = carried;
    // a stated date after the article date has not happened yet ("will meet in August")
    if (modality === 'asserted' && date.basis !== 'article' && isAfter(date, frame.articleDate)) modality = 'planned';
    let kind = m.kind;
    if (kind === 'meeting' && modality === 'intended') kind = 'meeting.intent';
    if ((kind === 'cooperation.intent' || kind === 'meeting.intent') && modality !== 'negated') modality = modality === 'asserted' ? 'asserted' : 'intended';
    const text = (a: number, b: number): string => s.text.slice(tokens[a]!.start - s.start, tokens[b - 1]!.end - s.start);
    const attributes = attributesOf(tokens, clause.from, clause.to, m, p, this.patterns, text);
    const cStart = tokens[clause.from]!.start;
    const cEnd = tokens[clause.to - 1]!.end;
    const inQuote = s.quoted.some((q) => q.start <= tokens[m.trigFrom]!.start && tokens[m.trigFrom]!.start < q.end);
    return {
      kind, cameo: cameoOf(m, p, attributes.format), source: p.source, target: p.target,
      participants: p.participants, date, place: p.place, modality, attributes,
      trigger: { start: tokens[m.trigFrom]!.start, end: tokens[m.trigTo - 1]!.end },
      clause: { start: cStart, end: cEnd },
      speaker: inQuote || s.speaker ? s.speaker : null,
      confidence: confidenceOf(m, p, date),
      rule: landmark ? 'landmark' : m.rule.id,
    };
  }
}

/** The last event of each family ("agreement", "mission"…) and the sentence it came from. */
export type Memory = Map<string, { readonly event: CodedDiplo; readonly index: number }>;

const RECALL_SENTENCES = 4;
const familyOf = (kind: string): string => (kind === 'visit' || kind.startsWith('meeting') ? 'meeting' : kind.split('.')[0]!);

/** "the agreement", "this embassy", "the talks": a definite noun phrase at the object or nominal trigger. */
function definite(tokens: SentenceInput['tokens'], m: Match): boolean {
  const head = m.objFrom >= 0 ? m.objFrom : m.nominal ? m.trigFrom : -1;
  if (head < 0) return false;
  for (let k = head - 1; k >= 0 && k >= head - 3; k--) {
    const w = tokens[k]!.lower;
    if (w === 'the' || w === 'this' || w === 'that' || w === 'these') return true;
    if (tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'NOUN') return false;
  }
  return false;
}

/** The parties of the last event of the match's family, if it is recent. */
function recall(memory: Memory, m: Match, index: number): Parties | null {
  const last = memory.get(familyOf(m.kind));
  if (!last || index - last.index > RECALL_SENTENCES) return null;
  const e = last.event;
  return { source: e.source, target: e.target, participants: e.participants, place: null, city: null, person: null, agents: [], explicit: 2 };
}

/** Does date `a` start after the article date `b`? (Compares the common prefix.) */
function isAfter(a: EventDate, b: EventDate): boolean {
  const x = a.value?.split('/')[0];
  const y = b.value;
  if (!x || !y) return false;
  const n = Math.min(x.length, y.length);
  return x.slice(0, n) > y.slice(0, n);
}

/** Checks that make an event worth reporting: two distinct parties (or a country and an organisation). */
function acceptable(m: Match, p: Parties, pairWord: boolean, date: EventDate): boolean {
  if (!p.source?.country || !p.target?.country) return false;
  if (p.source.country === p.target.country) return false;
  if (m.kind === 'membership.join') return p.target.type === 'igo';
  if (p.target.type === 'igo' || p.source.type === 'igo') return m.rule.direction === 'meeting' || m.rule.direction === 'host';
  if (m.rule.explicitParties && p.explicit < 2) {
    // "a meeting between the foreign ministers in August": a noun needs its own date to stand on the pair
    if (!pairWord || (m.nominal && date.basis === 'article')) return false;
  }
  return true;
}

/** Of overlapping triggers on the same object, the longer wins ("re-established" over "established"). */
function pruneOverlaps(ms: Match[]): Match[] {
  return ms.filter((m) => !ms.some((o) => o !== m && (
    (o.objFrom === m.objFrom && o.objFrom >= 0 && o.trigFrom <= m.trigTo - 1 && m.trigFrom <= o.trigTo - 1
      && (o.trigTo - o.trigFrom) > (m.trigTo - m.trigFrom))
    // "held talks", "organise the first meeting": the noun is that verb's object, not an event of its own
    || (m.nominal && o.objFrom >= 0 && o.objFrom <= m.trigFrom && m.trigFrom < o.objTo)
    // "adopted the law on ratification of the agreement": the verb governs the noun, which says what happened
    || (!m.nominal && o.nominal && o.kind !== m.kind && m.objFrom >= 0 && o.objFrom === m.objFrom && m.trigFrom < o.trigFrom))));
}

/**
 * The clause's date for a trigger: the nearest one not separated from it by another verb ("met
 * X on July 28", "in 2015, A opened"; "would meet on June 27 followed by a meeting … in August"
 * gives the meeting August). Years that name an agreement ("the 2014 agreement") do not count.
 */
function nearestDate(s: SentenceInput, dates: SentenceInput['dates'], at: number, atEnd = at): EventDate | null {
  let best: EventDate | null = null;
  let score = Infinity;
  const rel = relativeSpans(s);
  for (const d of dates) {
    if (YEAR.test(d.text.trim()) && landmarkYear(s, d.end)) continue;
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
 * before the article's (or the anniversary's) year.
 */
function anniversary(tokens: SentenceInput['tokens'], m: Match, articleDate: EventDate): EventDate | null {
  if (!m.nominal || !articleDate.value) return null;
  for (let k = m.trigFrom - 1; k >= 1 && k >= m.trigFrom - 4; k--) {
    if (tokens[k]!.lower !== 'anniversary') continue;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const w = tokens[j]!.lower.replace(/-/g, '');
      const n = ORDINAL_WORDS[w] ?? (/^(\d+)(?:st|nd|rd|th)$/.exec(w) ? Number(/^\d+/.exec(w)![0]) : NaN);
      if (!Number.isNaN(n) && n > 0) {
        const year = String(Number(articleDate.value.slice(0, 4)) - n);
        return { value: year, precision: 'year', basis: 'relative', text: tokens.slice(j, k + 1).map((t) => t.text).join(' ') };
      }
    }
    return null;
  }
  return null;
}

/** Character spans of relative clauses set off by commas (", which … ,", ", who … ,"). */
function relativeSpans(s: SentenceInput): { start: number; end: number }[] {
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
function landmarkYear(s: SentenceInput, end: number): boolean {
  const rest = s.text.slice(end - s.start, end - s.start + 40).toLowerCase();
  return /^\s+(?:[a-z]+\s+)?(?:agreement|protocol|treaty|memorandum|accord|convention|declaration|communiqu)/.test(rest);
}

function yearDate(s: SentenceInput, year: string, at: number): EventDate {
  const d = s.dates.find((x) => x.start <= at && at < x.end && x.date.value?.startsWith(year));
  return d?.date ?? { value: year, precision: 'year', basis: 'explicit', text: year };
}

const TIME_SHIFT = new Set(['since', 'later', 'then', 'subsequently', 'afterwards', 'afterward', 'now', 'today', 'recently', 'also', 'again']);

/**
 * The date a continued clause shares with the clause before: the same one ("met X on July 28
 * and discussed …"), none when it moves on in time ("… later signed"), or the span from it to
 * the article date ("established relations in 1975 and have since signed …" → 1975/2022).
 */
function shifted(tokens: SentenceInput['tokens'], clause: Clause, prev: EventDate | null, article: EventDate): EventDate | null {
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
function sinceThen(tokens: SentenceInput['tokens'], clause: Clause, memory: Memory, index: number, article: EventDate): EventDate | null {
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

/** Clause cuts around an attribution inside the sentence: after a leading one, before a trailing one. */
function attributionCuts(s: SentenceInput): number[] {
  const a = s.attribution;
  if (!a || a.start < s.start || a.end > s.end) return [];
  const t = s.tokens;
  const cuts: number[] = [];
  const after = t.findIndex((x) => x.start >= a.end);
  // "X said the embassy … showed": cut after a leading attribution only when a clause follows
  // ("Argentina recalled its ambassador" is no attribution of speech)
  if (after > 0 && a.start - s.start < 40 && t.slice(after).some((x) => x.pos === 'VERB')) cuts.push(after);
  const before = t.findIndex((x) => x.start >= a.start);
  if (before > 0 && s.end - a.end < 4) cuts.push(t[before - 1]!.lower === ',' ? before - 1 : before);
  return cuts;
}

function lastVerbOf(tokens: SentenceInput['tokens'], clause: Clause): number {
  for (let i = clause.to - 1; i >= clause.from; i--) if (isVerb(tokens[i]!)) return i;
  return -1;
}

const RECIPROCAL_KINDS = new Set(['mission.open', 'mission.reopen', 'mission.close', 'envoy.appoint', 'envoy.recall', 'envoy.expel']);
const RECIPROCAL_WORDS = new Set(['each', 'one', 'reciprocal', 'reciprocally', 'respective', 'mutually']);

/**
 * "Turkey and Egypt appointed ambassadors to each other's capitals", "agreed to reopen
 * embassies": a directed event with two countries as subject and a plural or reciprocal object
 * goes both ways.
 */
function reciprocal(tokens: SentenceInput['tokens'], clause: Clause, m: Match, p: Parties): Parties[] {
  if (!RECIPROCAL_KINDS.has(m.kind) || m.objFrom < 0) return [p];
  const sides = [...new Map(p.agents.filter((a) => a.country).map((a) => [a.country, a])).values()];
  if (sides.length !== 2) return [p];
  const obj = tokens[m.objTo - 1]!;
  const plural = obj.lower !== obj.lemma && obj.lower.endsWith('s');
  let mutual = false;
  for (let k = clause.from; k < clause.to; k++) {
    const w = tokens[k]!.lower;
    if (RECIPROCAL_WORDS.has(w) && (w !== 'each' && w !== 'one' || /^(?:other|another)/.test(tokens[k + 1]?.lower ?? ''))) mutual = true;
  }
  if (!plural && !mutual) return [p];
  const [a, b] = sides as [typeof sides[0], typeof sides[0]];
  return [{ ...p, source: a, target: b, participants: [], city: null, place: null }, { ...p, source: b, target: a, participants: [], city: null, place: null }];
}

function firstVerb(tokens: SentenceInput['tokens'], clause: Clause): number {
  for (let i = clause.from; i < clause.to; i++) if (isVerb(tokens[i]!)) return i;
  return clause.to;
}

/** CAMEO refinements of a meeting: by phone 041, hosting 043, negotiating 046, elsewhere 044. */
function cameoOf(m: Match, p: Parties, format: string | undefined): string {
  if (m.kind !== 'meeting') return m.rule.cameo;
  if (format === 'phone' || format === 'video') return '041';
  if (m.rule.direction === 'host') return '043';
  const countries = new Set(p.participants.map((a) => a.country));
  if (p.place?.country && !countries.has(p.place.country)) return '044';
  if (format === 'talks') return '046';
  return m.rule.cameo;
}

function confidenceOf(m: Match, p: Parties, date: EventDate): number {
  let c = 0.9;
  if (m.nominal) c -= 0.1;
  if (p.explicit < 2) c -= 0.15;
  if (m.rule.id === 'meeting/discuss') c -= 0.15;
  if (date.basis === 'article') c -= 0.05;
  return Math.round(Math.max(0.3, c) * 100) / 100;
}

const partyKey = (e: CodedDiplo): string =>
  [...new Set([e.source, e.target, ...e.participants].map((a) => a?.country).filter(Boolean))].sort().join('+');
const modalityClass = (m: Modality): string => (m === 'asserted' ? 'a' : m === 'negated' ? 'n' : 'u');

/** One fact stated twice in a sentence ("opened an embassy …, which started functioning in June") is one event. */
function mergeDuplicates(events: CodedDiplo[]): CodedDiplo[] {
  const out: CodedDiplo[] = [];
  for (const e of events) {
    const i = out.findIndex((o) => o.kind === e.kind && partyKey(o) === partyKey(e)
      && modalityClass(o.modality) === modalityClass(e.modality)
      && (o.source?.country === e.source?.country || !isDirected(e)) && compatible(o.date, e.date));
    if (i < 0) out.push(e);
    else out[i] = better(out[i]!, e);
  }
  return out;
}

const isDirected = (e: CodedDiplo): boolean => !['relations.establish', 'relations.restore', 'agreement.sign', 'meeting', 'cooperation.intent', 'meeting.intent', 'parliament.friendship-group'].includes(e.kind);

function compatible(a: EventDate, b: EventDate): boolean {
  if (a.basis === 'article' || b.basis === 'article') return true;
  const x = a.value ?? '';
  const y = b.value ?? '';
  return x.startsWith(y) || y.startsWith(x);
}

/** Keeps the better-dated of two mentions, and the richer actors and attributes. */
function better(a: CodedDiplo, b: CodedDiplo): CodedDiplo {
  const rank = (d: EventDate): number => (d.basis === 'article' ? 0 : 10) + (d.value?.length ?? 0);
  const [keep, other] = rank(b.date) > rank(a.date) ? [b, a] : [a, b];
  const named = (x: CodedDiplo): number => [x.source, x.target, ...x.participants].filter((y) => y?.name).length;
  const actors = named(other) > named(keep) ? other : keep;
  return {
    ...keep, source: actors.source, target: actors.target, participants: actors.participants,
    attributes: { ...other.attributes, ...keep.attributes },
  };
}

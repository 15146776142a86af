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
import { containsAny, isVerb } from './tokens.js';
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

  /** The events of one sentence, duplicates of one fact merged. */
  codeSentence(s: SentenceInput, frame: ArticleFrame): CodedDiplo[] {
    const tokens = s.tokens;
    if (tokens.length === 0) return [];
    const out: CodedDiplo[] = [];
    let inherited: readonly Actor[] = [];
    let prevDate: EventDate | null = null;
    for (const clause of splitClauses(tokens, 0, tokens.length)) {
      const view = new ClauseView(tokens, clause, s.actors);
      const carry = clause.type === 'continued' ? inherited : [];
      const clauseDates = s.dates.filter((d) => d.start >= tokens[clause.from]!.start && d.end <= tokens[clause.to - 1]!.end);
      const ownDate = clauseDates.length > 0;
      const matches = findMatches(tokens, clause, this.patterns);
      const landmarks = findLandmarks(tokens, clause, this.patterns, matches);
      const pairWord = containsAny(tokens, clause.from, clause.to, this.patterns.pairWords);
      const firstPerson = view.has(FIRST_PERSON);
      for (const m of [...pruneOverlaps(matches), ...landmarks.map((l) => l.match)]) {
        const parties = partiesOf({ view, match: m, sentence: s, frame, inherited: carry, pairWord, firstPerson });
        if (!acceptable(m, parties)) continue;
        const landmarkYear = landmarks.find((l) => l.match === m)?.year;
        const date = landmarkYear !== undefined
          ? yearDate(s, tokens[landmarkYear]!.text, tokens[landmarkYear]!.start)
          : nearestDate(s, clauseDates, tokens[m.trigFrom]!.start) ?? (clause.type === 'continued' ? prevDate : null) ?? frame.articleDate;
        out.push(this.event(s, frame, clause, m, parties, date, landmarkYear !== undefined));
      }
      const subject = agentsOf({ view, sentence: s, frame, inherited: carry, trigFrom: firstVerb(tokens, clause), trigTo: firstVerb(tokens, clause), owner: null });
      inherited = subject.length ? subject : carry;
      if (ownDate) prevDate = nearestDate(s, clauseDates, tokens[clause.from]!.start);
      else if (clause.type !== 'continued') prevDate = null;
    }
    return mergeDuplicates(out);
  }

  private event(
    s: SentenceInput, frame: ArticleFrame, clause: Clause, m: Match, p: Parties, date: EventDate, landmark: boolean,
  ): CodedDiplo {
    const tokens = s.tokens;
    let modality: Modality = landmark || m.rule.noModality
      ? 'asserted'
      : modalityOf(tokens, clause.from, m.trigFrom, m.nominal, this.patterns.modality, m.rule.allowNegation);
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

/** Checks that make an event worth reporting: two distinct parties (or a country and an organisation). */
function acceptable(m: Match, p: Parties): boolean {
  if (!p.source?.country || !p.target?.country) return false;
  if (p.source.country === p.target.country) return false;
  if (m.kind === 'membership.join') return p.target.type === 'igo';
  if (p.target.type === 'igo' || p.source.type === 'igo') return m.rule.direction === 'meeting' || m.rule.direction === 'host';
  if (m.rule.explicitParties && p.explicit < 2) return false;
  return true;
}

/** Of overlapping triggers on the same object, the longer wins ("re-established" over "established"). */
function pruneOverlaps(ms: Match[]): Match[] {
  return ms.filter((m) => !ms.some((o) => o !== m && o.objFrom === m.objFrom && o.objFrom >= 0
    && o.trigFrom <= m.trigTo - 1 && m.trigFrom <= o.trigTo - 1 && (o.trigTo - o.trigFrom) > (m.trigTo - m.trigFrom)));
}

/** The clause's date nearest the trigger (years that name an agreement do not count). */
function nearestDate(s: SentenceInput, dates: SentenceInput['dates'], at: number): EventDate | null {
  let best: EventDate | null = null;
  let dist = Infinity;
  for (const d of dates) {
    if (YEAR.test(d.text.trim()) && landmarkYear(s, d.end)) continue;
    const gap = d.end <= at ? at - d.end : d.start - at;
    if (gap < dist) {
      dist = gap;
      best = d.date;
    }
  }
  return best;
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

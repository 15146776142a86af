import type { Actor } from '../../model/actor.js';
import type { EventDate, Modality } from '../../model/event.js';
import { attributesOf, listedDocuments } from './attributes.js';
import { agentsOf } from './agents.js';
import { ClauseView, isPlace, partyMentions } from './clause-view.js';
import { type Clause, splitClauses } from './clauses.js';
import { findLandmarks, isYear } from './landmarks.js';
import { findMatches, type Match } from './match.js';
import { decidedAct, deniedReport, modalityOf, refusedIntent } from './modality.js';
import { otherWith, type Parties, partiesOf } from './parties.js';
import { DiplomaticPatterns } from './patterns.js';
import { anniversary, isAfter, laterThan, nearestDate, shifted, sinceThen, yearDate, whenDate } from './dates.js';
import { addDelegationHeads, definite, familyOf, type Memory, recall } from './memory.js';
import { coordinatedEnvoys, distributive, mergeDuplicates, reciprocal, withoutCredentialReceptions } from './merge.js';
import { isVerb } from './tokens.js';
import { withoutDateline } from './dateline.js';
import { calledOff } from './call-off.js';
import { offsetDates } from './event-offsets.js';
import { introducesTrip, itineraryEvents, itineraryStop, travellerOf } from './itinerary.js';
import { calledPerson, invitedVisit, nonStateSubject, tally } from './visit-checks.js';
import type { ArticleFrame, CodedDiplo, SentenceInput } from './types.js';

export type { ActorSpan, ArticleFrame, CodedDiplo, DateSpan, SentenceInput } from './types.js';
export { DiplomaticPatterns } from './patterns.js';
export { splitClauses, type Clause } from './clauses.js';
export type { Memory } from './memory.js';

const FIRST_PERSON = new Set(['we', 'our', 'us', 'ours']);

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
    const out: CodedDiplo[][] = [];
    let traveller: Actor | null = null;
    for (const s of sentences) {
      // "* March 12-13, Kenya: talks with …" under a sentence about a trip: a stop of the traveller
      const stop = itineraryStop(s, frame);
      if (stop && !traveller && introducesTrip(sentences.slice(0, sentences.indexOf(s)))) traveller = travellerOf(s, frame);
      else if (!stop) traveller = null;
      const events = stop && traveller
        ? itineraryEvents(s, frame, stop, traveller, this.patterns, (c, m, p, d) => this.event(s, frame, c, m, p, d, false, null))
        : this.codeSentence(s, frame, memory);
      if (events.length === 0) addDelegationHeads(s, memory, out);
      for (const e of events) memory.set(familyOf(e.kind), { event: e, index: s.index, slot: [out.length, events.indexOf(e)] });
      out.push(events);
    }
    return out;
  }

  /** The events of one sentence, duplicates of one fact merged. */
  codeSentence(s: SentenceInput, frame: ArticleFrame, memory: Memory = new Map()): CodedDiplo[] {
    const tokens = s.tokens;
    if (tokens.length === 0 || !this.mayMatch(tokens)) return [];
    s = withoutDateline(s, frame.datelinePlace);
    s = { ...s, actors: partyMentions(tokens, s.actors, this.patterns.nonStateGroups) };
    const out: CodedDiplo[] = [];
    const partials: CodedDiplo[] = [];
    let inherited: readonly Actor[] = [];
    let prevDate: EventDate | null = null;
    let lastStated: EventDate | null = null;
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
      const all = matches.length + landmarks.length > 0 ? [...pruneOverlaps(matches, tokens), ...landmarks.map((l) => l.match)] : [];
      // "signed an agreement on X, a memorandum on Y and a protocol on Z": one event per document
      for (const m of [...all]) {
        if (m.nominal || !m.kind.startsWith('agreement.')) continue;
        for (const [from, to, entry] of listedDocuments(tokens, clause.to, m, this.patterns)) {
          all.push({ ...m, objFrom: from, objTo: to, object: this.patterns.objects.get(m.rule.object!)![entry]!, listed: true });
        }
      }
      // the clause's own pair word is read only when this clause or a continued next one needs it
      const needPairWord = all.length > 0 || clauses[c + 1]?.type === 'continued';
      const ownPairWord = needPairWord && this.patterns.pairWords.inRange(tokens, clause.from, clause.to);
      const pairWord: boolean = ownPairWord || (clause.type === 'continued' && prevPairWord);
      prevPairWord = clause.type === 'continued' ? pairWord : ownPairWord;
      const firstPerson = all.length > 0 && view.has(FIRST_PERSON);
      if (all.length === 0 && c > 0) this.elided(tokens, view, out);
      for (const m of all) {
        let parties = partiesOf({ view, match: m, sentence: s, frame, inherited: carry, pairWord, firstPerson });
        // "the next session will take place in Baku": a place named is no party of its own
        if (!parties.source?.country && view.slots.every(isPlace) && definite(tokens, m)) parties = recall(memory, m, s.index) ?? parties;
        if (m.antecedent !== undefined) parties = fromAntecedent(parties, out, m.antecedent);
        const landmarkYear = landmarks.find((l) => l.match === m)?.year;
        const date = landmarkYear !== undefined
          ? yearDate(s, tokens[landmarkYear]!.text, tokens[landmarkYear]!.start)
          : anniversary(tokens, m, frame.articleDate) ?? nearestDate(s, clauseDates, tokens[m.trigFrom]!.start, tokens[m.trigTo - 1]!.end)
            ?? whenDate(s, clause) ?? laterThan(tokens, clause, lastStated, memory, s.index)
            ?? (clause.type === 'continued' && !m.nominal ? shifted(tokens, clause, prevDate, frame.articleDate) : null)
            ?? sinceThen(tokens, clause, memory, s.index, frame.articleDate) ?? frame.articleDate;
        if (!acceptable(m, parties, pairWord, date) || invitedVisit(tokens, clause.from, m)) {
          // "signed an accord with the separatist province of X": no event, but "the memorandum" later is this one
          if (parties.source?.country && !parties.target && otherWith(view, m.trigTo)) {
            partials.push(this.event(s, frame, clause, m, parties, date, false, null));
          }
          continue;
        }
        if (nonStateSubject(tokens, clause.from, m, this.patterns.nonStateGroups) || (!ownDate && tally(tokens, m, clause.to))) continue;
        // "stayed in Nairobi", not "stay in regular contact": the place must follow at once
        if (m.rule.placeRightAfter && !view.after(m.trigTo).some((x) => x.from <= m.trigTo + 2 && x.span.actor.country)) continue;
        if (m.rule.personRightAfter && !calledPerson(view, m.trigTo)) continue;
        const carried = clause.type === 'continued' ? prevModality : null;
        for (const p of reciprocal(tokens, clause, m, parties).flatMap((x) => coordinatedEnvoys(view, m, x)).flatMap((x) => distributive(tokens, m, x))) out.push(this.event(s, frame, clause, m, p, date, landmarkYear !== undefined, carried));
      }
      if (clauses[c + 1]?.type === 'continued') {
        const verb = firstVerb(tokens, clause);
        const subject = agentsOf({ view, sentence: s, frame, inherited: carry, trigFrom: verb, trigTo: verb, owner: null });
        inherited = subject.length ? subject : carry;
      }
      const lastVerb = lastVerbOf(tokens, clause);
      if (lastVerb >= 0 && clause.type !== 'continued') prevModality = modalityOf(tokens, clause.from, lastVerb, false, this.patterns.modality);
      if (ownDate) prevDate = lastStated = nearestDate(s, clauseDates, tokens[clause.from]!.start);
      else if (clause.type !== 'continued') prevDate = null;
    }
    const dated = offsetDates(s, clauses, [...out, ...partials], memory, frame.articleDate);
    for (const e of dated.slice(out.length)) memory.set(familyOf(e.kind), { event: e, index: s.index, partial: true });
    return withoutCredentialReceptions(mergeDuplicates(calledOff(tokens, clauses, dated.slice(0, out.length), this.patterns.modality.cancelled)));
  }

  /**
   * Can any clause of the sentence match? Events come only from a token that may start a
   * trigger or from a year naming an agreement (landmarks); most sentences have neither and
   * skip the clause work, with the same (empty) result.
   */
  private mayMatch(tokens: SentenceInput['tokens']): boolean {
    for (const t of tokens) if (this.patterns.hasTrigger(t.lemma, t.lower) || isYear(t.text)) return true;
    return false;
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
    if (modality === 'planned' && decidedAct(tokens, clause.from, m.trigFrom, m.kind)) modality = 'asserted';
    // a stated date after the article date has not happened yet ("will meet in August")
    if (modality === 'asserted' && date.basis !== 'article' && isAfter(date, frame.articleDate)) modality = 'planned';
    const answer = questionAnswer(tokens, m.trigFrom);
    if (answer === 'open' && modality === 'asserted') modality = 'intended';
    let kind = m.kind;
    if (kind === 'meeting' && modality === 'intended') kind = 'meeting.intent';
    // a noun under the denial ("during a trip to Nairobi") is its circumstance, not what is denied
    if (answer === 'denied' || (!m.nominal && deniedReport(tokens, clause.from, m.trigFrom))) modality = 'negated';
    else if (kind === 'meeting' && modality === 'negated' && refusedIntent(tokens, clause.from, m.trigFrom)) kind = 'meeting.intent';
    if ((kind === 'cooperation.intent' || kind === 'meeting.intent') && modality !== 'negated') modality = modality === 'asserted' ? 'asserted' : 'intended';
    const text = (a: number, b: number): string => s.text.slice(tokens[a]!.start - s.start, tokens[b - 1]!.end - s.start);
    const attributes = attributesOf(tokens, clause.from, clause.to, m, p, this.patterns, text);
    const cStart = tokens[clause.from]!.start;
    const cEnd = tokens[clause.to - 1]!.end;
    const inQuote = s.quoted.some((q) => q.start <= tokens[m.trigFrom]!.start && tokens[m.trigFrom]!.start < q.end);
    return {
      kind, cameo: cameoOf(m, p, attributes.format), source: p.source, target: p.target,
      participants: p.participants, date, place: p.place, modality, attributes,
      // a further listed document is evidenced by its own noun (and keeps an id of its own)
      trigger: m.listed ? { start: tokens[m.objFrom]!.start, end: tokens[m.objTo - 1]!.end } : { start: tokens[m.trigFrom]!.start, end: tokens[m.trigTo - 1]!.end },
      clause: { start: cStart, end: cEnd },
      speaker: inQuote || s.speaker ? s.speaker : null,
      confidence: confidenceOf(m, p, date),
      rule: landmark ? 'landmark' : m.rule.id,
    };
  }
}

/**
 * "broke off relations with Israel and re-established them": an event on an object pronoun that
 * lacks a side takes the parties of the event read from the clause holding its antecedent.
 */
function fromAntecedent(p: Parties, out: readonly CodedDiplo[], antecedent: number): Parties {
  if (p.source?.country && p.target?.country) return p;
  const prior = out.findLast((e) => e.clause.start <= antecedent && antecedent < e.clause.end);
  if (!prior) return p;
  return { ...p, source: prior.source, target: prior.target, participants: prior.participants, explicit: 2 };
}

/** Checks that make an event worth reporting: two distinct parties (or a country and an organisation). */
function acceptable(m: Match, p: Parties, pairWord: boolean, date: EventDate): boolean {
  if (!p.source?.country || !p.target?.country) return false;
  if (p.source.country === p.target.country) return false;
  if (m.kind === 'membership.join') return p.target.type === 'igo';
  if (p.target.type === 'igo' || p.source.type === 'igo') {
    return m.rule.direction === 'meeting' || m.rule.direction === 'host' || m.kind.startsWith('agreement.');
  }
  if (m.rule.explicitParties && p.explicit < 2) {
    // "a meeting between the foreign ministers in August": a noun needs its own date to stand on the pair
    if (!pairWord || (m.nominal && date.basis === 'article')) return false;
  }
  return true;
}

/** Of overlapping triggers on the same object, the longer wins ("re-established" over "established"). */
function pruneOverlaps(ms: Match[], tokens: SentenceInput['tokens']): Match[] {
  return ms.filter((m) => !ms.some((o) => o !== m && (
    // "called their envoys in Lima back for consultations": the purpose of a recall is no meeting
    (m.nominal && m.kind === 'meeting' && o.kind === 'envoy.recall' && o.objTo <= m.trigFrom && m.trigFrom - o.objTo <= 6
      && FOR_TO.has(tokens[m.trigFrom - 1]?.lower ?? ''))
    || (o.objFrom === m.objFrom && o.objFrom >= 0 && o.trigFrom <= m.trigTo - 1 && m.trigFrom <= o.trigTo - 1
      && (o.trigTo - o.trigFrom) > (m.trigTo - m.trigFrom))
    // "held talks", "organise the first meeting": the noun is that verb's object, not an event of its own
    || (m.nominal && o.objFrom >= 0 && o.objFrom <= m.trigFrom && m.trigFrom < o.objTo)
    // "adopted the law on ratification of the agreement": the verb governs the noun, which says what happened
    // (not "reopens consulate in Lagos after three-year closure": there the object comes before the noun)
    || (!m.nominal && o.nominal && o.kind !== m.kind && m.objFrom >= 0 && o.objFrom === m.objFrom && m.trigFrom < o.trigFrom && o.trigFrom < o.objFrom))));
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

const FOR_TO = new Set(['for', 'to']);

const QUESTION_WORDS = new Set(['whether', 'if', 'about']);
const DENIALS = new Set(['no', 'not', "n't", 'never', 'deny', 'rule', 'dismiss', 'reject']);

/**
 * "Asked whether the minister would meet his counterpart, she said: 'There is no such plan.'":
 * an event inside the question is denied when the answer denies, else only open.
 */
function questionAnswer(tokens: SentenceInput['tokens'], trigger: number): 'denied' | 'open' | null {
  const asked = tokens.findIndex((t, i) => t.lower === 'asked' && i <= 2 && QUESTION_WORDS.has(tokens[i + 1]?.lower ?? ''));
  if (asked < 0 || trigger < asked) return null;
  const end = tokens.findIndex((t, i) => i > trigger && (t.lower === ',' || t.lower === ':'));
  if (end < 0) return null;
  return tokens.slice(end).some((t) => DENIALS.has(t.lower) || DENIALS.has(t.lemma)) ? 'denied' : 'open';
}

function lastVerbOf(tokens: SentenceInput['tokens'], clause: Clause): number {
  for (let i = clause.to - 1; i >= clause.from; i--) if (isVerb(tokens[i]!)) return i;
  return -1;
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

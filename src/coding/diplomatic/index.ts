import type { Actor } from '../../model/actor.js';
import type { EventDate, Modality } from '../../model/event.js';
import { agentsOf } from './agents.js';
import { ClauseView, partyMentions } from './clause-view.js';
import { splitClauses } from './clauses.js';
import { isYear } from './landmarks.js';
import { makeEvent } from './make-event.js';
import { acceptable, attributionCuts, clauseMatches, fromAntecedent, ruledOut } from './match-checks.js';
import { deniedReport, modalityOf } from './modality.js';
import { otherWith, partiesOf, type Parties } from './parties.js';
import { DiplomaticPatterns } from './patterns.js';
import { matchDate, nearestDate, whenDate } from './dates.js';
import { addDelegationHeads, datedFollowUps, definite, familyOf, type Memory, recalledDate, sameOccasion } from './memory.js';
import { coordinatedEnvoys, coordinatedSubjects, distributive, mergeDuplicates, perObject, reciprocal, withoutCredentialReceptions } from './merge.js';
import { firstVerb, lastVerbOf } from './tokens.js';
import { withoutDateline } from './dateline.js';
import { withAnaphoricDates } from './anaphoric-dates.js';
import { perDestination } from './destinations.js';
import { withNarrativeDates } from './narrative.js';
import { calledOff } from './call-off.js';
import { withoutAccreditingBodies } from './accredited.js';
import { acceptedInvitations } from './accepted-invitation.js';
import { withFallbacks } from './fallback-parties.js';
import { followingEnvoys, listedEnvoys } from './credential-list.js';
import { offsetDates } from './event-offsets.js';
import { cuedPeople, type NamedPeople, participleSpeaker, rememberPeople, withCuedPeople, withPairPeople } from './event-people.js';
import { withoutHeadlineRepeats } from './headline.js';
import { introducesTrip, itineraryEvents, itineraryStop, travellerOf } from './itinerary.js';
import { atHome, invitedVisit } from './visit-checks.js';
import { passageStarts } from './passages.js';
import { presentTenseVerbs } from './present-tense.js';
import { collectiveAntecedents, withGroup, withGroupPair } from './collective.js';
import type { ArticleFrame, CodedDiplo, SentenceInput } from './types.js';

export type { ActorSpan, ArticleFrame, CodedDiplo, DateSpan, SentenceInput } from './types.js';
export { DiplomaticPatterns } from './patterns.js';
export { splitClauses, type Clause } from './clauses.js';
export type { Memory } from './memory.js';

const FIRST_PERSON = new Set(['we', 'our', 'us', 'ours']);

/**
 * A sentence of a live-blog entry: a pronoun stands for a person named earlier in the same entry
 * only (`seen` collects the names of the entry so far; the resolver may have reached further back).
 */
function withinPassage(s: SentenceInput, seen: Set<string>): SentenceInput {
  for (const a of s.actors) if (a.actor.name && a.via !== 'pronoun') seen.add(a.actor.name);
  const actors = s.actors.filter((a) => a.via !== 'pronoun' || (a.actor.name !== null && seen.has(a.actor.name)));
  return actors.length === s.actors.length ? s : { ...s, actors };
}

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
    const named: NamedPeople = new Map();
    const out: CodedDiplo[][] = [];
    let traveller: Actor | null = null;
    // live-blog entries ("14:05 — …"): nothing carries from one entry into the next
    const passage = passageStarts(sentences);
    const blog = passage.some((p) => p > 0);
    const inPassage = new Set<string>();
    for (let i = 0; i < sentences.length; i++) {
      let s = sentences[i]!;
      if (blog && passage[i] === i) {
        memory.clear();
        named.clear();
        inPassage.clear();
        traveller = null;
      }
      if (blog) s = withinPassage(s, inPassage);
      s = withAnaphoricDates(s, sentences, i, passage[i]!);
      // "* March 12-13, Kenya: talks with …" under a sentence about a trip: a stop of the traveller
      const stop = itineraryStop(s, frame);
      if (stop && !traveller && introducesTrip(sentences.slice(passage[i], i))) traveller = travellerOf(s, frame);
      else if (!stop) traveller = null;
      const group = collectiveAntecedents(sentences, i, passage[i]!, frame);
      let events = stop && traveller
        ? itineraryEvents(s, frame, stop, traveller, this.patterns, (c, m, p, d) => makeEvent(s, frame, this.patterns, c, m, p, d, false, null))
        : group ? withGroup(this.codeSentence(s, withGroupPair(frame, s.index, group), memory, named, out), group)
          : this.codeSentence(s, frame, memory, named, out);
      if (events.length === 0) addDelegationHeads(s, memory, out, cuedPeople(s, this.patterns.peopleCues));
      if (events.length === 0) events.push(...followingEnvoys(s, memory, out));
      events = [...datedFollowUps(s, withNarrativeDates(s, events, out, frame.articleDate, sentences), memory, out)];
      rememberPeople(s, named);
      for (const e of events) memory.set(familyOf(e.kind), { event: e, index: s.index, slot: [out.length, events.indexOf(e)] });
      out.push(events);
    }
    return withoutHeadlineRepeats(sentences, out);
  }

  /**
   * The events of one sentence, duplicates of one fact merged. `history` holds the events of the
   * sentences before, one list a sentence (for dates stated relative to them: "the same day").
   */
  codeSentence(
    s: SentenceInput, frame: ArticleFrame, memory: Memory = new Map(), named: NamedPeople = new Map(), history: readonly (readonly CodedDiplo[])[] = [],
  ): CodedDiplo[] {
    if (s.tokens.length === 0 || !this.mayMatch(s.tokens)) return [];
    // "Chile cuts ties with Peru": a historical present the tagger read as a plural noun
    const retagged = presentTenseVerbs(s.tokens, this.patterns);
    if (retagged !== s.tokens) s = withParts(s, retagged, s.actors);
    const tokens = s.tokens;
    s = withoutDateline(s, frame.datelinePlace);
    s = withParts(s, tokens, partyMentions(tokens, s.actors, this.patterns.nonStateGroups, this.patterns.sportBodies));
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
      const { all, landmarks } = clauseMatches(tokens, clause, this.patterns);
      // the clause's own pair word is read only when this clause or a continued next one needs it
      const needPairWord = all.length > 0 || clauses[c + 1]?.type === 'continued';
      const ownPairWord = needPairWord && this.patterns.pairWords.inRange(tokens, clause.from, clause.to);
      const pairWord: boolean = ownPairWord || (clause.type === 'continued' && prevPairWord);
      prevPairWord = clause.type === 'continued' ? pairWord : ownPairWord;
      const firstPerson = all.length > 0 && view.has(FIRST_PERSON);
      if (all.length === 0 && c > 0) this.elided(tokens, view, out);
      for (const m of all) {
        let parties = partiesOf({ view, match: m, sentence: s, frame, inherited: carry, pairWord, firstPerson });
        const filled = withFallbacks(parties, { s, view, m, frame, clauseType: clause.type, out, memory });
        parties = filled.parties;
        const borrowed = filled.borrowed;
        if (m.antecedent !== undefined) parties = fromAntecedent(parties, out, m.antecedent);
        const landmarkYear = landmarks.find((l) => l.match === m)?.year;
        const stated = matchDate({ s, clause, m, landmarkYear, clauseDates, lastStated, prevDate, memory, article: frame.articleDate, history });
        // (an agentless passive that borrowed the clause before's pair shares its date: "held talks on Monday, and a memorandum was signed")
        const date = stated.basis === 'article' && borrowed && prevDate ? prevDate
          // (an undated visit of the sides of a visit dated just before is that visit: "will land on 3 June … will head a trade mission")
          // ("the ministers discussed trade": a meeting of the pair just reported is that meeting)
          : stated.basis === 'article' && definite(tokens, m) ? recalledDate(memory, m, parties, s.index) ?? stated : stated;
        if (!acceptable(m, parties, pairWord, date) || invitedVisit(tokens, clause.from, m)) {
          // "signed an accord with the separatist province of X": no event, but "the memorandum" later is this one
          if (parties.source?.country && !parties.target && otherWith(view, m.trigTo)) {
            partials.push(makeEvent(s, frame, this.patterns, clause, m, parties, date, false, null));
          }
          continue;
        }
        if (ruledOut(view, m, ownDate, this.patterns) || atHome(view, m, parties.source?.country)) continue;
        const carried = clause.type === 'continued' ? prevModality : null;
        const split = reciprocal(view, clause, m, parties).flatMap((x) => coordinatedEnvoys(view, m, x)).flatMap((x) => distributive(tokens, m, x))
          .flatMap((x) => perObject(view, m, x)).flatMap((x) => perDestination(view, m, x, frame));
        for (const p of split.length === 1 ? coordinatedSubjects(view, clause, m, split[0]!) : split) {
          // "held talks with Egypt on Monday, and with Jordan on Tuesday": each object's own date
          const own = p.span ? nearestDate(s, clauseDates.filter((d) => d.start >= p.span!.start && d.end <= p.span!.end), p.span.start) : null;
          const e = makeEvent(s, frame, this.patterns, clause, m, p, own ?? date, landmarkYear !== undefined, carried);
          out.push(sameOccasion(e, memory, s.index, pairWord && parties.explicit === 0));
        }
      }
      if (clauses[c + 1]?.type === 'continued') {
        const verb = firstVerb(tokens, clause);
        const subject = agentsOf({ view, sentence: s, frame, inherited: carry, trigFrom: verb, trigTo: verb, owner: null });
        inherited = subject.length ? subject : carry;
      }
      const lastVerb = lastVerbOf(tokens, clause);
      if (lastVerb >= 0 && clause.type !== 'continued') {
        // "rejected reports that it was preparing to break ties with X and establish ties with Y": the denial covers both
        prevModality = deniedReport(tokens, clause.from, lastVerb) ? 'negated' : modalityOf(tokens, clause.from, lastVerb, false, this.patterns.modality);
      }
      if (ownDate) prevDate = lastStated = nearestDate(s, clauseDates, tokens[clause.from]!.start);
      // "in 2004, when X became envoy and set up the mission": the continued clause shares the "when" date
      else if (clause.type !== 'continued') prevDate = whenDate(s, clause);
    }
    const dated = offsetDates(s, clauses, [...out, ...partials], memory, frame.articleDate, history);
    for (const e of dated.slice(out.length)) memory.set(familyOf(e.kind), { event: e, index: s.index, partial: true });
    const events = calledOff(tokens, clauses, dated.slice(0, out.length), this.patterns.modality.cancelled);
    const merged = mergeDuplicates(withoutAccreditingBodies(s, this.withPeople(s, events, named)), s);
    return withoutCredentialReceptions(listedEnvoys(s, acceptedInvitations(s, merged)));
  }

  /** People the sentence places in its events besides their subjects and objects (see event-people.ts). */
  private withPeople(s: SentenceInput, events: readonly CodedDiplo[], named: NamedPeople): CodedDiplo[] {
    if (events.length === 0) return [];
    let out = withCuedPeople(events, cuedPeople(s, this.patterns.peopleCues), s.tokens);
    out = withPairPeople(out, s, this.patterns.pairPeople, named);
    const said = participleSpeaker(s);
    if (!said) return out;
    const from = s.tokens[said.at]!.start;
    return out.map((e) => (e.speaker || e.trigger.start < from ? e : { ...e, speaker: said.person }));
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
}

/**
 * `s` with other actors, every field named: an object spread with an extra key takes V8's slow
 * path, and this runs for every sentence that may match (the type check keeps the list complete).
 */
function withParts(s: SentenceInput, tokens: SentenceInput['tokens'], actors: SentenceInput['actors']): SentenceInput {
  return {
    index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text, tokens, actors, dates: s.dates,
    quoted: s.quoted, speaker: s.speaker, attribution: s.attribution,
  } satisfies { readonly [K in keyof Required<SentenceInput>]: SentenceInput[K] };
}

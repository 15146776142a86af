import type { EventDate } from '../../model/event.js';
import type { Token } from '../../nlp/types.js';
import { listedDocuments } from './attributes.js';
import type { ClauseView } from './clause-view.js';
import type { Clause } from './clauses.js';
import { findLandmarks, type Landmark } from './landmarks.js';
import { findMatches, type Match } from './match.js';
import type { Parties } from './parties.js';
import type { DiplomaticPatterns } from './patterns.js';
import type { CodedDiplo, SentenceInput } from './types.js';
import { advisedAgainst, calledPerson, nonStateSubject, tally } from './visit-checks.js';

/** The matches of a clause and the checks and fix-ups of matches and their parties, applied while a sentence is coded. */

/**
 * Every match of a clause: pattern triggers (overlaps pruned), years naming an agreement
 * (landmarks), and one match per further document listed after a signing verb ("signed an
 * agreement on X, a memorandum on Y and a protocol on Z").
 */
export function clauseMatches(
  tokens: readonly Token[], clause: Clause, patterns: DiplomaticPatterns,
): { readonly all: Match[]; readonly landmarks: readonly Landmark[] } {
  const matches = findMatches(tokens, clause, patterns);
  const landmarks = findLandmarks(tokens, clause, patterns, matches);
  const all = matches.length + landmarks.length > 0 ? [...pruneOverlaps(matches, tokens), ...landmarks.map((l) => l.match)] : [];
  for (const m of [...all]) {
    if (m.nominal || !m.kind.startsWith('agreement.')) continue;
    for (const [from, to, entry] of listedDocuments(tokens, clause.to, m, patterns)) {
      all.push({ ...m, objFrom: from, objTo: to, object: patterns.objects.get(m.rule.object!)![entry]!, listed: true });
    }
  }
  return { all, landmarks };
}

/**
 * Matches that read as no event after all: a non-state subject ("the squad arrived"), a tally
 * ("have met three times"), a stay with no place right after it ("stay in regular contact"), a
 * call with no person right after it ("called for").
 */
export function ruledOut(view: ClauseView, m: Match, ownDate: boolean, patterns: DiplomaticPatterns): boolean {
  const { tokens, clause } = view;
  if (nonStateSubject(tokens, clause.from, m, patterns.nonStateGroups) || (!ownDate && tally(tokens, m, clause.to))) return true;
  if (m.rule.placeRightAfter && !placeRightAfter(view, m.trigTo)) return true;
  if (m.kind === 'visit' && (advisedAgainst(tokens, clause.from, m) || peopleSubject(view, m))) return true;
  if (m.rule.id === 'visit/go' && toVenue(view, m.trigTo, patterns.venueCities)) return true;
  if (m.kind === 'relations.sever' && describedFrozen(view, m)) return true;
  if (m.rule.id === 'cooperation.intent' && pastCooperation(view, m)) return true;
  if (m.kind === 'envoy.appoint' && unnamed(view, m)) return true;
  // "will send a new / its first ambassador to X" names a posting; "sent an envoy to discuss the new tariffs" does not
  if (m.rule.id === 'envoy.appoint/send' && !view.tokens.slice(m.trigTo, m.objFrom).some((t) => POSTING_ADJ.has(t.lower))) return true;
  if (supposed(view.tokens, m.trigFrom) || withdrawnClaim(view.tokens, m.trigFrom)) return true;
  // "the consulate in Osaka, which remains open": a description, no decision against closing
  if (m.rule.negates && !committed(view, m.trigFrom)) return true;
  // "assured President X in a telephone call", "thanked Y during the meeting": the talk the saying was made in
  if (m.rule.id === 'meeting/in-call' && !inTheTalk(view.tokens, m.objFrom)) return true;
  if (m.rule.id === 'meeting/receive' && indefiniteEnvoy(view, m.trigTo, patterns)) return true;
  // "welcomed the joint statement issued by X and Y": a statement is released, not signed
  if (m.kind === 'agreement.sign' && !m.nominal && view.tokens[m.trigFrom]!.lemma === 'issue' && m.object?.words.at(-1) === 'statement') return true;
  // "the signature of instruments is foreseen": instruments are signed; "exchanged the instruments (of
  // ratification)", "deposited the instrument of accession" are a ratification's paperwork, no signing
  if (m.kind.startsWith('agreement.') && (m.object?.words[0] === 'instrument' || m.object?.words[0] === 'instruments')) {
    if (!SIGN_WORDS.has(view.tokens[m.trigFrom]!.lemma) || view.tokens[m.objTo]?.lower === 'of' && /^(?:ratification|accession|approval)$/.test(view.tokens[m.objTo + 1]?.lower ?? '')) return true;
  }
  // "froze EU accession talks", "the membership process": talks about joining, no joining
  if (m.kind === 'membership.join' && m.nominal && PROCESS_NOUNS.has(view.tokens[m.trigTo]?.lower ?? '')) return true;
  // "froze talks on joining the EU", "a referendum on joining NATO": the topic of talks, no joining
  if (m.kind === 'membership.join' && topicOfTalks(view, m.trigFrom)) return true;
  return m.rule.personRightAfter && !calledPerson(view, m.trigTo);
}

const POSTING_ADJ = new Set(['new', 'first']);
const CONDITIONAL = new Set(['if', 'unless']);
const SUPPOSE = new Set(['suppose', 'supposing', 'imagine', 'assuming']);
const ANY = new Set(['any', 'every', 'whichever']);
const RELATIVE = new Set(['who', 'that', 'which']);

/**
 * Events only supposed, not told: the condition of "if" / "unless" ("If the two leaders talk
 * once more, it may be in Quito", "it counts only if they one day sign an accord"), a sentence opened by
 * "Suppose" / "Imagine", and a relative clause on "any …" ("any president who restored ties
 * would face the street"). "Asked if X would visit" is a question (see make-event.ts), and the
 * main clause after the condition's comma ("If approved, the embassy will open") is not covered.
 */
function supposed(tokens: SentenceInput['tokens'], trig: number): boolean {
  if (SUPPOSE.has(tokens[0]?.lower ?? '') || (tokens[0]?.pos === 'PUNCT' && SUPPOSE.has(tokens[1]?.lower ?? ''))) return true;
  for (let k = trig - 1; k >= 0 && k >= trig - 10; k--) {
    const t = tokens[k]!;
    if (t.lower === ',' || t.lower === ';' || t.lower === ':') return false;
    if (CONDITIONAL.has(t.lower)) return !(tokens[k - 1]?.pos === 'VERB' || tokens[k - 1]?.lower === 'as' || tokens[k - 1]?.lower === 'even');
    if (RELATIVE.has(t.lower) && k > 0) return anyBefore(tokens, k);
    if (t.pos === 'VERB' && k < trig - 1 && tokens[trig - 1]!.lower !== 'to') return false;
  }
  return false;
}

/** "any Bolivian president who", "every government that": a noun phrase opened by "any" right before the relative. */
function anyBefore(tokens: SentenceInput['tokens'], rel: number): boolean {
  for (let k = rel - 1; k >= 0 && k >= rel - 4; k--) {
    const t = tokens[k]!;
    if (ANY.has(t.lower)) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  }
  return false;
}

const CLAIM_VERBS = new Set(['say', 'said', 'state', 'stated', 'report', 'reported', 'write', 'wrote', 'claim', 'claimed', 'suggest', 'suggested']);
const WITHDRAWN = new Set(['incorrectly', 'wrongly', 'mistakenly', 'erroneously', 'misstated']);
const VERSIONS = new Set(['version', 'versions']);
const SUPERSEDED = new Set(['earlier', 'previous', 'original', 'older', 'prior']);

/**
 * "Clarification: A previous version of this report stated that the minister had visited …", "the
 * agency mistakenly reported that …": a claim the text withdraws is no event. A version counts
 * only as a superseded one ("the French version of the communique said that" still tells).
 */
function withdrawnClaim(tokens: SentenceInput['tokens'], trig: number): boolean {
  for (let k = trig - 1; k >= 1 && k >= trig - 25; k--) {
    if (tokens[k]!.lower !== 'that' || !CLAIM_VERBS.has(tokens[k - 1]!.lower) && !CLAIM_VERBS.has(tokens[k - 2]?.lower ?? '')) continue;
    for (let j = k - 1; j >= 0 && j >= k - 10; j--) {
      const w = tokens[j]!.lower;
      if (WITHDRAWN.has(w) || VERSIONS.has(w) && SUPERSEDED.has(tokens[j - 1]?.lower ?? '')) return true;
    }
    return false;
  }
  return false;
}

const SIGN_WORDS = new Set(['sign', 'signing', 'signature']);
const COMMITTING = new Set(['will', 'would', 'shall', "'ll", '’ll', 'wo', 'to', 'not', "n't"]);

/** "will remain open", "decided to keep … open", "is not closing": a modal, "to" or a negation in the verb group. */
function committed(view: ClauseView, trig: number): boolean {
  for (let k = trig - 1; k >= view.clause.from && k >= trig - 4; k--) {
    const t = view.tokens[k]!;
    if (COMMITTING.has(t.lower)) return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

const IN_TALK = new Set(['in', 'during', 'by', 'over']);

/** "in a telephone call", "during their meeting", "by phone call": the noun of talk is a circumstance of the verb. */
function inTheTalk(tokens: SentenceInput['tokens'], obj: number): boolean {
  let k = obj - 1;
  while (k > 0 && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'PRON')) k--;
  return IN_TALK.has(tokens[k]?.lower ?? '');
}

const INDEFINITE = new Set(['a', 'an', 'any', 'another']);

/**
 * "would not mind hosting a Kenyan envoy once more", "ready to receive a new envoy":
 * an indefinite envoy received is an accreditation talked about, no meeting with anyone.
 */
function indefiniteEnvoy(view: ClauseView, trigTo: number, patterns: DiplomaticPatterns): boolean {
  const t = view.tokens;
  if (!INDEFINITE.has(t[trigTo]?.lower ?? '')) return false;
  const envoys = patterns.objectIndex.get('envoy');
  for (let k = trigTo + 1; k < view.clause.to && k <= trigTo + 3; k++) if (envoys?.at(t, k, view.clause.to)) return true;
  return false;
}

const PROCESS_NOUNS = new Set(['talks', 'negotiations', 'process', 'bid', 'application', 'aspirations', 'hopes', 'path', 'prospects', 'criteria', 'requirements', 'roadmap', 'chapters', 'chapter', 'candidacy']);

const TALK_NOUNS = new Set(['talks', 'negotiations', 'consultations', 'discussions', 'debate', 'referendum', 'vote', 'dialogue']);

function topicOfTalks(view: ClauseView, trig: number): boolean {
  const t = view.tokens;
  return (t[trig - 1]?.lower === 'on' || t[trig - 1]?.lower === 'about') && TALK_NOUNS.has(t[trig - 2]?.lower ?? '');
}

const ANONYMITY = new Set(['not', 'declined', 'refused', 'asked', 'requested', 'cannot', "n't"]);

/** "an envoy who asked that he not be named", "a diplomat who declined to be named": anonymity, no appointment. */
function unnamed(view: ClauseView, m: Match): boolean {
  const t = view.tokens;
  if (t[m.trigFrom]!.lemma !== 'name' || t[m.trigFrom - 1]?.lower !== 'be') return false;
  for (let k = m.trigFrom - 2; k >= view.clause.from && k >= m.trigFrom - 4; k--) if (ANONYMITY.has(t[k]!.lower)) return true;
  return false;
}

/**
 * "both states have since cooperated closely", "they worked together on fisheries": a
 * past-tense verb of cooperating tells what was done, no intent.
 */
function pastCooperation(view: ClauseView, m: Match): boolean {
  return !m.nominal && /\p{Ll}ed$/u.test(view.tokens[m.trigFrom]!.text);
}

/**
 * "Ghanaians who work in or travel to Togo", "thousands of Filipinos arrived in Dubai": a
 * nationality's people as the subject (a plural demonym as a noun, not "Kenyan officials")
 * travel privately; no state visit.
 */
function peopleSubject(view: ClauseView, m: Match): boolean {
  const subj = view.before(m.trigFrom).find((s) => s.span.actor.type !== 'person');
  // ("the Ghanaians flew to Lome for talks": a delegation named before)
  if (!subj || subj.span.via !== 'demonym' || !/\p{Ll}s$/u.test(subj.span.text) || view.tokens[subj.from - 1]?.lower === 'the') return false;
  const next = view.tokens[subj.to];
  return next === undefined || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
}

/**
 * "land in Baku", "come to the United States", "ditched Taipei for Beijing": a place or party
 * right after the trigger, with at most a determiner or adjective between — not "drop barriers
 * to U.S. exports for …", where the country only qualifies another noun.
 */
function placeRightAfter(view: ClauseView, trigTo: number): boolean {
  const first = view.after(trigTo).find((x) => x.span.actor.country);
  if (!first || first.from > trigTo + 2) return false;
  for (let k = trigTo; k < first.from; k++) if (!GAP_POS.has(view.tokens[k]!.pos)) return false;
  return true;
}

const GAP_POS = new Set(['DET', 'ADJ', 'PRON']);

/**
 * "Chile and Peru will go to The Hague to settle the dispute": going to the seat of a court or
 * an organisation is no visit to its host — unless the host is a party of the clause itself
 * ("the Dutch minister went back to The Hague" is no trip abroad either way, and stays as read).
 */
function toVenue(view: ClauseView, trigTo: number, venues: ReadonlySet<string>): boolean {
  const place = view.after(trigTo).find((x) => x.span.actor.country);
  if (!place || !venues.has(place.span.text.toLowerCase())) return false;
  return !view.before(trigTo).some((x) => x.span.actor.country === place.span.actor.country);
}

/**
 * "Ties have been frozen since 2018, analysts said", "relations remain frozen": a state of the
 * ties as someone describes it, no act of severing — unless a state froze them ("X froze ties
 * with Y", "frozen by X").
 */
function describedFrozen(view: ClauseView, m: Match): boolean {
  const head = view.tokens[m.trigFrom]!;
  if (head.lemma !== 'freeze' && head.lower !== 'frozen') return false;
  if (m.nominal || m.objFrom < 0 || m.objFrom > m.trigFrom) return false;
  const by = view.tokens[m.trigTo]?.lower === 'by' ? view.after(m.trigTo).find((x) => x.from === m.trigTo + 1 || x.from === m.trigTo + 2) : undefined;
  return !(by && by.span.actor.country && by.span.actor.type !== 'person');
}

/**
 * "broke off relations with Israel and re-established them": an event on an object pronoun that
 * lacks a side takes the parties of the event read from the clause holding its antecedent.
 */
export function fromAntecedent(p: Parties, out: readonly CodedDiplo[], antecedent: number): Parties {
  if (p.source?.country && p.target?.country) return p;
  const prior = out.findLast((e) => e.clause.start <= antecedent && antecedent < e.clause.end);
  if (!prior) return p;
  return { ...p, source: prior.source, target: prior.target, participants: prior.participants, explicit: 2 };
}

/** Checks that make an event worth reporting: two distinct parties (or a country and an organisation). */
export function acceptable(m: Match, p: Parties, pairWord: boolean, date: EventDate): boolean {
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
export function pruneOverlaps(ms: Match[], tokens: SentenceInput['tokens']): Match[] {
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
export function attributionCuts(s: SentenceInput): number[] {
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

import type { EventDate, Modality } from '../../model/event.js';
import { attributesOf } from './attributes.js';
import type { Clause } from './clauses.js';
import { isAfter } from './dates.js';
import type { Match } from './match.js';
import { decidedAct, deniedAfter, deniedReport, modalityOf, refusedIntent } from './modality.js';
import type { Parties } from './parties.js';
import type { DiplomaticPatterns } from './patterns.js';
import { firstVerb } from './tokens.js';
import type { ArticleFrame, CodedDiplo, SentenceInput } from './types.js';

/**
 * One coded event from a match and its parties: modality (with the cues around the trigger, a
 * modality carried from a coordinated verb, a question and its answer), kind refinements
 * (an intended meeting is a meeting.intent), attributes, CAMEO code, evidence and confidence.
 */
export function makeEvent(
  s: SentenceInput, frame: ArticleFrame, patterns: DiplomaticPatterns, clause: Clause, m: Match, p: Parties, date: EventDate,
  landmark: boolean, carried: Modality | null,
): CodedDiplo {
  const tokens = s.tokens;
  let modality: Modality = landmark || m.rule.noModality
    ? 'asserted'
    : modalityOf(tokens, clause.from, m.trigFrom, m.nominal, patterns.modality, m.rule.allowNegation);
  // "agreed to re-establish relations and reopen embassies": a bare coordinated verb shares the modality before it
  if (carried && modality === 'asserted' && firstVerb(tokens, clause) === m.trigFrom) modality = carried;
  if (modality === 'asserted' && !m.nominal && headlineInfinitive(tokens, m.trigFrom)) modality = 'planned';
  if (modality === 'asserted' && m.rule.planned) modality = 'planned';
  if (modality === 'asserted' && m.nominal && plannedPredicate(tokens, m.trigTo, clause.to)) modality = 'planned';
  // "the embassy will remain open" is no closure; "will not stay open" is one ahead
  if (m.rule.negates) modality = modality === 'negated' ? 'planned' : 'negated';
  if (modality === 'planned' && decidedAct(tokens, clause.from, m.trigFrom, m.kind)) modality = 'asserted';
  // a stated date after the article date has not happened yet ("will meet in August")
  if (modality === 'asserted' && date.basis !== 'article' && isAfter(date, frame.articleDate)) modality = 'planned';
  if (counterfactual(tokens, clause, m)) modality = 'negated';
  const answer = questionAnswer(tokens, m.trigFrom);
  // (a yes/no question asks about a verb's event; a noun in it is presupposed: "Does the recall of X signal a rift?")
  if ((answer === 'open' || (!m.nominal && yesNoQuestion(tokens))) && modality === 'asserted') modality = 'intended';
  let kind = m.kind;
  if (kind === 'meeting' && modality === 'intended') kind = 'meeting.intent';
  // a noun under the denial ("during a trip to Nairobi") is its circumstance, not what is denied
  if (answer === 'denied' || (!m.nominal && deniedReport(tokens, clause.from, m.trigFrom)) || deniedAfter(tokens, m.trigTo)) modality = 'negated';
  else if (kind === 'meeting' && modality === 'negated' && refusedIntent(tokens, clause.from, m.trigFrom)) kind = 'meeting.intent';
  if ((kind === 'cooperation.intent' || kind === 'meeting.intent') && modality !== 'negated') modality = modality === 'asserted' ? 'asserted' : 'intended';
  const text = (a: number, b: number): string => s.text.slice(tokens[a]!.start - s.start, tokens[b - 1]!.end - s.start);
  const attributes = attributesOf(tokens, clause.from, clause.to, m, p, patterns, text);
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

const UNREAL_MODALS = new Set(['would', 'could', 'might', 'should']);

/**
 * "The visit would have been his first …", "they would have met in Minsk": a past
 * counterfactual says the event did not happen (the trigger is its subject or its verb).
 */
function counterfactual(tokens: SentenceInput['tokens'], clause: Clause, m: Match): boolean {
  for (let k = clause.from; k + 1 < clause.to; k++) {
    if (!UNREAL_MODALS.has(tokens[k]!.lower) || !/^(?:have|'ve|’ve)$/.test(tokens[k + 1]!.lower)) continue;
    // ("would have a vital role": "have" is the verb itself, no perfect)
    const next = tokens[k + 2];
    if (!next || !(next.lower === 'been' || ((next.pos === 'VERB' || next.pos === 'AUX') && /(?:ed|en|wn|met|made|held|gone|come|done|paid|led)$/.test(next.lower)))) continue;
    if (m.nominal) return m.trigFrom < k && !tokens.slice(m.trigTo, k).some((t) => t.pos === 'VERB');
    return m.trigFrom >= k + 2 && m.trigFrom <= k + 3;
  }
  return false;
}

/**
 * "Peru and Chile to restore ties and reopen embassies": a subject followed by "to" and a verb,
 * with no finite verb before (a headline's future), makes the verbs after it planned.
 */
function headlineInfinitive(tokens: SentenceInput['tokens'], trigger: number): boolean {
  for (let k = 1; k < trigger; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.lower === 'to' && (tokens[k - 1]!.pos === 'PROPN' || tokens[k - 1]!.pos === 'NOUN') && tokens[k + 1]?.pos === 'VERB') return true;
  }
  return false;
}

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

const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', "'s"]);
const PLANNED_PREDICATES = new Set(['foreseen', 'envisaged', 'envisioned', 'planned', 'scheduled', 'slated', 'expected', 'due']);
const PREDICATE_STOPS = new Set([',', ';', ':', 'which', 'that', 'who', 'but']);

/**
 * "The signing of two accords is envisaged during the visit", "the summit is scheduled for June":
 * a noun trigger whose own predicate says it is foreseen looks ahead (a relative or a comma
 * between them ends the search: "the visit, which was planned for months, took place").
 */
function plannedPredicate(tokens: SentenceInput['tokens'], from: number, to: number): boolean {
  for (let k = from; k < to - 1 && k < from + 10; k++) {
    const t = tokens[k]!;
    if (PREDICATE_STOPS.has(t.lower) || t.pos === 'VERB' && !PLANNED_PREDICATES.has(t.lower)) return false;
    if (!BE_FORMS.has(t.lower)) continue;
    let j = k + 1;
    while (j < to && tokens[j]!.pos === 'ADV') j++;
    return PLANNED_PREDICATES.has(tokens[j]?.lower ?? '');
  }
  return false;
}

const QUESTION_OPENERS = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'do', 'does', 'did', 'has', 'have', 'had', 'should', 'shall', 'may', 'might', 'must', "isn't", "aren't", "won't"]);
const QUESTION_LEAD = new Set(['q', ':', '"', '“', '‘', "'", 'and', 'but', 'so']);

/**
 * "Is the premier likely to travel to X?", "Will Chile reopen its embassy?": a
 * yes/no question (an auxiliary first, a question mark last) asks whether the event is so and
 * asserts nothing; a wh-question ("Why did X close its embassy?") takes the event as given.
 */
function yesNoQuestion(tokens: SentenceInput['tokens']): boolean {
  const last = tokens[tokens.length - 1];
  if (last?.text !== '?' && tokens[tokens.length - 2]?.text !== '?') return false;
  let k = 0;
  while (k < tokens.length - 1 && k < 3 && QUESTION_LEAD.has(tokens[k]!.lower)) k++;
  return QUESTION_OPENERS.has(tokens[k]!.lower);
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

/** Lower for nouns, parties filled from the pair, topic-only meetings and undated events. */
function confidenceOf(m: Match, p: Parties, date: EventDate): number {
  let c = 0.9;
  if (m.nominal) c -= 0.1;
  if (p.explicit < 2) c -= 0.15;
  if (m.rule.id === 'meeting/discuss') c -= 0.15;
  if (date.basis === 'article') c -= 0.05;
  return Math.round(Math.max(0.3, c) * 100) / 100;
}

import type { Modality } from '../../model/event.js';
import type { Token } from '../../nlp/types.js';
import type { ModalityWords } from './patterns.js';

const MODAL_PLANNED = new Set(['will', 'shall', "'ll", '’ll', 'would', 'wo', 'must']);
const MODAL_INTENDED = new Set(['may', 'might', 'could', 'can', 'should', 'ca']);
const NEGATION = new Set(['not', "n't", 'n’t', 'never', 'no']);
const AUX_SKIP = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'get', 'also', 'now', 'soon', 'jointly', 'formally', 'officially', 'further', 'finally', 'eventually', 'still', 'yet', 'then', 'again', 'temporarily', 'once', 'even', 'only', 'already']);
const PLANNED_ADJ = new Set(['planned', 'upcoming', 'forthcoming', 'future', 'next', 'proposed', 'expected', 'scheduled', 'prospective', 'possible', 'potential', 'foreseen', 'envisaged', 'envisioned', 'anticipated']);

/**
 * The modality of a trigger from the words before it in its clause: "will sign" and "to be
 * signed" are planned, "hope to bring" and "may open" intended, "did not meet" and "refused to
 * meet" negated; anything else asserted.
 */
export function modalityOf(
  tokens: readonly Token[], clauseFrom: number, trigger: number, nominal: boolean, words: ModalityWords,
  allowNegation = false,
): Modality {
  // "refuse any talks with": a verb trigger right after a determiner is a noun
  if (nominal || (trigger > clauseFrom && tokens[trigger - 1]!.pos === 'DET')) return nominalModality(tokens, clauseFrom, trigger, words);
  // "the value of finishing the talks", "interested in opening": a gerund after a
  // preposition is governed like a noun (its cue word stands before the preposition)
  if (tokens[trigger]!.lower.endsWith('ing') && trigger - 1 > clauseFrom && GERUND_PREPS.has(tokens[trigger - 1]!.lower)) {
    const governed = nominalModality(tokens, clauseFrom, trigger - 1, words);
    if (governed !== 'asserted') return governed;
  }
  let k = trigger - 1;
  let negated = false;
  // "advised against travel to", "warned against visiting"
  if (k >= clauseFrom && tokens[k]!.lower === 'against') return 'negated';
  // the verb group right before the trigger: auxiliaries, adverbs, negation, modals
  while (k >= clauseFrom) {
    const t = tokens[k]!;
    if (NEGATION.has(t.lower) && !allowNegation) {
      negated = true;
      k--;
      continue;
    }
    if (MODAL_PLANNED.has(t.lower)) return negated ? 'negated' : 'planned';
    if (MODAL_INTENDED.has(t.lower)) return negated ? 'negated' : 'intended';
    if (AUX_SKIP.has(t.lower) || t.pos === 'ADV' || t.lower === 'do' || t.lower === 'did' || t.lower === 'does') {
      k--;
      continue;
    }
    break;
  }
  if (negated) return 'negated';
  if (k >= clauseFrom && tokens[k]!.lower === 'to') return infinitive(tokens, clauseFrom, k, words);
  return subordinate(tokens, clauseFrom, trigger);
}

const FUTURE_SUBORDINATORS = new Set(['after', 'once', 'when', 'until', 'before', 'as soon as']);
const CONDITIONALS = new Set(['if', 'unless']);

/**
 * "The agreement will enter into force after it is ratified": a clause under "after", "once",
 * "when" in a future sentence has not happened yet; under "if" it is only intended.
 */
function subordinate(tokens: readonly Token[], clauseFrom: number, trigger: number): Modality {
  for (let k = trigger - 1; k >= clauseFrom && k >= trigger - 6; k--) {
    const w = tokens[k]!.lower;
    if (CONDITIONALS.has(w)) return 'intended';
    // "as soon as the pact is ratified"
    const soonAs = w === 'as' && tokens[k - 1]?.lower === 'soon';
    if (!FUTURE_SUBORDINATORS.has(w) && !soonAs) continue;
    // the main verb may lie in the clause before the subordinate one ("will enter into force after it is ratified")
    for (let j = k - 1; j >= Math.max(0, k - 25); j--) if (MODAL_PLANNED.has(tokens[j]!.lower)) return 'planned';
    return 'asserted';
  }
  return 'asserted';
}

/**
 * "X to sign": the words governing "to" say whether it is planned, intended, denied or done.
 * Walks back to the nearest cue word ("expected … to hold", "hope to bring", "decision of Rwanda
 * to cut"); a passive infinitive after a noun is planned ("an agreement to be signed"); an
 * infinitive of purpose after another verb takes that verb's modality ("cut the ribbon to
 * inaugurate": asserted).
 */
function infinitive(tokens: readonly Token[], clauseFrom: number, to: number, words: ModalityWords): Modality {
  const passive = tokens[to + 1]?.lower === 'be';
  for (let k = to - 1; k >= clauseFrom; k--) {
    const t = tokens[k]!;
    const before = k > clauseFrom ? tokens[k - 1]! : null;
    if (t.lower === 'forward' && before?.lower === 'look') return 'intended';
    if (words.negated.has(t.lower) || words.negated.has(t.lemma)) return 'negated';
    // "did not reach any decision to cut", "no decision to": a decision denied; "any decision to" alone is hypothetical
    if (words.assertedVerbs.has(t.lower)) return decisionDenied(tokens, clauseFrom, k) ?? 'asserted';
    if (words.intended.has(t.lower) || words.intended.has(t.lemma)) return before && NEGATION.has(before.lower) ? 'negated' : 'intended';
    if (words.planned.has(t.lower) || words.planned.has(t.lemma)) return before && NEGATION.has(before.lower) ? 'negated' : 'planned';
    if (t.pos === 'NOUN' && passive && k === to - 1) return 'planned';
    if (t.pos === 'VERB' && !(t.lower.endsWith('ing') && tokens[k - 1]?.lower === 'since')) return modalityOf(tokens, clauseFrom, k, false, words);
  }
  return passive || k0IsClauseStart(to, clauseFrom) ? 'planned' : 'asserted';
}

const k0IsClauseStart = (to: number, clauseFrom: number): boolean => to <= clauseFrom + 1;

/** "the planned visit", "the upcoming talks": a nominal trigger is asserted unless marked. */
function nominalModality(tokens: readonly Token[], clauseFrom: number, trigger: number, words: ModalityWords): Modality {
  const purpose = purposeFor(tokens, clauseFrom, trigger);
  for (let k = trigger - 1; k >= clauseFrom && k >= trigger - 6; k--) {
    const t = tokens[k]!;
    if (PLANNED_ADJ.has(t.lower)) return 'planned';
    // "no talks", "rule out any contact or negotiations"
    if (t.lower === 'no' || t.lower === 'without') return 'negated';
    if (words.negated.has(t.lower) || words.negated.has(t.lemma)) return 'negated';
    // "suspending talks with X", "called off the visit"
    if (words.cancelled.has(t.lower) || words.cancelled.has(t.lemma)) return 'negated';
    // "discussed the opening of an embassy": a topic of talks, not a fact
    if (t.pos === 'VERB' && TOPIC_VERBS.has(t.lemma)) return 'intended';
    // "demanded an immediate summit", "requested talks", "called for a summit": asked for, not held
    if (t.pos === 'VERB' && DEMAND_VERBS.has(t.lemma)) return 'intended';
    if (t.lower === 'for' && tokens[k - 1]?.lemma === 'call') return 'intended';
    // ("a working visit", "a working lunch": a kind of occasion, no intent)
    if (t.pos === 'ADJ' && (words.intended.has(t.lower) || words.intended.has(t.lemma)) && !(k === trigger - 1 && OCCASION_KINDS.has(t.lower))) return 'intended';
    // "underlined the value of opening a consulate", "plans for the reopening of": a cue noun governs the event
    // ("a work meeting", "a working visit": a noun compounded with the trigger is no cue)
    if (t.pos === 'NOUN' && !t.lower.endsWith('ing') && !(k === trigger - 1 && tokens[trigger]!.pos === 'NOUN')) {
      if (words.intended.has(t.lower) || words.intended.has(t.lemma)) return 'intended';
      if (words.planned.has(t.lower) || words.planned.has(t.lemma)) return 'planned';
    }
    // "will meet X for talks on …", "will travel to Y for a visit", "are set to attend the signing":
    // a purpose noun or the verb's direct object shares the verb's future
    if (t.pos === 'VERB' && (purpose >= 0 || directObject(tokens, k, trigger))) {
      const governing = modalityOf(tokens, clauseFrom, k, false, words);
      // ("could not agree on reopening the consulate", "did not approve the opening of": the denial of a
      // verb of deciding reaches the noun; "did not explain the closure" leaves the closure a fact)
      if (governing === 'negated') return DECIDING_VERBS.has(t.lemma) ? 'negated' : 'asserted';
      return governing === 'planned' || governing === 'intended' ? governing : 'asserted';
    }
    if (t.pos === 'VERB' || t.pos === 'ADP' && t.lower !== 'of' && k !== purpose) break;
  }
  return 'asserted';
}

/** Verbs whose denial denies the act they govern ("failed to agree on", "refused to approve"). */
const DECIDING_VERBS = new Set(['agree', 'decide', 'approve', 'authorise', 'authorize', 'endorse', 'accept', 'order', 'allow', 'permit', 'back', 'sanction', 'ratify']);

/** Only a determiner, adjectives or numbers between the verb at `k` and the noun. */
function directObject(tokens: readonly Token[], k: number, trigger: number): boolean {
  for (let j = k + 1; j < trigger; j++) if (!NP_MODIFIERS.has(tokens[j]!.pos)) return false;
  return true;
}

const NP_MODIFIERS = new Set(['DET', 'ADJ', 'PRON', 'NUM']);

/** "for talks", "for a visit": the "for" right before the noun (and its determiner or adjectives), or -1. */
function purposeFor(tokens: readonly Token[], clauseFrom: number, trigger: number): number {
  for (let j = trigger - 1; j >= clauseFrom && j >= trigger - 4; j--) {
    if (tokens[j]!.lower === 'for') return j;
    if (tokens[j]!.pos !== 'DET' && tokens[j]!.pos !== 'ADJ' && tokens[j]!.pos !== 'PRON') return -1;
  }
  return -1;
}

const OCCASION_KINDS = new Set(['working', 'work']);
const GERUND_PREPS = new Set(['of', 'in', 'on', 'for', 'about', 'towards', 'toward']);
const DEMAND_VERBS = new Set(['demand', 'request', 'seek', 'propose', 'urge', 'suggest', 'want', 'ask', 'push', 'press']);
const DECISION_KINDS = new Set(['relations.establish', 'relations.restore', 'relations.sever', 'relations.upgrade', 'relations.downgrade', 'envoy.recall', 'envoy.expel', 'mission.close']);
const MODALS = new Set([...MODAL_PLANNED, ...MODAL_INTENDED]);
const DATE_GAP = new Set(['ADV', 'ADP', 'PROPN', 'NUM', 'DET', 'NOUN']);

/**
 * "Kenya decided to sever its ties with Peru", "has decided to recall its
 * ambassador": for a break, a recall, an expulsion or a closure the decision is the act, so a
 * planned modality that comes only from a past "decided to" is asserted.
 */
export function decidedAct(tokens: readonly Token[], clauseFrom: number, trigger: number, kind: string): boolean {
  if (!DECISION_KINDS.has(kind)) return false;
  let k = trigger - 1;
  while (k > clauseFrom && tokens[k]!.pos === 'ADV') k--;
  if (tokens[k]?.lower !== 'to') return false;
  // "decided to sever", "decided on Friday to sever", "decided unanimously to expel"
  const to = k;
  k = -1;
  for (let j = to - 1; j >= clauseFrom && j >= to - 5; j--) {
    if (tokens[j]!.lower === 'decided') { k = j; break; }
    if (!DATE_GAP.has(tokens[j]!.pos)) break;
  }
  if (k < 0) return false;
  for (let j = k - 1; j >= clauseFrom && j >= k - 3; j--) if (MODALS.has(tokens[j]!.lower) || NEGATION.has(tokens[j]!.lower)) return false;
  return true;
}

const TOPIC_VERBS = new Set(['discuss', 'review', 'explore', 'consider', 'examine', 'debate', 'study']);

const DENIAL_VERBS = new Set(['deny', 'dismiss', 'refute', 'reject']);

/**
 * "The ministry denied that the minister had met Syrian officials": an event reported under a
 * verb of denial did not happen. Looks at the few words before the clause (or its start) for
 * "<deny> … that".
 */
export function deniedReport(tokens: readonly Token[], clauseFrom: number, trigger: number): boolean {
  for (let k = Math.min(trigger - 1, clauseFrom + 1); k >= 0 && k >= clauseFrom - 2; k--) {
    if (tokens[k]!.lower !== 'that') continue;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      if (DENIAL_VERBS.has(tokens[j]!.lemma) && tokens[j]!.pos === 'VERB') return true;
      if ((tokens[j]!.lower === 'despite' || tokens[j]!.lower === 'contrary') && CLAIM_NOUNS.has(tokens[k - 1]!.lower)) return true;
    }
    return false;
  }
  return deniedClaim(tokens, clauseFrom, trigger);
}

const CLAIM_NOUNS = new Set(['report', 'reports', 'claim', 'claims', 'rumour', 'rumours', 'rumor', 'rumors', 'allegation', 'allegations', 'suggestion', 'suggestions', 'speculation']);

/** "rejected reports that it was preparing to break relations": a claim noun under a verb of denial. */
function deniedClaim(tokens: readonly Token[], clauseFrom: number, trigger: number): boolean {
  for (let k = trigger - 1; k > clauseFrom && k >= trigger - 10; k--) {
    const t = tokens[k]!;
    if (t.lower === ',' || t.lower === ';') return false;
    if (t.lower !== 'that' || !CLAIM_NOUNS.has(tokens[k - 1]!.lower)) continue;
    for (let j = k - 2; j >= 0 && j >= k - 5; j--) {
      if (DENIAL_VERBS.has(tokens[j]!.lemma) && tokens[j]!.pos === 'VERB') return true;
      // "never sat down together, contrary to claims that they would confer": a report the text contradicts
      if (tokens[j]!.lower === 'despite' || tokens[j]!.lower === 'contrary') return true;
    }
    return false;
  }
  return false;
}

const REFUSALS = new Set(['refuse', 'reject', 'decline', 'deny', 'rule', 'boycott', 'cancel', 'call']);

/**
 * A negated meeting that was refused or ruled out ("will refuse any talks", "declined to meet",
 * "will not meet") is a denied intent, not a meeting that failed to happen.
 */
export function refusedIntent(tokens: readonly Token[], clauseFrom: number, trigger: number): boolean {
  for (let k = trigger - 1; k >= clauseFrom && k >= trigger - 8; k--) {
    const t = tokens[k]!;
    if (REFUSALS.has(t.lemma) || MODAL_PLANNED.has(t.lower) || MODAL_INTENDED.has(t.lower)) return true;
    if (t.lower === 'no' && tokens[k + 1]?.pos !== 'VERB') return true;
  }
  return false;
}

/** "not … any decision", "no decision": the decision noun at `k` is denied (or, with "any" alone, only supposed). */
function decisionDenied(tokens: readonly Token[], clauseFrom: number, k: number): Modality | null {
  const det = tokens[k - 1]?.lower;
  if (det === 'no') return 'negated';
  if (det !== 'any') return null;
  // the negation may lie before a parenthetical set off by commas ("has not, and will not, come to any decision")
  for (let j = k - 2; j >= 0 && j >= k - 12; j--) if (NEGATION.has(tokens[j]!.lower)) return 'negated';
  return k - 1 >= clauseFrom ? 'intended' : null;
}

const NEVER_HAPPENED = new Set(['take place', 'took place', 'happened', 'occurred']);

/**
 * "… met in secret in June, a meeting the palace says never happened": an appositive
 * after the event that denies it happened (within the sentence, after a comma).
 */
export function deniedAfter(tokens: readonly Token[], trigTo: number): boolean {
  const comma = tokens.findIndex((t, i) => i >= trigTo && i < trigTo + 12 && t.lower === ',');
  if (comma < 0) return false;
  for (let k = comma + 1; k < tokens.length && k < comma + 10; k++) {
    const w = tokens[k]!.lower;
    if (w === ',' || w === ';') return false;
    const neg = w === 'never' || ((w === 'not' || w === "n't") && /^(?:did|does|had|has)$/.test(tokens[k - 1]!.lower));
    if (!neg) continue;
    const next = `${tokens[k + 1]?.lower ?? ''} ${tokens[k + 2]?.lower ?? ''}`;
    if (NEVER_HAPPENED.has(next) || NEVER_HAPPENED.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

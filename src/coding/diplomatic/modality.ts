import type { Modality } from '../../model/event.js';
import type { Token } from '../../nlp/types.js';
import type { ModalityWords } from './patterns.js';

const MODAL_PLANNED = new Set(['will', 'shall', "'ll", '’ll', 'would', 'wo']);
const MODAL_INTENDED = new Set(['may', 'might', 'could', 'can', 'should', 'ca']);
const NEGATION = new Set(['not', "n't", 'n’t', 'never', 'no']);
const AUX_SKIP = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'get', 'also', 'now', 'soon', 'jointly', 'formally', 'officially', 'further', 'finally', 'eventually', 'still', 'yet', 'then', 'again', 'temporarily', 'once', 'even', 'only', 'already']);
const PLANNED_ADJ = new Set(['planned', 'upcoming', 'forthcoming', 'future', 'next', 'proposed', 'expected', 'scheduled', 'prospective', 'possible', 'potential']);

/**
 * The modality of a trigger from the words before it in its clause: "will sign" and "to be
 * signed" are planned, "hope to bring" and "may open" intended, "did not meet" and "refused to
 * meet" negated; anything else asserted.
 */
export function modalityOf(
  tokens: readonly Token[], clauseFrom: number, trigger: number, nominal: boolean, words: ModalityWords,
  allowNegation = false,
): Modality {
  if (nominal) return nominalModality(tokens, clauseFrom, trigger);
  let k = trigger - 1;
  let negated = false;
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
  return 'asserted';
}

/** "X to sign": the word governing "to" says whether it is planned, intended, denied or done. */
function infinitive(tokens: readonly Token[], clauseFrom: number, to: number, words: ModalityWords): Modality {
  let k = to - 1;
  while (k >= clauseFrom && (tokens[k]!.pos === 'ADV' || tokens[k]!.lower === 'not')) k--;
  if (k < clauseFrom) return 'planned';
  const head = tokens[k]!;
  const before = k > clauseFrom ? tokens[k - 1]! : null;
  if (before && NEGATION.has(before.lower)) return 'negated';
  if (words.negated.has(head.lower) || words.negated.has(head.lemma)) return 'negated';
  if (words.assertedVerbs.has(head.lower) || words.assertedVerbs.has(head.lemma)) return 'asserted';
  if (words.intended.has(head.lower) || words.intended.has(head.lemma)) return 'intended';
  if (head.lower === 'forward' && before?.lower === 'look') return 'intended';
  if (words.planned.has(head.lower) || words.planned.has(head.lemma)) return 'planned';
  // "an agreement to be signed", "efforts to open": an infinitive of purpose or plan
  return head.pos === 'NOUN' || head.pos === 'PROPN' ? 'planned' : 'intended';
}

/** "the planned visit", "the upcoming talks": a nominal trigger is asserted unless marked. */
function nominalModality(tokens: readonly Token[], clauseFrom: number, trigger: number): Modality {
  for (let k = trigger - 1; k >= clauseFrom && k >= trigger - 3; k--) {
    const t = tokens[k]!;
    if (PLANNED_ADJ.has(t.lower)) return 'planned';
    if (t.pos === 'VERB' || t.pos === 'ADP') break;
  }
  return 'asserted';
}

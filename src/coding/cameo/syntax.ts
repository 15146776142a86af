import type { Token } from '../../nlp/types.js';
import type { Modality } from '../../model/event.js';

/** Shallow syntax over POS-tagged tokens: voice, negation, modality, clause breaks. */

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", 'get', 'gets', 'got', 'gotten', 'getting']);
const NEG = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const PLANNED = new Set(['will', 'shall', "'ll", 'would']);
/** Adjectives that state an intention when followed by a to-infinitive. */
const INTENT_ADJ = new Set(['willing', 'ready', 'prepared', 'determined', 'eager', 'keen', 'committed', 'poised', 'intent', 'resolved']);
const POSSIBLE = new Set(['may', 'might', 'could', 'can', 'should', 'must', 'ought']);
/** Words that end the clause a verb's object can be found in. */
const BREAKS = new Set([';', ':', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'but', 'because', 'although', 'though',
  'after', 'before', 'when', 'whilst', 'unless', 'if', 'since', 'where', '"', '\u201c', '\u201d', '(', ')']);
/** Verbs of saying: their object clause has its own subject. */
export const SAY = new Set(['say', 'tell', 'state', 'declare', 'announce', 'add', 'insist', 'stress', 'reiterate', 'warn',
  'claim', 'assert', 'argue', 'note', 'report', 'confirm', 'believe', 'think', 'explain', 'emphasize', 'emphasise', 'conclude', 'write', 'suggest', 'indicate', 'maintain', 'repeat']);

export const isVerbPos = (t: Token | undefined): boolean => t?.pos === 'VERB';

/** Auxiliaries, adverbs and particles between a subject and its verb ("has not yet been"). */
function isChain(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || NEG.has(t.lower) || BE.has(t.lower) || PLANNED.has(t.lower) || POSSIBLE.has(t.lower);
}

/** Index of the first token of the verb chain ending at `i` (auxiliaries, adverbs, "not", "to"). */
export function chainStart(tokens: readonly Token[], i: number, from: number): number {
  let k = i;
  while (k - 1 >= from && isChain(tokens[k - 1]!) && i - (k - 1) <= 6) k--;
  return k;
}

/** Participles that say someone is ready or due to act ("prepared to", "set to"), not passives. */
const READY = new Set(['prepared', 'opposed', 'dedicated', 'devoted', 'determined', 'committed', 'poised', 'resolved', 'inclined', 'scheduled', 'set', 'expected', 'supposed', 'due', 'slated', 'bound']);

/** Participles of taking part ("were engaged in", "was involved in"): their subject acts. */
const ENGAGED = new Set(['engaged', 'involved']);

/** Verbs whose past participle is their base form. */
const SAME_PARTICIPLE = new Set(['put', 'set', 'cut', 'hit', 'shut', 'let', 'spread', 'cast', 'hurt', 'beat', 'bid', 'upset', 'burst', 'thrust']);
/** Forms of "be" before such a participle. */
const BE_FORMS = new Set(['been', 'being', 'was', 'were', 'is', 'are', 'be']);

/** "was attacked (by)", "have been expelled", "attacked by" right after a participle. */

export function isPassive(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (t.lower.endsWith('ing')) return false;
  // participles that look like the base form ("has been put", "was hit") count after "been" / "being"
  const participle = t.lower !== t.lemma || /(ed|en|wn|ne)$/.test(t.lower)
    || (SAME_PARTICIPLE.has(t.lower) && BE_FORMS.has(tokens[i - 1]?.lower ?? ''));
  if (!participle) return false;
  // "is prepared to lift", "is determined to fight", "is expected to visit": an adjective of
  // readiness before an infinitive; its subject acts.
  if (READY.has(t.lower) && tokens[i + 1]?.lower === 'to') return false;
  // "were engaged in fighting", "was involved in the attack": taking part, not undergoing
  if (ENGAGED.has(t.lower) && tokens[i + 1]?.lower === 'in') return false;
  for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
    const w = tokens[k]!;
    if (BE.has(w.lower)) return true;
    if (!(w.pos === 'ADV' || NEG.has(w.lower))) break;
  }
  // "There were ten soldiers killed in …"
  for (let k = i - 1; k >= Math.max(from, i - 8); k--) {
    if (tokens[k]!.lower === 'there' && BE.has(tokens[k + 1]?.lower ?? '')) return true;
    if (tokens[k]!.pos === 'VERB') break;
  }
  // Reduced relative: "the embassy, attacked by militants, …" — but not "Arnor attacked by air".
  return tokens[i + 1]?.lower === 'by' && (tokens[i - 1]?.lower === ',' || tokens[i - 1]?.pos === 'NOUN');
}

/** Negation and modality read from the verb chain before `i`. */
export function chainModality(tokens: readonly Token[], i: number, from: number): Modality {
  const s = chainStart(tokens, i, from);
  let m: Modality = 'asserted';
  for (let k = s; k < i; k++) {
    const w = tokens[k]!.lower;
    if (NEG.has(w)) return 'negated';
    if (PLANNED.has(w)) m = 'planned';
    else if (POSSIBLE.has(w) && m === 'asserted') m = 'intended';
  }
  // "… unless Gondor agrees", "if Arnor attacks": a condition is not an assertion.
  if (m === 'asserted') {
    for (let k = s - 1; k >= from; k--) {
      const w = tokens[k]!;
      if (w.lower === 'if' || w.lower === 'unless') { m = 'intended'; break; }
      if (w.pos === 'VERB' || w.lower === ';' || w.lower === ',') break;
    }
  }
  // "is to visit", "are due to sign", "set to meet"; "is willing to send", "ready to host"
  if (m === 'asserted' && tokens[i - 1]?.lower === 'to') {
    const w = tokens[i - 2]?.lower ?? '';
    if (['due', 'set', 'expected', 'scheduled', 'slated', 'is', 'are', 'was', 'were', 'going', 'about'].includes(w)) m = 'planned';
    else if (INTENT_ADJ.has(w)) m = 'intended';
  }
  return m;
}

/** True when a word of the chain before `i` is "must"/"should"/"has to" (a demanded action). */
export function hasObligation(tokens: readonly Token[], i: number, from: number): boolean {
  // "must be ready to negotiate": the obligation reaches through an adjective of readiness
  if (tokens[i - 1]?.lower === 'to' && INTENT_ADJ.has(tokens[i - 2]?.lower ?? '') && i - 2 > from) return hasObligation(tokens, i - 2, from);
  const s = chainStart(tokens, i, from);
  for (let k = s; k < i; k++) {
    const w = tokens[k]!.lower;
    if (w === 'must' || w === 'should') return true;
    if (w === 'to' && ['has', 'have', 'had'].includes(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** First clause-breaking token in `(i, to)`, or `to`. */
export function nextBreak(tokens: readonly Token[], i: number, to: number): number {
  for (let k = i + 1; k < to; k++) {
    if (!BREAKS.has(tokens[k]!.lower)) continue;
    // a short parenthesis is an aside, not a clause break: "to the Alpha Plant (AP) in Fredonia"
    if (tokens[k]!.lower === '(') {
      let close = k + 1;
      while (close < to && close <= k + 8 && tokens[close]!.lower !== ')' && tokens[close]!.lower !== '(') close++;
      if (close < to && close <= k + 8 && tokens[close]!.lower === ')') { k = close; continue; }
    }
    return k;
  }
  return to;
}

/** Last clause-breaking token in `[from, i)` plus one, or `from`. */
export function prevBreak(tokens: readonly Token[], i: number, from: number): number {
  for (let k = i - 1; k >= from; k--) {
    const w = tokens[k]!.lower;
    if (w === ')') {
      // a short parenthesis before the verb is an aside, not a clause break: "The Front (RUF) said"
      let open = k - 1;
      while (open >= from && open >= k - 8 && tokens[open]!.lower !== '(' && tokens[open]!.lower !== ')') open--;
      if (open >= from && tokens[open]!.lower === '(' && open >= k - 8) { k = open; continue; }
      return k + 1;
    }
    if (w === ';' || w === ':' || w === '(') return k + 1;
  }
  return from;
}

/** Prepositions that make an actor a place or circumstance rather than a subject or object. */
export const LOCATIVE = new Set(['in', 'at', 'near', 'on', 'during', 'across', 'inside', 'outside', 'throughout', 'within', 'into', 'from', 'over', 'after', 'before', 'since', 'like', 'than', 'under', 'about', 'according', 'despite', 'via', 'between', 'among', 'amid', 'toward', 'towards']);

/** Prepositions a gerund follows as a complement ("for opening", "after signing"). */
const GERUND_PREPS = new Set(['for', 'of', 'by', 'after', 'without', 'about', 'over']);

/** Token `i` is a gerund after a preposition ("accused of spying", "thanked for hosting"): a complement, not a clause of its own. */
export function gerundAfterPreposition(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return i > 0 && tokens[i]!.lower.endsWith('ing') && !!prev && (prev.pos === 'ADP' || GERUND_PREPS.has(prev.lower));
}

import type { Token } from '../types.js';
import type { Tense } from './resolve.js';

const FUTURE = new Set([
  'will', 'shall', "'ll", 'wo', 'upcoming', 'next', 'scheduled', 'planned', 'plans', 'plan', 'intends',
  'expected', 'would', 'forthcoming', 'due', 'set', 'tomorrow', 'coming', 'going', 'soon', 'aims',
]);
const PAST = new Set([
  'was', 'were', 'had', 'did', 'met', 'held', 'made', 'took', 'went', 'came', 'gave', 'said', 'told',
  'left', 'sent', 'began', 'became', 'paid', 'led', 'saw', 'spoke', 'wrote', 'brought', 'ago',
  'yesterday', 'last', 'earlier', 'former', 'previously', 'ago',
]);
const CLAUSE_BREAK = new Set([',', ';', ':', 'that', 'and', 'but', 'while', 'whereas', '—', '–']);

/**
 * The tense around a date: the clause holding it (tokens between the nearest clause breaks)
 * decides; when the clause says nothing, the whole sentence does.
 */
export function tenseAt(tokens: readonly Token[], from: number, to: number, at: number): Tense {
  let lo = at;
  while (lo > from && !CLAUSE_BREAK.has(tokens[lo - 1]!.lower)) lo--;
  let hi = at;
  while (hi < to && !CLAUSE_BREAK.has(tokens[hi]!.lower)) hi++;
  // "said on Tuesday the country would reopen …": the verb the date follows is past
  const verb = verbBefore(tokens, lo, at);
  if (verb !== null) return verb;
  const local = tenseOf(tokens, lo, hi, at);
  const whole = local !== 'neutral' ? local : tenseOf(tokens, from, to, at);
  // "she had raised X at talks on Monday, and that the sides had agreed to hold the next round":
  // a past form before the date and one after it outweigh a future word in a later clause
  const tense = local === 'neutral' && whole === 'future' && pastAround(tokens, from, to, lo, hi) && !futureBefore(tokens, from, at) ? 'past' : whole;
  // "is staying in Hanoi until Sunday": an end point in the present tense is still ahead
  return tense === 'neutral' && /^(?:until|till|through)$/.test(tokens[at - 1]?.lower ?? '') ? 'future' : tense;
}

/**
 * Future when a future word appears ("will", "scheduled", "next"…) or an infinitive comes
 * before the date ("agreed to meet on Friday", not "spoke on Tuesday to discuss"); else past
 * when a past verb form appears; else neutral.
 */
function tenseOf(tokens: readonly Token[], from: number, to: number, at: number): Tense {
  let past = false;
  let future = false;
  // an infinitive before the date, not followed by a past verb of its own before the date
  // ("agreed to meet on Friday" is future, "began to thaw after he paid a visit in March" is not)
  let infinitive = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    // "is set to visit" is future, "set up a group in March" is not
    if (FUTURE.has(t.lower) && !(t.lower === 'set' && tokens[i + 1]?.lower !== 'to' && tokens[i + 1]?.lower !== 'for')) future = true;
    // ("ordered the attaché to leave within 48 hours on Monday": the infinitive has its own deadline, the date is the order's)
    else if (t.lower === 'to' && i < at && i + 1 < to && (tokens[i + 1]!.pos === 'VERB' || tokens[i + 1]!.lower === 'be')) infinitive = !deadlineBetween(tokens, i, at);
    else if (PAST.has(t.lower) || ((t.pos === 'VERB' || t.pos === 'AUX') && isPastForm(t) && tokens[i + 1]?.lower !== 'by')) {
      // "followed by", "led by": a participle, not a past tense
      past = true;
      if (i < at && !futureChain(tokens, i)) infinitive = false;
    }
  }
  return future || infinitive ? 'future' : past ? 'past' : 'neutral';
}

/**
 * 'past' when the nearest verb before the date (no future word between) is a past form and the
 * date follows it directly or after a preposition other than "to"/"until" ("said on Tuesday",
 * "met in Baku on Friday"; not "postponed to Friday"); else null.
 */
function verbBefore(tokens: readonly Token[], lo: number, at: number): Tense | null {
  if (/^(?:to|until|till)$/.test(tokens[at - 1]?.lower ?? '')) return null;
  for (let i = at - 1; i >= lo && at - i <= 6; i--) {
    const t = tokens[i]!;
    if (FUTURE.has(t.lower)) return null;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      const pastForm = PAST.has(t.lower) || isPastForm(t);
      return pastForm && tokens[i + 1]?.lower !== 'by' && !futureChain(tokens, i) ? 'past' : null;
    }
  }
  return null;
}

/** A deadline ("within 72 hours", "within a week") between tokens i and at. */
function deadlineBetween(tokens: readonly Token[], i: number, at: number): boolean {
  for (let k = i + 1; k < at; k++) if (tokens[k]!.lower === 'within') return true;
  return false;
}

/** "will be held", "to be signed", "would have met": a future or infinitive before a participle. */
function futureChain(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const w = tokens[k]!.lower;
    if (FUTURE.has(w) || w === 'to') return true;
    if (!/^(?:be|been|have|has|had|is|are|was|were|not|n't|also|soon|then)$/.test(w)) return false;
  }
  return false;
}

/** "signed", "ran", "met": a verb form that is neither its lemma, an -s form nor an -ing form. */
function isPastForm(t: Token): boolean {
  const w = t.lower;
  const l = t.lemma;
  if (w === l || w.endsWith('ing') || /^(?:is|are|am|has|does|be|been)$/.test(w)) return false;
  if (w === `${l}s` || w === `${l}es` || (l.endsWith('y') && w === `${l.slice(0, -1)}ies`)) return false;
  return true;
}

/** A past verb form in the sentence both before the date's clause and right after it (before any future word). */
function pastAround(tokens: readonly Token[], from: number, to: number, lo: number, hi: number): boolean {
  let before = false;
  for (let i = from; i < lo; i++) if (isPastVerb(tokens, i)) before = true;
  if (!before) return false;
  for (let i = hi; i < to && i < hi + 8; i++) {
    if (FUTURE.has(tokens[i]!.lower) || tokens[i]!.lower === 'to') return false;
    if (isPastVerb(tokens, i)) return true;
  }
  return false;
}

/** A future word or an infinitive in the sentence before `at`. */
function futureBefore(tokens: readonly Token[], from: number, at: number): boolean {
  for (let i = from; i < at; i++) {
    if (FUTURE.has(tokens[i]!.lower)) return true;
    if (tokens[i]!.lower === 'to' && tokens[i + 1]?.pos === 'VERB') return true;
  }
  return false;
}

const isPastVerb = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i]!;
  return (PAST.has(t.lower) && t.lower !== 'last' && t.lower !== 'former') || ((t.pos === 'VERB' || t.pos === 'AUX') && isPastForm(t) && tokens[i + 1]?.lower !== 'by');
};

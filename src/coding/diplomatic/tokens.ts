import type { Token } from '../../nlp/types.js';
import type { Phrase } from './patterns.js';

const fold = (s: string): string => s.replace(/[’‘`]/g, "'");

/** True when the token is the word `w` (as lemma, as written, or an inflection of it). */
export function isWord(t: Token, w: string): boolean {
  if (t.lemma === w || t.lower === w) return true;
  const lower = fold(t.lower);
  if (lower === w || !lower.startsWith(w.slice(0, Math.max(1, w.length - 2)))) return false;
  return baseForms(lower).includes(w);
}

/**
 * Candidate base forms of a word the lemmatiser left inflected ("re-established" →
 * "re-establish", "closing" → "close", "embassies" → "embassy").
 */
export function baseForms(w: string): string[] {
  const out: string[] = [];
  const add = (x: string): void => {
    if (x.length >= 2) out.push(x);
  };
  if (w.endsWith('ies') || w.endsWith('ied')) add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s')) add(w.slice(0, -1));
  if (w.endsWith('ed')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(`${w.slice(0, -3)}e`);
  }
  return out;
}

/**
 * Where the phrase `words` starting at token `i` ends (exclusive token index), or -1. A word may
 * span tokens written without spaces between them ("re-established" as `re` `-` `established`).
 */
export function matchPhrase(tokens: readonly Token[], i: number, words: Phrase, limit: number): number {
  let k = i;
  for (const w of words) {
    if (k >= limit) return -1;
    const t = tokens[k]!;
    if (isWord(t, w)) {
      k++;
      continue;
    }
    let acc = fold(t.lower);
    if (!w.startsWith(acc) || acc.length === 0) return -1;
    let j = k;
    let done = false;
    while (j + 1 < limit && tokens[j + 1]!.start === tokens[j]!.end) {
      const next = tokens[j + 1]!;
      const withLemma = acc + next.lemma;
      acc += fold(next.lower);
      j++;
      if (acc === w || withLemma === w) {
        done = true;
        break;
      }
      if (!w.startsWith(acc)) break;
    }
    if (!done) return -1;
    k = j + 1;
  }
  return k;
}

/** Finds any of `phrases` starting at token i; returns [phraseIndex, end] or null. */
export function matchAny(
  tokens: readonly Token[], i: number, phrases: readonly Phrase[], limit: number,
): readonly [number, number] | null {
  for (let p = 0; p < phrases.length; p++) {
    const end = matchPhrase(tokens, i, phrases[p]!, limit);
    if (end > i) return [p, end];
  }
  return null;
}

/** True when any of `phrases` occurs in tokens [from, to). */
export function containsAny(tokens: readonly Token[], from: number, to: number, phrases: readonly Phrase[]): boolean {
  for (let i = from; i < to; i++) if (matchAny(tokens, i, phrases, to)) return true;
  return false;
}

export const isVerb = (t: Token): boolean => t.pos === 'VERB';
export const isNounish = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON';
export const isPunct = (t: Token): boolean => t.pos === 'PUNCT';

/** Index of the first token at or after character `pos` in tokens [from, to). */
export function tokenAt(tokens: readonly Token[], pos: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import type { Token } from '../../nlp/types.js';
import type { Clause } from './clauses.js';
import type { Phrase } from './patterns.js';

const fold = (s: string): string => (s.includes('’') || s.includes('‘') || s.includes('`') ? s.replace(/[’‘`]/g, "'") : s);

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
  // "expelling", "expelled": a doubled final consonant
  const stem = w.endsWith('ing') ? w.slice(0, -3) : w.endsWith('ed') ? w.slice(0, -2) : '';
  if (stem.length >= 4 && stem[stem.length - 1] === stem[stem.length - 2] && !/[aeiouy]/.test(stem[stem.length - 1]!)) add(stem.slice(0, -1));
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

/** Ends like an inflection the lemmatiser may have left: -s, -ed, -ing. */
export function mayBeInflected(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  return c === 115 /* s */ || (c === 100 /* d */ && w.endsWith('ed')) || (c === 103 /* g */ && w.endsWith('ing'));
}

/**
 * A set of phrases indexed by first word, so finding them in a clause costs one map lookup per
 * token instead of a scan of every phrase.
 */
export class PhraseIndex<T = number> {
  private readonly byFirst = new Map<string, { readonly words: Phrase; readonly value: T }[]>();
  /** First three letters of every key, to skip base-form guesses for words no phrase starts like. */
  private readonly prefixes = new Set<string>();

  constructor(entries: readonly (readonly [Phrase, T])[]) {
    for (const [words, value] of entries) {
      const first = words[0]!;
      for (const key of new Set([first, first.split(/[-'’]/)[0]!])) {
        const list = this.byFirst.get(key) ?? [];
        list.push({ words, value });
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(key, list);
        this.prefixes.add(key.slice(0, 3));
      }
    }
  }

  /** The longest phrase starting at token i: [value, end] or null. */
  at(tokens: readonly Token[], i: number, limit: number): readonly [T, number] | null {
    const t = i < limit ? tokens[i] : undefined;
    if (t === undefined) return null;
    let found = this.best(this.byFirst.get(t.lemma), tokens, i, limit, null);
    if (t.lower !== t.lemma) found = this.best(this.byFirst.get(t.lower), tokens, i, limit, found);
    if (found || t.lemma !== t.lower || !mayBeInflected(t.lower) || !this.prefixes.has(t.lower.slice(0, 3))) return found;
    for (const base of baseForms(t.lower)) {
      found = this.best(this.byFirst.get(base), tokens, i, limit, found);
      if (found) return found;
    }
    return null;
  }

  private best(
    list: readonly { readonly words: Phrase; readonly value: T }[] | undefined, tokens: readonly Token[], i: number,
    limit: number, found: readonly [T, number] | null,
  ): readonly [T, number] | null {
    if (!list) return found;
    for (const e of list) {
      const end = matchPhrase(tokens, i, e.words, limit);
      if (end > i && (!found || end > found[1])) found = [e.value, end];
    }
    return found;
  }

  /** True when a phrase occurs in tokens [from, to). */
  inRange(tokens: readonly Token[], from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.at(tokens, i, to)) return true;
    return false;
  }
}

/** The last verb of a clause, or -1. */
export function lastVerbOf(tokens: readonly Token[], clause: Clause): number {
  for (let i = clause.to - 1; i >= clause.from; i--) if (isVerb(tokens[i]!)) return i;
  return -1;
}

/** The first verb of a clause, or the clause end. */
export function firstVerb(tokens: readonly Token[], clause: Clause): number {
  for (let i = clause.from; i < clause.to; i++) if (isVerb(tokens[i]!)) return i;
  return clause.to;
}

import type { Token } from '../nlp/types.js';

/**
 * Who the lower verb's source is, relative to the upper verb's: `same` (`a (a b …)`: "A said it
 * will…"), `other` (`b` or `.`: "A wants B to…"), `none` (`_`: "A wants to…").
 */
export type LowerSource = 'same' | 'other' | 'none';

/**
 * A PETRARCH transformation `~ a (a b ATTACK) SAY = a b 015`: an upper verb (by its code) acting on
 * a lower one (by its code, or any verb for `Q`) gives one event. Verbs are compared by code, so the
 * verb words of the line stand for every verb coded like them.
 */
export interface PetrTransformation {
  /** The upper verb's word as written (SAY), resolved to a code by the lexicon. */
  readonly upperVerb: string;
  /** The lower verb's word, or null for `Q` (any verb). */
  readonly lowerVerb: string | null;
  readonly lowerSource: LowerSource;
  /** The resulting code, or null for `Q` (the lower verb's own code). */
  readonly code: string | null;
  readonly line: number;
}

/** Parses a `~ a (x y VERB) VERB = s t CODE` line; null when it has another shape. */
export function parseTransformation(text: string, line: number): PetrTransformation | null {
  const m = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)\s*$/.exec(text.replace(/#.*$/, '').trim());
  if (!m) return null;
  const [, upperSrc, lowSrc, , lowVerb, upVerb, , , code] = m as unknown as string[];
  const lowerSource: LowerSource = lowSrc === upperSrc ? 'same' : lowSrc === '_' ? 'none' : 'other';
  return {
    upperVerb: upVerb!.toUpperCase(),
    lowerVerb: lowVerb!.toUpperCase() === 'Q' ? null : lowVerb!.toUpperCase(),
    lowerSource,
    code: code!.toUpperCase() === 'Q' ? null : code!,
    line,
  };
}

/** The verb a lower verb depends on, and how the lower verb's source relates to the upper's. */
export interface Governing {
  readonly k: number;
  readonly lowerSource: LowerSource;
}

/** Auxiliaries between a subject and its verb ("they will not have…" stops at "not"). */
const AUX = new Set(['will', 'would', "'ll", 'shall', 'can', 'could', 'may', 'might', 'must', 'should', 'have', 'has', 'had', "'ve", 'be', 'been', 'is', 'are', 'was', 'were']);
/** Pronouns that refer back to the upper verb's subject in PETRARCH's `a (a b …)`. */
const BACK_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we']);
/** Parts of speech a short subject or object noun phrase is made of. */
const PHRASE_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PRON', 'NUM']);

/**
 * Finds the verb governing the verb at `i` without a parse: "A wants to [attack]" (none), "A wants
 * B to [attack]" (other), "A said (that) it will [attack]" (same). Null when the verb is no
 * complement of an earlier verb in its sentence, and for a finite clause with a subject of its own
 * ("A said B attacked"), which Attaché codes as the act itself.
 */
export function governingVerb(tokens: readonly Token[], i: number): Governing | null {
  let k = i - 1;
  while (k >= 0 && AUX.has(tokens[k]!.lower)) k--;
  if (k < 0) return null;
  if (tokens[k]!.lower === 'to') {
    const before = k - 1;
    if (isVerb(tokens[before])) return { k: before, lowerSource: 'none' };
    let s = before;
    while (s >= 0 && s > before - 4 && PHRASE_POS.has(tokens[s]!.pos)) s--;
    return s < before && isVerb(tokens[s]) ? { k: s, lowerSource: 'other' } : null;
  }
  let s = k;
  while (s >= 0 && s > k - 4 && PHRASE_POS.has(tokens[s]!.pos)) s--;
  if (s === k) return null;
  const pronoun = s === k - 1 && BACK_PRONOUNS.has(tokens[k]!.lower);
  // another subject of a finite clause ("said Fredon attacked"): what is said is coded as the act
  if (!pronoun) return null;
  if (tokens[s]?.lower === 'that') s--;
  return isVerb(tokens[s]) ? { k: s, lowerSource: 'same' } : null;
}

function isVerb(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'VERB';
}

import { hash } from 'node:crypto';
import type { DupSignature } from '../model/article.js';

/** MinHash length, and the LSH banding over it (42 bands of 3 rows: pairs with Jaccard ≥ 0.4 are found ~94% of the time). */
export const MINHASH_SIZE = 128; // a multiple of 4 (textSignature computes four at a time)
export const BAND_ROWS = 3;
export const BANDS = Math.floor(MINHASH_SIZE / BAND_ROWS);
const SHINGLE = 4;

/** The parts of a signature the comparisons read (a stored signature may hold a Uint32Array). */
export interface SignatureLike {
  readonly contentHash: string;
  readonly minhash: ArrayLike<number>;
  readonly size?: number;
}

/** Text normalised for identity: NFKC, lower case, letters and digits only, single spaces. */
export const normaliseText = (text: string): string =>
  text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A text normalised once for identity, and the SHA-256 (hex) of that normal form. */
export interface TextDigest {
  readonly norm: string;
  readonly hash: string;
}

/**
 * Normalises and hashes a text once. Reading an article needs both its id and its signature
 * from the same normal form; callers that need both compute this once and pass it on.
 */
export function digestText(text: string): TextDigest {
  const norm = normaliseText(text);
  return { norm, hash: hash('sha256', norm, 'hex') };
}

/** SHA-256 (hex) of the normalised text. */
export const contentHash = (text: string): string => digestText(text).hash;

/** The article id for a text: the first 16 hex digits of its content hash. */
export const textId = (text: string, digest: TextDigest = digestText(text)): string => digest.hash.slice(0, 16);

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9) ^ 0x7f4a7c15));
const MULTS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => (mix(Math.imul(i + 7, 0x85ebca6b)) | 1) >>> 0);

/** Hashes of the distinct word shingles (4 words; single words for very short texts) of a text. */
export const shingles = (text: string): Set<number> => new Set(shingleHashes(normaliseText(text)));

/**
 * Every word shingle's hash of already normalised text, in text order, repeats included: word
 * hashes computed in place, no word array of strings, no set.
 */
function shingleHashes(norm: string): Uint32Array {
  const wh: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= norm.length; i++) {
    const c = i < norm.length ? norm.charCodeAt(i) : 32;
    if (c === 32) {
      if (inWord) wh.push(h >>> 0);
      h = 0x811c9dc5;
      inWord = false;
    } else {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    }
  }
  const k = wh.length >= SHINGLE ? SHINGLE : 1;
  const out = new Uint32Array(Math.max(0, wh.length - k + 1));
  for (let i = 0; i + k <= wh.length; i++) {
    let x = 0x811c9dc5;
    for (let j = i; j < i + k; j++) x = Math.imul(x ^ wh[j]!, 0x01000193);
    out[i] = mix(x);
  }
  return out;
}

/** Distinct values of `a` (sorts a copy). */
function distinct(a: Uint32Array): number {
  if (a.length === 0) return 0;
  const sorted = a.slice().sort();
  let n = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) n++;
  return n;
}

/** The duplicate signature of an article text: content hash, MinHash, shingle count. */
export function textSignature(text: string, digest: TextDigest = digestText(text)): DupSignature & { readonly size: number } {
  const { norm, hash: contentHash } = digest;
  // a repeated shingle cannot lower a minimum: the MinHash runs over all of them, and the size
  // counts the distinct ones
  const hashes = shingleHashes(norm);
  // four hash functions at a time over all shingles: the running minima stay in registers and
  // each shingle is loaded once per four functions (the same values as one function at a time)
  const minhash: number[] = new Array<number>(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i += 4) {
    const s0 = SEEDS[i]!, s1 = SEEDS[i + 1]!, s2 = SEEDS[i + 2]!, s3 = SEEDS[i + 3]!;
    const m0 = MULTS[i]!, m1 = MULTS[i + 1]!, m2 = MULTS[i + 2]!, m3 = MULTS[i + 3]!;
    let min0 = 0xffffffff, min1 = 0xffffffff, min2 = 0xffffffff, min3 = 0xffffffff;
    for (let k = 0; k < hashes.length; k++) {
      const x = hashes[k]!;
      let h = x ^ s0;
      h = Math.imul(h ^ (h >>> 15), m0);
      h = (h ^ (h >>> 13)) >>> 0;
      if (h < min0) min0 = h;
      h = x ^ s1;
      h = Math.imul(h ^ (h >>> 15), m1);
      h = (h ^ (h >>> 13)) >>> 0;
      if (h < min1) min1 = h;
      h = x ^ s2;
      h = Math.imul(h ^ (h >>> 15), m2);
      h = (h ^ (h >>> 13)) >>> 0;
      if (h < min2) min2 = h;
      h = x ^ s3;
      h = Math.imul(h ^ (h >>> 15), m3);
      h = (h ^ (h >>> 13)) >>> 0;
      if (h < min3) min3 = h;
    }
    minhash[i] = min0;
    minhash[i + 1] = min1;
    minhash[i + 2] = min2;
    minhash[i + 3] = min3;
  }
  return { contentHash, minhash, size: distinct(hashes) };
}

/** The signature of an article (of its `text`). */
export const signature = (article: { readonly text: string }): DupSignature & { readonly size: number } => textSignature(article.text);

/** Band `b`'s hash (unsigned 32-bit) of a MinHash. */
export function bandHash(minhash: ArrayLike<number>, b: number): number {
  let h = 0x811c9dc5 ^ b;
  for (let r = 0; r < BAND_ROWS; r++) h = mix(Math.imul(h, 0x01000193) ^ (minhash[b * BAND_ROWS + r] ?? 0));
  return h;
}

/**
 * LSH band keys of a signature (`b07:1a2b3c4d`): two articles sharing any key are candidates
 * for near-duplicates; confirm with `isNearDuplicate`. Stores index these to find copies across runs.
 */
export function bandKeys(sig: SignatureLike): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`b${String(b).padStart(2, '0')}:${bandHash(sig.minhash, b).toString(16).padStart(8, '0')}`);
  return keys;
}

/** Estimated Jaccard similarity of two signatures' shingle sets. */
export function similarity(a: SignatureLike, b: SignatureLike): number {
  const n = Math.min(a.minhash.length, b.minhash.length);
  if (!n) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a.minhash[i] === b.minhash[i]) same++;
  return same / n;
}

/**
 * Whether `b` is a near-duplicate of `a`: estimated Jaccard ≥ 0.7, or — when shingle counts are
 * known — the smaller text is ≥ 70% contained in the larger (80% when it has under 60 shingles:
 * a copy with a cut ending or a new header). Very short texts (under 12 shingles) only match exactly.
 */
export function isNearDuplicate(a: SignatureLike, b: SignatureLike): boolean {
  if (a.contentHash === b.contentHash) return true;
  const j = similarity(a, b);
  if (a.size !== undefined && b.size !== undefined) {
    const small = Math.min(a.size, b.size);
    if (small < 12) return false;
    if (j >= 0.7) return true;
    const inter = (j * (a.size + b.size)) / (1 + j);
    // Short texts give noisy estimates (and templated briefs differ only in a few words): ask more.
    return j >= 0.2 && inter / small >= (small < 60 ? 0.8 : 0.7);
  }
  return j >= 0.7;
}

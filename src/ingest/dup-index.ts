import { BANDS, bandHash, isNearDuplicate, type SignatureLike } from './signature.js';

/** How many entries of one band bucket, and how many candidates in all, a lookup compares. */
const BUCKET_CHECKS = 32;
const MAX_CHECKS = 400;

interface Entry { readonly id: string; readonly contentHash: string; readonly minhash: Uint32Array; readonly size?: number }

/** One generation of the index: exact map, band buckets (numeric keys; one entry stored bare). */
class Generation {
  readonly exact = new Map<string, string>();
  readonly bands = new Map<number, number | number[]>();
  readonly entries: Entry[] = [];
}

/**
 * In-memory duplicate index for one run: exact duplicates by content hash, near-duplicates
 * through LSH bands confirmed by `isNearDuplicate`. Memory stays bounded: it remembers the
 * last `capacity` originals (two generations; the older is dropped when the newer fills),
 * about 2.5 KB each — wire copies arrive close together.
 */
export class DupIndex {
  #older = new Generation();
  #newer = new Generation();
  readonly #half: number;

  constructor(capacity = 100_000) {
    this.#half = Math.max(1, Math.floor(capacity / 2));
  }

  /** The id of the first indexed article this signature duplicates, or null. */
  find(sig: SignatureLike, near = true): string | null {
    for (const g of [this.#older, this.#newer]) {
      const exact = g.exact.get(sig.contentHash);
      if (exact !== undefined) return exact;
    }
    if (!near) return null;
    for (const g of [this.#older, this.#newer]) {
      // Each candidate is checked once; crowded buckets (shared boilerplate) only by their newest entries.
      const seen = new Set<number>();
      let best: number | null = null;
      for (let b = 0; b < BANDS && seen.size < MAX_CHECKS; b++) {
        const bucket = g.bands.get(b * 0x100000000 + bandHash(sig.minhash, b));
        if (bucket === undefined) continue;
        const ids = typeof bucket === 'number' ? [bucket] : bucket;
        for (let k = ids.length - 1; k >= Math.max(0, ids.length - BUCKET_CHECKS); k--) {
          const i = ids[k];
          if (seen.has(i)) continue;
          seen.add(i);
          if ((best === null || i < best) && isNearDuplicate(g.entries[i], sig)) best = i;
        }
      }
      if (best !== null) return g.entries[best].id;
    }
    return null;
  }

  /** Indexes an article (originals only: copies point at their original). */
  add(id: string, sig: SignatureLike): void {
    if (this.#newer.entries.length >= this.#half) {
      this.#older = this.#newer;
      this.#newer = new Generation();
    }
    const g = this.#newer;
    if (!g.exact.has(sig.contentHash)) g.exact.set(sig.contentHash, id);
    const minhash = Uint32Array.from(sig.minhash as ArrayLike<number>);
    const i = g.entries.push({ id, contentHash: sig.contentHash, minhash, size: sig.size }) - 1;
    for (let b = 0; b < BANDS; b++) {
      const key = b * 0x100000000 + bandHash(minhash, b);
      const bucket = g.bands.get(key);
      if (bucket === undefined) g.bands.set(key, i);
      else if (typeof bucket === 'number') g.bands.set(key, [bucket, i]);
      else bucket.push(i);
    }
  }

  /** Number of originals remembered. */
  get size(): number { return this.#older.entries.length + this.#newer.entries.length; }
}

import type { DupSignature } from '../model/article.js';
import { bandKeys, isNearDuplicate } from './signature.js';

interface Entry { readonly id: string; readonly sig: DupSignature & { size?: number } }

/**
 * In-memory duplicate index for one run: exact duplicates by content hash, near-duplicates
 * through LSH band keys confirmed by `isNearDuplicate`. Memory: one signature per article.
 */
export class DupIndex {
  readonly #exact = new Map<string, string>();
  readonly #bands = new Map<string, number[]>();
  readonly #entries: Entry[] = [];

  /** The id of the first indexed article this signature duplicates, or null. */
  find(sig: DupSignature & { size?: number }, near = true): string | null {
    const exact = this.#exact.get(sig.contentHash);
    if (exact !== undefined) return exact;
    if (!near) return null;
    let best: number | null = null;
    for (const key of bandKeys(sig)) {
      for (const i of this.#bands.get(key) ?? []) {
        if ((best === null || i < best) && isNearDuplicate(this.#entries[i].sig, sig)) best = i;
      }
    }
    return best === null ? null : this.#entries[best].id;
  }

  /** Indexes an article (originals only: copies point at their original). */
  add(id: string, sig: DupSignature & { size?: number }): void {
    if (!this.#exact.has(sig.contentHash)) this.#exact.set(sig.contentHash, id);
    const i = this.#entries.push({ id, sig }) - 1;
    for (const key of bandKeys(sig)) {
      const list = this.#bands.get(key);
      if (list) list.push(i); else this.#bands.set(key, [i]);
    }
  }

  get size(): number { return this.#entries.length; }
}

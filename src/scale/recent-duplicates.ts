import type { DupSignature } from '../model/article.js';
import { DupIndex } from '../ingest/dup-index.js';
import type { RunDuplicates } from './ingest-run.js';

/**
 * Near-duplicate detection for the articles of a run that may not be stored yet: the last
 * `capacity` to `2 × capacity` originals, in two rotating indexes. Older articles are already in
 * the store, where `findDuplicate` finds them, so memory stays bounded however long the run.
 */
export function recentDuplicates(capacity: number): RunDuplicates {
  let older = new DupIndex();
  let newer = new DupIndex();
  return {
    find: (signature: DupSignature) => older.find(signature) ?? newer.find(signature),
    add(id, signature) {
      if (newer.size >= capacity) {
        older = newer;
        newer = new DupIndex();
      }
      newer.add(id, signature);
    },
  };
}

/**
 * The last `capacity` to `2 × capacity` strings added (two rotating sets): the ids a run has seen
 * recently. Older ids are already in the store, where `hasArticle` finds them.
 */
export class RecentIds {
  #older = new Set<string>();
  #newer = new Set<string>();
  constructor(private readonly capacity: number) {}

  has(id: string): boolean {
    return this.#newer.has(id) || this.#older.has(id);
  }

  add(id: string): void {
    if (this.#newer.size >= this.capacity) {
      this.#older = this.#newer;
      this.#newer = new Set();
    }
    this.#newer.add(id);
  }
}

import type { Article, DupSignature } from '../model/article.js';
import type { Person } from '../model/actor.js';
import type { DiploEvent } from '../model/event.js';
import type { AttacheError, Result } from '../model/result.js';
import type { PutOutcome, Store } from '../store/store.js';
import type { CodeResult } from './code-task.js';
import type { CodingPool } from './coding-pool.js';
import { RecentIds } from './recent-duplicates.js';

/** One item from the readers: an article with its duplicate signature, or why it failed. */
export type IngestItem = Result<{ readonly article: Article; readonly signature: DupSignature }, AttacheError>;

/** Near-duplicates among the articles of this run that are not in the store yet. */
export interface RunDuplicates {
  /** The id of an earlier article of this run that `signature` nearly duplicates, or null. */
  find(signature: DupSignature): string | null;
  add(id: string, signature: DupSignature): void;
}

/** Counts of one ingest run so far. */
export interface IngestCounts {
  /** Items the readers produced (articles and failures). */
  readonly read: number;
  /** New articles stored (including near-duplicates). */
  readonly stored: number;
  /** Of `stored`, those linked as near-duplicates of an earlier article. */
  readonly duplicates: number;
  /** Articles whose id was already in the store (or earlier in this run): skipped before coding. */
  readonly alreadyPresent: number;
  /** Events added. */
  readonly events: number;
  /** Inputs or articles that failed (read, coded or stored). */
  readonly failures: number;
  readonly elapsedMs: number;
}

/** The summary printed at the end of a run. */
export interface IngestSummary extends IngestCounts {
  /** The first failures, with their reasons (at most `maxFailures`). */
  readonly failed: readonly AttacheError[];
}

export interface IngestDeps {
  readonly store: Store;
  readonly pool: CodingPool;
  /** Called after every article settles, with the counts so far. */
  readonly onProgress?: (counts: IngestCounts) => void;
  /** Articles in flight at most (coded or being coded, not yet written). Default 8 per thread. */
  readonly window?: number;
  /** Characters of article text in flight at most (a few huge articles count as many). Default 32 Mi. */
  readonly windowChars?: number;
  /** Articles written in one transaction at most. Default 64. */
  readonly batchSize?: number;
  /** Failures kept in the summary at most (the rest are only counted). Default 1000. */
  readonly maxFailures?: number;
}

interface Pending {
  readonly article: Article;
  readonly signature: DupSignature;
  readonly result: Promise<CodeResult>;
  settled: boolean;
}

/**
 * Streams articles from the readers through the coding pool into the store. Memory stays
 * bounded: at most `window` articles and `windowChars` characters are in flight. Articles are written in read order, in
 * batches of one store transaction each, so a crash leaves every article either fully stored or
 * absent, and a rerun resumes by skipping the ids already stored (before coding them again).
 */
export async function runIngest(items: AsyncIterable<IngestItem>, deps: IngestDeps): Promise<IngestSummary> {
  const run = new IngestRun(deps);
  for await (const item of items) await run.accept(item);
  return run.finish();
}

/** The state of one run: counts, the articles in flight, the ids seen. */
class IngestRun {
  private readonly window: number;
  private readonly windowChars: number;
  /** Characters of text of the articles in `pending`. */
  private pendingChars = 0;
  private readonly batchSize: number;
  private readonly maxFailures: number;
  private readonly started = Date.now();
  /** Ids seen recently (in flight or just written); older ones are found by `hasArticle`. */
  private readonly seen: RecentIds;
  private readonly failed: AttacheError[] = [];
  private readonly pending: Pending[] = [];
  private readonly counts = { read: 0, stored: 0, duplicates: 0, alreadyPresent: 0, events: 0, failures: 0 };

  constructor(private readonly deps: IngestDeps) {
    this.window = Math.max(1, deps.window ?? deps.pool.threads * 8);
    this.windowChars = Math.max(1, deps.windowChars ?? 32 * 1024 * 1024);
    this.batchSize = Math.max(1, deps.batchSize ?? 64);
    this.maxFailures = deps.maxFailures ?? 1000;
    this.seen = new RecentIds(Math.max(10_000, this.window * 4));
  }

  /** Takes one item from the readers: skipped, failed, or sent to the coding pool. */
  async accept(item: IngestItem): Promise<void> {
    const { store, pool } = this.deps;
    this.counts.read++;
    if (!item.ok) return this.fail(item.error);
    const { article, signature } = item.value;
    if (this.seen.has(article.id) || (await store.hasArticle(article.id))) {
      this.counts.alreadyPresent++;
      this.seen.add(article.id);
      return this.progress();
    }
    this.seen.add(article.id);
    // Which earlier article this one copies is decided by the store as it writes the batch: it
    // sees every article stored before, from this run (written in read order) and earlier runs.
    const entry: Pending = { article, signature, result: pool.code(article), settled: false };
    void entry.result.then(() => { entry.settled = true; });
    this.pending.push(entry);
    this.pendingChars += article.text.length;
    while (this.pending.length >= this.window || (this.pending.length > 0 && this.pendingChars >= this.windowChars)) await this.writeOldest();
  }

  async finish(): Promise<IngestSummary> {
    while (this.pending.length > 0) await this.writeOldest();
    return { ...this.snapshot(), failed: this.failed };
  }

  /** Writes the oldest article, with every later one already coded, in one transaction. */
  private async writeOldest(): Promise<void> {
    await this.pending[0]!.result;
    let n = 1;
    while (n < this.pending.length && n < this.batchSize && this.pending[n]!.settled) n++;
    const ready: { p: Pending; events: readonly DiploEvent[] }[] = [];
    const people: Person[] = [];
    for (const p of this.pending.splice(0, n)) {
      this.pendingChars -= p.article.text.length;
      const coded = await p.result;
      if (!coded.ok) { this.fail(coded.error); continue; }
      ready.push({ p, events: coded.value.events });
      people.push(...coded.value.people);
    }
    if (ready.length === 0) return;
    let outcomes: readonly PutOutcome[];
    try {
      // People learned while coding are stored first, in the same transaction: a crash never loses them.
      outcomes = await this.deps.store.putArticles(ready.map(({ p, events }) => ({ article: p.article, events, signature: p.signature })), { people });
    } catch {
      // One bad article must not sink the batch: store them one by one to find it.
      await this.rememberPeople(people);
      for (const { p, events } of ready) await this.putOne(p, events);
      return;
    }
    for (const o of outcomes) this.count(o);
    this.progress();
  }

  private async putOne(p: Pending, events: readonly DiploEvent[]): Promise<void> {
    try {
      this.count(await this.deps.store.putArticle(p.article, events, p.signature));
      this.progress();
    } catch (e) {
      this.fail({ code: 'INTERNAL', message: `store failed: ${messageOf(e)}`, input: p.article.origin ?? p.article.id });
    }
  }

  /** People learned while coding, stored on their own when their batch could not be. */
  private async rememberPeople(people: readonly Person[]): Promise<void> {
    if (people.length === 0) return;
    try {
      await this.deps.store.upsertPeople(people);
    } catch (e) {
      this.fail({ code: 'INTERNAL', message: `storing people failed: ${messageOf(e)}` });
    }
  }

  private count(outcome: PutOutcome): void {
    if (outcome.status === 'exists') {
      this.counts.alreadyPresent++;
      return;
    }
    this.counts.stored++;
    this.counts.events += outcome.events;
    if (outcome.status === 'duplicate' || outcome.duplicateOf) this.counts.duplicates++;
  }

  private fail(error: AttacheError): void {
    this.counts.failures++;
    if (this.failed.length < this.maxFailures) this.failed.push(error);
    this.progress();
  }

  private snapshot(): IngestCounts {
    return { ...this.counts, elapsedMs: Date.now() - this.started };
  }

  private progress(): void {
    this.deps.onProgress?.(this.snapshot());
  }
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

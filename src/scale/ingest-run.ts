import type { Article, DupSignature } from '../model/article.js';
import type { Person } from '../model/actor.js';
import type { DiploEvent } from '../model/event.js';
import type { AttacheError, Result } from '../model/result.js';
import type { PutOutcome, Store } from '../store/store.js';
import type { CodeResult } from './code-task.js';
import type { CodingPool } from './coding-pool.js';

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
  /**
   * Near-duplicates among the articles of this run not yet written (the store's findDuplicate
   * finds the written ones, from this run and earlier runs).
   */
  readonly runDuplicates?: RunDuplicates;
  /** Called after every article settles, with the counts so far. */
  readonly onProgress?: (counts: IngestCounts) => void;
  /** Articles in flight at most (coded or being coded, not yet written). Default 8 per thread. */
  readonly window?: number;
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
 * bounded: at most `window` articles are in flight. Articles are written in read order, each in
 * one store transaction per batch, so a crash leaves every article either fully stored or absent and a
 * rerun resumes by skipping the ids already stored (before coding them again).
 */
export async function runIngest(items: AsyncIterable<IngestItem>, deps: IngestDeps): Promise<IngestSummary> {
  const { store, pool } = deps;
  const window = Math.max(1, deps.window ?? pool.threads * 8);
  const maxFailures = deps.maxFailures ?? 1000;
  const batchSize = Math.max(1, deps.batchSize ?? 64);
  const started = Date.now();
  const seen = new Set<string>();
  const failed: AttacheError[] = [];
  const counts = { read: 0, stored: 0, duplicates: 0, alreadyPresent: 0, events: 0, failures: 0 };
  const pending: Pending[] = [];

  const snapshot = (): IngestCounts => ({ ...counts, elapsedMs: Date.now() - started });
  const progress = (): void => deps.onProgress?.(snapshot());
  const fail = (error: AttacheError): void => {
    counts.failures++;
    if (failed.length < maxFailures) failed.push(error);
    progress();
  };
  const count = (outcome: PutOutcome): void => {
    if (outcome.status === 'exists') counts.alreadyPresent++;
    else {
      counts.stored++;
      counts.events += outcome.events;
      if (outcome.status === 'duplicate' || outcome.duplicateOf) counts.duplicates++;
    }
  };

  const putOne = async (p: Pending, events: readonly DiploEvent[]): Promise<void> => {
    try {
      count(await store.putArticle(p.article, events, p.signature));
      progress();
    } catch (e) {
      fail({ code: 'INTERNAL', message: `store failed: ${e instanceof Error ? e.message : String(e)}`, input: p.article.origin ?? p.article.id });
    }
  };

  /** People learned while coding go to the store first, so a crash never loses them. */
  const rememberPeople = async (people: readonly Person[]): Promise<void> => {
    if (people.length === 0) return;
    try {
      await store.upsertPeople(people);
    } catch (e) {
      fail({ code: 'INTERNAL', message: `storing people failed: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  /** Writes the oldest article, with every later one already coded, in one transaction. */
  const writeOldest = async (): Promise<void> => {
    await pending[0]!.result;
    let n = 1;
    while (n < pending.length && n < batchSize && pending[n]!.settled) n++;
    const batch = pending.splice(0, n);
    const ready: { p: Pending; events: readonly DiploEvent[] }[] = [];
    const people: Person[] = [];
    for (const p of batch) {
      const coded = await p.result;
      if (coded.ok) {
        ready.push({ p, events: coded.value.events });
        people.push(...coded.value.people);
      } else fail(coded.error);
    }
    if (ready.length === 0) return;
    await rememberPeople(people);
    let outcomes: readonly PutOutcome[];
    try {
      outcomes = await store.putArticles(ready.map(({ p, events }) => ({ article: p.article, events, signature: p.signature })));
    } catch {
      // One bad article must not sink the batch: store them one by one to find it.
      for (const { p, events } of ready) await putOne(p, events);
      return;
    }
    for (const o of outcomes) count(o);
    progress();
  };

  for await (const item of items) {
    counts.read++;
    if (!item.ok) {
      fail(item.error);
      continue;
    }
    const { signature } = item.value;
    let article = item.value.article;
    if (seen.has(article.id) || (await store.hasArticle(article.id))) {
      counts.alreadyPresent++;
      seen.add(article.id);
      progress();
      continue;
    }
    seen.add(article.id);
    if (!article.duplicateOf) {
      const original = (await store.findDuplicate(signature)) ?? deps.runDuplicates?.find(signature) ?? null;
      if (original && original !== article.id) article = { ...article, duplicateOf: original };
    }
    if (!article.duplicateOf) deps.runDuplicates?.add(article.id, signature);
    const entry: Pending = { article, signature, result: pool.code(article), settled: false };
    void entry.result.then(() => { entry.settled = true; });
    pending.push(entry);
    while (pending.length >= window) await writeOldest();
  }
  while (pending.length > 0) await writeOldest();
  return { ...snapshot(), failed };
}

import type { Article, DupSignature } from '../model/article.js';
import type { AttacheError } from '../model/result.js';
import { readInputs } from '../ingest/index.js';
import { recentDuplicates } from './recent-duplicates.js';
import { openStore } from '../store/open.js';
import type { StoreStats } from '../store/store.js';
import { isPostgresUrl } from './db-option.js';
import { createCodingPool } from './coding-pool.js';
import type { IngestItem } from './ingest-run.js';
import { PgQueue, type QueueOptions, type QueueStatus } from './pg-queue.js';
import { runWorker, type WorkerSummary } from './worker-loop.js';

/** What `attache enqueue` did. */
export interface EnqueueSummary {
  readonly read: number;
  readonly queued: number;
  /** Articles already in the queue (same id). */
  readonly alreadyQueued: number;
  readonly failures: number;
  readonly failed: readonly AttacheError[];
}

/** Reads the inputs and queues their articles in batches of `batch`. */
export async function enqueueCommand(
  inputs: readonly string[],
  options: { readonly db: string; readonly published?: string | null; readonly batch?: number },
): Promise<EnqueueSummary> {
  const queue = await PgQueue.open(options.db);
  const failed: AttacheError[] = [];
  let read = 0;
  let queued = 0;
  let failures = 0;
  let batch: { article: Article; signature: DupSignature }[] = [];
  try {
    // Near-duplicates within the recent window are marked here; older originals are found by
    // the workers in the store, so the index (≈2.5 KB per article) stays small however long the run.
    const items = readInputs(inputs, { published: options.published ?? null, markDuplicates: false }) as AsyncIterable<IngestItem>;
    const recent = recentDuplicates(2_000);
    for await (const item of items) {
      read++;
      if (!item.ok) {
        failures++;
        if (failed.length < 1000) failed.push(item.error);
        continue;
      }
      let { article } = item.value;
      const original = article.duplicateOf ? null : recent.find(item.value.signature);
      if (original !== null && original !== article.id) article = { ...article, duplicateOf: original };
      else if (!article.duplicateOf) recent.add(article.id, item.value.signature);
      batch.push({ article, signature: item.value.signature });
      if (batch.length >= (options.batch ?? 200)) {
        queued += await queue.enqueue(batch);
        batch = [];
      }
    }
    queued += await queue.enqueue(batch);
  } finally {
    await queue.close();
  }
  return { read, queued, alreadyQueued: read - failures - queued, failures, failed };
}

/** Options of `attache worker`. */
export interface WorkerCommandOptions extends QueueOptions {
  readonly db: string;
  /** Coding threads. */
  readonly concurrency: number;
  readonly exitWhenEmpty?: boolean;
  readonly pollMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * Jobs a worker claims and writes together. A write costs about twenty round trips to the server
 * whatever its size (duplicate checks, one insert per table, the merge-key locks, the facts), and
 * the merge keys stay locked for the second half of them: 64 articles a transaction spend half
 * as many round trips, and half as much locked time waiting on the network and on the worker's
 * own coding, per article as 32 did.
 */
const WRITE_BATCH = 64;

/** Runs one worker until stopped or (with exitWhenEmpty) until the queue is drained. */
export async function workerCommand(options: WorkerCommandOptions): Promise<WorkerSummary> {
  const queue = await PgQueue.open(options.db, options);
  const store = await openStore(options.db);
  try {
    const pool = createCodingPool({ threads: options.concurrency, people: await store.people() });
    try {
      return await runWorker({
        queue, store, pool, batchSize: WRITE_BATCH, concurrency: Math.max(2 * WRITE_BATCH, options.concurrency * 16), exitWhenEmpty: options.exitWhenEmpty,
        pollMs: options.pollMs, signal: options.signal,
        heartbeatMs: Math.max(200, Math.floor((options.leaseMs ?? 300_000) / 4)),
      });
    } finally {
      await pool.close();
    }
  } finally {
    await Promise.all([store.close(), queue.close()]);
  }
}

/** What `attache status` shows: the store's counts, and the queue's on PostgreSQL. */
export interface StatusReport {
  readonly store: StoreStats;
  readonly queue: QueueStatus | null;
}

export async function statusReport(db: string): Promise<StatusReport> {
  const store = await openStore(db);
  try {
    const stats = await store.stats();
    if (!isPostgresUrl(db)) return { store: stats, queue: null };
    const queue = await PgQueue.open(db);
    try {
      return { store: stats, queue: await queue.status() };
    } finally {
      await queue.close();
    }
  } finally {
    await store.close();
  }
}

export function formatStatus(report: StatusReport): string {
  const st = report.store;
  const lines = [`store: ${st.articles} articles (${st.duplicates} near-duplicates), ${st.events} events, ${st.facts} facts, ${st.people} people`];
  const s = report.queue;
  if (!s) return `${lines.join('\n')}\n`;
  lines.push(
    `queue: ${s.queued} queued, ${s.running} running (${s.expired} with an expired lease), ${s.done} done, ${s.failed} failed`,
    `workers: ${s.workers} active; throughput ${s.ratePerSecond.toFixed(1)} articles/s over the last minute`,
  );
  for (const f of s.failures) lines.push(`  failed ×${f.count}: ${f.error}`);
  return `${lines.join('\n')}\n`;
}

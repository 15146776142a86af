import { hostname } from 'node:os';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import type { Store } from '../store/store.js';
import type { CodeResult } from './code-task.js';
import type { CodingPool } from './coding-pool.js';
import type { Job, PgQueue } from './pg-queue.js';

/** Counts of one worker's run. */
export interface WorkerSummary {
  readonly jobs: number;
  readonly stored: number;
  readonly alreadyPresent: number;
  readonly failed: number;
  readonly elapsedMs: number;
}

export interface WorkerOptions {
  readonly queue: PgQueue;
  readonly store: Store;
  readonly pool: CodingPool;
  /** Jobs in flight at most (claimed, being coded or written). Default: 2 batches. */
  readonly concurrency?: number;
  /** Jobs written in one store transaction (and claimed in one statement) at most. Default 32. */
  readonly batchSize?: number;
  /** Stop once the queue has nothing queued or running. */
  readonly exitWhenEmpty?: boolean;
  /** Pause between polls of an empty queue (ms). Default 250. */
  readonly pollMs?: number;
  /** Lease heartbeat period (ms). Default 60 s. */
  readonly heartbeatMs?: number;
  /** Aborting stops claiming; jobs in flight finish first. */
  readonly signal?: AbortSignal;
  readonly name?: string;
  readonly onJob?: (summary: WorkerSummary) => void;
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
  });

interface Coded {
  readonly job: Job;
  readonly result: CodeResult;
}

/**
 * Takes jobs from the queue, codes them in the pool and stores them until stopped (or, with
 * `exitWhenEmpty`, until the queue is drained). Any number of workers, on any machines, may run
 * against one queue. Jobs are claimed in batches; what is coded is written in one store
 * transaction per batch (with the people learned while coding it) and marked done in one
 * statement, while the next batch is being coded.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const { queue, store, pool } = options;
  const name = options.name ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const batchSize = Math.max(1, options.batchSize ?? 32);
  const capacity = Math.max(1, options.concurrency ?? batchSize * 2);
  const started = Date.now();
  const counts = { jobs: 0, stored: 0, alreadyPresent: 0, failed: 0 };
  const inFlight = new Map<number, Job>();
  const ready: Coded[] = [];
  let writing: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  const summary = (): WorkerSummary => ({ ...counts, elapsedMs: Date.now() - started });
  const notify = (): void => { wake?.(); wake = null; };

  const heartbeat = setInterval(() => {
    queue.heartbeat(name, [...inFlight.keys()]).catch(() => {});
  }, options.heartbeatMs ?? 60_000);
  heartbeat.unref();

  const settle = (job: Job, outcome: 'stored' | 'exists' | 'failed'): void => {
    if (outcome === 'exists') counts.alreadyPresent++;
    else if (outcome === 'stored') counts.stored++;
    else counts.failed++;
    counts.jobs++;
    inFlight.delete(job.id);
    options.onJob?.(summary());
    notify();
  };

  const failJob = async (job: Job, e: unknown): Promise<void> => {
    const { reason, retry } = describe(e);
    await queue.fail(job, reason, retry).catch(() => {});
    settle(job, 'failed');
  };

  /** Writes one batch of coded jobs; a batch that fails is written job by job to isolate the bad one. */
  const write = async (batch: readonly Coded[]): Promise<void> => {
    const good = batch.filter((c) => c.result.ok);
    for (const c of batch) if (!c.result.ok) await failJob(c.job, new JobError(`${c.result.error.code} ${c.result.error.message}`, false));
    if (good.length === 0) return;
    const items = good.map((c) => ({ article: c.job.article, events: c.result.ok ? c.result.value.events : [], signature: c.job.signature }));
    const people = good.flatMap((c) => (c.result.ok ? c.result.value.people : []));
    try {
      const outcomes = await store.putArticles(items, { people });
      await queue.completeMany(good.map((c) => c.job));
      good.forEach((c, i) => settle(c.job, outcomes[i]!.status === 'exists' ? 'exists' : 'stored'));
    } catch {
      for (const [i, c] of good.entries()) {
        try {
          const [outcome] = await store.putArticles([items[i]!], { people: c.result.ok ? c.result.value.people : [] });
          await queue.complete(c.job);
          settle(c.job, outcome!.status === 'exists' ? 'exists' : 'stored');
        } catch (e) {
          await failJob(c.job, e);
        }
      }
    }
  };

  let coding = 0;
  /** Starts writing when a whole batch is coded, or everything claimed is. */
  const maybeWrite = (): void => {
    if (writing || ready.length === 0 || (ready.length < batchSize && coding > 0)) return;
    writing = write(ready.splice(0, batchSize)).finally(() => {
      writing = null;
      maybeWrite();
      notify();
    });
  };

  /**
   * In-process coding (one thread) runs one article per turn of the event loop: each article
   * waits for the one before it and then for a `setImmediate` queued after it, so the I/O of the
   * batch being written (a statement's answer) is handled between any two articles. Started all
   * at once, the articles of a claim waited for immediates queued in the same turn, and Node runs
   * those back to back: a write advanced one statement per claim coded, holding its transaction
   * (and the merge-key locks the other workers wait for) open meanwhile. Coding threads need no
   * turn: the pool spreads the articles itself.
   */
  let lane: Promise<void> = Promise.resolve();
  const code = async (job: Job): Promise<void> => {
    coding++;
    let result: CodeResult;
    const previous = lane;
    let done = (): void => {};
    if (pool.threads === 1) lane = new Promise<void>((resolve) => { done = resolve; });
    try {
      if (pool.threads === 1) {
        await previous;
        await yieldToIo();
      }
      result = await pool.code(job.article);
    } finally {
      coding--;
      done();
    }
    ready.push({ job, result });
    maybeWrite();
  };

  try {
    while (!options.signal?.aborted) {
      const room = capacity - inFlight.size;
      if (room >= Math.min(batchSize, capacity)) {
        const jobs = await queue.claim(name, Math.min(room, batchSize));
        if (jobs.length > 0) {
          for (const job of jobs) inFlight.set(job.id, job);
          // Articles already stored (a retried job) are done without coding them again.
          const present = await store.presentIds(jobs.map((j) => j.article.id));
          const stored = jobs.filter((j) => present.has(j.article.id));
          if (stored.length > 0) {
            await queue.completeMany(stored);
            for (const job of stored) settle(job, 'exists');
          }
          for (const job of jobs) if (!present.has(job.article.id)) void code(job).catch((e: unknown) => failJob(job, e).then(maybeWrite));
          continue;
        }
      }
      if (inFlight.size > 0) {
        await new Promise<void>((resolve) => { wake = resolve; });
        continue;
      }
      if (options.exitWhenEmpty && (await queue.drained())) break;
      await sleep(options.pollMs ?? 250, options.signal);
    }
    while (inFlight.size > 0 || writing) await new Promise<void>((resolve) => { wake = resolve; });
  } finally {
    clearInterval(heartbeat);
  }
  return summary();
}

/** A failure of one job: `retry` false for failures that would recur (the article cannot be coded). */
class JobError extends Error {
  constructor(message: string, readonly retry: boolean) {
    super(message);
  }
}

function describe(e: unknown): { reason: string; retry: boolean } {
  if (e instanceof JobError) return { reason: e.message, retry: e.retry };
  const message = e instanceof Error ? e.message : String(e);
  return { reason: `store failed: ${message.split('\n')[0]}`, retry: true };
}

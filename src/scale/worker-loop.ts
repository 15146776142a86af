import { hostname } from 'node:os';
import type { Store } from '../store/store.js';
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
  /** Jobs in flight at most. Default: 4 per coding thread. */
  readonly concurrency?: number;
  /** Stop once the queue has nothing queued or running. */
  readonly exitWhenEmpty?: boolean;
  /** Pause between polls of an empty queue (ms). Default 1000. */
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

/**
 * Takes jobs from the queue, codes them in the pool and stores them until stopped (or, with
 * `exitWhenEmpty`, until the queue is drained). Any number of workers, on any machines, may run
 * against one queue.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const { queue, store, pool } = options;
  const name = options.name ?? `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const capacity = Math.max(1, options.concurrency ?? pool.threads * 4);
  const started = Date.now();
  const counts = { jobs: 0, stored: 0, alreadyPresent: 0, failed: 0 };
  const inFlight = new Map<number, Promise<void>>();
  const summary = (): WorkerSummary => ({ ...counts, elapsedMs: Date.now() - started });

  const heartbeat = setInterval(() => {
    queue.heartbeat(name, [...inFlight.keys()]).catch(() => {});
  }, options.heartbeatMs ?? 60_000);
  heartbeat.unref();

  const work = async (job: Job): Promise<void> => {
    try {
      const outcome = await handle(job);
      if (outcome === 'exists') counts.alreadyPresent++;
      else counts.stored++;
      await queue.complete(job);
    } catch (e) {
      counts.failed++;
      const { reason, retry } = describe(e);
      await queue.fail(job, reason, retry).catch(() => {});
    }
    counts.jobs++;
    options.onJob?.(summary());
  };

  const handle = async (job: Job): Promise<'stored' | 'exists'> => {
    let article = job.article;
    if (await store.hasArticle(article.id)) return 'exists';
    if (!article.duplicateOf) {
      const original = await store.findDuplicate(job.signature);
      if (original && original !== article.id) article = { ...article, duplicateOf: original };
    }
    const coded = await pool.code(article);
    if (!coded.ok) throw new JobError(`${coded.error.code} ${coded.error.message}`, false);
    if (coded.value.people.length > 0) await store.upsertPeople(coded.value.people);
    const outcome = await store.putArticle(article, coded.value.events, job.signature);
    return outcome.status === 'exists' ? 'exists' : 'stored';
  };

  try {
    while (!options.signal?.aborted) {
      const room = capacity - inFlight.size;
      const jobs = room > 0 ? await queue.claim(name, room) : [];
      for (const job of jobs) {
        const run = work(job).finally(() => inFlight.delete(job.id));
        inFlight.set(job.id, run);
      }
      if (jobs.length > 0 && inFlight.size < capacity) continue;
      if (inFlight.size > 0) {
        await Promise.race(inFlight.values());
        continue;
      }
      if (options.exitWhenEmpty && (await queue.drained())) break;
      await sleep(options.pollMs ?? 1000, options.signal);
    }
    await Promise.all(inFlight.values());
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

import pg from 'pg';
import type { Article, DupSignature } from '../model/article.js';
import { splitSchema } from '../store/postgres/index.js';
import { PreparingClient } from '../store/postgres/preparing-client.js';
import { quoteIdent } from '../store/sql-ident.js';

/** One queued article, as a worker receives it. */
export interface Job {
  readonly id: number;
  /** 1 for the first try; the lease belongs to this attempt. */
  readonly attempt: number;
  readonly article: Article;
  readonly signature: DupSignature;
}

/** Counts shown by `attache status`. */
export interface QueueStatus {
  readonly queued: number;
  readonly running: number;
  readonly done: number;
  readonly failed: number;
  /** Running jobs whose lease has expired (their worker stopped): they will be retried. */
  readonly expired: number;
  /** Workers holding a valid lease now. */
  readonly workers: number;
  /** Jobs finished in the last minute, per second. */
  readonly ratePerSecond: number;
  /** Most frequent failure reasons, with counts. */
  readonly failures: readonly { readonly error: string; readonly count: number }[];
}

/** Timestamps (ms since the epoch) of the done jobs: see `PgQueue.timeline`. */
export interface QueueTimeline {
  readonly done: number;
  readonly firstClaimMs: number | null;
  readonly lastFinishMs: number | null;
  readonly p10FinishMs: number | null;
  readonly p90FinishMs: number | null;
}

export interface QueueOptions {
  /** How long a claimed job belongs to its worker before another may take it (ms). Default 5 min. */
  readonly leaseMs?: number;
  /** Tries before a job is marked failed. Default 3. */
  readonly maxAttempts?: number;
}

const TABLE = 'attache_jobs';

const MIGRATION = `
CREATE TABLE IF NOT EXISTS ${TABLE} (
  id bigserial PRIMARY KEY,
  article_id text NOT NULL UNIQUE,
  origin text,
  payload jsonb,
  state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  lease_until timestamptz,
  worker text,
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX IF NOT EXISTS attache_jobs_state ON ${TABLE} (state, id);
CREATE INDEX IF NOT EXISTS attache_jobs_finished ON ${TABLE} (finished_at) WHERE finished_at IS NOT NULL;
ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS claimed_at timestamptz;
`;

/**
 * A PostgreSQL-backed job queue of articles (`FOR UPDATE SKIP LOCKED`). A claimed job carries a
 * lease; a worker that dies leaves its jobs to expire and be claimed again, up to `maxAttempts`
 * tries. Completion is fenced by the attempt number, so a worker whose lease was taken over
 * cannot mark the newer attempt done. Storing is idempotent by article id, so a job retried after
 * its article was stored adds nothing.
 */
export class PgQueue {
  private readonly leaseMs: number;
  private readonly maxAttempts: number;

  private constructor(private readonly pool: pg.Pool, options: QueueOptions) {
    this.leaseMs = options.leaseMs ?? 300_000;
    this.maxAttempts = options.maxAttempts ?? 3;
  }

  /** Connects and creates the jobs table when missing (safe when several processes start at once). */
  static async open(url: string, options: QueueOptions = {}): Promise<PgQueue> {
    const parts = splitSchema(url);
    const schema = parts.schema ?? 'public';
    const pool = new pg.Pool({ connectionString: parts.url, max: 4, options: `-c search_path=${quoteIdent(schema)}`, Client: PreparingClient });
    pool.on('error', () => { /* an idle client lost its server: the next query reports it */ });
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtext('attache_jobs_migration'))");
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}`);
      await client.query(MIGRATION);
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      client.release();
      await pool.end();
      throw e;
    }
    client.release();
    return new PgQueue(pool, options);
  }

  /** Queues articles; an article already queued (same id) is left as it is. Returns how many were new. */
  async enqueue(items: readonly { readonly article: Article; readonly signature: DupSignature }[]): Promise<number> {
    if (items.length === 0) return 0;
    const res = await this.pool.query(
      `INSERT INTO ${TABLE} (article_id, origin, payload)
       SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])
       ON CONFLICT (article_id) DO NOTHING`,
      [items.map((i) => i.article.id), items.map((i) => i.article.origin ?? null), items.map((i) => JSON.stringify(i))],
    );
    return res.rowCount ?? 0;
  }

  /**
   * Claims up to `limit` jobs for `worker`: queued ones first come first served, and running ones
   * whose lease expired (another worker's: this one still holds its own). Jobs out of tries are
   * marked failed first.
   */
  async claim(worker: string, limit: number): Promise<readonly Job[]> {
    await this.pool.query(
      `UPDATE ${TABLE} SET state = 'failed', finished_at = now(), updated_at = now(), payload = NULL,
         error = coalesce(error, 'worker stopped during the job ' || attempts || ' times (lease expired)')
       WHERE state = 'running' AND lease_until < now() AND attempts >= $1`,
      [this.maxAttempts],
    );
    const res = await this.pool.query<{ id: string; attempts: number; payload: { article: Article; signature: DupSignature } }>(
      `UPDATE ${TABLE} j SET state = 'running', attempts = j.attempts + 1, worker = $1,
         lease_until = now() + $2 * interval '1 millisecond', updated_at = now(), claimed_at = clock_timestamp()
       FROM (SELECT id FROM ${TABLE}
             WHERE state = 'queued' OR (state = 'running' AND lease_until < now() AND worker IS DISTINCT FROM $1)
             ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED) c
       WHERE j.id = c.id
       RETURNING j.id, j.attempts, j.payload`,
      [worker, this.leaseMs, limit],
    );
    return res.rows
      .map((r) => ({ id: Number(r.id), attempt: r.attempts, article: r.payload.article, signature: r.payload.signature }))
      .sort((a, b) => a.id - b.id);
  }

  /** Extends the leases of jobs a worker is still working on. */
  async heartbeat(worker: string, ids: readonly number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.pool.query(
      `UPDATE ${TABLE} SET lease_until = now() + $3 * interval '1 millisecond'
       WHERE id = ANY($1::bigint[]) AND worker = $2 AND state = 'running'`,
      [ids, worker, this.leaseMs],
    );
  }

  /** Marks this attempt of a job done (no-op when another attempt has taken it over). */
  async complete(job: Job): Promise<boolean> {
    const res = await this.pool.query(
      `UPDATE ${TABLE} SET state = 'done', payload = NULL, lease_until = NULL, error = NULL,
         finished_at = clock_timestamp(), updated_at = now()
       WHERE id = $1 AND attempts = $2 AND state = 'running'`,
      [job.id, job.attempt],
    );
    return (res.rowCount ?? 0) > 0;
  }

  /** Marks these attempts done in one statement (those another attempt has taken over are left). */
  async completeMany(jobs: readonly Job[]): Promise<number> {
    if (jobs.length === 0) return 0;
    const res = await this.pool.query(
      `UPDATE ${TABLE} j SET state = 'done', payload = NULL, lease_until = NULL, error = NULL,
         finished_at = clock_timestamp(), updated_at = now()
       FROM unnest($1::bigint[], $2::integer[]) AS d(id, attempt)
       WHERE j.id = d.id AND j.attempts = d.attempt AND j.state = 'running'`,
      [jobs.map((j) => j.id), jobs.map((j) => j.attempt)],
    );
    return res.rowCount ?? 0;
  }

  /**
   * Records a failed attempt: retried later when `retry` and tries are left, else failed for good
   * with the reason.
   */
  async fail(job: Job, reason: string, retry: boolean): Promise<void> {
    await this.pool.query(
      `UPDATE ${TABLE} SET error = $3, lease_until = NULL, updated_at = now(),
         state = CASE WHEN $4 AND attempts < $5 THEN 'queued' ELSE 'failed' END,
         finished_at = CASE WHEN $4 AND attempts < $5 THEN NULL ELSE now() END,
         payload = CASE WHEN $4 AND attempts < $5 THEN payload ELSE NULL END
       WHERE id = $1 AND attempts = $2 AND state = 'running'`,
      [job.id, job.attempt, reason.slice(0, 1000), retry, this.maxAttempts],
    );
  }

  /** True when no job is queued or running (expired leases count as running: they will be retried). */
  async drained(): Promise<boolean> {
    const res = await this.pool.query(`SELECT EXISTS (SELECT 1 FROM ${TABLE} WHERE state IN ('queued', 'running')) AS busy`);
    return !res.rows[0].busy;
  }

  /**
   * When the done jobs were taken and finished: the first claim, the last finish, and the
   * finishing times of the 10th and 90th percentile job (throughput between those two leaves
   * out start-up and the tail: the steady state).
   */
  async timeline(): Promise<QueueTimeline> {
    const res = await this.pool.query<{ done: string; first: Date | null; last: Date | null; p10: Date | null; p90: Date | null }>(
      `SELECT count(*) AS done, min(claimed_at) AS first, max(finished_at) AS last,
         percentile_disc(0.1) WITHIN GROUP (ORDER BY finished_at) AS p10,
         percentile_disc(0.9) WITHIN GROUP (ORDER BY finished_at) AS p90
       FROM ${TABLE} WHERE state = 'done'`,
    );
    const r = res.rows[0]!;
    const ms = (d: Date | null): number | null => (d ? d.getTime() : null);
    return { done: Number(r.done), firstClaimMs: ms(r.first), lastFinishMs: ms(r.last), p10FinishMs: ms(r.p10), p90FinishMs: ms(r.p90) };
  }

  async status(): Promise<QueueStatus> {
    const counts = await this.pool.query<{ state: string; n: string }>(`SELECT state, count(*) AS n FROM ${TABLE} GROUP BY state`);
    const by = new Map(counts.rows.map((r) => [r.state, Number(r.n)]));
    const live = await this.pool.query<{ expired: string; workers: string; recent: string }>(
      `SELECT
         (SELECT count(*) FROM ${TABLE} WHERE state = 'running' AND lease_until < now()) AS expired,
         (SELECT count(DISTINCT worker) FROM ${TABLE} WHERE state = 'running' AND lease_until >= now()) AS workers,
         (SELECT count(*) FROM ${TABLE} WHERE finished_at > now() - interval '1 minute' AND state = 'done') AS recent`,
    );
    const failures = await this.pool.query<{ error: string; n: string }>(
      `SELECT coalesce(error, '?') AS error, count(*) AS n FROM ${TABLE} WHERE state = 'failed'
       GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`,
    );
    const row = live.rows[0]!;
    return {
      queued: by.get('queued') ?? 0, running: by.get('running') ?? 0, done: by.get('done') ?? 0, failed: by.get('failed') ?? 0,
      expired: Number(row.expired), workers: Number(row.workers), ratePerSecond: Number(row.recent) / 60,
      failures: failures.rows.map((r) => ({ error: r.error, count: Number(r.n) })),
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

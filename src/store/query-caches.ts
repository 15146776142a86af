import { PostgresAdapter, PostgresDialect, SqliteAdapter, SqliteDialect, type DialectAdapter, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { Template } from './prepared.js';
import type { DupCandidate } from './duplicates.js';

/**
 * What one store compiles or reads once and reuses for as long as it is open: compiled query
 * templates (`runPrepared`), the duplicate check's candidates and, on PostgreSQL, the column
 * types of each table (`insertArrays`).
 * The caches belong to the store's dialect adapter, which kysely makes once per `Kysely`
 * instance and shares with its transactions, so they live and die with the store: no module
 * state, and two stores never see each other's entries.
 */
export class QueryCaches {
  /** Compiled queries by shape key. */
  readonly templates = new Map<string, Template>();
  /** Column name → SQL type, by table (a pending or settled read). */
  readonly columnTypes = new Map<string, Promise<ReadonlyMap<string, string>>>();
  /** The duplicate-check columns of stored articles, most recently used last (`duplicates.ts` bounds it). */
  readonly duplicateCandidates = new Map<string, DupCandidate>();
}

class CachingPostgresAdapter extends PostgresAdapter {
  readonly caches = new QueryCaches();
}

class CachingSqliteAdapter extends SqliteAdapter {
  readonly caches = new QueryCaches();
}

/** kysely's PostgreSQL dialect with an adapter that carries the store's `QueryCaches`. */
export class CachingPostgresDialect extends PostgresDialect {
  override createAdapter(): DialectAdapter {
    return new CachingPostgresAdapter();
  }
}

/** kysely's SQLite dialect with an adapter that carries the store's `QueryCaches`. */
export class CachingSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new CachingSqliteAdapter();
  }
}

/** The caches of the store `db` belongs to; `null` for a handle made without a caching dialect (nothing is then reused). */
export function cachesOf(db: Kysely<Database> | Transaction<Database>): QueryCaches | null {
  const adapter = db.getExecutor().adapter;
  return adapter instanceof CachingPostgresAdapter || adapter instanceof CachingSqliteAdapter ? adapter.caches : null;
}

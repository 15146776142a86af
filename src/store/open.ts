import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { PostgresStore } from './postgres/index.js';
import { SqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

/** The database `--db` names when it is not given: env `ATTACHE_DB`, else `./data/attache.db`. */
export function defaultDb(): string {
  return process.env.ATTACHE_DB || resolve('data', 'attache.db');
}

/**
 * Opens the store a location names — the only place that picks the implementation:
 * `postgres://…` / `postgresql://…` → PostgresStore; anything else is a SQLite file path
 * (folder created when missing). Migrations are applied on open.
 */
export async function openStore(url?: string, options: OpenOptions = {}): Promise<Store> {
  const where = url || defaultDb();
  if (/^postgres(ql)?:\/\//i.test(where)) return PostgresStore.open(where);
  const path = where.replace(/^sqlite:(\/\/)?/i, '');
  if (options.mustExist && path !== ':memory:' && !existsSync(path)) throw new StoreMissingError(path);
  return SqliteStore.open(path);
}

/** Options of `openStore`. */
export interface OpenOptions {
  /** Fail with StoreMissingError instead of creating a new SQLite file (read-only commands). */
  readonly mustExist?: boolean;
}

/** A read command named a SQLite file that does not exist. */
export class StoreMissingError extends Error {
  override readonly name = 'StoreMissingError';
  constructor(readonly path: string) {
    super(`no store at ${path} (run \`attache ingest\` first, or pass --db)`);
  }
}

export type { Store } from './store.js';
export { SqliteStore } from './sqlite/index.js';
export { PostgresStore } from './postgres/index.js';

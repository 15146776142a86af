import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../cli/usage-error.js';

/** The default store file, relative to the working directory. */
export const DEFAULT_DB = './data/attache.db';

/** True for a PostgreSQL connection URL. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/**
 * The database a command uses: `--db`, else `ATTACHE_DB`, else ./data/attache.db. A SQLite path
 * gets its folder created.
 */
export function resolveDb(flag: string | undefined): string {
  const db = flag ?? process.env.ATTACHE_DB ?? DEFAULT_DB;
  if (!db.trim()) throw new UsageError('--db must not be empty');
  if (isPostgresUrl(db)) return db;
  const path = resolve(db.replace(/^sqlite:(\/\/)?/i, ''));
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** Parses a positive integer flag (`--workers 4`), or throws a UsageError naming the flag. */
export function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw new UsageError(`${flag} must be a whole number from 1 to 1024 (got "${value}")`);
  return n;
}

/** Hides the password of a connection URL for messages. */
export function redactUrl(db: string): string {
  return isPostgresUrl(db) ? db.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@') : db;
}

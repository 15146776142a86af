import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, type Transaction } from 'kysely';
import { KyselyStore } from '../kysely-store.js';
import { migrate } from '../migrations.js';
import { CachingSqliteDialect } from '../query-caches.js';
import type { Database } from '../schema.js';

/** Options of the embedded store. */
export interface SqliteStoreOptions {
  /** How long a writer waits for another process's write lock, in ms (default 30 s). */
  readonly busyTimeoutMs?: number;
}

/**
 * The same connection, with prepared statements reused by SQL text: kysely prepares every query
 * anew, which costs more than running it for the small statements a write issues per event.
 * The cache keeps the `max` statements used last: statements hold native memory (~50 KB for an
 * `IN (…)` list of a few hundred values), and queries whose text varies with the number of
 * values could otherwise fill it with thousands over a long run (~90 MB at 2,000, outside the
 * JavaScript heap). An evicted statement is finalized when collected.
 */
export function withStatementCache(raw: BetterSqlite3.Database, max = 256): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (text: string): BetterSqlite3.Statement => {
    let stmt = cache.get(text);
    if (stmt) {
      cache.delete(text); // most recently used last
    } else {
      stmt = raw.prepare(text);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
    }
    cache.set(text, stmt);
    return stmt;
  };
  return new Proxy(raw, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

/**
 * The embedded default: one SQLite file through better-sqlite3, WAL mode, foreign keys on.
 * Writers take the lock up front (`BEGIN IMMEDIATE`), so several processes may share one file.
 */
export class SqliteStore extends KyselyStore {
  readonly dialect = 'sqlite' as const;

  private constructor(db: Kysely<Database>, readonly path: string) {
    super(db);
  }

  /** Opens (creating the file and its folder when missing) and migrates the database at `path`. */
  static async open(path: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const raw = new BetterSqlite3(path, { timeout: options.busyTimeoutMs ?? 30_000 });
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('cache_size = -16384'); // 16 MiB of page cache per connection: the OS page cache does the rest
    raw.pragma('mmap_size = 0'); // no mmap: mapped pages count in RSS and crowd out the coding threads
    raw.pragma('temp_store = MEMORY');
    const store = new SqliteStore(new Kysely<Database>({ dialect: new CachingSqliteDialect({ database: withStatementCache(raw) }) }), path);
    try {
      await store.writeTx((trx) => migrate(trx as Kysely<any>, 'sqlite'), []);
    } catch (e) {
      await store.close();
      throw new Error(`attache: cannot migrate the SQLite store at ${path}`, { cause: e });
    }
    return store;
  }

  /** Lets SQLite refresh its query-planner statistics, then closes the file. */
  override async close(): Promise<void> {
    try {
      await sql`pragma optimize`.execute(this.db);
    } catch {
      /* closing matters more than statistics */
    }
    await super.close();
  }

  protected async writeTx<T>(fn: (trx: Transaction<Database> | Kysely<Database>) => Promise<T>, _lockKeys: readonly string[]): Promise<T> {
    return this.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const out = await fn(conn);
        await sql`commit`.execute(conn);
        return out;
      } catch (e) {
        // SQLite may already have rolled back (e.g. after SQLITE_FULL): keep the first error.
        await sql`rollback`.execute(conn).catch(() => {});
        throw e;
      }
    });
  }
}

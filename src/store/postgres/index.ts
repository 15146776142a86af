import pg from 'pg';
import { Kysely, sql, type Transaction } from 'kysely';
import { KyselyStore } from '../kysely-store.js';
import { migrate } from '../migrations.js';
import { CachingPostgresDialect } from '../query-caches.js';
import { PreparingClient } from './preparing-client.js';
import type { Database } from '../schema.js';
import { quoteIdent } from '../sql-ident.js';

/** Options of the PostgreSQL store. */
export interface PostgresStoreOptions {
  /** Schema to keep the tables in (created when missing); default from `?schema=` in the URL, else `public`. */
  readonly schema?: string;
  /** Pool size (default 4). */
  readonly maxConnections?: number;
}

const MIGRATION_LOCK = 0x4174_7461; // 'Atta'
const RETRYABLE = new Set(['40P01', '40001']); // deadlock, serialization failure


/** Splits `?schema=NAME` off a connection URL (pg would pass it to the server). */
export function splitSchema(url: string): { url: string; schema: string | null } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  return { url: u.toString(), schema };
}

/**
 * The server store: PostgreSQL through `pg`, the same kysely queries as SQLite. Writers take
 * transaction-scoped advisory locks on the merge keys they touch, just before they read the
 * facts those keys hold (not at the start of the transaction: the duplicate checks and article
 * rows before need none), so concurrent workers never split one fact in two; deadlocks and
 * serialization failures are retried.
 */
export class PostgresStore extends KyselyStore {
  readonly dialect = 'postgres' as const;

  private constructor(db: Kysely<Database>, readonly schema: string) {
    super(db);
  }

  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const parts = splitSchema(url);
    const schema = options.schema ?? parts.schema ?? 'public';
    const pool = new pg.Pool({ connectionString: parts.url, max: options.maxConnections ?? 4, connectionTimeoutMillis: 15_000, Client: PreparingClient });
    // Queued before any other query on the client; a failure here resurfaces on the next query.
    pool.on('connect', (client) => { client.query(`SET search_path TO ${quoteIdent(schema)}`).catch(() => {}); });
    pool.on('error', () => { /* an idle client lost its server: the next query reports it */ });
    const store = new PostgresStore(new Kysely<Database>({ dialect: new CachingPostgresDialect({ pool }) }), schema);
    try {
      await store.db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
        await sql`create schema if not exists ${sql.id(schema)}`.execute(trx);
        await migrate(trx as Kysely<any>, 'postgres');
      });
    } catch (e) {
      await store.close();
      throw new Error(`attache: cannot open the PostgreSQL store (${parts.url.replace(/\/\/[^@/]*@/, '//…@')})`, { cause: e });
    }
    return store;
  }

  protected async writeTx<T>(fn: (trx: Transaction<Database> | Kysely<Database>, lock?: () => Promise<void>) => Promise<T>, lockKeys: readonly string[]): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction().execute(async (trx) => {
          let locked = lockKeys.length === 0;
          const lock = async (): Promise<void> => {
            if (locked) return;
            locked = true;
            // One statement, locks taken in ascending hash order: no two writers wait on each other in a cycle.
            await sql`select pg_advisory_xact_lock(h) from (select distinct hashtext(k) as h from unnest(${[...lockKeys]}::text[]) as k order by h) as locks`.execute(trx);
          };
          return fn(trx, lock);
        });
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (attempt >= 5 || !code || !RETRYABLE.has(code)) throw e;
        await new Promise((r) => setTimeout(r, 20 * attempt + Math.floor(Math.random() * 30)));
      }
    }
  }

  /** Drops this store's schema with everything in it (tests use a fresh schema per run). */
  async dropSchema(): Promise<void> {
    await sql`drop schema if exists ${sql.id(this.schema)} cascade`.execute(this.db);
  }
}

import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { isPostgresUrl } from './db-option.js';
import { splitSchema } from '../store/postgres/index.js';

/** A plain connection to the store's database, for whole-table work (export, import). */
export interface RawDb {
  readonly dialect: 'sqlite' | 'postgres';
  readonly db: Kysely<any>;
  /** User tables in an order where every table comes after the tables it references. */
  tables(): Promise<readonly string[]>;
  /** Primary-key columns of a table (all columns when it has none), in key order. */
  keyColumns(table: string): Promise<readonly string[]>;
  /** Every column of a table, in declaration order. */
  columns(table: string): Promise<readonly string[]>;
  close(): Promise<void>;
}

/** Tables that are bookkeeping, not content: never exported or imported. */
const SKIP = new Set(['attache_migrations', 'attache_jobs']);

/** Opens the database at `db` (SQLite path or postgres:// URL) without the Store's migrations. */
export function openRawDb(db: string, options: { readonly readonly?: boolean } = {}): RawDb {
  return isPostgresUrl(db) ? postgresRaw(db) : sqliteRaw(db.replace(/^sqlite:(\/\/)?/i, ''), options.readonly === true);
}

function sqliteRaw(path: string, readonly: boolean): RawDb {
  const raw = new BetterSqlite3(path, { readonly, fileMustExist: true, timeout: 30_000 });
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: raw }) });
  const columnsOf = (table: string): { name: string; pk: number }[] =>
    raw.prepare('SELECT name, pk FROM pragma_table_info(?) ORDER BY cid').all(table) as { name: string; pk: number }[];
  return {
    dialect: 'sqlite',
    db,
    async tables() {
      const names = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
        .map((r) => r.name).filter((n) => !SKIP.has(n));
      const refs = new Map(names.map((n) => [n, (raw.prepare('SELECT "table" AS t FROM pragma_foreign_key_list(?)').all(n) as { t: string }[]).map((r) => r.t)]));
      return dependencyOrder(names, refs);
    },
    async keyColumns(table) {
      const cols = columnsOf(table);
      const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
      return pk.length > 0 ? pk : cols.map((c) => c.name);
    },
    async columns(table) {
      return columnsOf(table).map((c) => c.name);
    },
    close: () => db.destroy(),
  };
}

function postgresRaw(url: string): RawDb {
  const parts = splitSchema(url);
  const schema = (parts.schema ?? 'public').replace(/"/g, '""');
  const pool = new pg.Pool({ connectionString: parts.url, max: 2, options: `-c search_path="${schema}"` });
  pool.on('error', () => { /* reported by the next query */ });
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  return {
    dialect: 'postgres',
    db,
    async tables() {
      const rows = await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
      const names = rows.rows.map((r) => r.name).filter((n) => !SKIP.has(n));
      const fk = await sql<{ child: string; parent: string }>`SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
        FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`.execute(db);
      const refs = new Map<string, string[]>(names.map((n) => [n, []]));
      for (const r of fk.rows) refs.get(r.child.replace(/"/g, ''))?.push(r.parent.replace(/"/g, ''));
      return dependencyOrder(names, refs);
    },
    async keyColumns(table) {
      const rows = await sql<{ name: string }>`SELECT a.attname AS name
        FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
        WHERE i.indrelid = ${table}::regclass AND i.indisprimary
        ORDER BY array_position(i.indkey, a.attnum)`.execute(db);
      return rows.rows.length > 0 ? rows.rows.map((r) => r.name) : this.columns(table);
    },
    async columns(table) {
      const rows = await sql<{ name: string }>`SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY ordinal_position`.execute(db);
      return rows.rows.map((r) => r.name);
    },
    close: () => db.destroy(),
  };
}

/** Sorts tables so that referenced tables come first (ties by name, so the order is stable). */
export function dependencyOrder(names: readonly string[], refs: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (n: string): void => {
    if (state.get(n)) return;
    state.set(n, 'visiting');
    for (const parent of [...(refs.get(n) ?? [])].sort()) if (parent !== n && names.includes(parent)) visit(parent);
    state.set(n, 'done');
    out.push(n);
  };
  for (const n of [...names].sort()) visit(n);
  return out;
}

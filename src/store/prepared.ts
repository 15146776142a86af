import { CompiledQuery, PostgresAdapter, type Compilable, type Insertable, type Kysely, type QueryResult, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import { insertArrays } from './postgres/bulk.js';
import { cachesOf } from './query-caches.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A compiled query's parameter: taken from the call's arguments (by index) or fixed at compile time. */
type Slot = { readonly arg: number } | { readonly value: unknown };

/** A compiled query and where each of its parameters comes from. */
export interface Template {
  readonly query: CompiledQuery;
  readonly slots: readonly Slot[];
}

const MARK = '\u0000attache-arg:';
/** A placeholder the builder puts where argument `i` goes. */
export type Arg = (i: number) => string;
const arg: Arg = (i) => `${MARK}${i}`;

/**
 * Queries written once with kysely, compiled once per shape, and run with new arguments: kysely
 * compiles every query anew, which costs more than running the small statements a write issues
 * for every article. The builder puts `arg(i)` where argument `i` goes; the compiled SQL (and on
 * SQLite the prepared statement) is reused as long as the key names the same shape. The
 * templates are kept in the store's own `QueryCaches` (a transaction shares its store's).
 */
function template(db: Db, key: string, build: (db: Db, arg: Arg) => Compilable): Template {
  const templates = cachesOf(db)?.templates;
  let t = templates?.get(key);
  if (!t) {
    const query = build(db, arg).compile();
    const slots = query.parameters.map((p): Slot => (typeof p === 'string' && p.startsWith(MARK) ? { arg: Number(p.slice(MARK.length)) } : { value: p }));
    t = { query, slots };
    if (templates) {
      if (templates.size > 500) templates.clear();
      templates.set(key, t);
    }
  }
  return t;
}

/** Runs the query `build` makes (compiled once per `key` and dialect) with `args`. */
export function runPrepared<R>(db: Db, key: string, build: (db: Db, arg: Arg) => Compilable, args: readonly unknown[]): Promise<QueryResult<R>> {
  const t = template(db, key, build);
  const parameters = t.slots.map((s) => ('arg' in s ? args[s.arg] : s.value));
  return db.executeQuery<R>(CompiledQuery.raw(t.query.sql, parameters));
}

/** Statement sizes rows are cut into, so each table's inserts use a handful of prepared shapes. */
const SIZES = [128, 32, 8, 2, 1] as const;

/**
 * How rows that already exist are treated: kept (`nothing`), or these columns updated from the
 * new row; `none` for rows that cannot exist yet (the children of a row this transaction has
 * just inserted): a plain insert, which spares the database a uniqueness probe per row, and
 * fails the transaction if one does exist.
 */
export type OnConflict = { readonly nothing: true } | { readonly key: string; readonly update: readonly string[] } | { readonly none: true };

/**
 * Inserts `rows` of `table` (all with the same columns, those of the first row), in the order
 * given: on SQLite in a few multi-row statements of fixed sizes, each prepared once; on
 * PostgreSQL in one statement whatever their number (`insertArrays`). With `returning`, the rows
 * actually inserted (or updated) come back with that column.
 */
export async function insertRows<T extends keyof Database>(
  db: Db, table: T, rows: readonly Insertable<Database[T]>[], conflict: OnConflict, returning?: string,
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  if (rows.length === 0) return out;
  if (db.getExecutor().adapter instanceof PostgresAdapter) return insertArrays(db, table, rows, conflict, returning);
  const columns = Object.keys(rows[0]!);
  const width = columns.length;
  const maxRows = Math.max(1, Math.floor(30_000 / width));
  let at = 0;
  while (at < rows.length) {
    const left = rows.length - at;
    const size = SIZES.find((s) => s <= left && s <= maxRows) ?? 1;
    const args: unknown[] = new Array(size * width);
    for (let r = 0; r < size; r++) {
      const row = rows[at + r] as unknown as Record<string, unknown>;
      for (let c = 0; c < width; c++) args[r * width + c] = row[columns[c]!] ?? null;
    }
    const rule = 'none' in conflict ? '' : 'nothing' in conflict ? '-' : `${conflict.key}:${conflict.update.join(',')}`;
    const key = `insert|${table}|${columns.join(',')}|${size}|${rule}|${returning ?? ''}`;
    const res = await runPrepared<Record<string, unknown>>(db, key, (d, a) => {
      const values = Array.from({ length: size }, (_, r) => Object.fromEntries(columns.map((c, j) => [c, a(r * width + j)])));
      const q = (d as Kysely<any>).insertInto(table as string).values(values);
      const done = 'none' in conflict ? q
        : 'nothing' in conflict
        ? q.onConflict((oc) => oc.doNothing())
        : q.onConflict((oc) => oc.column(conflict.key).doUpdateSet((eb) => Object.fromEntries(conflict.update.map((c) => [c, eb.ref(`excluded.${c}`)]))));
      return returning ? done.returning(returning) : done;
    }, args);
    out.push(...res.rows);
    at += size;
  }
  return out;
}

import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { quoteIdent } from '../sql-ident.js';
import { cachesOf } from '../query-caches.js';

type Db = Kysely<Database> | Transaction<Database>;

/** How rows that already exist are treated (see `OnConflict` in ../prepared.ts). */
export type BulkConflict =
  | { readonly nothing: true }
  | { readonly key: string; readonly update: readonly string[] }
  | { readonly none: true };

/** Column name → SQL type of `table`, read once per store (kept in its `QueryCaches`). */
function columnTypes(db: Db, table: string): Promise<ReadonlyMap<string, string>> {
  const tables = cachesOf(db)?.columnTypes;
  let types = tables?.get(table);
  if (!types) {
    types = sql<{ name: string; type: string }>`select attname as name, format_type(atttypid, atttypmod) as type
      from pg_attribute where attrelid = to_regclass(${table}) and attnum > 0 and not attisdropped`.execute(db)
      .then((res) => {
        if (res.rows.length === 0) throw new Error(`table "${table}" not found in the store's schema`);
        return new Map(res.rows.map((r) => [r.name, r.type]));
      });
    if (tables) {
      // A failed read (the transaction was aborted, the table not made yet) is not kept: the next write reads again.
      types.catch(() => tables.delete(table));
      tables.set(table, types);
    }
  }
  return types;
}

/** An array element of PostgreSQL's text form: quoted, with `"` and `\` escaped (other characters stand for themselves). */
function element(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  const s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return QUOTE_OR_BACKSLASH.test(s) ? `"${s.replace(/["\\]/g, '\\$&')}"` : `"${s}"`;
}
const QUOTE_OR_BACKSLASH = /["\\]/;
/** A JSON escape other than `\"` and `\\` (a control character or a lone surrogate). */
const OTHER_ESCAPE = /\\[bfnrtu]/;

/**
 * One column of `rows` as an array literal (`{"a",NULL,"b"}`). Strings, numbers and nulls are
 * written by `JSON.stringify`, whose output is already the array's text form when it escapes
 * nothing but `"` and `\` (both escaped the same way; a bare `null` reads as NULL): several times
 * faster than escaping element by element. Any other escape (a newline, a tab) takes the slow path.
 */
function columnLiteral(rows: readonly object[], column: string): string {
  const values = new Array<unknown>(rows.length);
  let plain = true;
  for (let i = 0; i < rows.length; i++) {
    const v = (rows[i] as Record<string, unknown>)[column];
    if (v === null || v === undefined) values[i] = null;
    else {
      values[i] = v;
      if (typeof v !== 'string' && (typeof v !== 'number' || !Number.isFinite(v))) plain = false;
    }
  }
  if (plain) {
    const json = JSON.stringify(values);
    if (!OTHER_ESCAPE.test(json)) return `{${json.slice(1, -1)}}`;
  }
  return `{${values.map(element).join(',')}}`;
}

/**
 * PostgreSQL: all `rows` of `table` in one statement, one array parameter per column zipped by
 * `unnest` (the columns are those of the first row; the others are left to their defaults and
 * the table's triggers). One round trip per table and batch; the statement text depends only on
 * the table, the columns and the conflict rule, so the connection keeps it prepared
 * (`PostgresStore`). Arrays cost the server far less to read than a JSON document of objects,
 * which `json_populate_recordset` turns into a hash table per row.
 */
export async function insertArrays(
  db: Db, table: string, rows: readonly object[], conflict: BulkConflict, returning?: string,
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const types = await columnTypes(db, table);
  const q = quoteIdent;
  const arrays = columns.map((c, i) => {
    const type = types.get(c);
    if (!type) throw new Error(`attache: table ${table} has no column ${c}`);
    // unnest flattens a multi-dimensional array, so an array column cannot be zipped this way (json/jsonb columns can: objects are written as JSON text).
    if (type.endsWith('[]')) throw new Error(`attache: column ${table}.${c} is an array (${type}); insertArrays writes scalar and JSON columns only`);
    return `$${i + 1}::${type}[]`;
  });
  const onConflict = 'none' in conflict ? ''
    : 'nothing' in conflict ? ' on conflict do nothing'
    : ` on conflict (${q(conflict.key)}) do update set ${conflict.update.map((c) => `${q(c)} = excluded.${q(c)}`).join(', ')}`;
  const text = `insert into ${q(table)} (${columns.map(q).join(', ')}) select * from unnest(${arrays.join(', ')})${onConflict}${returning ? ` returning ${q(returning)}` : ''}`;
  const res = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(text, columns.map((c) => columnLiteral(rows, c))));
  return res.rows;
}

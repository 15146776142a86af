import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { openStore } from '../store/open.js';
import { openRawDb, type RawDb } from './raw-db.js';

/**
 * `attache export` / `attache import`: the whole store as JSON Lines. The first line is a header
 * (format, schema version, every table with its columns); then one line per row,
 * `{"table":…,"row":{…}}`, table by table (referenced tables first), rows in primary-key order.
 * Every table is dumped as stored — articles with their text and duplicate signatures, events,
 * merged facts with their sources, people — so an import restores the store exactly, and an export
 * of the imported store is byte-identical to the first.
 */
export interface ExportHeader {
  readonly format: 'attache-export';
  readonly version: 1;
  /** The store's schema version (migrations applied). */
  readonly schema: number;
  readonly tables: Readonly<Record<string, readonly string[]>>;
}

const PAGE = 1000;

async function schemaVersion(db: Kysely<any>): Promise<number> {
  const row = await sql<{ v: number | string | null }>`SELECT max(version) AS v FROM attache_migrations`.execute(db);
  return Number(row.rows[0]?.v ?? 0);
}

/** Writes the export of the store at `db` to `out`; returns the number of rows written. */
export async function exportStore(db: string, out: NodeJS.WritableStream): Promise<number> {
  const raw = openRawDb(db, { readonly: true });
  try {
    const tables = await raw.tables();
    const columns: Record<string, readonly string[]> = {};
    for (const t of tables) columns[t] = await raw.columns(t);
    const header: ExportHeader = { format: 'attache-export', version: 1, schema: await schemaVersion(raw.db), tables: columns };
    await write(out, `${JSON.stringify(header)}\n`);
    let rows = 0;
    for (const table of tables) {
      for await (const row of tableRows(raw, table, columns[table]!)) {
        await write(out, `${JSON.stringify({ table, row })}\n`);
        rows++;
      }
    }
    return rows;
  } finally {
    await raw.close();
  }
}

/** Every row of `table` in primary-key order, a page at a time (keyset pagination). */
async function* tableRows(raw: RawDb, table: string, columns: readonly string[]): AsyncGenerator<Record<string, unknown>> {
  const keys = await raw.keyColumns(table);
  const keyList = sql.join(keys.map((k) => sql.ref(k)));
  const colList = sql.join(columns.map((c) => sql.ref(c)));
  let last: unknown[] | null = null;
  for (;;) {
    const where: RawBuilder<unknown> = last ? sql`WHERE (${keyList}) > (${sql.join(last.map((v) => sql`${v}`))})` : sql``;
    const page: { rows: Record<string, unknown>[] } = await sql<Record<string, unknown>>`SELECT ${colList} FROM ${sql.table(table)} ${where} ORDER BY ${keyList} LIMIT ${PAGE}`.execute(raw.db);
    for (const row of page.rows) yield normalise(row);
    if (page.rows.length < PAGE) return;
    const tail: Record<string, unknown> = page.rows[page.rows.length - 1]!;
    last = keys.map((k): unknown => tail[k]);
  }
}

/** The same JSON value on every dialect: big integers as numbers, dates as ISO strings. */
function normalise(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString() : Buffer.isBuffer(v) ? v.toString('base64') : v;
  }
  return out;
}

async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** What an import did. */
export interface ImportSummary {
  readonly rows: number;
  readonly tables: Readonly<Record<string, number>>;
}

/**
 * Loads an export file into the store at `db`, which must be empty (it is created and migrated
 * when missing). All or nothing: one transaction. Throws with a one-line reason on a bad file.
 */
export async function importStore(file: string, db: string): Promise<ImportSummary> {
  await (await openStore(db)).close(); // creates and migrates the target
  const raw = openRawDb(db);
  try {
    const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })[Symbol.asyncIterator]();
    const first = await lines.next();
    const header = parseLine(first.done ? '' : first.value, 1) as Partial<ExportHeader>;
    if (header.format !== 'attache-export' || header.version !== 1 || typeof header.tables !== 'object' || header.tables === null) {
      throw new Error(`${file}: not an Attaché export (bad header line)`);
    }
    const schema = await schemaVersion(raw.db);
    const tables = new Set(await raw.tables());
    await checkSchema(file, header as ExportHeader, schema, raw, tables);
    for (const t of Object.keys(header.tables)) if (!tables.has(t)) throw new Error(`${file}: unknown table "${t}"`);
    for (const t of tables) {
      const n = await sql<{ n: number | string }>`SELECT count(*) AS n FROM ${sql.table(t)}`.execute(raw.db);
      if (Number(n.rows[0]?.n ?? 0) > 0) throw new Error(`import needs an empty store, but table "${t}" of ${db} has rows`);
    }
    return await raw.db.transaction().execute(async (trx) => {
      const counts: Record<string, number> = {};
      let batch: Record<string, unknown>[] = [];
      let batchTable = '';
      let lineNo = 1;
      const flush = async (): Promise<void> => {
        if (batch.length > 0) await trx.insertInto(batchTable).values(batch).execute();
        batch = [];
      };
      for (let next = await lines.next(); !next.done; next = await lines.next()) {
        lineNo++;
        if (next.value.trim() === '') continue;
        const { table, row } = parseLine(next.value, lineNo) as { table?: string; row?: Record<string, unknown> };
        if (typeof table !== 'string' || !tables.has(table) || typeof row !== 'object' || row === null) {
          throw new Error(`${file}:${lineNo}: expected {"table":…,"row":{…}} for a known table`);
        }
        const maxRows = Math.max(1, Math.floor(30_000 / Math.max(1, Object.keys(row).length)));
        if (table !== batchTable || batch.length >= Math.min(500, maxRows)) {
          await flush();
          batchTable = table;
        }
        batch.push(row);
        counts[table] = (counts[table] ?? 0) + 1;
      }
      await flush();
      return { rows: Object.values(counts).reduce((a, b) => a + b, 0), tables: counts };
    });
  } finally {
    await raw.close();
  }
}

/**
 * An export of this store's schema version imports as is. One of an older version imports when
 * its tables and their columns are exactly this store's (a migration that changed only indexes,
 * triggers or collations, say); anything else names the difference. A newer export never imports.
 */
async function checkSchema(file: string, header: ExportHeader, schema: number, raw: RawDb, tables: ReadonlySet<string>): Promise<void> {
  if (header.schema === schema) return;
  const versions = `export of schema version ${header.schema}, this store has ${schema}`;
  if (typeof header.schema !== 'number' || header.schema > schema) throw new Error(`${file}: ${versions}; import it with the Attaché version that wrote it or a newer one`);
  for (const [table, columns] of Object.entries(header.tables)) {
    if (!tables.has(table)) continue; // reported as an unknown table below
    const here = await raw.columns(table);
    const same = here.length === columns.length && here.every((c) => columns.includes(c));
    if (!same) throw new Error(`${file}: ${versions}, and table "${table}" has columns (${columns.join(', ')}) where this store has (${here.join(', ')})`);
  }
}

function parseLine(line: string, lineNo: number): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`line ${lineNo} is not valid JSON`);
  }
}

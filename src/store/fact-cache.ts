import { PostgresAdapter, sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { DiploEvent } from '../model/event.js';
import { dayInterval } from './dates.js';
import { decide, isOnceKind, MAX_CONFLICTS, mergeKeyOf, type FactDraft } from './merge.js';
import { insertRows } from './prepared.js';
import { factSection } from './pair-pages.js';
import { factRow, rowFact } from './rows.js';
import type { Database, FactsTable } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const isPostgres = (db: Db): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

interface Entry {
  fact: FactDraft;
  count: number;
  dirty: boolean;
}

const CHUNK = 400;
const RANGED_CHUNK = 100;

/**
 * `list` repeated at its end up to the next of `sizes` (the last is the most it is called
 * with): the statements these lists make then come in a few shapes, which the prepared-statement
 * cache keeps, instead of one per length (each holds native memory until it is collected).
 */
function padded<T>(list: readonly T[], sizes: readonly number[]): T[] {
  const size = sizes.find((s) => s >= list.length) ?? list.length;
  return Array.from({ length: size }, (_, i) => list[Math.min(i, list.length - 1)]!);
}
const KEY_SIZES = [4, 16, 64, CHUNK] as const;
const RANGED_SIZES = [2, 8, 32, RANGED_CHUNK] as const;
const FACT_COLUMNS = [
  'merge_key', 'kind', 'cameo', 'parties', 'source', 'target', 'date_value', 'date_precision', 'date_basis', 'date_text',
  'date_start', 'date_end', 'modality', 'attributes', 'people', 'conflicts_with', 'source_count',
] as const satisfies readonly (keyof FactsTable)[];

/** The sorted pair keys of a party list ("AZE|PER"), every unordered pair once. */
export function pairKeys(parties: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) out.push(`${parties[i]}|${parties[j]}`);
  return out;
}

/**
 * The facts of a write batch, held in memory: loaded once for the batch's merge keys, changed
 * as events are placed, written back in a few bulk statements. The caller holds the locks that
 * keep other writers off these keys until the transaction ends.
 */
export class FactCache {
  private readonly byKey = new Map<string, Entry[]>();

  private constructor() {}

  /**
   * Loads the facts the events may merge with: for each merge key, all facts when one of its
   * events has no date or is of a once-only kind (conflicts need them all), else only the facts
   * whose dates overlap the span of its events' dates (a busy key can hold many thousands).
   */
  static async load(db: Db, events: readonly DiploEvent[]): Promise<FactCache> {
    const cache = new FactCache();
    const spans = new Map<string, { start: string; end: string } | 'all'>();
    for (const e of events) {
      const key = mergeKeyOf(e);
      if (key === null) continue;
      const iv = dayInterval(e.date.value);
      const cur = spans.get(key);
      if (!iv || isOnceKind(e.kind) || cur === 'all') { spans.set(key, 'all'); continue; }
      spans.set(key, cur ? { start: cur.start < iv.start ? cur.start : iv.start, end: cur.end > iv.end ? cur.end : iv.end } : iv);
    }
    for (const k of spans.keys()) cache.byKey.set(k, []);
    const all = [...spans].filter(([, v]) => v === 'all').map(([k]) => k);
    const ranged = [...spans].filter((x): x is [string, { start: string; end: string }] => x[1] !== 'all');
    const add = (rows: Selectable<FactsTable>[]): void => {
      for (const r of rows) cache.byKey.get(r.merge_key)?.push({ fact: rowFact(r), count: Number(r.source_count), dirty: false });
    };
    if (isPostgres(db)) {
      // One statement whatever the number of keys: arrays as parameters, so the text never
      // changes and planning takes microseconds (the OR-ed branches below cost PostgreSQL 2–3 ms
      // a plan, more than running them); each key reads its own index range.
      const res = await sql<Selectable<FactsTable>>`select * from facts where merge_key = any(${all}::text[])
        union all
        select f.* from unnest(${ranged.map(([k]) => k)}::text[], ${ranged.map(([, v]) => v.start)}::text[], ${ranged.map(([, v]) => v.end)}::text[]) as k(merge_key, span_start, span_end)
          cross join lateral (select * from facts where facts.merge_key = k.merge_key
            and (facts.date_start is null or (facts.date_start <= k.span_end and facts.date_end >= k.span_start))) as f`.execute(db);
      add(res.rows);
    } else {
      for (let i = 0; i < all.length; i += CHUNK) {
        add(await db.selectFrom('facts').selectAll().where('merge_key', 'in', padded(all.slice(i, i + CHUNK), KEY_SIZES)).execute());
      }
      for (let i = 0; i < ranged.length; i += RANGED_CHUNK) {
        add(await db.selectFrom('facts').selectAll().where((eb) => eb.or(padded(ranged.slice(i, i + RANGED_CHUNK), RANGED_SIZES).map(([k, span]) => eb.and([
          eb('merge_key', '=', k),
          eb.or([eb('date_start', 'is', null), eb.and([eb('date_start', '<=', span.end), eb('date_end', '>=', span.start)])]),
        ])))).execute());
      }
    }
    for (const list of cache.byKey.values()) list.sort((a, b) => (a.fact.id < b.fact.id ? -1 : 1));
    return cache;
  }

  /**
   * Places an event: merged into a compatible fact, or a new fact (marked as conflicting with the
   * once-only facts it contradicts). Events of near-duplicate articles only join existing facts.
   * Returns the fact id, or null when the event makes no fact.
   */
  place(e: DiploEvent, duplicate: boolean): string | null {
    const key = mergeKeyOf(e);
    if (key === null) return null;
    let list = this.byKey.get(key);
    if (!list) { list = []; this.byKey.set(key, list); }
    const iv = dayInterval(e.date.value);
    const candidates = iv && !isOnceKind(e.kind)
      ? list.filter((x) => { const f = dayInterval(x.fact.date.value); return !f || (f.start <= iv.end && f.end >= iv.start); })
      : list;
    const d = decide(candidates.map((x) => x.fact), e, `f_${e.id}`, key);
    if (d.action === 'merge') {
      const entry = list.find((x) => x.fact.id === d.fact.id)!;
      entry.fact = d.fact;
      entry.count++;
      entry.dirty = true;
      return d.fact.id;
    }
    if (duplicate) return null;
    for (const other of d.conflictsWith) {
      const entry = list.find((x) => x.fact.id === other);
      if (entry && entry.fact.conflictsWith.length < MAX_CONFLICTS && !entry.fact.conflictsWith.includes(d.fact.id)) {
        entry.fact = { ...entry.fact, conflictsWith: [...entry.fact.conflictsWith, d.fact.id] };
        entry.dirty = true;
      }
    }
    const at = list.findIndex((x) => x.fact.id > d.fact.id);
    list.splice(at < 0 ? list.length : at, 0, { fact: d.fact, count: 1, dirty: true });
    return d.fact.id;
  }

  /** Writes every new or changed fact (multi-row upserts) and its party and pair index rows. */
  async flush(db: Db): Promise<void> {
    const dirty = [...this.byKey.values()].flat().filter((x) => x.dirty);
    await insertRows(db, 'facts', dirty.map((x) => factRow(x.fact, x.count)), { key: 'id', update: FACT_COLUMNS });
    const parties = dirty.flatMap((x) => x.fact.parties.map((country) => ({ country, kind: x.fact.kind ?? '', fact_id: x.fact.id })));
    // PostgreSQL: each row comes with its dossier section and order, so the insert trigger (a
    // PL/pgSQL look-up of the fact per row, migration 5) does not run; SQLite's trigger files them.
    const filed = isPostgres(db);
    const pairs = dirty.flatMap((x) => {
      const extra = filed ? { section: factSection(x.fact), date_key: dayInterval(x.fact.date.value)?.start ?? '9999' } : {};
      return pairKeys(x.fact.parties).map((pair_key) => ({ pair_key, fact_id: x.fact.id, ...extra }));
    });
    await insertRows(db, 'fact_parties', parties, { nothing: true });
    await insertRows(db, 'fact_pairs', pairs, { nothing: true });
    for (const x of dirty) x.dirty = false;
  }
}

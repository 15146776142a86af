import type { Kysely, Selectable } from 'kysely';
import { rowFact } from './rows.js';
import type { Database, FactSourcesTable } from './schema.js';
import {
  FACT_SECTIONS, type Fact, type FactCursor, type FactSection, type FactSource, type PairFactsPage, type PairOverview, type PairPageQuery,
} from './store.js';

// A busy pair's dossier a page at a time (migration 3): `fact_pairs (pair_key, section, date_key,
// fact_id)` is an index, so a section's latest facts, its count and a cursor are range reads of
// that index; facts and their first sources are then read by id for that page only.

type Db = Kysely<Database>;
type SourceRow = Selectable<FactSourcesTable>;

const sortedPair = (a: string, b: string): string => (a <= b ? `${a}|${b}` : `${b}|${a}`);

/** The dossier section of a fact: the rule of `sectionSql` (src/store/migrations.ts) in TypeScript. */
export function factSection(f: Pick<Fact, 'kind' | 'modality' | 'attributes'>): FactSection {
  const k = f.kind ?? '', m = f.modality;
  if (['relations.establish', 'relations.restore', 'relations.sever', 'relations.upgrade', 'relations.downgrade'].includes(k)) return 'relations';
  if (k.startsWith('mission.')) return 'missions';
  if (k.startsWith('envoy.') && m !== 'negated') return 'envoys';
  if (k.startsWith('agreement.') && m !== 'negated') return 'agreements';
  if (k === 'parliament.friendship-group') return 'mechanisms';
  const a = f.attributes as { format?: unknown; round?: unknown };
  if (k === 'meeting' && ((a.format === 'consultations' || a.format === 'commission') || (a.round !== undefined && a.round !== null))) {
    return m === 'asserted' ? 'mechanism-meetings' : 'mechanisms';
  }
  if ((k === 'meeting' || k === 'visit') && m === 'asserted') return 'meetings';
  if (m === 'planned' || m === 'intended' || k === 'cooperation.intent' || k === 'meeting.intent') return 'plans';
  return 'other';
}

/** Facts per section of a pair, and its first and last dated facts' dates. */
export async function pairOverviewIn(db: Db, a: string, b: string, only?: readonly FactSection[]): Promise<PairOverview> {
  const key = sortedPair(a, b);
  let qb = db.selectFrom('fact_pairs').select((eb) => ['fact_pairs.section', eb.fn.countAll<number | string>().as('n')])
    .where('fact_pairs.pair_key', '=', key);
  if (only) qb = qb.where('fact_pairs.section', 'in', only.length ? [...only] : ['-']);
  const rows = await qb.groupBy('fact_pairs.section').execute();
  const sections = Object.fromEntries(FACT_SECTIONS.map((s) => [s, 0])) as Record<FactSection, number>;
  let facts = 0;
  for (const r of rows) {
    facts += Number(r.n);
    if (r.section && r.section in sections) sections[r.section as FactSection] += Number(r.n);
    else sections.other += Number(r.n); // a row the triggers have not filed yet
  }
  // The earliest and latest dated fact: the edge of each section's range, then the best of those.
  const edge = async (dir: 'asc' | 'desc'): Promise<string | null> => {
    const ends: Slot[] = [];
    for (const section of FACT_SECTIONS.filter((x) => sections[x] > 0)) {
      const row = await db.selectFrom('fact_pairs').select(['fact_pairs.date_key', 'fact_pairs.fact_id'])
        .where('fact_pairs.pair_key', '=', key).where('fact_pairs.section', '=', section).where('fact_pairs.date_key', '<', '9999')
        .orderBy('fact_pairs.date_key', dir).orderBy('fact_pairs.fact_id', dir).limit(1).executeTakeFirst();
      if (row) ends.push({ dateKey: row.date_key ?? '9999', factId: row.fact_id });
    }
    ends.sort(newestFirst);
    const end = dir === 'desc' ? ends[0] : ends[ends.length - 1];
    if (!end) return null;
    const row = await db.selectFrom('facts').select('date_value').where('id', '=', end.factId).executeTakeFirst();
    return row?.date_value?.split('/')[0] ?? null;
  };
  if (only) return { sections, facts, first: null, last: null };
  return { sections, facts, first: facts ? await edge('asc') : null, last: facts ? await edge('desc') : null };
}

interface Slot { readonly dateKey: string; readonly factId: string }

/** The latest `limit` (+1) index entries of one section before the cursor, newest first. */
async function sectionSlots(db: Db, key: string, section: FactSection, limit: number, before: FactCursor | null | undefined): Promise<Slot[]> {
  let qb = db.selectFrom('fact_pairs').select(['fact_pairs.date_key', 'fact_pairs.fact_id'])
    .where('fact_pairs.pair_key', '=', key).where('fact_pairs.section', '=', section);
  if (before) {
    const { dateKey, factId } = before;
    // `date_key <= d` bounds the index range (a deep page starts where it starts); the OR drops the ties already given.
    qb = qb.where('fact_pairs.date_key', '<=', dateKey)
      .where((eb) => eb.or([eb('fact_pairs.date_key', '<', dateKey), eb('fact_pairs.fact_id', '<', factId)]));
  }
  const rows = await qb.orderBy('fact_pairs.date_key', 'desc').orderBy('fact_pairs.fact_id', 'desc').limit(limit + 1).execute();
  return rows.map((r) => ({ dateKey: r.date_key ?? '9999', factId: r.fact_id }));
}

const newestFirst = (x: Slot, y: Slot): number =>
  x.dateKey !== y.dateKey ? (x.dateKey < y.dateKey ? 1 : -1) : x.factId === y.factId ? 0 : x.factId < y.factId ? 1 : -1;

const sourceOf = (s: SourceRow): FactSource => ({
  eventId: s.event_id, articleId: s.article_id, title: s.title, url: s.url, published: s.published,
  sentence: s.sentence, start: Number(s.start), end: Number(s.end), duplicateOf: s.duplicate_of,
});

/** Citation order: published date (unknown last), article, position. */
function bySourceOrder(x: SourceRow, y: SourceRow): number {
  const px = x.published ?? '9999', py = y.published ?? '9999';
  if (px !== py) return px < py ? -1 : 1;
  if (x.article_id !== y.article_id) return x.article_id < y.article_id ? -1 : 1;
  return Number(x.seq) - Number(y.seq);
}

/** The first `limit` sources of one fact in citation order, from the `fact_sources_citation` index. */
async function firstSources(db: Db, factId: string, limit: number): Promise<SourceRow[]> {
  const dated = await db.selectFrom('fact_sources').selectAll().where('fact_id', '=', factId).where('published', 'is not', null)
    .orderBy('published').orderBy('article_id').orderBy('seq').limit(limit).execute();
  if (dated.length >= limit) return dated;
  const undated = await db.selectFrom('fact_sources').selectAll().where('fact_id', '=', factId).where('published', 'is', null)
    .orderBy('article_id').orderBy('seq').limit(limit - dated.length).execute();
  return [...dated, ...undated];
}

/**
 * Sources of the given facts (`stored`: each fact's `source_count`, the events merged into it,
 * one `fact_sources` row each): all of those with at most `limit`, counted as read; for the
 * others the first `limit` in citation order, counted by `source_count` (a fact with thousands
 * of sources is not counted again at every read).
 */
async function boundedSources(db: Db, stored: ReadonlyMap<string, number>, limit: number): Promise<{ byFact: Map<string, SourceRow[]>; counts: Map<string, number> }> {
  const counts = new Map<string, number>();
  const byFact = new Map<string, SourceRow[]>();
  const hint = stored;
  const ids = [...hint.keys()];
  const small = ids.filter((id) => hint.get(id)! <= limit);
  for (let i = 0; i < small.length; i += 400) {
    const rows = await db.selectFrom('fact_sources').selectAll().where('fact_id', 'in', small.slice(i, i + 400)).execute();
    for (const s of rows) {
      const list = byFact.get(s.fact_id);
      if (list) list.push(s);
      else byFact.set(s.fact_id, [s]);
    }
  }
  for (const id of small) counts.set(id, byFact.get(id)?.length ?? 0);
  for (const id of small.filter((x) => counts.get(x)! > limit)) byFact.set(id, byFact.get(id)!.sort(bySourceOrder).slice(0, limit));
  for (const id of ids.filter((x) => hint.get(x)! > limit)) {
    counts.set(id, hint.get(id)!);
    byFact.set(id, await firstSources(db, id, limit));
  }
  return { byFact, counts };
}

/** A page of a pair's facts in some sections: see `Store.pairFactsPage`. */
export async function pairFactsPageIn(db: Db, a: string, b: string, q: PairPageQuery): Promise<PairFactsPage> {
  const key = sortedPair(a, b);
  const limit = Math.max(0, Math.floor(q.limit));
  const sections = [...new Set(q.sections)];
  const slots = (await Promise.all(sections.map((s) => sectionSlots(db, key, s, limit, q.before)))).flat().sort(newestFirst);
  const page = slots.slice(0, limit);
  const next = slots.length > limit && page.length > 0 ? page[page.length - 1]! : null;
  const ids = page.map((s) => s.factId);
  const rows = new Map<string, Awaited<ReturnType<typeof factRowsById>>[number]>();
  for (const r of await factRowsById(db, ids)) rows.set(r.id, r);
  const { byFact, counts } = await boundedSources(db, new Map([...rows.values()].map((r) => [r.id, Number(r.source_count)])), q.sourceLimit ?? Number.MAX_SAFE_INTEGER);
  const facts: Fact[] = [];
  const sourceCounts: number[] = [];
  for (const s of [...page].reverse()) {
    const r = rows.get(s.factId);
    if (!r) continue;
    const { mergeKey: _k, ...f } = rowFact(r);
    facts.push({ ...f, sources: (byFact.get(r.id) ?? []).sort(bySourceOrder).map(sourceOf) });
    sourceCounts.push(counts.get(r.id) ?? 0);
  }
  return { facts, sourceCounts, next: next ? { dateKey: next.dateKey, factId: next.factId } : null };
}

async function factRowsById(db: Db, ids: readonly string[]) {
  const out = [];
  for (let i = 0; i < ids.length; i += 400) out.push(...await db.selectFrom('facts').selectAll().where('id', 'in', ids.slice(i, i + 400)).execute());
  return out;
}

/** Cursors travel as opaque URL-safe strings. */
export function encodeCursor(c: FactCursor): string {
  return Buffer.from(JSON.stringify([c.dateKey, c.factId]), 'utf8').toString('base64url');
}

/** The cursor of `encodeCursor`, or null when `s` is not one. */
export function decodeCursor(s: string): FactCursor | null {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && v[0].length <= 40 && v[1].length <= 400) {
      return { dateKey: v[0], factId: v[1] };
    }
  } catch { /* not a cursor */ }
  return null;
}

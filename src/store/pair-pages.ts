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

/** The key of an unordered pair of codes, as stored in `pair_key` columns. */
export const sortedPair = (a: string, b: string): string => (a <= b ? `${a}|${b}` : `${b}|${a}`);

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
  // One range count per section (in one statement): cheaper than grouping the pair's whole range.
  const wanted = only ?? FACT_SECTIONS;
  const count = (section: FactSection) => db.selectFrom('fact_pairs')
    .select((eb) => [eb.val(section).as('section'), eb.fn.countAll<number | string>().as('n')])
    .where('fact_pairs.pair_key', '=', key).where('fact_pairs.section', '=', section);
  const sections = Object.fromEntries(FACT_SECTIONS.map((s) => [s, 0])) as Record<FactSection, number>;
  let facts = 0;
  if (wanted.length > 0) {
    const rows = await wanted.slice(1).reduce((qb, section) => qb.unionAll(count(section)), count(wanted[0]!)).execute();
    for (const r of rows) {
      sections[r.section as FactSection] = Number(r.n);
      facts += Number(r.n);
    }
  }
  if (only || facts === 0) return { sections, facts, first: null, last: null };
  // The earliest and latest dated fact: both ends of each section's dated range (one statement), then the best of those.
  const end = (section: FactSection, dir: 'asc' | 'desc', arm: number) => db.selectFrom(db.selectFrom('fact_pairs')
    .select((eb) => ['fact_pairs.date_key', 'fact_pairs.fact_id', eb.val(dir).as('dir')])
    .where('fact_pairs.pair_key', '=', key).where('fact_pairs.section', '=', section).where('fact_pairs.date_key', '<', '9999')
    .orderBy('fact_pairs.date_key', dir).orderBy('fact_pairs.fact_id', dir).limit(1).as(`e${arm}`)).selectAll();
  const arms = FACT_SECTIONS.filter((x) => sections[x] > 0).flatMap((x) => [[x, 'asc'], [x, 'desc']] as const);
  const ends = await arms.slice(1).reduce((qb, [x, dir], i) => qb.unionAll(end(x, dir, i + 1)), end(arms[0]![0], arms[0]![1], 0)).execute();
  const pick = (dir: string): Slot | undefined => {
    const list = ends.filter((r) => r.dir === dir).map((r) => ({ dateKey: r.date_key ?? '9999', factId: r.fact_id })).sort(newestFirst);
    return dir === 'desc' ? list[0] : list[list.length - 1];
  };
  const first = pick('asc'), last = pick('desc');
  const ids = [first?.factId, last?.factId].filter((x): x is string => x !== undefined);
  const values = new Map(ids.length ? (await db.selectFrom('facts').select(['id', 'date_value']).where('id', 'in', ids).execute()).map((r) => [r.id, r.date_value]) : []);
  const startOf = (x: Slot | undefined): string | null => (x ? values.get(x.factId)?.split('/')[0] ?? null : null);
  return { sections, facts, first: startOf(first), last: startOf(last) };
}

interface Slot { readonly dateKey: string; readonly factId: string }

/** One arm of the slots statement: the latest `limit` (+1) index entries of one section before a cursor, newest first. */
function sectionSlots(db: Db, key: string, section: FactSection, limit: number, before: FactCursor | null | undefined, arm: number) {
  let qb = db.selectFrom('fact_pairs').select((eb) => ['fact_pairs.date_key', 'fact_pairs.fact_id', eb.val(String(arm)).as('arm')])
    .where('fact_pairs.pair_key', '=', key).where('fact_pairs.section', '=', section);
  if (before) {
    const { dateKey, factId } = before;
    // `date_key <= d` bounds the index range (a deep page starts where it starts); the OR drops the ties already given.
    qb = qb.where('fact_pairs.date_key', '<=', dateKey)
      .where((eb) => eb.or([eb('fact_pairs.date_key', '<', dateKey), eb('fact_pairs.fact_id', '<', factId)]));
  }
  return db.selectFrom(qb.orderBy('fact_pairs.date_key', 'desc').orderBy('fact_pairs.fact_id', 'desc').limit(limit + 1).as(`s${arm}`)).selectAll();
}

const newestFirst = (x: Slot, y: Slot): number =>
  x.dateKey !== y.dateKey ? (x.dateKey < y.dateKey ? 1 : -1) : x.factId === y.factId ? 0 : x.factId < y.factId ? 1 : -1;

export const sourceOf = (s: SourceRow): FactSource => ({
  eventId: s.event_id, articleId: s.article_id, title: s.title, url: s.url, published: s.published,
  sentence: s.sentence, start: Number(s.start), end: Number(s.end), duplicateOf: s.duplicate_of,
});

/** Sources in the order a line cites them: published date (unknown last), article, position. */
export function bySourceOrder(x: SourceRow, y: SourceRow): number {
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
export async function boundedSources(db: Db, stored: ReadonlyMap<string, number>, limit: number): Promise<{ byFact: Map<string, SourceRow[]>; counts: Map<string, number> }> {
  const counts = new Map<string, number>();
  const byFact = new Map<string, SourceRow[]>();
  const ids = [...stored.keys()];
  const small = ids.filter((id) => stored.get(id)! <= limit);
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
  for (const id of ids.filter((x) => stored.get(x)! > limit)) {
    counts.set(id, stored.get(id)!);
    byFact.set(id, await firstSources(db, id, limit));
  }
  return { byFact, counts };
}

/** Pages of a pair's facts (see `Store.pairFactsPages`): one statement for every page's index entries, one for their facts, one for their sources. */
export async function pairFactsPagesIn(db: Db, a: string, b: string, queries: readonly PairPageQuery[]): Promise<PairFactsPage[]> {
  const key = sortedPair(a, b);
  const arms = queries.flatMap((q, page) => [...new Set(q.sections)].map((section) => ({ page, section, limit: Math.max(0, Math.floor(q.limit)), before: q.before })));
  const slotsOf: Slot[][] = queries.map(() => []);
  if (arms.length > 0) {
    const stmt = arms.slice(1).reduce((qb, x, i) => qb.unionAll(sectionSlots(db, key, x.section, x.limit, x.before, i + 1)),
      sectionSlots(db, key, arms[0]!.section, arms[0]!.limit, arms[0]!.before, 0));
    for (const r of await stmt.execute()) slotsOf[arms[Number(r.arm)]!.page]!.push({ dateKey: r.date_key ?? '9999', factId: r.fact_id });
  }
  const cut = queries.map((q, i) => {
    const limit = Math.max(0, Math.floor(q.limit));
    const slots = slotsOf[i]!.sort(newestFirst);
    const page = slots.slice(0, limit);
    return { page, next: slots.length > limit && page.length > 0 ? page[page.length - 1]! : null };
  });
  const rows = new Map<string, Awaited<ReturnType<typeof factRowsById>>[number]>();
  for (const r of await factRowsById(db, [...new Set(cut.flatMap((c) => c.page.map((x) => x.factId)))])) rows.set(r.id, r);
  const sourceLimit = Math.max(0, ...queries.map((q) => q.sourceLimit ?? Number.MAX_SAFE_INTEGER));
  const { byFact, counts } = await boundedSources(db, new Map([...rows.values()].map((r) => [r.id, Number(r.source_count)])), sourceLimit);
  return cut.map(({ page, next }, i) => {
    const limit = queries[i]!.sourceLimit ?? Number.MAX_SAFE_INTEGER;
    const facts: Fact[] = [];
    const sourceCounts: number[] = [];
    for (const s of [...page].reverse()) {
      const r = rows.get(s.factId);
      if (!r) continue;
      const { mergeKey: _k, ...f } = rowFact(r);
      facts.push({ ...f, sources: [...(byFact.get(r.id) ?? [])].sort(bySourceOrder).slice(0, limit).map(sourceOf) });
      sourceCounts.push(counts.get(r.id) ?? 0);
    }
    return { facts, sourceCounts, next: next ? { dateKey: next.dateKey, factId: next.factId } : null };
  });
}

/** A page of a pair's facts in some sections: see `Store.pairFactsPage`. */
export async function pairFactsPageIn(db: Db, a: string, b: string, q: PairPageQuery): Promise<PairFactsPage> {
  return (await pairFactsPagesIn(db, a, b, [q]))[0]!;
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

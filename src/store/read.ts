import { sql, type ExpressionBuilder, type Kysely, type Selectable, type SelectQueryBuilder } from 'kysely';
import { filterBound } from './dates.js';
import { rowFact, rowEvent } from './rows.js';
import { boundedSources, bySourceOrder, sortedPair, sourceOf } from './pair-pages.js';
import type { Database, FactSourcesTable, FactsTable } from './schema.js';
import type { DiploEvent } from '../model/event.js';
import type { EventQuery, Fact, FactQuery, PartnerActivity, Period, StoreStats } from './store.js';

type Db = Kysely<Database>;
type EventsQb = SelectQueryBuilder<Database, 'events', object>;

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function inParty(eb: ExpressionBuilder<Database, 'events'>, country: string) {
  return eb('events.id', 'in', eb.selectFrom('event_parties').select('event_parties.event_id').where('event_parties.country', '=', country));
}

/** Applies every filter of an EventQuery (AND). Throws on an unreadable date bound. */
function filtered(qb: EventsQb, q: EventQuery): EventsQb {
  if (!q.includeDuplicates) qb = qb.where('events.duplicate', '=', 0);
  if (q.pair) {
    const key = sortedPair(q.pair[0], q.pair[1]);
    qb = qb.where('events.id', 'in', (eb) => eb.selectFrom('event_pairs').select('event_pairs.event_id').where('event_pairs.pair_key', '=', key));
  }
  if (q.country) { const c = q.country; qb = qb.where((eb) => inParty(eb, c)); }
  if (q.kind) qb = q.kind.endsWith('*') ? qb.where('events.kind', 'like', `${escapeLike(q.kind.slice(0, -1))}%`) : qb.where('events.kind', '=', q.kind);
  if (q.cameo) qb = q.cameo.endsWith('*') ? qb.where('events.cameo', 'like', `${escapeLike(q.cameo.slice(0, -1))}%`) : qb.where('events.cameo', '=', q.cameo);
  if (q.from) qb = qb.where('events.date_end', '>=', filterBound(q.from, 'start'));
  if (q.to) qb = qb.where('events.date_start', '<=', filterBound(q.to, 'end'));
  if (q.articleId) qb = qb.where('events.article_id', '=', q.articleId);
  for (const w of (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
    qb = qb.where(sql<boolean>`lower(events.evidence_sentence) like ${`%${escapeLike(w)}%`} escape '\\'`);
  }
  return qb;
}

/**
 * A pair's events, walked in date order on the `event_pairs_order` index (migration 2): a page
 * of a busy pair reads that page, not every event of the pair.
 */
async function queryPairEvents(db: Db, q: EventQuery & { pair: readonly [string, string] }): Promise<{ total: number; events: DiploEvent[] }> {
  const { pair, includeDuplicates, ...rest } = q;
  let keys = db.selectFrom('event_pairs').where('event_pairs.pair_key', '=', sortedPair(pair[0], pair[1]));
  if (!includeDuplicates) keys = keys.where('event_pairs.duplicate', '=', 0);
  const joined = filtered(keys.innerJoin('events', 'events.id', 'event_pairs.event_id') as unknown as EventsQb, { ...rest, includeDuplicates: true });
  const onlyPair = !rest.country && !rest.kind && !rest.cameo && !rest.from && !rest.to && !rest.articleId && !rest.text?.trim();
  const counted = onlyPair ? keys.select((eb) => eb.fn.countAll<number | string>().as('n')) : joined.select((eb) => eb.fn.countAll<number | string>().as('n'));
  const count = await counted.executeTakeFirstOrThrow();
  let page = joined.selectAll('events')
    .orderBy(sql`event_pairs.date_key`).orderBy(sql`event_pairs.article_id`).orderBy(sql`event_pairs.seq`);
  if (q.limit !== undefined) page = page.limit(q.limit);
  if (q.offset) page = q.limit === undefined ? page.limit(1_000_000_000).offset(q.offset) : page.offset(q.offset);
  return { total: Number(count.n), events: (await page.execute()).map(rowEvent) };
}

/** Events matching a query, in date order (unknown dates last), with the total before limit/offset. */
export async function queryEventsIn(db: Db, q: EventQuery): Promise<{ total: number; events: DiploEvent[] }> {
  if (q.pair) return queryPairEvents(db, { ...q, pair: q.pair });
  const base = filtered(db.selectFrom('events'), q);
  const count = await base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
  let rows = base.selectAll('events')
    .orderBy(sql`coalesce(events.date_start, '9999')`).orderBy('events.article_id').orderBy('events.seq');
  if (q.limit !== undefined) rows = rows.limit(q.limit);
  if (q.offset) rows = q.limit === undefined ? rows.limit(1_000_000_000).offset(q.offset) : rows.offset(q.offset);
  return { total: Number(count.n), events: (await rows.execute()).map(rowEvent) };
}

type SourceRow = Selectable<FactSourcesTable>;

/**
 * Attaches their sources to fact rows. `pairKey`: the rows are a pair's facts, whose sources are
 * read in one range scan of the pair's index; otherwise by fact id, 400 at a time. Each fact's
 * few sources are put in citation order here, which spares the database a sort of all of them.
 */
async function withSources(db: Db, rows: Awaited<ReturnType<typeof factRows>>, pairKey?: string, sourceLimit?: number): Promise<Fact[]> {
  if (sourceLimit !== undefined) {
    const { byFact, counts } = await boundedSources(db, new Map(rows.map((r) => [r.id, Number(r.source_count)])), sourceLimit);
    return rows.map((r) => {
      const { mergeKey: _k, ...f } = rowFact(r);
      const sources = (byFact.get(r.id) ?? []).sort(bySourceOrder).map(sourceOf);
      const n = counts.get(r.id) ?? sources.length;
      return { ...f, sources, ...(n > sources.length ? { sourceCount: n } : {}) };
    });
  }
  const byFact = new Map<string, SourceRow[]>();
  const add = (srcRows: readonly SourceRow[]): void => {
    for (const s of srcRows) {
      const list = byFact.get(s.fact_id);
      if (list) list.push(s);
      else byFact.set(s.fact_id, [s]);
    }
  };
  if (pairKey !== undefined && rows.length > 0) {
    add(await db.selectFrom('fact_pairs').innerJoin('fact_sources', 'fact_sources.fact_id', 'fact_pairs.fact_id')
      .selectAll('fact_sources').where('fact_pairs.pair_key', '=', pairKey).execute());
  } else {
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += 400) {
      add(await db.selectFrom('fact_sources').selectAll('fact_sources').where('fact_sources.fact_id', 'in', ids.slice(i, i + 400)).execute());
    }
  }
  return rows.map((r) => {
    const { mergeKey: _k, ...f } = rowFact(r);
    return { ...f, sources: (byFact.get(r.id) ?? []).sort(bySourceOrder).map(sourceOf) };
  });
}

function factRows(db: Db, q: FactQuery & { pairKey?: string; country?: string }): Promise<Selectable<FactsTable>[]> {
  let qb = db.selectFrom('facts').selectAll('facts');
  const { pairKey, country, kinds } = q;
  if (pairKey) qb = qb.where('facts.id', 'in', (eb) => eb.selectFrom('fact_pairs').select('fact_pairs.fact_id').where('fact_pairs.pair_key', '=', pairKey));
  if (country) {
    qb = qb.where('facts.id', 'in', (eb) => {
      const sub = eb.selectFrom('fact_parties').select('fact_parties.fact_id').where('fact_parties.country', '=', country);
      return kinds && kinds.length > 0 ? sub.where('fact_parties.kind', 'in', [...kinds]) : sub;
    });
  }
  if (kinds && kinds.length > 0) qb = qb.where('facts.kind', 'in', [...kinds]);
  if (q.diplomaticOnly) qb = qb.where('facts.kind', 'is not', null);
  qb = qb.orderBy(sql`coalesce(facts.date_start, '9999')`).orderBy('facts.id');
  if (q.limit !== undefined) qb = qb.limit(q.limit);
  return qb.execute();
}

export async function factsForPairIn(db: Db, a: string, b: string, q: FactQuery = {}): Promise<Fact[]> {
  const pairKey = sortedPair(a, b);
  return withSources(db, await factRows(db, { ...q, pairKey }), pairKey, q.sourceLimit);
}

export async function factsForCountryIn(db: Db, country: string, q: FactQuery = {}): Promise<Fact[]> {
  return withSources(db, await factRows(db, { ...q, country }), undefined, q.sourceLimit);
}

/** Countries sharing facts with `country` (within a period when given: dates overlapping it), most facts first. */
export async function partnersIn(db: Db, country: string, limit = 50, period: Period = {}): Promise<PartnerActivity[]> {
  let qb = db.selectFrom('fact_parties as me')
    .innerJoin('fact_parties as other', 'other.fact_id', 'me.fact_id')
    .innerJoin('facts', 'facts.id', 'me.fact_id')
    .select((eb) => ['other.country', eb.fn.countAll<number | string>().as('facts'),
      eb.fn.sum<number | string>('facts.source_count').as('sources'), eb.fn.max('facts.date_value').as('last')])
    .where('me.country', '=', country).where('other.country', '<>', country);
  if (period.from) qb = qb.where('facts.date_end', '>=', filterBound(period.from, 'start'));
  if (period.to) qb = qb.where('facts.date_start', '<=', filterBound(period.to, 'end'));
  const rows = await qb
    .groupBy('other.country').orderBy(sql`count(*)`, 'desc').orderBy('other.country').limit(limit).execute();
  return rows.map((r) => ({ country: r.country, facts: Number(r.facts), sources: Number(r.sources), lastDate: r.last ?? null }));
}

/** Facts per party, most first. */
export async function activityIn(db: Db): Promise<{ country: string; facts: number }[]> {
  const rows = await db.selectFrom('fact_parties')
    .select((eb) => ['country', eb.fn.countAll<number | string>().as('facts')])
    .groupBy('country').orderBy(sql`count(*)`, 'desc').orderBy('country').execute();
  return rows.map((r) => ({ country: r.country, facts: Number(r.facts) }));
}

export async function statsIn(db: Db): Promise<StoreStats> {
  const n = async (qb: SelectQueryBuilder<Database, keyof Database, object>): Promise<number> =>
    Number((await qb.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    articles: await n(db.selectFrom('articles')),
    duplicates: await n(db.selectFrom('articles').where('duplicate_of', 'is not', null)),
    events: await n(db.selectFrom('events').where('duplicate', '=', 0)),
    facts: await n(db.selectFrom('facts')),
    people: await n(db.selectFrom('people')),
  };
}

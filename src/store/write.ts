import type { Kysely, Transaction } from 'kysely';
import type { Person } from '../model/actor.js';
import type { Article, DupSignature } from '../model/article.js';
import type { DiploEvent } from '../model/event.js';
import { bandKeys, isNearDuplicate } from '../ingest/signature.js';
import { FactCache, pairKeys } from './fact-cache.js';
import { eventParties, eventPeople, mergeKeyOf } from './merge.js';
import { articleRow, eventRow } from './rows.js';
import type { Database, EventsTable, FactSourcesTable } from './schema.js';
import type { PutItem, PutOutcome } from './store.js';
import { upsertPeopleIn } from './people.js';

type Db = Kysely<Database> | Transaction<Database>;

const CHUNK = 400;
const chunks = <T>(xs: readonly T[], n = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

/**
 * The stored original that `sig` nearly duplicates: the same content hash, or a shared LSH band
 * confirmed by `isNearDuplicate` (src/ingest/signature.ts); the earliest-ingested wins.
 */
export async function findDuplicateIn(db: Db, sig: DupSignature & { size?: number }): Promise<string | null> {
  const same = await db.selectFrom('articles').select(['id', 'duplicate_of'])
    .where('content_hash', '=', sig.contentHash).orderBy('ingested_at').orderBy('id').limit(1).executeTakeFirst();
  if (same) return same.duplicate_of ?? same.id;
  const keys = bandKeys(sig);
  if (keys.length === 0) return null;
  const rows = await db.selectFrom('dup_bands').innerJoin('articles', 'articles.id', 'dup_bands.article_id')
    .select(['articles.id', 'articles.minhash', 'articles.content_hash', 'articles.shingles', 'articles.ingested_at']).distinct()
    .where('dup_bands.band_key', 'in', keys).orderBy('articles.ingested_at').orderBy('articles.id').limit(100).execute();
  for (const r of rows) {
    if (!r.minhash) continue;
    const stored = { contentHash: r.content_hash ?? '', minhash: JSON.parse(r.minhash) as number[] };
    const withSize = r.shingles === null ? stored : { ...stored, size: Number(r.shingles) };
    if (isNearDuplicate(withSize, sig)) return r.id;
  }
  return null;
}

/** Merge keys an item's events touch: held as locks by stores with concurrent writers. */
export const mergeKeysOf = (items: readonly PutItem[]): string[] =>
  [...new Set(items.flatMap((it) => it.events.map(mergeKeyOf).filter((k): k is string => k !== null)))].sort();

async function insertEvents(db: Db, rows: EventsTable[], events: readonly DiploEvent[]): Promise<void> {
  for (const part of chunks(rows, 200)) await db.insertInto('events').values(part).onConflict((oc) => oc.column('id').doNothing()).execute();
  const parties = events.flatMap((e) => eventParties(e).map((country) => ({ country, event_id: e.id })));
  for (const part of chunks(parties)) await db.insertInto('event_parties').values(part).onConflict((oc) => oc.doNothing()).execute();
  const pairs = events.flatMap((e, i) => {
    const r = rows[i]!;
    return pairKeys(eventParties(e)).map((pair_key) => ({
      pair_key, event_id: e.id, date_key: r.date_start ?? '9999', article_id: r.article_id, seq: r.seq, duplicate: r.duplicate,
    }));
  });
  for (const part of chunks(pairs)) await db.insertInto('event_pairs').values(part).onConflict((oc) => oc.doNothing()).execute();
}

function peopleOf(article: Article, events: readonly DiploEvent[]): Person[] {
  return events.flatMap(eventPeople).map((p) => ({
    name: p.name, country: p.country, title: p.title, sectors: [], aliases: [],
    firstSeen: article.published?.slice(0, 10) ?? null, lastSeen: article.published?.slice(0, 10) ?? null,
  }));
}

interface ArticleWrite {
  readonly outcome: PutOutcome;
  readonly sources: readonly FactSourcesTable[];
  readonly people: readonly Person[];
}

/** Stores one article and its events; facts are placed in `facts`, written by the batch. */
async function putOne(db: Db, item: PutItem, facts: FactCache, seenEvents: Set<string>): Promise<ArticleWrite> {
  const { article, signature } = item;
  const none = { sources: [], people: [] };
  const exists = await db.selectFrom('articles').select('id').where('id', '=', article.id).executeTakeFirst();
  if (exists) return { outcome: { status: 'exists', articleId: article.id, duplicateOf: null, events: 0 }, ...none };
  let duplicateOf = article.duplicateOf;
  if (!duplicateOf && signature) duplicateOf = await findDuplicateIn(db, signature);
  if (duplicateOf === article.id) duplicateOf = null;
  // Event ids are unique: a repeated id (a symmetric event coded both ways) keeps its first event.
  const events = item.events.filter((e) => !seenEvents.has(e.id) && seenEvents.add(e.id))
    .map((e) => (e.articleId === article.id ? e : { ...e, articleId: article.id }));
  const inserted = await db.insertInto('articles')
    .values(articleRow(article, duplicateOf, signature ?? null, events.length))
    .onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  if (!inserted) return { outcome: { status: 'exists', articleId: article.id, duplicateOf: null, events: 0 }, ...none };
  if (signature && !duplicateOf) {
    const keys = [...new Set(bandKeys(signature))];
    for (const part of chunks(keys)) {
      await db.insertInto('dup_bands').values(part.map((band_key) => ({ band_key, article_id: article.id })))
        .onConflict((oc) => oc.doNothing()).execute();
    }
  }
  const factIds = events.map((e) => facts.place(e, duplicateOf !== null));
  await insertEvents(db, events.map((e, i) => eventRow(e, i, duplicateOf !== null, factIds[i] ?? null)), events);
  const sources = events.flatMap((e, i): FactSourcesTable[] => (factIds[i] ? [{
    fact_id: factIds[i]!, event_id: e.id, article_id: article.id, seq: i, title: article.title, url: article.url,
    published: article.published, duplicate_of: duplicateOf, sentence: e.evidence.sentence, start: e.evidence.start, end: e.evidence.end,
  }] : []));
  return {
    outcome: { status: duplicateOf ? 'duplicate' : 'stored', articleId: article.id, duplicateOf, events: events.length },
    sources, people: peopleOf(article, events),
  };
}

/**
 * Stores a batch of articles inside the caller's transaction, in order (a later item may be a
 * duplicate of an earlier one): articles and events per item, then facts, sources and people
 * in bulk. One outcome per item. An event id given twice in the batch keeps its first event.
 */
export async function writeBatch(db: Db, items: readonly PutItem[]): Promise<PutOutcome[]> {
  const facts = await FactCache.load(db, items.flatMap((it) => it.events));
  const outcomes: PutOutcome[] = [];
  const sources: FactSourcesTable[] = [];
  const people: Person[] = [];
  const seenEvents = new Set<string>();
  for (const item of items) {
    const w = await putOne(db, item, facts, seenEvents);
    outcomes.push(w.outcome);
    sources.push(...w.sources);
    people.push(...w.people);
  }
  await facts.flush(db);
  for (const part of chunks(sources)) await db.insertInto('fact_sources').values(part).onConflict((oc) => oc.doNothing()).execute();
  await upsertPeopleIn(db, people);
  return outcomes;
}

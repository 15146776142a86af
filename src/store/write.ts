import type { Kysely, Transaction } from 'kysely';
import type { Person } from '../model/actor.js';
import type { Article, DupSignature } from '../model/article.js';
import type { DiploEvent } from '../model/event.js';
import { bandKeys, isNearDuplicate } from '../ingest/signature.js';
import { dayInterval } from './dates.js';
import { decide, eventParties, eventPeople, isOnceKind, mergeKeyOf, type FactDraft } from './merge.js';
import { articleRow, eventRow, factRow, rowFact } from './rows.js';
import type { Database, EventsTable } from './schema.js';
import type { PutItem, PutOutcome } from './store.js';
import { upsertPeopleIn } from './people.js';

type Db = Kysely<Database> | Transaction<Database>;


const CHUNK = 400;
const chunks = <T>(xs: readonly T[], n = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

/** The sorted pair keys of a party list ("AZE|PER"), every unordered pair once. */
export function pairKeys(parties: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) out.push(`${parties[i]}|${parties[j]}`);
  return out;
}

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

/** Writes facts for an article's events; returns each event's fact id (null: no fact). */
async function materialise(db: Db, events: readonly DiploEvent[], duplicate: boolean): Promise<(string | null)[]> {
  const ids: (string | null)[] = [];
  for (const e of events) {
    const key = mergeKeyOf(e);
    if (key === null) { ids.push(null); continue; }
    let q = db.selectFrom('facts').selectAll().where('merge_key', '=', key);
    const iv = dayInterval(e.date.value);
    if (iv && !isOnceKind(e.kind)) {
      // Only facts whose dates overlap can be compatible; once-only kinds need all (conflicts).
      q = q.where((eb) => eb.or([eb('date_start', 'is', null), eb.and([eb('date_start', '<=', iv.end), eb('date_end', '>=', iv.start)])]));
    }
    const rows = await q.orderBy('id').execute();
    const d = decide(rows.map(rowFact), e, `f_${e.id}`, key);
    if (d.action === 'merge') {
      const count = Number(rows.find((r) => r.id === d.fact.id)?.source_count ?? 0) + 1;
      const { id, ...rest } = factRow(d.fact, count);
      await db.updateTable('facts').set(rest).where('id', '=', id).execute();
      await addParties(db, d.fact);
      ids.push(d.fact.id);
    } else if (duplicate) {
      ids.push(null);
    } else {
      await db.insertInto('facts').values(factRow(d.fact, 1)).execute();
      await addParties(db, d.fact);
      for (const other of d.conflictsWith) await addConflict(db, other, d.fact.id);
      ids.push(d.fact.id);
    }
  }
  return ids;
}

async function addParties(db: Db, f: FactDraft): Promise<void> {
  if (f.parties.length > 0) {
    await db.insertInto('fact_parties').values(f.parties.map((country) => ({ country, fact_id: f.id })))
      .onConflict((oc) => oc.doNothing()).execute();
  }
  const pairs = pairKeys(f.parties);
  if (pairs.length > 0) {
    await db.insertInto('fact_pairs').values(pairs.map((pair_key) => ({ pair_key, fact_id: f.id })))
      .onConflict((oc) => oc.doNothing()).execute();
  }
}

async function addConflict(db: Db, factId: string, other: string): Promise<void> {
  const row = await db.selectFrom('facts').select('conflicts_with').where('id', '=', factId).executeTakeFirst();
  if (!row) return;
  const list = JSON.parse(row.conflicts_with) as string[];
  if (list.includes(other)) return;
  await db.updateTable('facts').set({ conflicts_with: JSON.stringify([...list, other]) }).where('id', '=', factId).execute();
}

async function insertEvents(db: Db, rows: EventsTable[], events: readonly DiploEvent[]): Promise<void> {
  for (const part of chunks(rows, 200)) await db.insertInto('events').values(part).onConflict((oc) => oc.column('id').doNothing()).execute();
  const parties = events.flatMap((e) => eventParties(e).map((country) => ({ country, event_id: e.id })));
  for (const part of chunks(parties)) await db.insertInto('event_parties').values(part).onConflict((oc) => oc.doNothing()).execute();
  const sources = rows.filter((r) => r.fact_id !== null).map((r) => ({ fact_id: r.fact_id as string, event_id: r.id, article_id: r.article_id }));
  for (const part of chunks(sources)) await db.insertInto('fact_sources').values(part).onConflict((oc) => oc.doNothing()).execute();
}

function peopleOf(article: Article, events: readonly DiploEvent[]): Person[] {
  return events.flatMap(eventPeople).map((p) => ({
    name: p.name, country: p.country, title: p.title, sectors: [], aliases: [],
    firstSeen: article.published?.slice(0, 10) ?? null, lastSeen: article.published?.slice(0, 10) ?? null,
  }));
}

/** Stores one article with its events, facts and people, inside the caller's transaction. */
export async function putOne(db: Db, item: PutItem): Promise<PutOutcome> {
  const { article, signature } = item;
  const exists = await db.selectFrom('articles').select('id').where('id', '=', article.id).executeTakeFirst();
  if (exists) return { status: 'exists', articleId: article.id, duplicateOf: null, events: 0 };
  let duplicateOf = article.duplicateOf;
  if (!duplicateOf && signature) duplicateOf = await findDuplicateIn(db, signature);
  if (duplicateOf === article.id) duplicateOf = null;
  const events = item.events.map((e) => (e.articleId === article.id ? e : { ...e, articleId: article.id }));
  const inserted = await db.insertInto('articles')
    .values(articleRow(article, duplicateOf, signature ?? null, events.length))
    .onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
  if (!inserted) return { status: 'exists', articleId: article.id, duplicateOf: null, events: 0 };
  if (signature && !duplicateOf) {
    const keys = [...new Set(bandKeys(signature))];
    for (const part of chunks(keys)) {
      await db.insertInto('dup_bands').values(part.map((band_key) => ({ band_key, article_id: article.id })))
        .onConflict((oc) => oc.doNothing()).execute();
    }
  }
  const factIds = await materialise(db, events, duplicateOf !== null);
  await insertEvents(db, events.map((e, i) => eventRow(e, i, duplicateOf !== null, factIds[i] ?? null)), events);
  await upsertPeopleIn(db, peopleOf(article, events));
  return { status: duplicateOf ? 'duplicate' : 'stored', articleId: article.id, duplicateOf, events: events.length };
}

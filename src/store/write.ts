import type { Kysely, Transaction } from 'kysely';
import type { Person } from '../model/actor.js';
import type { Article, DupSignature } from '../model/article.js';
import type { DiploEvent } from '../model/event.js';
import { bandKeys } from '../ingest/signature.js';
import { bandCandidates, findOriginal, sameContent, type DupCandidate, type Dialect } from './duplicates.js';
import { FactCache, pairKeys } from './fact-cache.js';
import { eventParties, eventPeople, mergeKeyOf } from './merge.js';
import { insertRows } from './prepared.js';
import { articleRow, eventRow } from './rows.js';
import type { ArticlesTable, Database, EventPairsTable, EventPartiesTable, EventsTable, FactSourcesTable } from './schema.js';
import type { PutItem, PutOutcome } from './store.js';
import { planPeople, writePeople, type PendingPeople } from './people.js';

type Db = Kysely<Database> | Transaction<Database>;

const NOTHING = { nothing: true } as const;
const PLAIN = { none: true } as const;

/**
 * The stored original that `sig` nearly duplicates: the same content hash, or a shared LSH band
 * confirmed by `isNearDuplicate` (src/ingest/signature.ts); the earliest-ingested wins.
 */
export function findDuplicateIn(db: Db, dialect: Dialect, sig: DupSignature & { size?: number }): Promise<string | null> {
  return findOriginal(db, dialect, sig);
}

/** Which of `ids` are stored articles. */
export async function presentIdsIn(db: Db, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 400) {
    const rows = await db.selectFrom('articles').select('id').where('id', 'in', unique.slice(i, i + 400)).execute();
    for (const r of rows) out.add(r.id);
  }
  return out;
}

/** Merge keys an item's events touch: held as locks by stores with concurrent writers. */
export const mergeKeysOf = (items: readonly PutItem[]): string[] =>
  [...new Set(items.flatMap((it) => it.events.map(mergeKeyOf).filter((k): k is string => k !== null)))].sort();

function peopleOf(article: Article, events: readonly DiploEvent[]): Person[] {
  return events.flatMap(eventPeople).map((p) => ({
    name: p.name, country: p.country, title: p.title, sectors: [], aliases: [],
    firstSeen: article.published?.slice(0, 10) ?? null, lastSeen: article.published?.slice(0, 10) ?? null,
  }));
}

/** A new article of the batch, decided before anything is written. */
interface Planned {
  readonly item: PutItem;
  readonly duplicateOf: string | null;
  /** Its events, without ids given earlier in the batch, each with the article's id. */
  readonly events: readonly DiploEvent[];
  readonly row: ArticlesTable;
  /** Its place among the outcomes. */
  readonly at: number;
}

const exists = (articleId: string): PutOutcome => ({ status: 'exists', articleId, duplicateOf: null, events: 0 });

/**
 * Which items are new and of what each is a copy, in order: an item may be a copy of an earlier
 * one of the batch (`recent`, not in the tables yet). The article rows are made here, so the
 * ingest order (`ingested_at`) is the batch order.
 */
async function plan(db: Db, dialect: Dialect, items: readonly PutItem[], outcomes: (PutOutcome | null)[]): Promise<Planned[]> {
  const present = await presentIdsIn(db, items.map((it) => it.article.id));
  const wanted = items.filter((it) => !present.has(it.article.id) && !it.article.duplicateOf && it.signature);
  const sameStored = await sameContent(db, wanted.map((it) => it.signature!.contentHash));
  // The stored candidates of every item in one go (they do not depend on the batch's earlier items).
  const near = wanted.filter((it) => !sameStored.has(it.signature!.contentHash));
  const found = await bandCandidates(db, dialect, near.map((it) => it.signature!));
  const candidates = new Map(near.map((it, i) => [it, found[i]!]));
  const recent: DupCandidate[] = [];
  const seenEvents = new Set<string>();
  const out: Planned[] = [];
  for (const item of items) {
    const { article, signature } = item;
    if (present.has(article.id)) { outcomes.push(exists(article.id)); continue; }
    present.add(article.id);
    let duplicateOf = article.duplicateOf;
    if (!duplicateOf && signature) {
      duplicateOf = await findOriginal(db, dialect, signature, recent, sameStored.get(signature.contentHash) ?? null, candidates.get(item));
    }
    if (duplicateOf === article.id) duplicateOf = null;
    // Event ids are unique: a repeated id (a symmetric event coded both ways) keeps its first event.
    const events = item.events.filter((e) => !seenEvents.has(e.id) && seenEvents.add(e.id))
      .map((e) => (e.articleId === article.id ? e : { ...e, articleId: article.id }));
    const row = articleRow(article, duplicateOf, signature ?? null, events.length);
    recent.push({
      id: article.id, duplicateOf, contentHash: signature?.contentHash ?? null,
      signature: signature && !duplicateOf ? signature : null, ingestedAt: row.ingested_at,
    });
    out.push({ item, duplicateOf, events, row, at: outcomes.length });
    outcomes.push(null);
  }
  return out;
}

/** The rows one stored article adds besides its own, collected for the batch's bulk statements. */
interface Rows {
  readonly events: EventsTable[];
  readonly parties: EventPartiesTable[];
  readonly pairs: EventPairsTable[];
  readonly sources: FactSourcesTable[];
}

/** The near-duplicate band rows of a stored original (a copy has none: later copies are found through its original). */
function bandRows(p: Planned): { band_key: string; article_id: string }[] {
  const { article, signature } = p.item;
  return signature && !p.duplicateOf ? [...new Set(bandKeys(signature))].map((band_key) => ({ band_key, article_id: article.id })) : [];
}

function addArticle(rows: Rows, p: Planned, facts: FactCache): PutOutcome {
  const { article } = p.item;
  const { duplicateOf, events } = p;
  events.forEach((e, i) => {
    const factId = facts.place(e, duplicateOf !== null);
    const r = eventRow(e, i, duplicateOf !== null, factId);
    rows.events.push(r);
    const parties = eventParties(e);
    for (const country of parties) rows.parties.push({ country, event_id: e.id });
    for (const pair_key of pairKeys(parties)) {
      rows.pairs.push({ pair_key, event_id: e.id, date_key: r.date_start ?? '9999', article_id: r.article_id, seq: r.seq, duplicate: r.duplicate });
    }
    if (factId) {
      rows.sources.push({
        fact_id: factId, event_id: e.id, article_id: article.id, seq: i, title: article.title, url: article.url,
        published: article.published, duplicate_of: duplicateOf, sentence: e.evidence.sentence, start: e.evidence.start, end: e.evidence.end,
      });
    }
  });
  return { status: duplicateOf ? 'duplicate' : 'stored', articleId: article.id, duplicateOf, events: events.length };
}

/**
 * Stores a batch of articles inside the caller's transaction, in order (a later item may be a
 * duplicate of an earlier one), each exactly as alone: which are new and of what they are
 * copies is decided first, then the merged facts are placed in memory, then every table gets a
 * few multi-row statements. `learned` people (from coding) are merged first, then the people the
 * events name; all are written in one statement, in key order. One outcome per item.
 * `lockMergeKeys` (stores with concurrent writers) is called once the article rows are in,
 * before the facts are read: the merge keys stay locked only while facts are read and written.
 */
export async function writeBatch(
  db: Db, dialect: Dialect, items: readonly PutItem[], learned: readonly Person[] = [], lockMergeKeys?: () => Promise<void>,
): Promise<PutOutcome[]> {
  const people: PendingPeople = new Map();
  await planPeople(db, dialect, learned, people);
  const outcomes: (PutOutcome | null)[] = [];
  const planned = await plan(db, dialect, items, outcomes);
  // Another writer may have stored one of them meanwhile (PostgreSQL): that one `exists`.
  const inserted = new Set((await insertRows(db, 'articles', planned.map((p) => p.row), NOTHING, 'id')).map((r) => r.id as string));
  const stored = planned.filter((p) => inserted.has(p.item.article.id));
  // The rows below belong to articles and events this transaction has just inserted, so none of
  // them can exist yet (the foreign keys see to that): plain inserts, with no uniqueness probe
  // per row. An event id already stored (never for an event coded from its own article: the id
  // hashes the article's) leaves its children to the careful path. The band rows and the people
  // need no fact: they are written or read before the merge keys are locked.
  await insertRows(db, 'dup_bands', stored.flatMap(bandRows), PLAIN);
  await planPeople(db, dialect, stored.flatMap((p) => peopleOf(p.item.article, p.events)), people);
  await lockMergeKeys?.();
  const facts = await FactCache.load(db, stored.flatMap((p) => p.events));
  const rows: Rows = { events: [], parties: [], pairs: [], sources: [] };
  for (const p of planned) outcomes[p.at] = inserted.has(p.item.article.id) ? addArticle(rows, p, facts) : exists(p.item.article.id);
  const newEvents = (await insertRows(db, 'events', rows.events, NOTHING, 'id')).length === rows.events.length;
  const children = newEvents ? PLAIN : NOTHING;
  await insertRows(db, 'event_parties', rows.parties, children);
  await insertRows(db, 'event_pairs', rows.pairs, children);
  await facts.flush(db);
  await insertRows(db, 'fact_sources', rows.sources, children);
  await writePeople(db, people);
  return outcomes.map((o) => o!);
}

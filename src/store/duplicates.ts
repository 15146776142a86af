import { sql, type Kysely, type Transaction } from 'kysely';
import type { DupSignature } from '../model/article.js';
import { BANDS, bandKeys, isNearDuplicate, type SignatureLike } from '../ingest/signature.js';
import { cachesOf } from './query-caches.js';
import { runPrepared } from './prepared.js';
import type { Dialect } from './migrations.js';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;
/** The database kind (a few lookups use a statement only PostgreSQL has): the migrations' own. */
export type { Dialect };

/**
 * Entries of one band bucket a lookup reads at most. Shared boilerplate (a wire service's
 * standard sentences) fills some buckets with thousands of unrelated articles; a real copy shares
 * about half of the 42 bands with its original, most of them rare, so it is found through those.
 */
const BUCKET_LIMIT = 32;
/** Candidates confirmed with `isNearDuplicate` at most: those sharing the most bands. */
const MAX_CANDIDATES = 100;

/** An article a later one may duplicate: what the store keeps of it for the check. */
export interface DupCandidate {
  readonly id: string;
  readonly duplicateOf: string | null;
  readonly contentHash: string | null;
  readonly signature: SignatureLike | null;
  /** `ingested_at`: with the id, the order that decides which of several originals wins. */
  readonly ingestedAt: string;
}

const earlier = (a: DupCandidate, b: DupCandidate): boolean =>
  a.ingestedAt < b.ingestedAt || (a.ingestedAt === b.ingestedAt && a.id < b.id);

function earliest(xs: readonly DupCandidate[]): DupCandidate | null {
  let best: DupCandidate | null = null;
  for (const x of xs) if (!best || earlier(x, best)) best = x;
  return best;
}

const storedSignature = (minhash: string | null, contentHash: string | null, shingles: number | string | null): SignatureLike | null => {
  if (!minhash) return null;
  const sig = { contentHash: contentHash ?? '', minhash: JSON.parse(minhash) as number[] };
  return shingles === null ? sig : { ...sig, size: Number(shingles) };
};

/** Stored articles with these content hashes (any of them may be a copy: its original is named). */
export async function sameContent(db: Db, hashes: readonly string[]): Promise<Map<string, DupCandidate>> {
  const out = new Map<string, DupCandidate>();
  const unique = [...new Set(hashes)];
  for (let i = 0; i < unique.length; i += 400) {
    const rows = await db.selectFrom('articles').select(['id', 'duplicate_of', 'content_hash', 'ingested_at'])
      .where('content_hash', 'in', unique.slice(i, i + 400)).execute();
    for (const r of rows) {
      const c: DupCandidate = { id: r.id, duplicateOf: r.duplicate_of, contentHash: r.content_hash, signature: null, ingestedAt: r.ingested_at };
      const cur = out.get(r.content_hash!);
      if (!cur || earlier(c, cur)) out.set(r.content_hash!, c);
    }
  }
  return out;
}

/** What a lookup needs of stored originals, kept for the store's life (`QueryCaches`): these columns never change. */
const CACHE_SIZE = 4096;

/** The check columns of stored articles, from a small cache (crowded buckets name the same articles again and again). */
async function candidateInfo(db: Db, dialect: Dialect, ids: readonly string[]): Promise<Map<string, DupCandidate>> {
  const cache = cachesOf(db)?.duplicateCandidates ?? new Map<string, DupCandidate>();
  const out = new Map<string, DupCandidate>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = cache.get(id);
    if (hit) { out.set(id, hit); cache.delete(id); cache.set(id, hit); } else missing.push(id);
  }
  type Row = { id: string; minhash: string | null; content_hash: string | null; shingles: number | null; ingested_at: string; duplicate_of: string | null };
  const rows: Row[] = [];
  if (dialect === 'postgres' && missing.length > 0) {
    rows.push(...(await sql<Row>`select id, minhash, content_hash, shingles, ingested_at, duplicate_of from articles where id = any(${missing}::text[])`.execute(db)).rows);
  } else {
    for (let i = 0; i < missing.length; i += 100) {
      const part = missing.slice(i, i + 100);
      const padded = [...part, ...new Array<string>(100 - part.length).fill('')];
      rows.push(...(await runPrepared<Row>(db, 'dup-candidates', (d, arg) => d.selectFrom('articles')
        .select(['id', 'minhash', 'content_hash', 'shingles', 'ingested_at', 'duplicate_of'])
        .where('id', 'in', Array.from({ length: 100 }, (_, j) => arg(j))), padded)).rows);
    }
  }
  for (const r of rows) {
    const c: DupCandidate = { id: r.id, duplicateOf: r.duplicate_of, contentHash: r.content_hash, signature: storedSignature(r.minhash, r.content_hash, r.shingles), ingestedAt: r.ingested_at };
    out.set(r.id, c);
    cache.set(r.id, c);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return out;
}

/** Ranks the articles a lookup's band rows name: most bands shared first, then by id; the first MAX_CANDIDATES. */
function ranked(ids: readonly string[]): string[] {
  const shared = new Map<string, number>();
  for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  return [...shared.keys()].sort((a, b) => shared.get(b)! - shared.get(a)! || (a < b ? -1 : 1)).slice(0, MAX_CANDIDATES);
}

/**
 * Stored originals sharing LSH bands with each signature: at most BUCKET_LIMIT per band, ranked
 * by the number of bands shared, the first MAX_CANDIDATES with their check columns. On
 * PostgreSQL one statement serves the whole batch (a lateral read of each band); on SQLite one
 * prepared statement per signature.
 */
export async function bandCandidates(db: Db, dialect: Dialect, sigs: readonly SignatureLike[]): Promise<DupCandidate[][]> {
  const idsPer: string[][] = sigs.map(() => []);
  if (dialect === 'postgres') {
    const keys: string[] = [];
    const items: number[] = [];
    sigs.forEach((sig, i) => { for (const k of bandKeys(sig)) { keys.push(k); items.push(i); } });
    if (keys.length > 0) {
      const res = await sql<{ item: number; article_id: string }>`select k.item, b.article_id
        from unnest(${keys}::text[], ${items}::integer[]) as k(band_key, item)
        cross join lateral (select article_id from dup_bands d where d.band_key = k.band_key order by article_id limit ${BUCKET_LIMIT}) as b`.execute(db);
      for (const r of res.rows) idsPer[Number(r.item)]!.push(r.article_id);
    }
  } else {
    for (const [i, sig] of sigs.entries()) {
      const keys = bandKeys(sig);
      if (keys.length !== BANDS) continue;
      const hits = await runPrepared<{ band_key: string; article_id: string }>(db, 'dup-bands', (d, arg) => {
        const branch = (b: number) => d.selectFrom((eb) => eb.selectFrom('dup_bands').select(['band_key', 'article_id'])
          .where('band_key', '=', arg(b)).orderBy('article_id').limit(BUCKET_LIMIT).as(`b${b}`)).selectAll();
        let q = branch(0);
        for (let b = 1; b < BANDS; b++) q = q.unionAll(branch(b));
        return q;
      }, keys);
      idsPer[i] = hits.rows.map((r) => r.article_id);
    }
  }
  const top = idsPer.map(ranked);
  const info = await candidateInfo(db, dialect, [...new Set(top.flat())]);
  return top.map((ids) => ids.map((id) => info.get(id)).filter((c): c is DupCandidate => c !== undefined));
}

/**
 * Finds the original a signature nearly duplicates: among the stored articles and `recent` (the
 * earlier articles of the batch being written, not yet in the tables), the earliest-ingested
 * with the same content hash (its own original when it is a copy), else the earliest-ingested
 * original confirmed by `isNearDuplicate` among the band candidates. `stored` and `candidates`
 * may be given when looked up beforehand for a whole batch.
 */
export async function findOriginal(
  db: Db, dialect: Dialect, sig: DupSignature & { size?: number }, recent: readonly DupCandidate[] = [],
  stored?: DupCandidate | null, candidates?: readonly DupCandidate[],
): Promise<string | null> {
  const exactStored = stored === undefined ? (await sameContent(db, [sig.contentHash])).get(sig.contentHash) ?? null : stored;
  const exact = earliest([...(exactStored ? [exactStored] : []), ...recent.filter((r) => r.contentHash === sig.contentHash)]);
  if (exact) return exact.duplicateOf ?? exact.id;
  const all = [...(candidates ?? (await bandCandidates(db, dialect, [sig]))[0]!), ...recent.filter((r) => r.signature !== null)];
  return earliest(all.filter((c) => c.signature !== null && isNearDuplicate(c.signature, sig)))?.id ?? null;
}

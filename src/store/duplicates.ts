import type { Kysely, Transaction } from 'kysely';
import type { DupSignature } from '../model/article.js';
import { BANDS, bandKeys, isNearDuplicate, type SignatureLike } from '../ingest/signature.js';
import { runPrepared } from './prepared.js';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Entries of one band bucket a lookup reads at most. Shared boilerplate (a wire service's
 * standard sentences) fills some buckets with thousands of unrelated articles; a real copy shares
 * about half of the 42 bands with its original, most of them rare, so it is found through those.
 */
export const BUCKET_LIMIT = 32;
/** Candidates confirmed with `isNearDuplicate` at most: those sharing the most bands. */
export const MAX_CANDIDATES = 100;

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

/**
 * Stored originals sharing LSH bands with `sig`: at most BUCKET_LIMIT per band, ranked by the
 * number of bands shared, the first MAX_CANDIDATES with their signatures. Two statements, each
 * prepared once.
 */
async function bandCandidates(db: Db, sig: SignatureLike): Promise<DupCandidate[]> {
  const keys = bandKeys(sig);
  if (keys.length !== BANDS) return [];
  const hits = await runPrepared<{ band_key: string; article_id: string }>(db, 'dup-bands', (d, arg) => {
    const branch = (i: number) => d.selectFrom((eb) => eb.selectFrom('dup_bands').select(['band_key', 'article_id'])
      .where('band_key', '=', arg(i)).orderBy('article_id').limit(BUCKET_LIMIT).as(`b${i}`)).selectAll();
    let q = branch(0);
    for (let i = 1; i < BANDS; i++) q = q.unionAll(branch(i));
    return q;
  }, keys);
  if (hits.rows.length === 0) return [];
  const shared = new Map<string, number>();
  for (const r of hits.rows) shared.set(r.article_id, (shared.get(r.article_id) ?? 0) + 1);
  const ids = [...shared.keys()].sort((a, b) => shared.get(b)! - shared.get(a)! || (a < b ? -1 : 1)).slice(0, MAX_CANDIDATES);
  const out: DupCandidate[] = [];
  for (let i = 0; i < ids.length; i += 25) {
    const part = ids.slice(i, i + 25);
    const padded = [...part, ...new Array<string>(25 - part.length).fill('')];
    const rows = await runPrepared<{ id: string; minhash: string | null; content_hash: string | null; shingles: number | null; ingested_at: string; duplicate_of: string | null }>(
      db, 'dup-candidates', (d, arg) => d.selectFrom('articles')
        .select(['id', 'minhash', 'content_hash', 'shingles', 'ingested_at', 'duplicate_of'])
        .where('id', 'in', Array.from({ length: 25 }, (_, j) => arg(j))), padded);
    for (const r of rows.rows) {
      out.push({ id: r.id, duplicateOf: r.duplicate_of, contentHash: r.content_hash, signature: storedSignature(r.minhash, r.content_hash, r.shingles), ingestedAt: r.ingested_at });
    }
  }
  return out;
}

/**
 * Finds the original a signature nearly duplicates: among the stored articles and `recent` (the
 * earlier articles of the batch being written, not yet in the tables), the earliest-ingested
 * with the same content hash (its own original when it is a copy), else the earliest-ingested
 * original confirmed by `isNearDuplicate` among the band candidates.
 */
export async function findOriginal(
  db: Db, sig: DupSignature & { size?: number }, recent: readonly DupCandidate[] = [], stored?: DupCandidate | null,
): Promise<string | null> {
  const exactStored = stored === undefined ? (await sameContent(db, [sig.contentHash])).get(sig.contentHash) ?? null : stored;
  const exact = earliest([...(exactStored ? [exactStored] : []), ...recent.filter((r) => r.contentHash === sig.contentHash)]);
  if (exact) return exact.duplicateOf ?? exact.id;
  const candidates = [...(await bandCandidates(db, sig)), ...recent.filter((r) => r.signature !== null)];
  return earliest(candidates.filter((c) => c.signature !== null && isNearDuplicate(c.signature, sig)))?.id ?? null;
}

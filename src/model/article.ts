/** Where and when a story says it was filed ("Baku, Azerbaijan, Aug.17"). */
export interface Dateline {
  readonly place: string;
  /** ISO 3166-1 alpha-3 of the place's country, or null when unknown. */
  readonly country: string | null;
  /** `YYYY-MM-DD` when resolvable (needs the year from the published date), else null. */
  readonly date: string | null;
}

/**
 * One input document after ingestion (EVENTS.md §1). `text` is the text the pipeline analyses:
 * every character offset in events and evidence points into it. The headline, when the format
 * has one apart from the body, is the first paragraph of `text`.
 */
export interface Article {
  readonly id: string;
  readonly url: string | null;
  readonly title: string;
  /** ISO date or date-time (`2017-08-17T11:27`), or null. */
  readonly published: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly dateline: Dateline | null;
  /** BCP-47 code (`en`), or `und` when undetermined. */
  readonly language: string;
  readonly duplicateOf: string | null;
  readonly text: string;
  /** Where it came from: a file path, `path#item-3`, `path:line`, or `-` for standard input. */
  readonly origin?: string;
}

/** Near-duplicate signature computed at ingestion (MinHash over word shingles). */
export interface DupSignature {
  /** SHA-256 (hex) of the normalised text. */
  readonly contentHash: string;
  /** MinHash values (unsigned 32-bit), fixed length. */
  readonly minhash: readonly number[];
  /** Number of distinct word shingles (lets a cut or extended copy be matched by containment). */
  readonly size?: number;
}

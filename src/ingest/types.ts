import type { Article, DupSignature } from '../model/article.js';
import type { AttacheError, Result } from '../model/result.js';
import type { PlaceResolver } from './places.js';

/** The input formats the readers understand. */
export type InputFormat = 'text' | 'html' | 'feed' | 'jsonl';

/** A dateline as a reader found it; the date words are resolved once the published date is known. */
export interface DatelineDraft {
  readonly place: string;
  readonly country: string | null;
  /** The date words of the dateline (`Aug.17`, `21st Sep, 2019`), or null. */
  readonly dateText: string | null;
}

/**
 * What a reader extracts from one document before identity, language and duplicates are
 * settled. `paragraphs` is the analysed text in order; when `headlineFirst` is true its first
 * paragraph is the headline (`title`).
 */
export interface Draft {
  readonly origin: string;
  readonly paragraphs: readonly string[];
  readonly headlineFirst: boolean;
  readonly title: string | null;
  readonly id?: string | null;
  readonly url?: string | null;
  readonly published?: string | null;
  readonly source?: string | null;
  readonly author?: string | null;
  readonly dateline?: DatelineDraft | null;
  /** Non-fatal notes (such as "decoded as windows-1251"). */
  readonly warnings?: readonly string[];
}

/** Options of a read run. All optional. */
export interface ReadOptions {
  /** Published date for articles that state none (ISO date). */
  readonly published?: string | null;
  /** Force a format instead of extension + sniffing. */
  readonly format?: InputFormat | null;
  /** Largest whole-document input (text, HTML, feed) in bytes. Default 50 MB. */
  readonly maxFileBytes?: number;
  /** Largest article text (characters) and largest JSONL line (bytes). Default 5 MB. */
  readonly maxArticleBytes?: number;
  /** Largest HTML/XML element nesting depth accepted. Default 400 (news pages stay under 100). */
  readonly maxDepth?: number;
  /** Skip near-duplicate detection (exact duplicates are still marked). Default false. */
  readonly nearDuplicates?: boolean;
  /** Mark duplicates within the run (default true). */
  readonly markDuplicates?: boolean;
  /** Place resolver for datelines (default: built from world-countries + data/ingest/cities.json). */
  readonly places?: PlaceResolver;
  /** Readable stream used for `-` (default process.stdin). */
  readonly stdin?: NodeJS.ReadableStream;
}

/** One article read, with its duplicate signature and any non-fatal warnings. */
export interface ReadArticle {
  readonly article: Article;
  readonly signature: DupSignature;
  readonly warnings: readonly string[];
}

/** The outcome of reading one article (or failing to read one input, line or item). */
export type ReadOutcome = Result<ReadArticle, AttacheError>;

/** The outcome of a reader for one document, before it is finished into an Article. */
export type DraftOutcome = Result<Draft, AttacheError>;

/**
 * One reader per input format. `sniff` looks at the first (decoded) characters of an input
 * whose extension says nothing; `read` yields one draft (or error) per article in the input.
 */
export interface Reader {
  readonly format: InputFormat;
  readonly extensions: readonly string[];
  sniff(head: string): boolean;
  read(input: InputSource, options: ResolvedReadOptions): AsyncIterable<DraftOutcome>;
}

/** Read options with defaults applied. */
export interface ResolvedReadOptions {
  readonly places: PlaceResolver;
  readonly published: string | null;
  readonly maxFileBytes: number;
  readonly maxArticleBytes: number;
  readonly maxDepth: number;
}

/** An opened input: its display name, extension, first bytes, and a way to stream all bytes. */
export interface InputSource {
  /** Path as given, or `-` for standard input. */
  readonly name: string;
  /** Lower-case extension without the dot (`txt`), or '' */
  readonly ext: string;
  /** Size in bytes when known (files), else null. */
  readonly size: number | null;
  /** The first bytes (up to 64 KiB). */
  readonly head: Buffer;
  /** Every byte from the start, in chunks (may be called once). */
  chunks(): AsyncIterable<Buffer>;
}

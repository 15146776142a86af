import type { Article, DupSignature } from '../model/article.js';
import type { Person } from '../model/actor.js';
import type { DiploEvent, DiplomaticKind, EventAttributes, EventDate, Modality } from '../model/event.js';

/** What happened to one article handed to the store. */
export interface PutOutcome {
  /** `stored`: new; `exists`: same id already there (nothing added); `duplicate`: stored as a near-duplicate of another. */
  readonly status: 'stored' | 'exists' | 'duplicate';
  readonly articleId: string;
  readonly duplicateOf: string | null;
  /** Events added by this call (0 for `exists`). */
  readonly events: number;
}

/** Filters of `attache events` and `GET /api/events`. All optional; combined with AND. */
export interface EventQuery {
  /** Both countries take part (as source, target or participant). ISO alpha-3 or IGO code. */
  readonly pair?: readonly [string, string];
  readonly country?: string;
  /** A diplomatic kind, or a prefix ending in `*` (`mission.*`). */
  readonly kind?: string;
  /** A CAMEO code, or a prefix ending in `*` (`05*`). */
  readonly cameo?: string;
  /** Inclusive bounds on the event date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly from?: string;
  readonly to?: string;
  /** Words that must all occur in the evidence sentence (case-insensitive). */
  readonly text?: string;
  readonly articleId?: string;
  /** Include events of near-duplicate articles (default false: they do not count twice). */
  readonly includeDuplicates?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

/** One source a fact rests on. */
export interface FactSource {
  readonly eventId: string;
  readonly articleId: string;
  readonly title: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  /** Set when the source article is a near-duplicate of another (a wire copy): shown, not counted. */
  readonly duplicateOf?: string | null;
}

/** Narrows the facts `factsForPair` / `factsForCountry` return. */
export interface FactQuery {
  /** Only these kinds. */
  readonly kinds?: readonly string[];
  /** Only diplomatic kinds (no `kind: null` CAMEO-only facts). */
  readonly diplomaticOnly?: boolean;
  readonly limit?: number;
  /** At most this many sources per fact, the first in citation order; a fact cut so carries `sourceCount`. */
  readonly sourceLimit?: number;
}

/** How much one country shares with another (`attache country`). */
export interface PartnerActivity {
  readonly country: string;
  /** Facts involving both. */
  readonly facts: number;
  /** Sources (reports) behind those facts. */
  readonly sources: number;
  /** Date of the latest dated fact (`YYYY[-MM[-DD]]`), or null. */
  readonly lastDate: string | null;
}

/** An article's metadata without its text (`articleInfo`). */
export interface ArticleInfo {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly duplicateOf: string | null;
}

/** One article handed to `putArticles`. */
export interface PutItem {
  readonly article: Article;
  readonly events: readonly DiploEvent[];
  readonly signature?: DupSignature;
}

/** Options of `putArticles`. */
export interface PutOptions {
  /**
   * People learned while coding the batch: stored in the same transaction, before the articles
   * (as `upsertPeople` would), so a batch costs one commit.
   */
  readonly people?: readonly Person[];
}

/** A real-world fact merged from the events that report it (EVENTS.md §5). */
export interface Fact {
  readonly id: string;
  readonly kind: DiplomaticKind | null;
  readonly cameo: string;
  /** Sorted country codes taking part. */
  readonly parties: readonly string[];
  readonly source: string | null;
  readonly target: string | null;
  /** The most precise compatible date. */
  readonly date: EventDate;
  readonly modality: Modality;
  readonly attributes: EventAttributes;
  /** People taking part, with their titles ("Elmar Mammadyarov, foreign minister of AZE"). */
  readonly people: readonly { readonly name: string; readonly country: string | null; readonly title: string | null }[];
  readonly sources: readonly FactSource[];
  /** Present only when `sources` was cut (`FactQuery.sourceLimit`): how many sources the fact has. */
  readonly sourceCount?: number;
  /** Ids of facts that report the same thing with an incompatible date or direction. */
  readonly conflictsWith: readonly string[];
}

/**
 * The part of a pair's dossier a fact belongs to (EVENTS.md §5), as the store files it
 * (`fact_pairs.section`). `mechanism-meetings`: consultation rounds and commission sessions that
 * took place, shown both as meetings and as mechanisms.
 */
export type FactSection = 'relations' | 'missions' | 'envoys' | 'agreements' | 'mechanisms' | 'mechanism-meetings' | 'meetings' | 'plans' | 'other';

/** Every FactSection, in dossier order. */
export const FACT_SECTIONS: readonly FactSection[] = ['relations', 'missions', 'envoys', 'agreements', 'mechanisms', 'mechanism-meetings', 'meetings', 'plans', 'other'];

/** Where a page of a pair's facts ends: the next page holds the facts before this one in date order. */
export interface FactCursor {
  /** `coalesce(date_start, '9999')` of the last fact given. */
  readonly dateKey: string;
  readonly factId: string;
}

/** What `pairFactsPage` reads. */
export interface PairPageQuery {
  /** Facts of these sections (together, in one date order). */
  readonly sections: readonly FactSection[];
  /** At most this many facts (the latest ones before `before`). */
  readonly limit: number;
  /** Only facts before this cursor (the `next` of the previous page). */
  readonly before?: FactCursor | null;
  /** At most this many sources per fact, the first in citation order (default: all). */
  readonly sourceLimit?: number;
}

/** One page of a pair's facts, read from an index without loading the pair's other facts. */
export interface PairFactsPage {
  /** The facts, oldest first (the order of `factsForPair`); each with at most `sourceLimit` sources. */
  readonly facts: readonly Fact[];
  /** How many sources each fact has in all (same order as `facts`). */
  readonly sourceCounts: readonly number[];
  /** The cursor of the next (older) page, or null when there is none. */
  readonly next: FactCursor | null;
}

/** How many facts a pair has per section, and the dates of its first and last dated facts. */
export interface PairOverview {
  readonly sections: Readonly<Record<FactSection, number>>;
  readonly facts: number;
  /** `date.value` start (`YYYY[-MM[-DD]]`) of the earliest and the latest dated fact, or null. */
  readonly first: string | null;
  readonly last: string | null;
}

/** Bounds (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive) on fact dates. */
export interface Period {
  readonly from?: string;
  readonly to?: string;
}

export interface StoreStats {
  readonly articles: number;
  readonly duplicates: number;
  readonly events: number;
  readonly facts: number;
  readonly people: number;
}

/**
 * Where Attaché remembers. Implementations: SqliteStore (embedded default) and PostgresStore;
 * both pass test/store/contract.ts. Every method is safe to call concurrently from several
 * processes on the same database; `putArticle` is one transaction and idempotent by article id.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Stores an article with its events (and updates merged facts and people) atomically. */
  putArticle(article: Article, events: readonly DiploEvent[], signature?: DupSignature): Promise<PutOutcome>;
  /**
   * Stores many articles in one transaction (for throughput), each exactly as `putArticle` would,
   * in order (a later item may be a duplicate of an earlier one). One outcome per item.
   */
  putArticles(items: readonly PutItem[], options?: PutOptions): Promise<readonly PutOutcome[]>;
  hasArticle(id: string): Promise<boolean>;
  /** Which of `ids` are stored (one lookup for many: a worker's batch of jobs). */
  presentIds(ids: readonly string[]): Promise<ReadonlySet<string>>;
  /** The id of an earlier article this signature nearly duplicates, or null. */
  findDuplicate(signature: DupSignature): Promise<string | null>;
  getArticle(id: string): Promise<{ readonly article: Article; readonly events: readonly DiploEvent[] } | null>;
  /** Metadata of the given articles (those that exist), without their text. */
  articleInfo(ids: readonly string[]): Promise<readonly ArticleInfo[]>;
  queryEvents(query: EventQuery): Promise<{ readonly total: number; readonly events: readonly DiploEvent[] }>;
  /** Merged facts between two parties (both present), in date order. */
  factsForPair(a: string, b: string, query?: FactQuery): Promise<readonly Fact[]>;
  /**
   * Facts per dossier section of a pair, from the pair's index. With `only`, counts those
   * sections alone (the others are 0, `facts` their sum) and leaves `first`/`last` null.
   */
  pairOverview(a: string, b: string, only?: readonly FactSection[]): Promise<PairOverview>;
  /**
   * The latest `limit` facts of a pair in some dossier sections (before a cursor), with bounded
   * sources: reads that page from the pair's section index, never the pair's other facts.
   */
  pairFactsPage(a: string, b: string, query: PairPageQuery): Promise<PairFactsPage>;
  /**
   * Countries sharing facts with `country` whose dates overlap the period (`YYYY[-MM[-DD]]`
   * bounds, inclusive; undated facts count only without bounds), most active first.
   */
  partnersWithin(country: string, period: Period, limit?: number): Promise<readonly PartnerActivity[]>;
  /** Several pages at once (one per query, in order), read together: what a bounded dossier asks. */
  pairFactsPages(a: string, b: string, queries: readonly PairPageQuery[]): Promise<readonly PairFactsPage[]>;
  /** Merged facts involving one party, in date order. */
  factsForCountry(country: string, query?: FactQuery): Promise<readonly Fact[]>;
  /** Countries sharing facts with `country`, most active first. */
  partners(country: string, limit?: number): Promise<readonly PartnerActivity[]>;
  /** Every party with the number of facts it takes part in, most active first (for maps and lists). */
  activity(): Promise<readonly { readonly country: string; readonly facts: number }[]>;
  people(query?: string): Promise<readonly Person[]>;
  upsertPeople(people: readonly Person[]): Promise<void>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

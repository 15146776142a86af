/**
 * Table shapes of the store, shared by SQLite and PostgreSQL (kysely's typed schema).
 * JSON columns hold text; booleans are integers 0/1; dates are ISO strings.
 */
export interface ArticlesTable {
  id: string;
  url: string | null;
  title: string;
  published: string | null;
  source: string | null;
  author: string | null;
  dateline_place: string | null;
  dateline_country: string | null;
  dateline_date: string | null;
  language: string;
  duplicate_of: string | null;
  content_hash: string | null;
  /** MinHash signature as a JSON array (for near-duplicate checks of later articles). */
  minhash: string | null;
  /** Distinct shingles of the text (for the containment test of near-duplicates). */
  shingles: number | null;
  origin: string | null;
  text: string;
  event_count: number;
  ingested_at: string;
}

export interface DupBandsTable {
  band_key: string;
  article_id: string;
}

export interface EventsTable {
  id: string;
  article_id: string;
  seq: number;
  kind: string | null;
  cameo: string;
  quad_class: number;
  goldstein: number;
  plover_type: string | null;
  plover_mode: string | null;
  plover_context: string | null;
  source_text: string | null;
  source_country: string | null;
  source_code: string | null;
  source_name: string | null;
  source_title: string | null;
  source_sectors: string | null;
  source_type: string | null;
  source_start: number | null;
  source_end: number | null;
  target_text: string | null;
  target_country: string | null;
  target_code: string | null;
  target_name: string | null;
  target_title: string | null;
  target_sectors: string | null;
  target_type: string | null;
  target_start: number | null;
  target_end: number | null;
  participants: string;
  date_value: string | null;
  date_precision: string | null;
  date_basis: string;
  date_text: string | null;
  date_start: string | null;
  date_end: string | null;
  place_name: string | null;
  place_country: string | null;
  modality: string;
  attributes: string;
  mission_type: string | null;
  city: string | null;
  agreement_title: string | null;
  person: string | null;
  evidence_sentence: string;
  evidence_start: number;
  evidence_end: number;
  sentence_index: number | null;
  speaker: string | null;
  confidence: number;
  /** 1 when the article is a near-duplicate: kept as evidence, not counted. */
  duplicate: number;
  fact_id: string | null;
}

export interface EventPartiesTable {
  country: string;
  event_id: string;
}

export interface EventPairsTable {
  /** Sorted pair of parties, `AZE|PER`. */
  pair_key: string;
  event_id: string;
  /** The event's order (migration 2), so a pair's events are read in date order from the index: `coalesce(date_start, '9999')`. */
  date_key: string | null;
  article_id: string | null;
  seq: number | null;
  duplicate: number | null;
}

export interface FactsTable {
  id: string;
  merge_key: string;
  kind: string | null;
  cameo: string;
  parties: string;
  source: string | null;
  target: string | null;
  date_value: string | null;
  date_precision: string | null;
  date_basis: string;
  date_text: string | null;
  date_start: string | null;
  date_end: string | null;
  modality: string;
  attributes: string;
  people: string;
  conflicts_with: string;
  source_count: number;
}

export interface FactPartiesTable {
  country: string;
  /** The fact's kind, '' for CAMEO-only facts (facts of a country by kind are one range). */
  kind: string;
  fact_id: string;
}

export interface FactPairsTable {
  pair_key: string;
  fact_id: string;
  /** The fact's dossier section (migration 3, kept by triggers from `facts`): see `FactSection`. */
  section: string | null;
  /** The fact's order (migration 3, kept by triggers): `coalesce(date_start, '9999')`. */
  date_key: string | null;
}

export interface FactSourcesTable {
  fact_id: string;
  event_id: string;
  article_id: string;
  /** The event's position in its article (source order). */
  seq: number;
  title: string;
  url: string | null;
  published: string | null;
  duplicate_of: string | null;
  sentence: string;
  start: number;
  end: number;
}

export interface PeopleTable {
  key: string;
  name: string;
  country: string | null;
  title: string | null;
  sectors: string;
  aliases: string;
  first_seen: string | null;
  last_seen: string | null;
  /** Normalised name, aliases, title and country (lower case, no accents) for word search. */
  search: string;
}

export interface MigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

/** The whole database as kysely sees it. */
export interface Database {
  articles: ArticlesTable;
  dup_bands: DupBandsTable;
  events: EventsTable;
  event_parties: EventPartiesTable;
  event_pairs: EventPairsTable;
  facts: FactsTable;
  fact_parties: FactPartiesTable;
  fact_pairs: FactPairsTable;
  fact_sources: FactSourcesTable;
  people: PeopleTable;
  attache_migrations: MigrationsTable;
}

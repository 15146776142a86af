import { sql, type Kysely } from 'kysely';
import { quoteIdent } from './sql-ident.js';

/** One schema step. `up` runs inside the migration transaction, on either dialect. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Kysely<any>, dialect: Dialect): Promise<void>;
}

export type Dialect = 'sqlite' | 'postgres';

const idx = async (db: Kysely<any>, name: string, table: string, cols: string[], unique = false): Promise<void> => {
  let b = db.schema.createIndex(name).ifNotExists().on(table).columns(cols);
  if (unique) b = b.unique();
  await b.execute();
};

/** Version 1: articles, near-duplicate bands, events, facts, people. */
const initial: Migration = {
  version: 1,
  name: 'initial',
  async up(db, dialect) {
    const dbl = sql`double precision`;
    // Small link tables are read by key range: on SQLite keep them clustered by their key.
    const clustered = <T extends { modifyEnd(m: ReturnType<typeof sql>): T }>(b: T): T => (dialect === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b);
    await db.schema.createTable('articles').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text').addColumn('title', 'text', (c) => c.notNull())
      .addColumn('published', 'text').addColumn('source', 'text').addColumn('author', 'text')
      .addColumn('dateline_place', 'text').addColumn('dateline_country', 'text').addColumn('dateline_date', 'text')
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('duplicate_of', 'text').addColumn('content_hash', 'text').addColumn('minhash', 'text').addColumn('shingles', 'integer')
      .addColumn('origin', 'text').addColumn('text', 'text', (c) => c.notNull())
      .addColumn('event_count', 'integer', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute();
    await idx(db, 'articles_content_hash', 'articles', ['content_hash']);
    await idx(db, 'articles_duplicate_of', 'articles', ['duplicate_of']);
    await idx(db, 'articles_published', 'articles', ['published']);

    await db.schema.createTable('dup_bands').ifNotExists()
      .addColumn('band_key', 'text', (c) => c.notNull())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('dup_bands_pk', ['band_key', 'article_id'])
      .execute();

    let ev = db.schema.createTable('events').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text').addColumn('cameo', 'text', (c) => c.notNull())
      .addColumn('quad_class', 'integer', (c) => c.notNull()).addColumn('goldstein', dbl, (c) => c.notNull())
      .addColumn('plover_type', 'text').addColumn('plover_mode', 'text').addColumn('plover_context', 'text');
    for (const side of ['source', 'target']) {
      for (const col of ['text', 'country', 'code', 'name', 'title', 'sectors', 'type']) ev = ev.addColumn(`${side}_${col}`, 'text');
      ev = ev.addColumn(`${side}_start`, 'integer').addColumn(`${side}_end`, 'integer');
    }
    await ev
      .addColumn('participants', 'text', (c) => c.notNull())
      .addColumn('date_value', 'text').addColumn('date_precision', 'text')
      .addColumn('date_basis', 'text', (c) => c.notNull()).addColumn('date_text', 'text')
      .addColumn('date_start', 'text').addColumn('date_end', 'text')
      .addColumn('place_name', 'text').addColumn('place_country', 'text')
      .addColumn('modality', 'text', (c) => c.notNull())
      .addColumn('attributes', 'text', (c) => c.notNull())
      .addColumn('mission_type', 'text').addColumn('city', 'text').addColumn('agreement_title', 'text').addColumn('person', 'text')
      .addColumn('evidence_sentence', 'text', (c) => c.notNull())
      .addColumn('evidence_start', 'integer', (c) => c.notNull()).addColumn('evidence_end', 'integer', (c) => c.notNull())
      .addColumn('sentence_index', 'integer').addColumn('speaker', 'text')
      .addColumn('confidence', dbl, (c) => c.notNull())
      .addColumn('duplicate', 'integer', (c) => c.notNull())
      .addColumn('fact_id', 'text')
      .execute();
    await idx(db, 'events_article', 'events', ['article_id', 'seq']);
    await idx(db, 'events_kind', 'events', ['kind']);
    await idx(db, 'events_cameo', 'events', ['cameo']);
    await idx(db, 'events_date', 'events', ['date_start']);

    for (const [table, col] of [['event_parties', 'country'], ['event_pairs', 'pair_key']] as const) {
      await clustered(db.schema.createTable(table).ifNotExists()
        .addColumn(col, 'text', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addPrimaryKeyConstraint(`${table}_pk`, [col, 'event_id']))
        .execute();
      await idx(db, `${table}_event`, table, ['event_id']);
    }

    await clustered(db.schema.createTable('facts').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('merge_key', 'text', (c) => c.notNull())
      .addColumn('kind', 'text').addColumn('cameo', 'text', (c) => c.notNull())
      .addColumn('parties', 'text', (c) => c.notNull())
      .addColumn('source', 'text').addColumn('target', 'text')
      .addColumn('date_value', 'text').addColumn('date_precision', 'text')
      .addColumn('date_basis', 'text', (c) => c.notNull()).addColumn('date_text', 'text')
      .addColumn('date_start', 'text').addColumn('date_end', 'text')
      .addColumn('modality', 'text', (c) => c.notNull())
      .addColumn('attributes', 'text', (c) => c.notNull())
      .addColumn('people', 'text', (c) => c.notNull())
      .addColumn('conflicts_with', 'text', (c) => c.notNull())
      .addColumn('source_count', 'integer', (c) => c.notNull()))
      .execute();
    await idx(db, 'facts_merge_key', 'facts', ['merge_key', 'date_start']);
    await idx(db, 'facts_kind', 'facts', ['kind', 'date_start']);

    // Facts by party, and by kind within a party (`kind` is '' for CAMEO-only facts).
    await clustered(db.schema.createTable('fact_parties').ifNotExists()
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('fact_id', 'text', (c) => c.notNull().references('facts.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('fact_parties_pk', ['country', 'kind', 'fact_id']))
      .execute();
    await idx(db, 'fact_parties_fact', 'fact_parties', ['fact_id']);
    await clustered(db.schema.createTable('fact_pairs').ifNotExists()
      .addColumn('pair_key', 'text', (c) => c.notNull())
      .addColumn('fact_id', 'text', (c) => c.notNull().references('facts.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('fact_pairs_pk', ['pair_key', 'fact_id']))
      .execute();
    await idx(db, 'fact_pairs_fact', 'fact_pairs', ['fact_id']);
    // What a dossier line cites, copied from the event and its article so a pair's sources are one range read.
    await clustered(db.schema.createTable('fact_sources').ifNotExists()
      .addColumn('fact_id', 'text', (c) => c.notNull().references('facts.id').onDelete('cascade'))
      .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
      .addColumn('article_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull()).addColumn('url', 'text').addColumn('published', 'text')
      .addColumn('duplicate_of', 'text')
      .addColumn('sentence', 'text', (c) => c.notNull())
      .addColumn('start', 'integer', (c) => c.notNull()).addColumn('end', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('fact_sources_pk', ['fact_id', 'event_id']))
      .execute();
    await idx(db, 'fact_sources_event', 'fact_sources', ['event_id']);

    await db.schema.createTable('people').ifNotExists()
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('country', 'text').addColumn('title', 'text')
      .addColumn('sectors', 'text', (c) => c.notNull()).addColumn('aliases', 'text', (c) => c.notNull())
      .addColumn('first_seen', 'text').addColumn('last_seen', 'text')
      .addColumn('search', 'text', (c) => c.notNull())
      .execute();
    await idx(db, 'people_name', 'people', ['name']);
    await idx(db, 'people_country', 'people', ['country']);
  },
};

/**
 * Version 2: a pair's events in date order straight from an index. `event_pairs` gets each
 * event's order (`date_key` = `coalesce(date_start, '9999')`, article, seq) and its duplicate
 * flag, so `events --pair A,B --limit N` reads N index entries instead of sorting every event of
 * a busy pair.
 */
const pairOrder: Migration = {
  version: 2,
  name: 'event_pairs_order',
  async up(db) {
    await db.schema.alterTable('event_pairs').addColumn('date_key', 'text').execute();
    await db.schema.alterTable('event_pairs').addColumn('article_id', 'text').execute();
    await db.schema.alterTable('event_pairs').addColumn('seq', 'integer').execute();
    await db.schema.alterTable('event_pairs').addColumn('duplicate', 'integer').execute();
    await sql`update event_pairs set (date_key, article_id, seq, duplicate) =
      (select coalesce(e.date_start, '9999'), e.article_id, e.seq, e.duplicate from events e where e.id = event_pairs.event_id)`.execute(db);
    await idx(db, 'event_pairs_order', 'event_pairs', ['pair_key', 'duplicate', 'date_key', 'article_id', 'seq']);
  },
};

/**
 * The dossier section (EVENTS.md §5, `src/views/dossier.ts`) a fact of kind `k`, modality `m`
 * and attributes `a` (JSON text) falls in, as SQL over those three column expressions. The
 * precedence is the dossier's: relations, missions, envoys, agreements, then mechanisms (a
 * consultation round that took place is `mechanism-meetings`: both a meeting and a mechanism),
 * meetings and visits that took place, plans, and everything else. `factSection` in
 * src/store/pair-pages.ts is the same rule in TypeScript (a contract test keeps them equal).
 */
export function sectionSql(k: string, m: string, a: string, dialect: Dialect): string {
  const attr = (name: string): string => (dialect === 'sqlite' ? `json_extract(${a}, '$.${name}')` : `((${a})::jsonb ->> '${name}')`);
  return `CASE
    WHEN ${k} IN ('relations.establish', 'relations.restore', 'relations.sever', 'relations.upgrade', 'relations.downgrade') THEN 'relations'
    WHEN substr(${k}, 1, 8) = 'mission.' THEN 'missions'
    WHEN substr(${k}, 1, 6) = 'envoy.' AND ${m} <> 'negated' THEN 'envoys'
    WHEN substr(${k}, 1, 10) = 'agreement.' AND ${m} <> 'negated' THEN 'agreements'
    WHEN ${k} = 'parliament.friendship-group' THEN 'mechanisms'
    WHEN ${k} = 'meeting' AND (${attr('format')} IN ('consultations', 'commission') OR ${attr('round')} IS NOT NULL)
      THEN CASE WHEN ${m} = 'asserted' THEN 'mechanism-meetings' ELSE 'mechanisms' END
    WHEN ${k} IN ('meeting', 'visit') AND ${m} = 'asserted' THEN 'meetings'
    WHEN ${m} IN ('planned', 'intended') OR ${k} IN ('cooperation.intent', 'meeting.intent') THEN 'plans'
    ELSE 'other'
  END`;
}

/**
 * Version 3: a busy pair's dossier read a page at a time. `fact_pairs` gets each fact's dossier
 * section and order (`date_key` = `coalesce(date_start, '9999')`), kept by triggers whatever
 * path writes `facts` and `fact_pairs` (ingest, import: a `fact_pairs` row is filed from its
 * fact when inserted, which the foreign key puts after the fact; a fact whose date, kind,
 * modality or attributes change refiles its rows), and indexed so that "the latest N lines
 * of a section" and "how many lines per section" are index range reads. `fact_sources` gets an
 * index in citation order, so a fact with thousands of sources gives its first N cheaply.
 */
const pairSections: Migration = {
  version: 3,
  name: 'fact_pairs_sections',
  async up(db, dialect) {
    await db.schema.alterTable('fact_pairs').addColumn('section', 'text').execute();
    await db.schema.alterTable('fact_pairs').addColumn('date_key', 'text').execute();
    const of = (t: string): string => sectionSql(`${t}.kind`, `${t}.modality`, `${t}.attributes`, dialect);
    await sql.raw(`update fact_pairs set (section, date_key) =
      (select ${of('f')}, coalesce(f.date_start, '9999') from facts f where f.id = fact_pairs.fact_id)`).execute(db);
    await idx(db, 'fact_pairs_section_order', 'fact_pairs', ['pair_key', 'section', 'date_key', 'fact_id']);
    await idx(db, 'fact_sources_citation', 'fact_sources', ['fact_id', 'published', 'article_id', 'seq']);
    const changed = (o: string, n: string): string => ['date_start', 'kind', 'modality', 'attributes']
      .map((c) => (dialect === 'sqlite' ? `${o}.${c} IS NOT ${n}.${c}` : `${o}.${c} IS DISTINCT FROM ${n}.${c}`)).join(' OR ');
    if (dialect === 'sqlite') {
      await sql.raw(`CREATE TRIGGER IF NOT EXISTS fact_pairs_section_ins AFTER INSERT ON fact_pairs BEGIN
        UPDATE fact_pairs SET (section, date_key) = (SELECT ${of('f')}, coalesce(f.date_start, '9999') FROM facts f WHERE f.id = NEW.fact_id)
        WHERE pair_key = NEW.pair_key AND fact_id = NEW.fact_id; END`).execute(db);
      await sql.raw(`CREATE TRIGGER IF NOT EXISTS facts_section_upd AFTER UPDATE ON facts WHEN ${changed('OLD', 'NEW')} BEGIN
        UPDATE fact_pairs SET section = ${of('NEW')}, date_key = coalesce(NEW.date_start, '9999') WHERE fact_id = NEW.id; END`).execute(db);
      return;
    }
    await sql.raw(`CREATE OR REPLACE FUNCTION attache_fact_pairs_section() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT ${of('f')}, coalesce(f.date_start, '9999') INTO NEW.section, NEW.date_key FROM facts f WHERE f.id = NEW.fact_id;
        RETURN NEW;
      END $$`).execute(db);
    await sql.raw(`CREATE OR REPLACE FUNCTION attache_facts_section() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE fact_pairs SET section = ${of('NEW')}, date_key = coalesce(NEW.date_start, '9999') WHERE fact_id = NEW.id;
        RETURN NULL;
      END $$`).execute(db);
    await sql.raw('CREATE TRIGGER fact_pairs_section_ins BEFORE INSERT ON fact_pairs FOR EACH ROW EXECUTE FUNCTION attache_fact_pairs_section()').execute(db);
    await sql.raw(`CREATE TRIGGER facts_section_upd AFTER UPDATE ON facts FOR EACH ROW WHEN (${changed('OLD', 'NEW')}) EXECUTE FUNCTION attache_facts_section()`).execute(db);
  },
};

/** The store's tables (the queue's and the migrations' own are left as they are). */
const STORE_TABLES = ['articles', 'dup_bands', 'events', 'event_parties', 'event_pairs', 'facts', 'fact_parties', 'fact_pairs', 'fact_sources', 'people'];

/**
 * Version 4: on PostgreSQL every text column of the store compares byte by byte (`COLLATE "C"`),
 * as SQLite's do. Keys are hashes, codes and ISO dates, and a database created with a linguistic
 * locale (`en_US.UTF-8`, even `C.UTF-8` on PostgreSQL 15) sent every comparison of every index
 * insert and look-up through the C library's `strcoll`: about a tenth of the server's time on
 * the write path. It also makes text sort the same on both dialects. The tables keep their
 * rows (a change of collation rewrites no row); their indexes are rebuilt, and the trigger that
 * names columns of `facts` is made again around the change. SQLite: nothing to do.
 */
const byteCollation: Migration = {
  version: 4,
  name: 'text_collate_c',
  async up(db, dialect) {
    if (dialect !== 'postgres') return;
    const columns = await sql<{ table_name: string; column_name: string }>`select table_name, column_name
      from information_schema.columns where table_schema = current_schema() and data_type = 'text'
        and coalesce(collation_name, '') <> 'C' and table_name in (${sql.join(STORE_TABLES)})
      order by table_name, ordinal_position`.execute(db);
    const byTable = new Map<string, string[]>();
    for (const c of columns.rows) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c.column_name]);
    const trigger = (await sql<{ def: string }>`select pg_get_triggerdef(t.oid) as def from pg_trigger t
      where t.tgrelid = to_regclass('facts') and t.tgname = 'facts_section_upd'`.execute(db)).rows[0]?.def;
    if (trigger) await sql`drop trigger facts_section_upd on facts`.execute(db);
    const id = quoteIdent;
    for (const [table, cols] of byTable) {
      await sql.raw(`alter table ${id(table)} ${cols.map((c) => `alter column ${id(c)} type text collate "C"`).join(', ')}`).execute(db);
    }
    if (trigger) await sql.raw(trigger).execute(db);
  },
};

/**
 * Version 5: on PostgreSQL the `fact_pairs` insert trigger runs only for rows that come without
 * their section or order. The writer sends both (`factSection` and the fact's first day, the
 * same rule as the trigger's), which spares a PL/pgSQL call and a look-up of the fact per row,
 * about 4% of the server's time on the write path; other writers (an older version, a hand-made
 * insert) still get them filed. SQLite: nothing to do (its trigger files every row, as before).
 */
const sectionsSent: Migration = {
  version: 5,
  name: 'fact_pairs_sections_sent',
  async up(db, dialect) {
    if (dialect !== 'postgres') return;
    await sql`drop trigger if exists fact_pairs_section_ins on fact_pairs`.execute(db);
    await sql.raw(`CREATE TRIGGER fact_pairs_section_ins BEFORE INSERT ON fact_pairs FOR EACH ROW
      WHEN (NEW.section IS NULL OR NEW.date_key IS NULL) EXECUTE FUNCTION attache_fact_pairs_section()`).execute(db);
  },
};

/** Every migration in order. Add new versions at the end; never edit an applied one. */
export const MIGRATIONS: readonly Migration[] = [initial, pairOrder, pairSections, byteCollation, sectionsSent];

/**
 * Applies the migrations not yet recorded in `attache_migrations`. The caller runs this inside a
 * transaction that holds the database's write lock, so two processes opening at once are safe.
 */
export async function migrate(db: Kysely<any>, dialect: Dialect): Promise<number> {
  await db.schema.createTable('attache_migrations').ifNotExists()
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const done = new Set((await db.selectFrom('attache_migrations').select('version').execute()).map((r) => Number(r.version)));
  let applied = 0;
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    await m.up(db, dialect);
    await db.insertInto('attache_migrations').values({ version: m.version, name: m.name, applied_at: new Date().toISOString() }).execute();
    applied++;
  }
  return applied;
}

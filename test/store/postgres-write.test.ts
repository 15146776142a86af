import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PostgresStore, splitSchema } from '../../src/store/postgres/index.js';
import { insertArrays } from '../../src/store/postgres/bulk.js';
import { PreparingClient } from '../../src/store/postgres/preparing-client.js';
import { MIGRATIONS, sectionSql } from '../../src/store/migrations.js';
import { article, country, day, event, signature } from './fixtures.js';
import { freshSchemaName, pgUrl, schemaUrl, skipWithoutPg } from './pg-env.js';

const url = pgUrl;

/** A kysely handle on a schema of its own, with the store's client; dropped by `done`. */
async function scratch(base: string): Promise<{ db: Kysely<any>; pool: pg.Pool; done: () => Promise<void> }> {
  const schema = freshSchemaName();
  const pool = new pg.Pool({ connectionString: splitSchema(base).url, max: 1, Client: PreparingClient, options: `-c search_path=${schema}` });
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  await sql`create schema ${sql.id(schema)}`.execute(db);
  return { db, pool, done: async () => { await sql`drop schema ${sql.id(schema)} cascade`.execute(db); await db.destroy(); } };
}

if (!url) {
  skipWithoutPg('PostgreSQL write path', 'the PostgreSQL write-path tests');
} else {
  test('insertArrays: an array column is refused with a message naming it', async () => {
    const { db, done } = await scratch(url);
    try {
      await sql`create table arr (id integer primary key, tags text[])`.execute(db);
      await assert.rejects(insertArrays(db, 'arr', [{ id: 1, tags: ['a'] }], { none: true }), /arr\.tags is an array \(text\[\]\)/);
      assert.equal((await sql<{ n: number }>`select count(*)::int as n from arr`.execute(db)).rows[0]!.n, 0);
    } finally {
      await done();
    }
  });

  test('insertArrays: awkward text, nulls, numbers and JSON values come back as written', async () => {
    const { db, done } = await scratch(url);
    try {
      await sql`create table t (id integer primary key, s text, d double precision, j text)`.execute(db);
      const texts = ['say "hi"', 'C:\\path\\', '', 'NULL', 'null', null, 'tab\there', 'two\nlines', 'Ağdam, Baku – “quoted”', ' padded ',
        '{braces},[and]', '\\n is not a newline', 'ends with \\', '"', 'x\\"y'];
      const rows = texts.map((s, id) => ({ id, s, d: id === 3 ? 1e21 : id / 7, j: id % 3 === 0 ? { a: [id, 'q"'] } : null }));
      // Once with a newline in the batch (element by element), once without (the JSON path).
      for (const part of [rows, rows.filter((r) => !/[\t\n]/.test(r.s ?? ''))]) {
        await sql`truncate t`.execute(db);
        await insertArrays(db, 't', part, { none: true });
        const back = (await sql<{ id: number; s: string | null; d: number; j: string | null }>`select * from t order by id`.execute(db)).rows;
        assert.deepEqual(back, part.map((r) => ({ id: r.id, s: r.s, d: r.d, j: r.j === null ? null : JSON.stringify(r.j) })));
      }
      // Conflict rules: `nothing` keeps the stored row, `key`/`update` replaces the named columns.
      await insertArrays(db, 't', [{ id: 1, s: 'other', d: 0, j: null }], { nothing: true });
      const updated = await insertArrays(db, 't', [{ id: 2, s: 'new', d: 0.5, j: null }], { key: 'id', update: ['s'] }, 'id');
      assert.deepEqual(updated, [{ id: 2 }]);
      const now = (await sql<{ id: number; s: string; d: number }>`select id, s, d from t where id in (1, 2) order by id`.execute(db)).rows;
      assert.deepEqual(now, [{ id: 1, s: texts[1], d: 1 / 7 }, { id: 2, s: 'new', d: 2 / 7 }]);
      await assert.rejects(insertArrays(db, 't', [{ id: 1, nope: 'x' }], { none: true }), /has no column nope/);
    } finally {
      await done();
    }
  });

  test('PreparingClient keeps a repeated insert as a named statement, and nothing else', async () => {
    const { db, done } = await scratch(url);
    try {
      await sql`create table t (id integer primary key)`.execute(db);
      for (let i = 0; i < 3; i++) {
        await insertArrays(db, 't', [{ id: i }], { none: true });
        await sql`select id from t where id = ${i}`.execute(db);
      }
      const names = (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)).rows.map((r) => r.statement);
      assert.equal(names.length, 1);
      assert.match(names[0]!, /^insert into "t"/);
      assert.equal((await sql<{ n: number }>`select count(*)::int as n from t`.execute(db)).rows[0]!.n, 3);
    } finally {
      await done();
    }
  });

  test('migration 4: a store written before it keeps its rows, compares text byte by byte and keeps its triggers', async () => {
    const schema = freshSchemaName();
    const where = schemaUrl(url, schema);
    const pool = new pg.Pool({ connectionString: splitSchema(url).url, max: 1 });
    const old = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    try {
      // A version-3 store: the first three migrations, as an earlier release applied them.
      await old.transaction().execute(async (trx) => {
        await sql`create schema ${sql.id(schema)}`.execute(trx);
        await sql`set local search_path to ${sql.id(schema)}`.execute(trx);
        await sql`create table attache_migrations (version integer primary key, name text not null, applied_at text not null)`.execute(trx);
        for (const m of MIGRATIONS.slice(0, 3)) {
          await m.up(trx, 'postgres');
          await trx.insertInto('attache_migrations').values({ version: m.version, name: m.name, applied_at: '2026-01-01' }).execute();
        }
        await trx.insertInto('articles').values({
          id: 'old', url: null, title: 'Older news', published: null, source: null, author: null, dateline_place: null,
          dateline_country: null, dateline_date: null, language: 'en', duplicate_of: null, content_hash: null, minhash: null,
          shingles: null, origin: null, text: 'Older news.', event_count: 0, ingested_at: '2026-01-01T00:00:00.000Z',
        }).execute();
      });
    } finally {
      await old.destroy();
    }
    const store = await PostgresStore.open(where);
    try {
      const text = 'Ilham Aliyev met Dina Boluarte in Lima. Azerbaijan and Peru opened embassies.';
      const a = article('zz-first', 'Émbassy news', [text]);
      const b = article('Zz-second', 'Embassy news', [text.replace('Lima', 'Cusco')]);
      const spec = { kind: 'meeting' as const, source: country('AZE'), target: country('PER'), date: day('2024-05-12'), sentence: text };
      await store.putArticle(a, [event(a, 1, spec)], signature(a.text));
      await store.putArticle(b, [event(b, 1, { ...spec, sentence: text.replace('Lima', 'Cusco') })], signature(b.text));
      const check = new pg.Client({ connectionString: splitSchema(url).url, options: `-c search_path=${schema}` });
      await check.connect();
      try {
        const loose = await check.query(`select table_name, column_name from information_schema.columns where table_schema = $1
          and data_type = 'text' and coalesce(collation_name, '') <> 'C' and table_name <> 'attache_migrations'`, [schema]);
        assert.deepEqual(loose.rows, []);
        // Byte order, as SQLite sorts: upper case before lower case, ASCII before accented letters.
        const titles = await check.query('select title from articles order by title');
        assert.deepEqual(titles.rows.map((r) => r.title), ['Embassy news', 'Older news', 'Émbassy news']);
        const ids = await check.query('select id from articles order by id');
        assert.deepEqual(ids.rows.map((r) => r.id), ['Zz-second', 'old', 'zz-first']);
        const triggers = await check.query(`select tgname from pg_trigger t join pg_class c on c.oid = t.tgrelid
          join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and not t.tgisinternal order by 1`, [schema]);
        assert.deepEqual(triggers.rows.map((r) => r.tgname), ['fact_pairs_section_ins', 'facts_section_upd']);
        const versions = await check.query('select version from attache_migrations order by version');
        assert.deepEqual(versions.rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
      } finally {
        await check.end();
      }
      assert.equal((await store.factsForPair('AZE', 'PER')).length, 1);
    } finally {
      await store.dropSchema();
      await store.close();
    }
  });

  test('an event id already stored under another article: the batch is stored and its other rows are written', async () => {
    const store = await PostgresStore.open(schemaUrl(url, freshSchemaName()));
    try {
      const s1 = 'Azerbaijan and Peru established diplomatic relations in 1996.';
      const s2 = 'Peru and Azerbaijan signed a visa agreement on 3 March 2021.';
      const a = article('first', 'Relations', [s1]);
      const b = article('second', 'Relations and visas', [s1, s2]);
      const rel = { kind: 'relations.establish' as const, source: country('AZE'), target: country('PER'), date: day('1996'), sentence: s1 };
      await store.putArticle(a, [event(a, 1, rel)], signature(a.text));
      // The same event id again (coded for another article), and a new one.
      const reused = { ...event(b, 1, rel), id: event(a, 1, rel).id };
      const visa = event(b, 2, { kind: 'agreement.sign', source: country('PER'), target: country('AZE'), date: day('2021-03-03'), sentence: s2 });
      const [out] = await store.putArticles([{ article: b, events: [reused, visa], signature: signature(b.text) }]);
      assert.equal(out!.status, 'stored');
      const { events } = await store.queryEvents({ pair: ['AZE', 'PER'] });
      assert.deepEqual(events.map((e) => e.id).sort(), [event(a, 1, rel).id, visa.id].sort());
      const facts = await store.factsForPair('AZE', 'PER');
      assert.deepEqual(facts.map((f) => f.kind).sort(), ['agreement.sign', 'relations.establish']);
    } finally {
      await store.dropSchema();
      await store.close();
    }
  });
  test('migration 5: the writer files each pair row as the trigger would, and a row sent without its section is still filed', async () => {
    const store = await PostgresStore.open(schemaUrl(url, freshSchemaName()));
    const check = new pg.Client({ connectionString: splitSchema(url).url, options: `-c search_path=${store.schema}` });
    try {
      const lines = [
        'Norway and Chile held political consultations in Oslo on 2 May 2022.',
        'The Norwegian minister visited Santiago in June 2022.',
        'Chile and Norway did not sign the fisheries accord.',
        'Norway plans to open a consulate in Valparaiso.',
        'Chile and Norway agreed a second round of talks on 9 September 2022.',
        'Norway and Chile reestablished relations.',
      ];
      const a = article('sections', 'Norway and Chile', lines);
      const [nor, chl] = [country('NOR'), country('CHL')];
      const events = [
        event(a, 1, { kind: 'meeting', source: nor, target: chl, date: day('2022-05-02'), attributes: { format: 'consultations' }, sentence: lines[0]! }),
        event(a, 2, { kind: 'visit', source: nor, target: chl, date: day('2022-06'), sentence: lines[1]! }),
        event(a, 3, { kind: 'agreement.sign', source: chl, target: nor, date: day(null), modality: 'negated', sentence: lines[2]! }),
        event(a, 4, { kind: 'mission.open', source: nor, target: chl, date: day(null), modality: 'planned', sentence: lines[3]! }),
        event(a, 5, { kind: 'meeting', source: chl, target: nor, date: day('2022-09-09'), modality: 'planned', attributes: { round: 2 }, sentence: lines[4]! }),
        event(a, 6, { kind: 'relations.restore', source: nor, target: chl, date: day(null), sentence: lines[5]! }),
      ];
      await store.putArticle(a, events, signature(a.text));
      await check.connect();
      const rule = sectionSql('f.kind', 'f.modality', 'f.attributes', 'postgres');
      const filed = await check.query(`select fp.section, fp.date_key, ${rule} as rule, coalesce(f.date_start, '9999') as rule_key
        from fact_pairs fp join facts f on f.id = fp.fact_id order by fp.fact_id`);
      assert.equal(filed.rows.length, events.length);
      for (const r of filed.rows) assert.deepEqual([r.section, r.date_key], [r.rule, r.rule_key]);
      assert.equal(new Set(filed.rows.map((r) => r.section)).size, 6, 'six different sections written');
      // Another writer that leaves the section out still gets it filed by the trigger.
      const fact = (await check.query(`select id from facts where kind = 'visit'`)).rows[0]!.id as string;
      await check.query(`insert into fact_pairs (pair_key, fact_id) values ('AAA|ZZZ', $1)`, [fact]);
      const hand = await check.query(`select section, date_key from fact_pairs where pair_key = 'AAA|ZZZ'`);
      assert.deepEqual(hand.rows, [{ section: 'meetings', date_key: '2022-06-01' }]);
    } finally {
      await check.end().catch(() => {});
      await store.dropSchema();
      await store.close();
    }
  });
}

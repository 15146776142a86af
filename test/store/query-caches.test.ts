import { test } from 'node:test';
import assert from 'node:assert/strict';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Database } from '../../src/store/schema.js';
import { CachingSqliteDialect, cachesOf } from '../../src/store/query-caches.js';
import { runPrepared } from '../../src/store/prepared.js';

function handle(caching: boolean): Kysely<Database> {
  const database = new BetterSqlite3(':memory:');
  return new Kysely<Database>({ dialect: caching ? new CachingSqliteDialect({ database }) : new SqliteDialect({ database }) });
}

test('query caches belong to one store handle, are shared with its transactions and not with another handle', async () => {
  const a = handle(true);
  const b = handle(true);
  try {
    const ca = cachesOf(a);
    assert.ok(ca);
    assert.notEqual(ca, cachesOf(b));
    await a.transaction().execute(async (trx) => assert.equal(cachesOf(trx), ca));
    for (const db of [a, b]) await sql`create table t (n integer)`.execute(db);
    await sql`insert into t values (1), (2)`.execute(a);
    await sql`insert into t values (3)`.execute(b);
    // The same key on both handles: each compiles and keeps its own template and reads its own rows.
    const count = (db: Kysely<Database>) => runPrepared<{ c: number }>(db, 'count-above', (d, arg) =>
      (d as unknown as Kysely<{ t: { n: number } }>).selectFrom('t').select((eb) => eb.fn.countAll<number>().as('c')).where('n', '>=', arg(0) as unknown as number), [0]);
    assert.equal((await count(a)).rows[0]!.c, 2);
    assert.equal((await count(b)).rows[0]!.c, 1);
    assert.equal(ca.templates.size, 1);
    assert.ok(ca.templates.has('count-above'));
    assert.equal(cachesOf(b)!.templates.size, 1);
  } finally {
    await a.destroy();
    await b.destroy();
  }
});

test('a handle made without the caching dialect has no caches and still runs prepared queries', async () => {
  const db = handle(false);
  try {
    assert.equal(cachesOf(db), null);
    await sql`create table t (n integer)`.execute(db);
    await sql`insert into t values (5)`.execute(db);
    const res = await runPrepared<{ n: number }>(db, 'all', (d, arg) =>
      (d as unknown as Kysely<{ t: { n: number } }>).selectFrom('t').select('n').where('n', '=', arg(0) as unknown as number), [5]);
    assert.deepEqual(res.rows, [{ n: 5 }]);
  } finally {
    await db.destroy();
  }
});

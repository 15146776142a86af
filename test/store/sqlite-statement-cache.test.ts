import assert from 'node:assert/strict';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { withStatementCache } from '../../src/store/sqlite/index.js';

test('the prepared-statement cache reuses statements by SQL text and keeps only the ones used last', () => {
  const raw = new BetterSqlite3(':memory:');
  try {
    raw.exec('create table t (x integer)');
    const db = withStatementCache(raw, 2);
    const a = db.prepare('select 1 as v');
    assert.equal(db.prepare('select 1 as v'), a, 'the same text gives the same statement');
    const b = db.prepare('select 2 as v');
    assert.equal(db.prepare('select 1 as v'), a, 'a hit makes it the most recently used');
    db.prepare('select 3 as v'); // evicts 'select 2', used least recently
    assert.equal(db.prepare('select 1 as v'), a);
    const b2 = db.prepare('select 2 as v');
    assert.notEqual(b2, b, 'an evicted statement is prepared anew');
    assert.deepEqual(b2.get(), { v: 2 });
    db.prepare('insert into t values (?)').run(7);
    assert.deepEqual(db.prepare('select x from t').all(), [{ x: 7 }], 'other methods reach the connection');
  } finally {
    raw.close();
  }
});

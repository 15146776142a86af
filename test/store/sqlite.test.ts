import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { runStoreContract } from './contract.js';
import { article, country, day, event } from './fixtures.js';

runStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-store-'));
  const path = join(dir, 'sub', 'test.db');
  const store = await SqliteStore.open(path);
  return {
    store,
    second: () => SqliteStore.open(path),
    inProcessConcurrency: false,
    async dispose() { await store.close(); rmSync(dir, { recursive: true, force: true }); },
  };
});

test('SQLite: migrations are recorded once and reopening applies nothing new; the schema is plain SQL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-mig-'));
  const path = join(dir, 'm.db');
  try {
    await (await SqliteStore.open(path)).close();
    await (await SqliteStore.open(path)).close();
    const raw = new BetterSqlite3(path, { readonly: true });
    try {
      const versions = raw.prepare('select version from attache_migrations order by version').all() as { version: number }[];
      assert.deepEqual(versions.map((v) => v.version), MIGRATIONS.map((m) => m.version));
      assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
      const tables = (raw.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[]).map((t) => t.name);
      for (const t of ['articles', 'dup_bands', 'events', 'event_parties', 'event_pairs', 'facts', 'fact_parties', 'fact_pairs', 'fact_sources', 'people']) assert.ok(tables.includes(t), t);
    } finally {
      raw.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SQLite: migration 2 fills the pair order of a store written before it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-mig2-'));
  const path = join(dir, 'm.db');
  const PER = country('PER'), TUR = country('TUR');
  const sentences = ['Peru and Turkey met in 2019.', 'Peru and Turkey met on 3 May 2012.', 'Peru and Turkey will meet.'];
  const a = article('mig-1', 'Three meetings', sentences);
  const events = [
    event(a, 0, { kind: 'meeting', source: PER, target: TUR, date: day('2019'), sentence: sentences[0]! }),
    event(a, 1, { kind: 'meeting', source: TUR, target: PER, date: day('2012-05-03'), sentence: sentences[1]! }),
    event(a, 2, { kind: 'meeting', source: PER, target: TUR, date: day(null), modality: 'planned', sentence: sentences[2]! }),
  ];
  try {
    const s1 = await SqliteStore.open(path);
    await s1.putArticle(a, events);
    await s1.close();
    // Take the store back to version 1: no order columns, no index, no record of version 2.
    const raw = new BetterSqlite3(path);
    raw.exec(`drop index event_pairs_order;
      alter table event_pairs drop column date_key; alter table event_pairs drop column article_id;
      alter table event_pairs drop column seq; alter table event_pairs drop column duplicate;
      delete from attache_migrations where version = 2;`);
    raw.close();
    const s2 = await SqliteStore.open(path);
    try {
      const got = await s2.queryEvents({ pair: ['TUR', 'PER'] });
      assert.equal(got.total, 3);
      assert.deepEqual(got.events.map((e) => e.id), [events[1]!.id, events[0]!.id, events[2]!.id]);
      assert.deepEqual((await s2.queryEvents({ pair: ['PER', 'TUR'], limit: 1, offset: 1 })).events.map((e) => e.id), [events[0]!.id]);
    } finally {
      await s2.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { runStoreContract } from './contract.js';

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

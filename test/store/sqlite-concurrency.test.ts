import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SqliteStore } from '../../src/store/sqlite/index.js';

const writer = new URL('./sqlite-writer.js', import.meta.url);

function runWorker(path: string, from: number, to: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(writer, { workerData: { path, from, to } });
    w.once('message', () => resolve());
    w.once('error', reject);
    w.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer exited with ${code}`))));
  });
}

test('SQLite: two connections opening and writing one file at once keep one fact', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-conc-'));
  const path = join(dir, 'shared.db');
  try {
    await Promise.all([runWorker(path, 0, 20), runWorker(path, 20, 40)]);
    const store = await SqliteStore.open(path);
    try {
      const stats = await store.stats();
      assert.equal(stats.articles, 40);
      const facts = await store.factsForPair('PER', 'GEO');
      assert.equal(facts.length, 1);
      assert.equal(facts[0]!.sources.length, 40);
      assert.equal(facts[0]!.date.value, '1998-02-01');
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

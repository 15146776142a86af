import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
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

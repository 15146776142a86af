import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { runPairPagesContract } from './pair-pages-contract.js';

runPairPagesContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'attache-pages-'));
  const store = await SqliteStore.open(join(dir, 'p.db'));
  return { store, async dispose() { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});

import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import { PostgresStore, splitSchema } from '../../src/store/postgres/index.js';
import { runPairPagesContract } from './pair-pages-contract.js';

const url = process.env.ATTACHE_TEST_PG;

if (!url) {
  test('PostgreSQL pair pages contract', (t) => t.skip('set ATTACHE_TEST_PG=postgres://… to run it against PostgreSQL'));
  console.log('# SKIP PostgreSQL pair pages contract: ATTACHE_TEST_PG is not set');
} else {
  runPairPagesContract('PostgreSQL', async () => {
    const u = new URL(splitSchema(url).url);
    u.searchParams.set('schema', `attache_pages_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`);
    const store = await PostgresStore.open(u.toString());
    return { store, async dispose() { await store.dropSchema(); await store.close(); } };
  });
}

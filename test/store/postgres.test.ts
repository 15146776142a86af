import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { PostgresStore, splitSchema } from '../../src/store/postgres/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStoreContract } from './contract.js';
import { loadPair } from '../views/pair-fixture.js';
import { buildDossier } from '../../src/views/dossier.js';
import { dossierToMarkdown } from '../../src/views/dossier-md.js';
import { Gazetteer } from '../../src/actors/gazetteer.js';
import { projectRoot } from '../../src/util/paths.js';

const url = process.env.ATTACHE_TEST_PG;
const required = process.env.ATTACHE_REQUIRE_PG === '1';

/** A URL naming a fresh schema of its own, so runs never collide. */
function freshSchemaUrl(base: string): string {
  const u = new URL(splitSchema(base).url);
  u.searchParams.set('schema', `attache_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`);
  return u.toString();
}

if (!url) {
  test('PostgreSQL store contract', (t) => {
    if (required) assert.fail('ATTACHE_REQUIRE_PG=1 but ATTACHE_TEST_PG is not set');
    t.skip('set ATTACHE_TEST_PG=postgres://… to run the store contract against PostgreSQL');
  });
  console.log('# SKIP PostgreSQL store contract: ATTACHE_TEST_PG is not set');
} else {
  runStoreContract('PostgreSQL', async () => {
    const where = freshSchemaUrl(url);
    let store: PostgresStore;
    try {
      store = await PostgresStore.open(where);
    } catch (e) {
      throw new Error(`PostgreSQL at ATTACHE_TEST_PG does not answer: ${(e as Error).cause ?? e}`, { cause: e });
    }
    return {
      store,
      second: () => PostgresStore.open(where),
      inProcessConcurrency: true,
      async dispose() { await store.dropSchema(); await store.close(); },
    };
  });

  test('PostgreSQL: the dossier golden file comes out the same as on SQLite', async () => {
    const store = await PostgresStore.open(freshSchemaUrl(url));
    try {
      await loadPair(store);
      const r = await buildDossier(store, 'AZE', 'PER', Gazetteer.load());
      assert.ok(r.ok);
      assert.equal(dossierToMarkdown(r.value), readFileSync(join(projectRoot(), 'test', 'views', 'golden', 'aze-per.md'), 'utf8'));
    } finally {
      await store.dropSchema();
      await store.close();
    }
  });

  test('PostgreSQL: two processes opening one schema at once both migrate safely', async () => {
    const where = freshSchemaUrl(url);
    const [a, b] = await Promise.all([PostgresStore.open(where), PostgresStore.open(where)]);
    try {
      assert.deepEqual(await a.stats(), await b.stats());
    } finally {
      await a.dropSchema();
      await a.close();
      await b.close();
    }
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStoreContract } from './contract.js';
import { pgUrl, schemaUrl, skipWithoutPg } from './pg-env.js';
import { loadPair } from '../views/pair-fixture.js';
import { buildDossier } from '../../src/views/dossier.js';
import { dossierToMarkdown } from '../../src/views/dossier-md.js';
import { Gazetteer } from '../../src/actors/gazetteer.js';
import { projectRoot } from '../../src/util/paths.js';

const url = pgUrl;

if (!url) {
  skipWithoutPg('PostgreSQL store contract', 'the store contract against PostgreSQL');
} else {
  runStoreContract('PostgreSQL', async () => {
    const where = schemaUrl(url);
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
    const store = await PostgresStore.open(schemaUrl(url));
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
    const where = schemaUrl(url);
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

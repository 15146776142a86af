import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { splitSchema } from '../../src/store/postgres/index.js';

/** The PostgreSQL server the tests may use (`ATTACHE_TEST_PG`), if any. */
export const pgUrl = process.env.ATTACHE_TEST_PG;

/** A schema name of its own, so runs never collide. */
export const freshSchemaName = (): string => `attache_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;

/** The server URL of `base` naming `schema` (a fresh one by default). */
export function schemaUrl(base: string, schema: string = freshSchemaName()): string {
  const u = new URL(splitSchema(base).url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

/**
 * Without `ATTACHE_TEST_PG`: one skipped test named `name` and a visible `# SKIP` line, or a
 * failing test when `ATTACHE_REQUIRE_PG=1` (CI, which always has a server).
 */
export function skipWithoutPg(name: string, what: string): void {
  test(name, (t) => {
    if (process.env.ATTACHE_REQUIRE_PG === '1') assert.fail('ATTACHE_REQUIRE_PG=1 but ATTACHE_TEST_PG is not set');
    t.skip(`set ATTACHE_TEST_PG=postgres://… to run ${what}`);
  });
  console.log(`# SKIP ${name}: ATTACHE_TEST_PG is not set`);
}

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { UsageError } from '../../src/cli/usage-error.js';
import type { RegisterCommand } from '../../src/cli/commands/types.js';
import { register as dossier } from '../../src/cli/commands/dossier.js';
import { register as events } from '../../src/cli/commands/events.js';
import { register as people } from '../../src/cli/commands/people.js';
import { register as country } from '../../src/cli/commands/country.js';
import { loadPair } from './pair-fixture.js';

let dir: string;
let db: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'attache-cmd-'));
  db = join(dir, 'c.db');
  const store = await SqliteStore.open(db);
  await loadPair(store);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one command module in-process and returns what it printed on stdout. */
async function run(register: RegisterCommand, args: string[]): Promise<string> {
  const program = new Command('attache').exitOverride().configureOutput({ writeErr: () => {} });
  register(program, () => {});
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  // Commands print strings; the test runner's own reports (binary) pass through untouched.
  process.stdout.write = ((s: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof s === 'string') { chunks.push(s); return true; }
    return (write as (...a: unknown[]) => boolean)(s, ...rest);
  }) as typeof process.stdout.write;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

test('dossier: names or codes, three formats', async () => {
  const json = JSON.parse(await run(dossier, ['dossier', 'Azerbaijan', 'pe', '--db', db, '--format', 'json']));
  assert.deepEqual(json.pair.map((p: { code: string }) => p.code), ['AZE', 'PER']);
  assert.equal(json.relations.since.value, '1996-06-25');
  assert.match(await run(dossier, ['dossier', 'AZE', 'PER', '--db', db]), /^# Azerbaijan \(AZE\) – Peru \(PER\)/);
  assert.match(await run(dossier, ['dossier', 'AZE', 'PER', '--db', db, '--format', 'html']), /^<!doctype html>/);
});

test('usage errors: unknown country, bad format, missing store', async () => {
  await assert.rejects(run(dossier, ['dossier', 'Atlantis', 'PER', '--db', db]), (e) => e instanceof UsageError && /unknown country: "Atlantis"/.test(e.message));
  await assert.rejects(run(dossier, ['dossier', 'AZE', 'PER', '--db', db, '--format', 'pdf']), UsageError);
  await assert.rejects(run(dossier, ['dossier', 'AZE', 'PER', '--db', db, '--limit', '0']), UsageError);
  // bounded: the same dossier when everything fits, cut (with a note) when not
  assert.equal(await run(dossier, ['dossier', 'AZE', 'PER', '--db', db, '--limit', '50']), await run(dossier, ['dossier', 'AZE', 'PER', '--db', db]));
  const cut = JSON.parse(await run(dossier, ['dossier', 'AZE', 'PER', '--db', db, '--format', 'json', '--limit', '1', '--sources', '1']));
  assert.equal(cut.bounds.complete, false);
  assert.equal(cut.relations.lines.length, 1);
  assert.ok(cut.relations.lines.every((l: { sources: unknown[] }) => l.sources.length === 1));
  await assert.rejects(run(dossier, ['dossier', 'AZE', 'AZE', '--db', db]), UsageError);
  await assert.rejects(run(events, ['events', '--db', join(dir, 'missing.db')]), (e) => e instanceof UsageError && /no store at/.test(e.message));
  await assert.rejects(run(events, ['events', '--db', db, '--from', 'June']), UsageError);
  await assert.rejects(run(events, ['events', '--db', db, '--kind', 'party']), UsageError);
  await assert.rejects(run(country, ['country', 'Narnia', '--db', db]), UsageError);
});

test('events: filters, formats, limit', async () => {
  const csv = (await run(events, ['events', '--db', db, '--pair', 'Peru,Azerbaijan', '--kind', 'mission.*', '--from', '2020', '--format', 'csv'])).trimEnd().split('\n');
  assert.equal(csv.length, 3);
  assert.match(csv[1]!, /^pair-3:0,2020-03,month,mission.close,/);
  assert.match(csv[2]!, /^pair-4:0,2021-05-10,day,mission.reopen,/);
  const jsonl = (await run(events, ['events', '--db', db, '--cameo', '05*', '--limit', '2'])).trimEnd().split('\n');
  assert.equal(jsonl.length, 2);
  assert.ok(jsonl.every((l) => JSON.parse(l).cameo.startsWith('05')));
  const dup = await run(events, ['events', '--db', db, '--text', 'friendship', '--duplicates', '--format', 'tsv']);
  assert.equal(dup.trimEnd().split('\n').length, 3, 'header + original + its copy');
});

test('people and country', async () => {
  const tsv = (await run(people, ['people', 'aliyev', '--db', db])).trimEnd().split('\n');
  assert.deepEqual(tsv.slice(1).map((l) => l.split('\t').slice(0, 3)), [['Rashad Aliyev', 'ambassador', 'AZE']]);
  const md = await run(country, ['country', 'AZE', '--db', db]);
  assert.match(md, /1\. Peru \(PER\) — \d+ facts/);
  assert.match(md, /## Missions abroad\n\n- embassy in Lima \(Peru\): open/);
});

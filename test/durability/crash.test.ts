import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';
import { runCli, startCli, tempDir, writeCorpus } from '../scale/helpers.js';

/** Article id → number of events stored with it, read straight from the file. */
function contents(db: string): Map<string, number> {
  const raw = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const rows = raw.prepare(
      'SELECT a.id AS id, a.event_count AS declared, (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS actual FROM articles a',
    ).all() as { id: string; declared: number; actual: number }[];
    for (const r of rows) {
      assert.equal(r.actual, r.declared, `article ${r.id}: the store says ${r.declared} events but holds ${r.actual} (half-stored, or events with the same id)`);
    }
    return new Map(rows.map((r) => [r.id, r.actual]));
  } finally {
    raw.close();
  }
}

function articleCount(db: string): number {
  try {
    const raw = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (raw.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      raw.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

const storeStats = async (db: string) => {
  const store = await openStore(db);
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
};

test('kill -9 during ingest, then the same command again: every article stored exactly once', { timeout: 120_000 }, async (t) => {
  const dir = tempDir(t);
  const corpus = writeCorpus(dir, 'corpus.jsonl', 400, 4, 21);
  const clean = join(dir, 'clean.db');
  const crashed = join(dir, 'crashed.db');
  const cleanRun = await runCli(['ingest', corpus, '--db', clean, '--workers', '1']);
  assert.equal(cleanRun.code, 0, cleanRun.stderr);
  const expected = contents(clean);
  assert.equal(expected.size, 400);

  // One thread: the killed run codes in the same order, with the same people history, as the clean run.
  const victim = startCli(['ingest', corpus, '--db', crashed, '--workers', '1']);
  let seen = 0;
  while (seen < 20) {
    await sleep(10);
    seen = articleCount(crashed);
    if (victim.child.exitCode !== null) break;
  }
  victim.child.kill('SIGKILL');
  const killed = await victim.done;
  assert.equal(killed.signal, 'SIGKILL', `ingest ended before it could be killed: ${killed.stderr}`);

  const partial = contents(crashed); // asserts no article is half-stored
  assert.ok(partial.size > 0 && partial.size < 400, `killed mid-run (${partial.size} stored)`);
  for (const [id, events] of partial) assert.equal(events, expected.get(id), `article ${id} after the crash`);

  const rerun = await runCli(['ingest', corpus, '--db', crashed, '--workers', '2']);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`stored ${400 - partial.size} .*already present ${partial.size},`));
  const resumed = contents(crashed); // again: nothing half-stored
  assert.deepEqual([...resumed.keys()].sort(), [...expected.keys()].sort(), 'the same articles as the clean run, each once');
  for (const [id, events] of partial) assert.equal(resumed.get(id), events, `article ${id} was not stored again`);
  // Articles coded after the restart start from the people registry the store kept, so their
  // events may differ slightly from the clean run's; their count must stay close.
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(total(resumed) - total(expected)) <= total(expected) * 0.02, `events ${total(resumed)} vs ${total(expected)}`);
  const [x, y] = [await storeStats(crashed), await storeStats(clean)];
  assert.equal(x.articles, y.articles);
  assert.equal(x.duplicates, y.duplicates);
});

test('two ingest processes on one SQLite file at once lose and duplicate nothing', { timeout: 120_000 }, async (t) => {
  const dir = tempDir(t);
  const a = writeCorpus(dir, 'a.jsonl', 120, 4, 31);
  const b = writeCorpus(dir, 'b.jsonl', 120, 4, 32);
  const clean = join(dir, 'clean.db');
  const shared = join(dir, 'shared.db');
  assert.equal((await runCli(['ingest', a, b, '--db', clean, '--workers', '1'])).code, 0);

  // Both processes read both files (in opposite orders): every article is offered twice.
  const [one, two] = await Promise.all([
    runCli(['ingest', a, b, '--db', shared, '--workers', '1']),
    runCli(['ingest', b, a, '--db', shared, '--workers', '1']),
  ]);
  assert.equal(one.code, 0, one.stderr);
  assert.equal(two.code, 0, two.stderr);
  const stored = (s: string): number => Number(/^ingest: read \d+, stored (\d+) /m.exec(s)?.[1] ?? NaN);
  assert.equal(stored(one.stderr) + stored(two.stderr), 240, `${one.stderr}\n${two.stderr}`);
  const [got, want] = [contents(shared), contents(clean)]; // each asserts nothing is half-stored
  assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort(), 'the same articles as one clean run, each once');
  // The two processes learnt people in different orders, so a few articles may be coded slightly
  // differently than in the clean run; the event totals stay close.
  const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(total(got) - total(want)) <= total(want) * 0.03, `events ${total(got)} vs ${total(want)}`);
  const [x, y] = [await storeStats(shared), await storeStats(clean)];
  assert.equal(x.articles, y.articles);
  assert.equal(x.duplicates, y.duplicates);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { openStore } from '../../src/store/open.js';
import { pgDatabase, runCli, startCli, tempDir, writeCorpus } from './helpers.js';

const jobCounts = async (db: string): Promise<Record<string, number>> => {
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  try {
    const r = await c.query<{ state: string; n: string; attempts: string }>('SELECT state, count(*) AS n, sum(attempts) AS attempts FROM attache_jobs GROUP BY state');
    return Object.fromEntries(r.rows.flatMap((x) => [[x.state, Number(x.n)], [`${x.state}.attempts`, Number(x.attempts)]]));
  } finally {
    await c.end();
  }
};

const articleCount = async (db: string): Promise<number> => {
  const store = await openStore(db);
  try {
    return (await store.stats()).articles;
  } finally {
    await store.close();
  }
};

test('enqueue, then two workers at once: every article stored once, every job done once', { timeout: 120_000 }, async (t) => {
  const db = await pgDatabase(t);
  if (!db) return;
  const dir = tempDir(t);
  const corpus = writeCorpus(dir, 'corpus.jsonl', 150, 5, 41);
  const queued = await runCli(['enqueue', corpus, '--db', db]);
  assert.equal(queued.code, 0, queued.stderr);
  assert.match(queued.stderr, /read 150, queued 150, already queued 0, failed 0/);
  const again = await runCli(['enqueue', corpus, '--db', db]);
  assert.match(again.stderr, /queued 0, already queued 150/);

  const status = await runCli(['status', '--db', db, '--format', 'json']);
  assert.equal(status.code, 0, status.stderr);
  assert.equal((JSON.parse(status.stdout) as { queue: { queued: number } }).queue.queued, 150);

  const workers = await Promise.all([1, 2].map(() => runCli(['worker', '--db', db, '--concurrency', '1', '--exit-when-empty'])));
  const jobs = workers.map((w) => {
    assert.equal(w.code, 0, w.stderr);
    return Number(/worker: (\d+) jobs, stored (\d+)/.exec(w.stderr)?.[2]);
  });
  assert.equal(jobs[0]! + jobs[1]!, 150, workers.map((w) => w.stderr).join('\n'));
  assert.deepEqual(await jobCounts(db), { done: 150, 'done.attempts': 150 });
  assert.equal(await articleCount(db), 150);
  const text = await runCli(['status', '--db', db]);
  assert.match(text.stdout, /0 queued, 0 running .* 150 done, 0 failed/);
});

test('a worker killed mid-job leaves its jobs to be retried by another', { timeout: 120_000 }, async (t) => {
  const db = await pgDatabase(t);
  if (!db) return;
  const dir = tempDir(t);
  const corpus = writeCorpus(dir, 'corpus.jsonl', 400, 5, 43);
  assert.equal((await runCli(['enqueue', corpus, '--db', db])).code, 0);
  const victim = startCli(['worker', '--db', db, '--concurrency', '1', '--lease', '1']);
  for (let i = 0; i < 600 && (await jobCounts(db)).done === undefined; i++) await sleep(20);
  victim.child.kill('SIGKILL');
  const killed = await victim.done;
  assert.equal(killed.signal, 'SIGKILL');
  const afterKill = await jobCounts(db);
  assert.ok((afterKill.done ?? 0) < 400, 'killed before the queue was done');
  assert.ok((afterKill.running ?? 0) > 0, 'the killed worker held jobs');

  const rescuer = await runCli(['worker', '--db', db, '--concurrency', '2', '--exit-when-empty', '--lease', '1']);
  assert.equal(rescuer.code, 0, rescuer.stderr);
  const final = await jobCounts(db);
  assert.equal(final.done, 400);
  assert.equal(final.failed, undefined);
  assert.ok(final['done.attempts']! > 400, 'the abandoned jobs were tried again');
  assert.equal(await articleCount(db), 400);
});

test('the queue claims in batches, completes a batch in one statement fenced by attempt, and never re-claims its own jobs', async (t) => {
  const db = await pgDatabase(t);
  if (!db) return;
  const { PgQueue } = await import('../../src/scale/pg-queue.js');
  const { textSignature } = await import('../../src/ingest/signature.js');
  const queue = await PgQueue.open(db, { leaseMs: 1 });
  try {
    const items = ['Alpha talks.', 'Beta talks.', 'Gamma talks.'].map((text, i) => ({
      article: { id: `q-${i}`, url: null, title: text, published: '2020-01-01', source: null, author: null, dateline: null, language: 'en', duplicateOf: null, text },
      signature: textSignature(text),
    }));
    assert.equal(await queue.enqueue(items), 3);
    const mine = await queue.claim('worker-a', 10);
    assert.deepEqual(mine.map((j) => [j.article.id, j.attempt]), [['q-0', 1], ['q-1', 1], ['q-2', 1]]);
    await sleep(20); // every lease (1 ms) has expired
    assert.deepEqual(await queue.claim('worker-a', 10), [], 'a worker does not take back its own jobs');
    const taken = await queue.claim('worker-b', 1);
    assert.deepEqual(taken.map((j) => [j.article.id, j.attempt]), [['q-0', 2]]);
    assert.equal(await queue.completeMany(mine), 2, 'the attempt taken over is not marked done by the old one');
    assert.equal(await queue.completeMany(taken), 1);
    const time = await queue.timeline();
    assert.equal(time.done, 3);
    assert.ok(time.firstClaimMs !== null && time.lastFinishMs !== null && time.firstClaimMs <= time.lastFinishMs);
  } finally {
    await queue.close();
  }
});

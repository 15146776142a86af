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

test('a worker coding in its own thread lets the batch being written take a step between any two articles', async () => {
  const { runWorker } = await import('../../src/scale/worker-loop.js');
  type Queue = Parameters<typeof runWorker>[0]['queue'];
  type Store = Parameters<typeof runWorker>[0]['store'];
  type Pool = Parameters<typeof runWorker>[0]['pool'];
  const jobs = Array.from({ length: 96 }, (_, i) => {
    const text = `Article ${i}: Norway and Chile held talks.`;
    return { id: i + 1, attempt: 1, article: { id: `w-${i}`, url: null, title: `Talks ${i}`, published: '2022-01-01', source: null, author: null, dateline: null, language: 'en', duplicateOf: null, text }, signature: { contentHash: `h${i}`, minhash: [] } };
  });
  let next = 0;
  // An in-memory queue and store (the loop's own behaviour is under test, not PostgreSQL's): the
  // store's write takes several turns of the event loop, as a transaction of several statements does.
  const queue = {
    claim: async (_w: string, limit: number) => jobs.slice(next, (next += limit)),
    completeMany: async (done: readonly unknown[]) => done.length,
    complete: async () => true,
    fail: async () => {},
    heartbeat: async () => {},
    drained: async () => next >= jobs.length,
  } as unknown as Queue;
  let coded = 0;
  const between: number[] = [];
  const store = {
    presentIds: async () => new Set<string>(),
    putArticles: async (items: readonly { article: { id: string } }[]) => {
      for (let step = 0; step < 4; step++) {
        const before = coded;
        await new Promise<void>((resolve) => setImmediate(resolve));
        between.push(coded - before);
      }
      return items.map((it) => ({ status: 'stored', articleId: it.article.id, duplicateOf: null, events: 0 }));
    },
  } as unknown as Store;
  const pool = {
    threads: 1,
    code: async (article: { id: string }) => {
      coded++;
      return { ok: true, value: { articleId: article.id, events: [], people: [] } };
    },
    close: async () => {},
  } as unknown as Pool;
  const summary = await runWorker({ queue, store, pool, batchSize: 32, concurrency: 96, exitWhenEmpty: true, pollMs: 1 });
  assert.equal(summary.stored, 96);
  assert.equal(coded, 96);
  assert.ok(between.length >= 8, 'the writes took their steps');
  // Before, every article of a claim was coded in one turn: a write's step waited for up to 96 of them.
  assert.ok(Math.max(...between) <= 1, `articles coded while a write waited for one step: ${between.join(',')}`);
});

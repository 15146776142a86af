import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateArticle } from '../../bench/corpus.js';
import type { Article } from '../../src/model/article.js';
import { textSignature } from '../../src/ingest/signature.js';
import { createCodingPool, type CodingPool } from '../../src/scale/coding-pool.js';
import { runIngest, type IngestItem } from '../../src/scale/ingest-run.js';
import { estimateArticles } from '../../src/scale/estimate.js';
import { openStore } from '../../src/store/open.js';
import { runCli, tempDir, writeCorpus } from './helpers.js';

const storedIds = async (db: string): Promise<Map<string, number>> => {
  const store = await openStore(db);
  try {
    const { events } = await store.queryEvents({ includeDuplicates: true, limit: 1_000_000 });
    const byArticle = new Map<string, number>();
    for (const e of events) byArticle.set(e.articleId, (byArticle.get(e.articleId) ?? 0) + 1);
    return byArticle;
  } finally {
    await store.close();
  }
};

test('ingest stores every article once; running it again adds nothing', async (t) => {
  const dir = tempDir(t);
  const corpus = writeCorpus(dir, 'corpus.jsonl', 30);
  const db = join(dir, 'a.db');
  const first = await runCli(['ingest', corpus, '--db', db, '--workers', '2']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /read 30, stored 30 .*already present 0, failed 0/);
  const store = await openStore(db);
  const before = await store.stats();
  await store.close();
  assert.equal(before.articles, 30);

  const again = await runCli(['ingest', corpus, '--db', db, '--workers', '1']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /stored 0 .*already present 30, failed 0, events 0/);
  const after = await openStore(db);
  assert.deepEqual(await after.stats(), before);
  await after.close();
  const status = await runCli(['status', '--db', db]);
  assert.equal(status.code, 0, status.stderr);
  assert.match(status.stdout, /^store: 30 articles \(0 near-duplicates\), \d+ events/);
});

test('one thread and two threads store the same articles and about the same events', async (t) => {
  const dir = tempDir(t);
  const corpus = writeCorpus(dir, 'corpus.jsonl', 24, 6);
  const one = join(dir, 'one.db');
  const two = join(dir, 'two.db');
  assert.equal((await runCli(['ingest', corpus, '--db', one, '--workers', '1'])).code, 0);
  assert.equal((await runCli(['ingest', corpus, '--db', two, '--workers', '2'])).code, 0);
  const [a, b] = [await openStore(one), await openStore(two)];
  try {
    const [x, y] = [await b.stats(), await a.stats()];
    assert.equal(x.articles, y.articles);
    assert.equal(x.duplicates, y.duplicates);
    // Each thread keeps its own people registry, so a person learnt in one article may be known
    // to the next article on one thread and not on the other: totals stay close, not equal.
    assert.ok(Math.abs(x.events - y.events) <= y.events * 0.05, `events ${x.events} vs ${y.events}`);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
  const [withTwo, withOne] = [await storedIds(two), await storedIds(one)];
  assert.ok(withOne.size > 0, 'the corpus gives events');
  assert.ok(Math.abs(withTwo.size - withOne.size) <= 1, 'the same articles have events');
});

test('a failing input is reported in one line, the rest of the batch is stored, exit status 1', async (t) => {
  const dir = tempDir(t);
  const corpus = writeCorpus(dir, 'corpus.jsonl', 5);
  writeFileSync(join(dir, 'empty.txt'), '');
  const db = join(dir, 'a.db');
  const run = await runCli(['ingest', join(dir, 'missing.txt'), join(dir, 'empty.txt'), corpus, '--db', db]);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stderr, /stored 5 .*failed 2/);
  assert.match(run.stderr, /failed .*missing\.txt: UNREADABLE /);
  assert.match(run.stderr, /failed .*empty\.txt: EMPTY_INPUT /);
});

test('near-duplicates are linked within a run and across runs', async (t) => {
  const dir = tempDir(t);
  const original = generateArticle(11, 1, 12);
  const copy = { ...original, url: 'https://mirror.example.org/copy', text: original.text.replace(/\.\n*$/, '. (Reporting by wire staff)\n') };
  writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify(original)}\n${JSON.stringify(copy)}\n`);
  const db = join(dir, 'a.db');
  const run = await runCli(['ingest', join(dir, 'a.jsonl'), '--db', db]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /stored 2 \(1 near-duplicates\)/);

  const copy2 = { ...original, url: 'https://other.example.org/x', text: original.text.replace(/\.\n*$/, '. Copyright the wire.\n') };
  writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify(copy2)}\n`);
  const later = await runCli(['ingest', join(dir, 'b.jsonl'), '--db', db]);
  assert.equal(later.code, 0, later.stderr);
  assert.match(later.stderr, /stored 1 \(1 near-duplicates\)/);
  const store = await openStore(db);
  try {
    assert.equal((await store.stats()).duplicates, 2);
  } finally {
    await store.close();
  }
});

test('runIngest keeps at most `window` articles in flight and writes them in read order', async (t) => {
  const dir = tempDir(t);
  const store = await openStore(join(dir, 'w.db'));
  t.after(() => store.close());
  const real = createCodingPool({ threads: 2 });
  t.after(() => real.close());
  let inFlight = 0;
  let maxInFlight = 0;
  const pool: CodingPool = {
    threads: real.threads,
    code: async (article) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      try {
        return await real.code(article);
      } finally {
        inFlight--;
      }
    },
    close: () => real.close(),
  };
  const n = 300;
  async function* items(): AsyncGenerator<IngestItem> {
    for (let i = 0; i < n; i++) {
      const rec = generateArticle(5, i, 3);
      const article: Article = {
        id: `art-${String(i).padStart(4, '0')}`, url: rec.url, title: rec.title, published: rec.published, source: rec.source,
        author: null, dateline: null, language: 'en', duplicateOf: null, text: rec.text,
      };
      const signature = textSignature(rec.text);
      yield { ok: true, value: { article, signature } };
    }
  }
  const summary = await runIngest(items(), { store, pool, window: 8 });
  assert.equal(summary.read, n);
  assert.equal(summary.stored, n);
  assert.equal(summary.failures, 0);
  assert.ok(maxInFlight <= 8, `max in flight ${maxInFlight}`);
  assert.ok(maxInFlight >= 2, 'articles were coded in parallel');
  assert.equal((await store.stats()).articles, n);
});

test('the progress estimate counts JSON lines, feed items and files, and gives up on standard input', async (t) => {
  const dir = tempDir(t);
  writeCorpus(dir, 'c.jsonl', 12, 2);
  writeFileSync(join(dir, 'one.txt'), 'Peru and Chile met.');
  writeFileSync(join(dir, 'f.rss'), '<rss><channel><item><title>a</title></item>\n<item>\n<title>b</title></item><item><title>c</title></item></channel></rss>');
  assert.equal(await estimateArticles([dir]), 12 + 1 + 3);
  assert.equal(await estimateArticles([join(dir, 'one.txt'), '-']), null);
});

test('a coding thread that dies (out of memory) fails its article as a value and is replaced', { timeout: 60_000 }, async () => {
  // 8 MB of heap cannot even hold the language model: every thread dies on its first task, and
  // so does the large-heap thread each article is given to next.
  const pool = createCodingPool({ threads: 2, threadHeapMb: 8, largeHeapMb: 8 });
  try {
    const rec = generateArticle(3, 1, 3);
    const article: Article = { id: 'oom', url: null, title: rec.title, published: rec.published, source: null, author: null,
      dateline: null, language: 'en', duplicateOf: null, text: rec.text, origin: 'oom.txt' };
    const results = await Promise.all([pool.code(article), pool.code({ ...article, id: 'oom2' }), pool.code({ ...article, id: 'oom3' })]);
    for (const r of results) {
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.error.code, 'INTERNAL');
        assert.match(r.error.message, /^coding thread failed: /);
        assert.equal(r.error.input, 'oom.txt');
      }
    }
  } finally {
    await pool.close();
  }
});

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { writeBigFeed, writeHostileCorpus } from './hostile-corpus.js';
import { readInputs } from '../../src/ingest/index.js';
import { ERROR_CODES } from '../../src/model/errors.js';
import { runCli, tempDir } from '../scale/helpers.js';

const MB = 1 << 20;

test('hostile inputs: each ends in a one-line error or a sensible result; the batch goes on; memory stays bounded', { timeout: 180_000 }, async (t) => {
  const dir = tempDir(t);
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeHostileCorpus(inputs);
  const db = join(dir, 'h.db');
  const run = await runCli(['ingest', inputs, '--db', db, '--workers', '1']);
  assert.ok(run.code === 0 || run.code === 1, `exit ${run.code} (${run.signal}): ${run.stderr.slice(-2000)}`);
  assert.ok(run.maxRssBytes !== null && run.maxRssBytes < 1.5 * 1024 * MB, `peak RSS ${Math.round((run.maxRssBytes ?? 0) / MB)} MB`);

  // Every failure is one line naming the input and a documented code.
  const failures = run.stderr.split('\n').filter((l) => l.startsWith('  failed '));
  for (const line of failures) {
    const m = /^ {2}failed (.+?): ([A-Z_]+) (.+)$/.exec(line);
    assert.ok(m, `not a one-line failure: ${line}`);
    assert.ok(m[2]! in ERROR_CODES, `undocumented code in: ${line}`);
  }
  const failed = (file: string, code?: string): boolean => failures.some((l) => l.includes(file) && (!code || l.includes(` ${code} `)));
  assert.ok(failed('01-empty.txt', 'EMPTY_INPUT'));
  assert.ok(failed('02-binary.txt', 'BINARY_INPUT'));
  assert.ok(failed('06-huge-article.txt', 'TOO_LARGE'));
  assert.ok(failed('07-one-long-line.jsonl', 'TOO_LARGE'));
  assert.ok(failed('10-bomb.xml', 'XML_ENTITY'));
  assert.ok(failed('11-external.rss', 'XML_ENTITY'));
  assert.ok(failed('13-broken.jsonl', 'MALFORMED'));

  const raw = new Database(db, { readonly: true });
  t.after(() => raw.close());
  const rows = raw.prepare('SELECT origin, title, text, published FROM articles').all() as { origin: string; title: string; text: string; published: string | null }[];
  const from = (file: string) => rows.filter((r) => r.origin.includes(file));
  assert.equal(from('zz-control.txt').length, 1, 'the control article after the hostile ones was stored');
  assert.equal(from('07-one-long-line.jsonl').length, 1, 'the line after the 30 MB line was read');
  assert.equal(from('13-broken.jsonl').length, 2, 'both fine lines around the broken ones were stored');
  assert.ok(from('03-invalid-utf8.txt').length === 1 || failed('03-invalid-utf8.txt'));
  for (const r of rows) {
    assert.doesNotMatch(r.text, /pwned|alert\(|<script|onerror|javascript:/i, `${r.origin} keeps active content`);
    assert.doesNotMatch(r.text, /root:x:0:0/, `${r.origin} leaked a local file`);
    assert.ok(r.text.length <= 5 * MB, `${r.origin} is ${r.text.length} characters`);
  }
  const scripts = from('09-scripts.html');
  assert.equal(scripts.length, 1, 'the page with scripts was read');
  assert.match(scripts[0]!.text, /established diplomatic relations/);
  // Every other input ended one way or the other.
  for (const f of ['04-cp1251.txt', '05-latin1.txt', '08-deep.html', '14-dates.jsonl', '15-french.txt', '16-arabic.txt', '17-mixed-rtl.txt', '18-chinese.txt']) {
    assert.ok(from(f).length > 0 || failed(f), `${f}: neither stored nor reported`);
  }
  assert.match(run.stderr, /^ingest: read \d+, stored \d+/m);
});

test('a feed of 10,000 items is read item by item, in bounded time and memory', { timeout: 120_000 }, async (t) => {
  const dir = tempDir(t);
  const feed = join(dir, 'big.rss');
  writeBigFeed(feed, 10_000);
  let articles = 0;
  let failures = 0;
  const ids = new Set<string>();
  for await (const item of readInputs([feed])) {
    if (item.ok) {
      articles++;
      ids.add(item.value.article.id);
    } else failures++;
  }
  assert.equal(articles + failures, 10_000);
  assert.ok(articles >= 9_900, `${articles} items read, ${failures} failed`);
  assert.equal(ids.size, articles, 'every item is its own article');
  assert.ok(process.memoryUsage().rss < 1.5 * 1024 * MB);
});

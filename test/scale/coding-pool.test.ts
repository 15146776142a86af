import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateArticle } from '../../bench/corpus.js';
import type { Article } from '../../src/model/article.js';
import { createCodingPool } from '../../src/scale/coding-pool.js';

const article = (i: number): Article => {
  const rec = generateArticle(11, i, 6);
  return { id: `pool-${i}`, url: null, title: rec.title, published: rec.published, source: null, author: null,
    dateline: null, language: 'en', duplicateOf: null, text: rec.text, origin: `pool-${i}.txt` };
};

test('a pool of two threads, each sent several articles ahead, answers every article with its own events', { timeout: 60_000 }, async () => {
  const pool = createCodingPool({ threads: 2, depth: 3 });
  try {
    const articles = Array.from({ length: 10 }, (_, i) => article(i));
    const results = await Promise.all(articles.map((a) => pool.code(a)));
    assert.equal(results.length, articles.length);
    let events = 0;
    for (const [i, r] of results.entries()) {
      assert.ok(r.ok, `article ${i} failed`);
      if (!r.ok) continue;
      for (const e of r.value.events) {
        assert.equal(e.articleId, articles[i]!.id);
        assert.equal(articles[i]!.text.slice(e.evidence.start, e.evidence.end), e.evidence.sentence);
      }
      events += r.value.events.length;
    }
    assert.ok(events > 0, 'the generated articles hold events');
  } finally {
    await pool.close();
  }
});

test('closing the pool answers the articles still queued or being coded', { timeout: 60_000 }, async () => {
  const pool = createCodingPool({ threads: 2, depth: 2 });
  const pending = Array.from({ length: 8 }, (_, i) => pool.code(article(i)));
  await pool.close();
  const results = await Promise.all(pending);
  assert.equal(results.length, 8);
  for (const r of results) if (!r.ok) assert.match(r.error.message, /closed|failed/);
});

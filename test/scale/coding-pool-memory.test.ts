import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateArticle } from '../../bench/corpus.js';
import type { Article } from '../../src/model/article.js';
import { createTrackingRegistry } from '../../src/scale/code-task.js';
import { createCodingPool } from '../../src/scale/coding-pool.js';
import { latestPeople } from '../../src/scale/ingest-command.js';
import type { Person } from '../../src/model/actor.js';

const articleOf = (id: string, text: string): Article => ({
  id, url: null, title: id, published: '2024-03-01', source: null, author: null, dateline: null, language: 'en', duplicateOf: null, text, origin: `${id}.txt`,
});

/** Generated articles joined until the text holds at least `chars` characters. */
function bigText(chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${generateArticle(5, i, 25).text}\n\n`;
  return text;
}

test('an article that runs a coding thread out of memory is coded again in the large-heap thread; small ones stay in the pool', { timeout: 120_000 }, async () => {
  // 40 MB holds the coder and a normal article, not the working set of a 150,000-character one.
  const pool = createCodingPool({ threads: 2, threadHeapMb: 40, largeHeapMb: 512, largeChars: 400_000 });
  try {
    const small = articleOf('small', generateArticle(5, 1, 25).text);
    const big = articleOf('big', bigText(150_000));
    const [s, b] = await Promise.all([pool.code(small), pool.code(big)]);
    assert.ok(s.ok, 'the small article is coded');
    assert.ok(b.ok, `the big article is coded after all: ${b.ok ? '' : b.error.message}`);
    if (b.ok) {
      assert.ok(b.value.events.length > 100, `a big article of generated text gives many events (${b.value.events.length})`);
      for (const e of b.value.events.slice(0, 50)) assert.equal(big.text.slice(e.evidence.start, e.evidence.end), e.evidence.sentence);
    }
    assert.deepEqual(pool.large, { bySize: 0, afterOutOfMemory: 1 });
    // The pool keeps working with a fresh thread in place of the dead one.
    const again = await pool.code(articleOf('small-2', generateArticle(5, 2, 25).text));
    assert.ok(again.ok);
  } finally {
    await pool.close();
  }
});

test('articles longer than largeChars go straight to the large-heap thread, and one that runs it out of memory fails as a value', { timeout: 60_000 }, async () => {
  // 24 MB cannot hold the coder at all: the large-heap thread dies on the article it is given.
  const pool = createCodingPool({ threads: 2, largeHeapMb: 24, largeChars: 10_000 });
  try {
    const long = articleOf('long', generateArticle(5, 3, 25).text + ' '.repeat(12_000));
    const ok = articleOf('short', generateArticle(5, 4, 25).text);
    const [l, s] = await Promise.all([pool.code(long), pool.code(ok)]);
    assert.ok(s.ok, 'a short article is coded by the pool');
    assert.equal(l.ok, false);
    if (!l.ok) {
      assert.equal(l.error.code, 'INTERNAL');
      assert.match(l.error.message, /^coding thread failed: out of memory \(24 MB heap\)/);
      assert.equal(l.error.input, 'long.txt');
    }
    assert.deepEqual(pool.large, { bySize: 1, afterOutOfMemory: 0 });
  } finally {
    await pool.close();
  }
});

const person = (name: string, country: string, seen: string): Person => ({
  name, country, title: 'foreign minister', sectors: ['GOV'], aliases: [], firstSeen: seen, lastSeen: seen,
});

test('a coding thread\'s registry keeps two generations of roles and carries people met again into the newer one', () => {
  const registry = createTrackingRegistry([person('Ana Seed', 'PER', '2020-01-01')], 3);
  registry.remember(person('Bo One', 'CHL', '2021-01-01'), '2021-01-01');
  registry.remember(person('Cy Two', 'ARG', '2021-01-02'), '2021-01-02');
  // Three calls beside the seed: the next starts a new generation, the first (with the seed) becomes the older one.
  registry.remember(person('Di Three', 'BOL', '2021-01-03'), '2021-01-03');
  registry.remember(person('Bo One', 'CHL', '2021-02-01'), '2021-02-01');
  assert.equal(registry.lookup('Ana Seed')?.country, 'PER', 'the older generation is still asked');
  registry.remember(person('Ed Four', 'ECU', '2021-01-04'), '2021-01-04');
  registry.remember(person('Fa Five', 'URY', '2021-01-05'), '2021-01-05');
  // Another generation: the seed's is dropped; Bo One, met again, was carried over with his first date.
  registry.remember(person('Gi Six', 'PRY', '2021-01-06'), '2021-01-06');
  assert.equal(registry.lookup('Ana Seed'), null);
  assert.equal(registry.lookup('Cy Two'), null);
  assert.deepEqual([registry.lookup('Bo One')?.firstSeen, registry.lookup('Bo One')?.lastSeen], ['2021-01-01', '2021-02-01']);
  assert.equal(registry.lookup('Gi Six')?.country, 'PRY');
  assert.ok(registry.all().length <= 6, `at most two generations (${registry.all().length})`);
  assert.deepEqual(registry.takeLearned().map((p) => p.name).sort(), ['Bo One', 'Cy Two', 'Di Three', 'Ed Four', 'Fa Five', 'Gi Six']);
});

test('a seed as large as a generation is not pushed out by the first people met', () => {
  const seed = [person('Al Seed', 'PER', '2020-01-01'), person('Bea Seed', 'CHL', '2020-01-01'), person('Cal Seed', 'ARG', '2020-01-01')];
  const registry = createTrackingRegistry(seed, 3);
  for (const [i, name] of ['Di One', 'Ed Two', 'Fa Three', 'Gi Four'].entries()) registry.remember(person(name, 'BOL', `2021-01-0${i + 1}`), `2021-01-0${i + 1}`);
  assert.deepEqual(seed.map((p) => registry.lookup(p.name)?.country), ['PER', 'CHL', 'ARG']);
});

test('each coding thread starts with the people seen last', () => {
  const people = [person('A', 'PER', '2020-01-01'), person('B', 'CHL', '2023-01-01'), person('C', 'ARG', '2021-06-01')];
  assert.deepEqual(latestPeople(people, 2).map((p) => p.name), ['B', 'C']);
  assert.equal(latestPeople(people, 5), people);
});

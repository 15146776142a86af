import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Actor, Article, DiploEvent } from '../../src/model/index.js';
import { textSignature } from '../../src/ingest/signature.js';
import { openStore } from '../../src/store/open.js';
import { pgDatabase, runCli, tempDir } from '../scale/helpers.js';

const country = (code: string, text: string): Actor => ({ text, country: code, sectors: ['GOV'], code: `${code}GOV`, name: null, title: null, type: 'country' });

function article(id: string, text: string, published: string, duplicateOf: string | null = null): Article {
  return { id, url: `https://example.org/${id}`, title: text.split('.')[0]!, published, source: 'Example Wire', author: 'A. Writer',
    dateline: { place: 'Lima', country: 'PER', date: published }, language: 'en', duplicateOf, text, origin: `${id}.txt` };
}

function event(a: Article, seq: number, kind: DiploEvent['kind'], cameo: string, date: string, sentence: string): DiploEvent {
  const start = a.text.indexOf(sentence);
  return {
    id: `${a.id}-e${seq}`, articleId: a.id, kind, cameo, quadClass: 1, goldstein: 3.4,
    plover: { type: 'AGREE', mode: null, context: 'diplomatic' },
    source: country('AZE', 'Azerbaijan'), target: country('PER', 'Peru'),
    participants: [
      { text: 'Elmar Mammadyarov', country: 'AZE', sectors: ['GOV'], code: 'AZEGOV', name: 'Elmar Mammadyarov', title: 'foreign minister', type: 'person', start: 0, end: 17 },
    ],
    date: { value: date, precision: date.length === 10 ? 'day' : 'year', basis: 'explicit', text: date },
    place: { name: 'Lima', country: 'PER' }, modality: 'asserted',
    attributes: { missionType: 'embassy', city: 'Lima', topics: ['trade', 'visa'] },
    evidence: { sentence, start, end: start + sentence.length, sentenceIndex: seq }, confidence: 0.875,
  };
}

/** A small store built through the Store API: two stories, a wire copy, merged facts, people. */
async function seed(db: string): Promise<void> {
  const s1 = 'Azerbaijan and Peru established diplomatic relations on 25 June 1996.';
  const s2 = 'Azerbaijan opened its embassy in Lima in 2015.';
  const a = article('story-one', `Ties deepen. ${s1} ${s2} Trade grew, officials said “a lot” — ünïcödé 🇦🇿.`, '2017-08-17');
  const b = article('story-two', `Anniversary. ${s1} Both sides praised the ties.`, '2021-06-25');
  const c = article('story-copy', `Ties deepen. ${s1} ${s2} Trade grew, officials said “a lot” — ünïcödé 🇦🇿. (wire)`, '2017-08-18', 'story-one');
  const store = await openStore(db);
  try {
    await store.putArticle(a, [event(a, 0, 'relations.establish', '054', '1996-06-25', s1), event(a, 1, 'mission.open', '054', '2015', s2)], textSignature(a.text));
    await store.putArticle(b, [event(b, 0, 'relations.establish', '054', '1996', s1)], textSignature(b.text));
    await store.putArticle(c, [event(c, 0, 'relations.establish', '054', '1996-06-25', s1)], textSignature(c.text));
    await store.upsertPeople([{ name: 'Luis Chang Boldrini', country: 'PER', title: "chargé d'affaires", sectors: ['GOV'], aliases: ['Boldrini'], firstSeen: '2017-08-17', lastSeen: '2017-08-17' }]);
  } finally {
    await store.close();
  }
}

const tablesIn = (file: string): Set<string> =>
  new Set(readFileSync(file, 'utf8').trim().split('\n').slice(1).map((l) => (JSON.parse(l) as { table: string }).table));

test('export → import into a fresh store → export again gives the identical file', async (t) => {
  const dir = tempDir(t);
  const a = join(dir, 'a.db');
  const b = join(dir, 'b.db');
  await seed(a);
  const first = await runCli(['export', '--db', a, '--out', join(dir, 'one.jsonl')]);
  assert.equal(first.code, 0, first.stderr);
  const imported = await runCli(['import', join(dir, 'one.jsonl'), '--db', b]);
  assert.equal(imported.code, 0, imported.stderr);
  const second = await runCli(['export', '--db', b, '--format', 'jsonl']);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(second.stdout, readFileSync(join(dir, 'one.jsonl'), 'utf8'));
  for (const table of ['articles', 'events', 'facts', 'fact_sources', 'people']) assert.ok(tablesIn(join(dir, 'one.jsonl')).has(table), table);

  const [x, y] = [await openStore(a), await openStore(b)];
  try {
    assert.deepEqual(await y.stats(), await x.stats());
    assert.deepEqual(await y.factsForPair('AZE', 'PER'), await x.factsForPair('AZE', 'PER'));
    assert.deepEqual(await y.getArticle('story-copy'), await x.getArticle('story-copy'));
    assert.deepEqual(await y.people(), await x.people());
    assert.equal(await y.findDuplicate(textSignature((await x.getArticle('story-one'))!.article.text)), 'story-one');
  } finally {
    await Promise.all([x.close(), y.close()]);
  }
});

test('import refuses a store that is not empty, and a file that is not an export', async (t) => {
  const dir = tempDir(t);
  const a = join(dir, 'a.db');
  await seed(a);
  assert.equal((await runCli(['export', '--db', a, '--out', join(dir, 'e.jsonl')])).code, 0);
  const again = await runCli(['import', join(dir, 'e.jsonl'), '--db', a]);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /import needs an empty store/);
  const bad = await runCli(['import', join(dir, 'a.db'), '--db', join(dir, 'c.db')]);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /^attache: .*(not valid JSON|not an Attaché export)/m);
  const store = await openStore(a);
  try {
    assert.equal((await store.stats()).articles, 3, 'the failed import changed nothing');
  } finally {
    await store.close();
  }
});

test('an export of an older schema imports when its tables and columns are the same; a newer one or other columns do not', async (t) => {
  const dir = tempDir(t);
  const a = join(dir, 'a.db');
  await seed(a);
  assert.equal((await runCli(['export', '--db', a, '--out', join(dir, 'e.jsonl')])).code, 0);
  const [head, ...rows] = readFileSync(join(dir, 'e.jsonl'), 'utf8').trimEnd().split('\n');
  const header = JSON.parse(head!) as { schema: number; tables: Record<string, string[]> };
  const variant = (name: string, h: object): string => {
    const file = join(dir, name);
    writeFileSync(file, [JSON.stringify(h), ...rows].join('\n') + '\n');
    return file;
  };
  const older = await runCli(['import', variant('older.jsonl', { ...header, schema: header.schema - 1 }), '--db', join(dir, 'b.db')]);
  assert.equal(older.code, 0, older.stderr);
  const again = await runCli(['export', '--db', join(dir, 'b.db'), '--format', 'jsonl']);
  assert.equal(again.stdout, readFileSync(join(dir, 'e.jsonl'), 'utf8'));

  const newer = await runCli(['import', variant('newer.jsonl', { ...header, schema: header.schema + 1 }), '--db', join(dir, 'c.db')]);
  assert.equal(newer.code, 1);
  assert.match(newer.stderr, /export of schema version \d+, this store has \d+; import it with the Attaché version that wrote it/);
  const people = header.tables.people!;
  const fewer = { ...header, schema: header.schema - 1, tables: { ...header.tables, people: people.slice(0, -1) } };
  const other = await runCli(['import', variant('other.jsonl', fewer), '--db', join(dir, 'd.db')]);
  assert.equal(other.code, 1);
  assert.match(other.stderr, /table "people" has columns/);
});

test('an export moves a store from SQLite to PostgreSQL unchanged', async (t) => {
  const pg = await pgDatabase(t);
  if (!pg) return;
  const dir = tempDir(t);
  const a = join(dir, 'a.db');
  await seed(a);
  assert.equal((await runCli(['export', '--db', a, '--out', join(dir, 'one.jsonl')])).code, 0);
  const imported = await runCli(['import', join(dir, 'one.jsonl'), '--db', pg]);
  assert.equal(imported.code, 0, imported.stderr);
  const second = await runCli(['export', '--db', pg]);
  assert.equal(second.code, 0, second.stderr);
  assert.equal(second.stdout, readFileSync(join(dir, 'one.jsonl'), 'utf8'));
});

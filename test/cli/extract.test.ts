import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../src/cli.js', import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input, timeout: 60000 });

const STORY = [
  ' date 2019-11-12 Peru to close its embassy in Baku for now',
  '',
  '2019-11-12 16:20 | www.envoynotes.example | 1',
  '',
  'Baku, Azerbaijan, Nov.12',
  '',
  'By Leyla Karimova – Envoy Notes:',
  '',
  'The government of Peru has decided to temporarily close its embassy in Azerbaijan, the embassy said on Tuesday.',
  '',
  'Its consular section will work until December 15, after which the Peruvian embassy in Ankara will serve Azerbaijan.',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'attache-extract-'));
const good = join(dir, 'story.txt');
writeFileSync(good, STORY);
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');
const jsonl = join(dir, 'recs.jsonl');
writeFileSync(jsonl, `${JSON.stringify({ id: 'r1', published: '2019-11-13', text: STORY })}\nnot json\n`);

test('exit 0 and one {article, events} JSON line per article', () => {
  const r = run(['extract', good]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const { article, events } = JSON.parse(lines[0]);
  assert.equal(article.title, 'Peru to close its embassy in Baku for now');
  assert.equal(article.published, '2019-11-12T16:20');
  assert.equal(article.author, 'Leyla Karimova');
  assert.deepEqual(article.dateline, { place: 'Baku', country: 'AZE', date: '2019-11-12' });
  assert.ok(Array.isArray(events));
  assert.equal(r.stderr, '');
});

test('exit 1 when some inputs fail: one stderr line each, the others still printed', () => {
  const r = run(['extract', empty, good, jsonl, join(dir, 'missing.txt')]);
  assert.equal(r.status, 1);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l).article);
  assert.deepEqual(out.map((a) => a.id).slice(1), ['r1']);
  assert.equal(out[1].duplicateOf, out[0].id);
  const errs = r.stderr.trim().split('\n');
  assert.equal(errs.length, 3, r.stderr);
  assert.match(errs[0], /empty\.txt: .*\[EMPTY_INPUT\]$/);
  assert.match(errs[1], /recs\.jsonl:2: not JSON.*\[MALFORMED\]$/);
  assert.match(errs[2], /missing\.txt: .*\[UNREADABLE\]$/);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack traces');
});

test('standard input with -', () => {
  const r = run(['extract', '-'], STORY);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).article.origin, '-');
});

test('--format tsv prints a header line; --published fills a missing date', () => {
  const plain = join(dir, 'plain.txt');
  writeFileSync(plain, 'Peru and Azerbaijan agreed to hold political consultations in Lima next year, officials said.');
  const t = run(['extract', '--format', 'tsv', plain]);
  assert.equal(t.stderr, '');
  assert.equal(t.status, 0, t.stderr);
  assert.match(t.stdout.split('\n')[0], /^event_id\tdate\t/);
  const j = run(['extract', '--published', '2024-03-01', plain]);
  assert.equal(j.status, 0, j.stderr);
  assert.equal(JSON.parse(j.stdout).article.published, '2024-03-01');
});

test('exit 2 on usage errors; --help exits 0', () => {
  for (const args of [['extract'], ['extract', '--format', 'xml', good], ['extract', '--published', 'yesterday', good]]) {
    const r = run(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.trim().length > 0);
  }
  const h = run(['extract', '--help']);
  assert.equal(h.status, 0, h.stderr);
  assert.match(h.stdout, /--format <format>/);
  assert.match(h.stdout, /Exit status/);
});

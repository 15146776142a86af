import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, createWriteStream, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readAllOutcomes, tempDir, writeFiles, DUMP_STORY } from './helpers.js';
import type { ReadOutcome } from '../../src/ingest/index.js';

const GOOD = 'Azerbaijan and Peru established diplomatic relations on June 25, 1996, and opened embassies in each other\'s capitals later.';
const codes = (outs: ReadOutcome[]) => outs.map((o) => (o.ok ? 'ok' : o.error.code));
const errorOf = (o: ReadOutcome) => { assert.ok(!o.ok); return o.error; };

test('one bad input fails alone: empty, binary, missing; the rest of the batch is read', async () => {
  const dir = tempDir();
  const paths = writeFiles(dir, {
    'empty.txt': '', 'spaces.txt': '  \n\n \t', 'nul.txt': Buffer.from('Peru\0\0\0Azerbaijan\0'), 'doc.pdf': Buffer.from('%PDF-1.7\n%binary'), 'good.txt': GOOD,
  });
  const outs = await readAllOutcomes([...paths, join(dir, 'missing.txt')]);
  assert.deepEqual(codes(outs), ['EMPTY_INPUT', 'EMPTY_INPUT', 'BINARY_INPUT', 'BINARY_INPUT', 'ok', 'UNREADABLE']);
  for (const o of outs.filter((x) => !x.ok)) {
    const e = errorOf(o);
    assert.ok(e.input && e.message && !e.message.includes('\n'), e.message);
  }
});

test('Latin-1 and Windows-1251 are detected and decoded, with a warning', async () => {
  const dir = tempDir();
  const latin = `${GOOD} The Peruvian delegation in Bogotá and Asunción welcomed the décision of the ministère.`;
  const [l1, cyr] = writeFiles(dir, {
    'latin1.txt': iconv.encode(latin, 'latin1'),
    'cp1251.txt': iconv.encode('Азербайджан и Перу установили дипломатические отношения 25 июня 1996 года. Посольство Азербайджана в Лиме открылось в 2015 году.', 'win1251'),
  });
  const [a, b] = await readAllOutcomes([l1, cyr]);
  assert.ok(a.ok);
  assert.ok(a.value.article.text.includes('Bogotá and Asunción'));
  assert.match(a.value.warnings.join(), /not valid UTF-8; decoded as/);
  const e = errorOf(b); // decoded correctly, then skipped as not English
  assert.equal(e.code, 'NOT_ENGLISH');
});

test('invalid UTF-8 bytes inside English text still give the article', async () => {
  const buf = Buffer.concat([Buffer.from(GOOD), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' More text follows in English about the two embassies.')]);
  const [path] = writeFiles(tempDir(), { 'bad-utf8.txt': buf });
  const [o] = await readAllOutcomes([path]);
  assert.ok(o.ok);
  assert.equal(o.value.warnings.length, 1);
});

test('non-English articles are reported and skipped', async () => {
  const [fr, es] = writeFiles(tempDir(), {
    'fr.txt': "L'Azerbaïdjan et le Pérou ont établi des relations diplomatiques le 25 juin 1996, et l'ambassade du Pérou à Bakou a été ouverte en 2017 par le gouvernement.",
    'es.txt': 'Perú y Azerbaiyán establecieron relaciones diplomáticas en 1996 y la embajada de Perú en Bakú fue inaugurada en 2017 por el gobierno de Perú.',
  });
  const outs = await readAllOutcomes([fr, es]);
  assert.deepEqual(codes(outs), ['NOT_ENGLISH', 'NOT_ENGLISH']);
  assert.match(errorOf(outs[0]).message, /French/);
});

test('a file over the size limit is refused without reading it (limit lowered to prove the mechanism)', async () => {
  const [big, ok] = writeFiles(tempDir(), { 'big.txt': `${GOOD}\n\n`.repeat(20000), 'ok.txt': GOOD });
  const outs = await readAllOutcomes([big, ok], { maxFileBytes: 1 << 20 });
  assert.deepEqual(codes(outs), ['TOO_LARGE', 'ok']);
  assert.match(errorOf(outs[0]).message, /MB/);
});

test('JSON Lines stream: a 30 MB line fails alone, lines that are not JSON fail alone', async () => {
  const path = join(tempDir(), 'big.jsonl');
  const out = createWriteStream(path);
  out.write(`${JSON.stringify({ text: GOOD })}\n`);
  const chunk = 'x'.repeat(1 << 20);
  out.write('{"text": "');
  for (let i = 0; i < 30; i++) out.write(chunk);
  out.write('"}\n');
  out.write('this is not json\n');
  out.write('[1, 2, 3]\n');
  out.write('{"title": "no text field"}\n');
  out.write('\n');
  out.write(`${JSON.stringify({ text: DUMP_STORY })}\n`);
  await new Promise<void>((resolve) => out.end(resolve));
  const outs = await readAllOutcomes([path]);
  assert.deepEqual(codes(outs), ['ok', 'TOO_LARGE', 'MALFORMED', 'MALFORMED', 'MALFORMED', 'ok']);
  assert.equal(errorOf(outs[1]).input, `${path}:2`);
  assert.equal(errorOf(outs[2]).input, `${path}:3`);
  assert.match(errorOf(outs[2]).message, /not JSON/);
  rmSync(path, { force: true });
});

test('an article text over the article limit is refused', async () => {
  const [path] = writeFiles(tempDir(), { 'long.txt': `${GOOD}\n\n`.repeat(200) });
  const outs = await readAllOutcomes([path], { maxArticleBytes: 4096 });
  assert.deepEqual(codes(outs), ['TOO_LARGE']);
});

test('deeply nested HTML (20,000 levels) is refused without blowing the stack; malformed HTML still reads', async () => {
  const deep = `<html><body>${'<div>'.repeat(20000)}${GOOD}${'</div>'.repeat(20000)}</body></html>`;
  const broken = `<html><body><article><p>${GOOD}<p>The two embassies <b>opened <i>in 2015 and 2017</b> respectively.<div><span>Unclosed tags everywhere`;
  const [d, b] = writeFiles(tempDir(), { 'deep.html': deep, 'broken.html': broken });
  const outs = await readAllOutcomes([d, b]);
  assert.deepEqual(codes(outs), ['MALFORMED', 'ok']);
  assert.match(errorOf(outs[0]).message, /nested deeper/);
  assert.ok(outs[1].ok && outs[1].value.article.text.includes('diplomatic relations on June 25, 1996'));
});

test('XML with entity declarations is refused (billion laughs, external entities)', async () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss><channel><title>&lol3;</title><item><title>&lol3;</title><description>x</description></item></channel></rss>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title></item></channel></rss>`;
  const [a, b] = writeFiles(tempDir(), { 'bomb.xml': bomb, 'xxe.rss': xxe });
  const outs = await readAllOutcomes([a, b]);
  assert.deepEqual(codes(outs), ['XML_ENTITY', 'XML_ENTITY']);
});

test('XML that is not well formed, or not a feed, is MALFORMED', async () => {
  const [a, b] = writeFiles(tempDir(), { 'bad.xml': '<rss><channel><item><title>x</title></channel>', 'other.xml': '<?xml version="1.0"?><catalog><book>x</book></catalog>' });
  assert.deepEqual(codes(await readAllOutcomes([a, b])), ['MALFORMED', 'MALFORMED']);
});

test('a page declaring its charset is decoded with it', async () => {
  const html = `<html><head><meta charset="windows-1252"><title>Peru–Azerbaijan</title></head><body><article><p>${GOOD} The minister said the “new chapter” had begun in Lima’s historic centre.</p></article></body></html>`;
  const [path] = writeFiles(tempDir(), { 'cp1252.html': iconv.encode(html, 'win1252') });
  const [o] = await readAllOutcomes([path]);
  assert.ok(o.ok);
  assert.ok(o.value.article.text.includes('“new chapter” had begun in Lima’s'), o.value.article.text);
  assert.match(o.value.warnings.join(), /windows-1252/);
});

test('a real 100 MB text file and a single 30 MB line are refused from their size, quickly', async () => {
  const dir = tempDir();
  const big = join(dir, 'hundred.txt');
  const line = join(dir, 'line.txt');
  const fill = (path: string, mb: number) => {
    const fd = openSync(path, 'w');
    const block = Buffer.alloc(1 << 20, 'Peru and Azerbaijan signed an agreement. ');
    for (let i = 0; i < mb; i++) writeSync(fd, block);
    closeSync(fd);
  };
  fill(big, 100);
  fill(line, 30);
  const [ok1] = writeFiles(dir, { 'ok.txt': GOOD });
  const outs = await readAllOutcomes([big, line, ok1]);
  assert.deepEqual(codes(outs), ['TOO_LARGE', 'TOO_LARGE', 'ok']);
  assert.match(errorOf(outs[0]).message, /100 MB/);
  rmSync(dir, { recursive: true, force: true });
});

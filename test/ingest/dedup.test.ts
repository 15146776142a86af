import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bandKeys, BANDS, DupIndex, isNearDuplicate, MINHASH_SIZE, signature, textSignature } from '../../src/ingest/index.js';
import { readAllOutcomes, tempDir, writeFiles, DUMP_STORY } from './helpers.js';

/** The same story republished by another site: new header and byline, the last paragraphs cut. */
function republished(story: string): string {
  const body = story.split('\n\n').slice(4, 9).join('\n\n');
  return ` date 2017-08-18 Peru envoy: ties with Azerbaijan can grow\n\n2017-08-18 08:10 | www.otherpaper.example | 1\n\nBy Staff Writer – Other Paper:\n\n${body}\n`;
}

test('signature: sha256 content hash, fixed-length MinHash, deterministic band keys', () => {
  const s = signature({ text: 'Peru and Azerbaijan established diplomatic relations in 1996 and opened embassies later.' });
  assert.match(s.contentHash, /^[0-9a-f]{64}$/);
  assert.equal(s.minhash.length, MINHASH_SIZE);
  assert.ok(s.minhash.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff));
  const keys = bandKeys(s);
  assert.equal(keys.length, BANDS);
  assert.deepEqual(keys, bandKeys(textSignature('Peru and Azerbaijan established diplomatic relations in 1996 and opened embassies later.')));
  assert.equal(new Set(keys).size, keys.length);
});

test('a republished, truncated copy is a near duplicate; a different story is not', () => {
  const a = textSignature(DUMP_STORY);
  const copy = textSignature(republished(DUMP_STORY));
  const other = textSignature('Rwanda has severed diplomatic relations with Belgium and told its diplomats to leave within 48 hours. Belgium answered in kind and declared Rwandan diplomats persona non grata. The dispute concerns the conflict in the east of the Congo.');
  assert.ok(isNearDuplicate(a, copy));
  assert.ok(!isNearDuplicate(a, other));
  assert.ok(bandKeys(a).some((k) => bandKeys(copy).includes(k)));
});

test('DupIndex: exact and near duplicates point at the first copy', () => {
  const idx = new DupIndex();
  const a = textSignature(DUMP_STORY);
  assert.equal(idx.find(a), null);
  idx.add('first', a);
  assert.equal(idx.find(textSignature(DUMP_STORY)), 'first');
  assert.equal(idx.find(textSignature(republished(DUMP_STORY))), 'first');
  assert.equal(idx.find(textSignature(republished(DUMP_STORY)), false), null);
  assert.equal(idx.find(textSignature('An unrelated story about Fiji and India agreeing to waive visas for officials travelling between them.')), null);
});

test('extracting a story with its republished truncated copy marks the copy duplicateOf the original', async () => {
  const [orig, copy, same] = writeFiles(tempDir(), { '1-original.txt': DUMP_STORY, '2-copy.txt': republished(DUMP_STORY), '3-same.txt': DUMP_STORY });
  const outs = await readAllOutcomes([orig, copy, same]);
  const arts = outs.map((o) => { assert.ok(o.ok); return o.value.article; });
  assert.equal(arts[0].duplicateOf, null);
  assert.notEqual(arts[1].id, arts[0].id);
  assert.equal(arts[1].duplicateOf, arts[0].id);
  assert.equal(arts[2].duplicateOf, arts[0].id);
});

test('DupIndex stays bounded: past its capacity the oldest originals are forgotten', () => {
  const idx = new DupIndex(4);
  const sig = (i: number) => textSignature(`Story number ${i}: the foreign ministers of two countries met in the capital and signed agreement ${i * 7919} on cooperation.`);
  for (let i = 0; i < 8; i++) idx.add(`s${i}`, sig(i));
  assert.ok(idx.size <= 4);
  assert.equal(idx.find(sig(7)), 's7');
  assert.equal(idx.find(sig(0), false), null);
});

test('many similar but distinct stories (a feed of briefs) are not duplicates; a real copy still is', () => {
  const idx = new DupIndex();
  const brief = (i: number) => `Story ${i}: the foreign ministers of Peru and Azerbaijan met in Baku and discussed trade quota ${i * 7} and a cultural programme ${i * 13}.`;
  for (let i = 0; i < 300; i++) {
    const sig = textSignature(brief(i));
    assert.equal(idx.find(sig), null, brief(i));
    idx.add(`b${i}`, sig);
  }
  const long = DUMP_STORY;
  idx.add('long', textSignature(long));
  assert.equal(idx.find(textSignature(republished(long))), 'long');
  assert.equal(idx.find(textSignature(brief(42))), 'b42');
});

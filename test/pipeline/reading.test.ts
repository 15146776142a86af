import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBoilerplate } from '../../src/coding/boilerplate.js';
import { MINHASH_SIZE, normaliseText, shingles, textSignature } from '../../src/ingest/signature.js';

// The MinHash as first written: one hash function at a time over the set of distinct shingles.
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
function referenceMinhash(text: string): number[] {
  const set = shingles(text);
  const out: number[] = [];
  for (let i = 0; i < MINHASH_SIZE; i++) {
    const seed = mix(Math.imul(i + 1, 0x9e3779b9) ^ 0x7f4a7c15);
    const mult = (mix(Math.imul(i + 7, 0x85ebca6b)) | 1) >>> 0;
    let min = 0xffffffff;
    for (const s of set) {
      let h = s ^ seed;
      h = Math.imul(h ^ (h >>> 15), mult);
      h = (h ^ (h >>> 13)) >>> 0;
      if (h < min) min = h;
    }
    out.push(min);
  }
  return out;
}

const TEXTS = [
  '',
  'Talks.',
  'Peru and Kenya',
  'The two ministers met in Nairobi. The two ministers met in Nairobi. The two ministers met in Nairobi again.',
  'Chile and Viet Nam signed a memorandum on trade on Monday, the ministry said. Chile and Viet Nam also agreed to hold consultations.',
  'Ünïcödé Çà — “quoted” words, ß and İstanbul; 2024-05-12.',
];

test('the signature\'s MinHash and size are those of the distinct shingles, however they are computed', () => {
  for (const text of TEXTS) {
    const sig = textSignature(text);
    assert.deepEqual(sig.minhash, referenceMinhash(text), JSON.stringify(text));
    assert.equal(sig.size, shingles(text).size, JSON.stringify(text));
  }
  // repeats count once
  const once = 'The envoy presented her credentials to the president on Tuesday.';
  assert.equal(textSignature(`${once} ${once}`).size, shingles(`${once} ${once}`).size);
  assert.ok(normaliseText(once).split(' ').length - 3 >= textSignature(once).size);
});

test('page furniture is boilerplate; story sentences mentioning the same words are not', () => {
  for (const s of [
    'Follow us on Twitter: @news', 'Facebook @example', 'All rights reserved.', '© 2024 Example Media',
    'Copyright 2023', 'Subscribe to our newsletter', 'Click here for more', '  Read more: talks resume',
    'Related articles', 'We do not accept any responsibility for errors.', 'LEGAL DISCLAIMER',
    'This site provides the information as is, without warranty of any kind.',
  ]) assert.equal(isBoilerplate(s), true, s);
  for (const s of [
    'The ministers agreed to follow up on the talks.', 'Talks on copyrighted material resumed.',
    'The envoy said more talks would follow.', 'She read more than one statement.',
    'The related agreement was signed in Lima.', 'The two sides will share this information.',
  ]) assert.equal(isBoilerplate(s), false, s);
});

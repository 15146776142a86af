import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OwnVerbLexicon } from '../../src/coding/cameo/index.js';
import { baseForms } from '../../src/coding/cameo/lexicon.js';
import type { Token } from '../../src/nlp/types.js';

const token = (text: string, lemma: string, pos = 'VERB'): Token =>
  ({ start: 0, end: text.length, text, lower: text.toLowerCase(), pos, lemma, sentence: 0 });

const lexicon = OwnVerbLexicon.load();

test('has() is false only where match() has nothing, whatever the context', () => {
  const words: [string, string][] = [
    ['attacked', 'attack'], ['staged', 'stag'], ['reimposed', 'reimpose'], ['re-imposed', 're-impose'], ['denies', 'deny'],
    ['met', 'meet'], ['stopped', 'stop'], ['signing', 'sign'], ['table', 'table'], ['blue', 'blue'], ['quickly', 'quickly'],
    ['zzzed', 'zzz'], ['called', 'call'], ['expelled', 'expel'], ['visits', 'visit'], ['the', 'the'], ['', ''],
  ];
  let known = 0;
  for (const [w, lemma] of words) {
    const t = token(w, lemma);
    const after = [token('for', 'for', 'ADP'), token('talks', 'talk', 'NOUN'), token('with', 'with', 'ADP'), token('aid', 'aid', 'NOUN')];
    const tokens = [token('Norland', 'norland', 'PROPN'), t, ...after];
    const m = lexicon.match({ tokens, i: 1, start: 0, end: tokens.length });
    if (!lexicon.has(t)) assert.equal(m, null, w);
    if (m) known++;
  }
  assert.ok(known >= 5, `expected several known verbs, got ${known}`);
});

test('baseForms skips words that end in no suffix letter and de-inflects the others', () => {
  assert.deepEqual(baseForms('attacked'), ['attack', 'attacke']);
  assert.deepEqual(baseForms('denies'), ['deny']);
  assert.deepEqual(baseForms('stopped'), ['stopp', 'stoppe', 'stop']);
  assert.deepEqual(baseForms('visit'), []);
  assert.deepEqual(baseForms('talk'), []);
  assert.deepEqual(baseForms(''), []);
  // same answers as the bare expression for every word of a list that ends in s, d or g or not
  const re = /^(.*?)(ied|ies|ing|ed|es|s|d)$/;
  for (const w of ['as', 'is', 'ad', 'ing', 'king', 'bring', 'song', 'x\ns', 'tested', 'fled', 'b', 'cs', 'yes', 'bus']) {
    const m = re.exec(w);
    if (!m || m[1]!.length < 2) assert.deepEqual(baseForms(w), [], w);
    else assert.ok(baseForms(w).length > 0, w);
  }
});

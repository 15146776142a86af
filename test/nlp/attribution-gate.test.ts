import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyser, attribution } from '../../src/nlp/index.js';

// sentenceAttribution returns at once for a sentence with no word of saying and no "according":
// these check both sides of that test (invented sentences)
const analyser = new Analyser();

function first(text: string): string | null {
  const r = analyser.analyse(text, { published: null });
  return attribution(r, r.sentences[0]!)?.text ?? null;
}

test('no word of saying and no "according": no attribution', () => {
  assert.equal(first('The two delegations toured the new port in Callao on Tuesday.'), null);
  assert.equal(first('Minister Ana Rojas, the head of the delegation, arrived in Lima.'), null);
});

test('"according to" alone still attributes', () => {
  assert.equal(first('According to the envoy, the talks resume in May.'), 'According to the envoy');
});

test('a speech verb late in the sentence still attributes', () => {
  assert.equal(first('The talks will resume in May, the envoy said.'), 'the envoy said');
  assert.equal(first('The envoy, who arrived on Monday, stressed that the talks would resume.'), 'The envoy, who arrived on Monday, stressed');
});

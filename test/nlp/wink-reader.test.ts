import assert from 'node:assert/strict';
import { test } from 'node:test';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WinkReader } from '../../src/nlp/wink-reader.js';

// One reader and one plain wink instance for the whole file (each instance re-reads the model).
const reader = new WinkReader();
const nlp = winkNLP(model, ['sbd', 'pos']);

/** wink's own answer for every token, read the documented way. */
function direct(text: string): { values: string[]; pos: string[]; lemmas: (string | null)[] } {
  const tokens = nlp.readDoc(text).tokens();
  return {
    values: tokens.out(nlp.its.value) as string[],
    pos: tokens.out(nlp.its.pos) as string[],
    lemmas: tokens.out(nlp.its.lemma as unknown as ItsFunction<string>) as (string | null)[],
  };
}

const TEXTS = [
  'The ministers met in Quito on Monday. They will meet again next year, the envoys said.',
  // the same words in other parts of speech, after the reader has remembered them
  'The meeting was a good meet. They were meeting the press; she said the talks were over.',
  'He\'s here and it\'s late; let\'s go. We can\'t, won\'t. They\'d\'ve gone, but I cannot',
  'Embassies reopened.\n\nThe embassies\u00a0reopened\u2009in\tboth capitals.\r\nTalks\u3000resumed.',
  'Ms. Okafor (ret.) signed 3 agreements worth $2.5 mln. in 2019 — “a record”, she said.',
];

test('the reader gives wink\'s own values, parts of speech and lemmas, however often a word recurs', () => {
  for (let round = 0; round < 2; round++) {
    for (const text of TEXTS) {
      const got = reader.read(text);
      const want = direct(text);
      assert.deepEqual(got.values, want.values, text);
      assert.deepEqual(got.pos, want.pos, text);
      assert.deepEqual(got.lemmas, want.lemmas, text);
    }
  }
});

test('token offsets point at the token in the text, across every kind of white space', () => {
  for (const text of TEXTS) {
    const r = reader.read(text);
    for (let i = 0; i < r.values.length; i++) {
      assert.equal(text.slice(r.starts[i], r.ends[i]), r.values[i], `token ${i} of ${JSON.stringify(text)}`);
      if (i > 0) assert.ok(r.starts[i]! >= r.ends[i - 1]!, 'tokens in order');
    }
  }
});

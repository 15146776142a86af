import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyser, sentenceAt } from '../../src/nlp/index.js';

const analyser = new Analyser();
const split = (text: string): string[] => analyser.analyse(text, { published: null }).sentences.map((s) => s.text);

// text → expected sentences
const CASES: readonly (readonly [string, readonly string[]])[] = [
  ['Baku, Azerbaijan, Aug.17\n\nThe envoy arrived.', ['Baku, Azerbaijan, Aug.17', 'The envoy arrived.']],
  ['Talks covered trade and other issues.According to Seoul’s envoy, ties grew.', ['Talks covered trade and other issues.', 'According to Seoul’s envoy, ties grew.']],
  ['The U.S. envoy met e.p. Ali in Washington, D.C. on Jan. 24. He left.', ['The U.S. envoy met e.p. Ali in Washington, D.C. on Jan. 24.', 'He left.']],
  ['Mr. Lee met Pres. Kim at No. 2 Main St. on Monday.', ['Mr. Lee met Pres. Kim at No. 2 Main St. on Monday.']],
  ['The ambassador (ret.) said so. It cost $2 mln. in 2019.', ['The ambassador (ret.) said so.', 'It cost $2 mln. in 2019.']],
  ['Minister visits Lima to open embassy\nThe minister arrived on Monday.', ['Minister visits Lima to open embassy', 'The minister arrived on Monday.']],
  ['The talks went on\n\nand on.', ['The talks went on', 'and on.']],
  ['A hard-wrapped line that goes\non in lower case ends here.', ['A hard-wrapped line that goes\non in lower case ends here.']],
  ['It was signed in 1996.\n\nNews.Az', ['It was signed in 1996.', 'News.Az']],
  ['Amb. Ruiz thanked Dr. Kvaratskhelia. Then he left.', ['Amb. Ruiz thanked Dr. Kvaratskhelia.', 'Then he left.']],
];

for (const [text, expected] of CASES) {
  test(`sentences of ${JSON.stringify(text.slice(0, 40))}`, () => assert.deepEqual(split(text), expected));
}

test('tokens, sentences and paragraphs agree with the text', () => {
  const text = 'Kenya and Ghana met.\n\nThey signed a deal. It was\nthe first one.';
  const r = analyser.analyse(text, { published: null });
  assert.deepEqual(r.sentences.map((s) => s.paragraph), [0, 1, 1]);
  for (const s of r.sentences) {
    assert.equal(text.slice(s.start, s.end), s.text);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) assert.equal(r.tokens[i]!.sentence, s.index);
  }
  const met = r.tokens.find((t) => t.text === 'met');
  assert.deepEqual([met?.pos, met?.lemma, met?.lower], ['VERB', 'meet', 'met']);
  assert.ok(r.tokens.every((t) => t.text.trim() !== ''), 'no whitespace tokens');
  assert.equal(sentenceAt(r, text.indexOf('deal'))?.index, 1);
  assert.equal(sentenceAt(r, text.indexOf('\n')), null);
});

test('empty and blank texts give nothing', () => {
  for (const text of ['', '  \n\n ']) {
    const r = analyser.analyse(text, { published: '2020-01-01' });
    assert.deepEqual([r.sentences.length, r.tokens.length, r.dates.length, r.quotes.length], [0, 0, 0, 0]);
  }
});

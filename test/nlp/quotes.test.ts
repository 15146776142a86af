import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyser, attribution, clauses, inQuote } from '../../src/nlp/index.js';

const analyser = new Analyser();

// text → [quoted text, speaker phrase] for each quotation
const QUOTES: readonly (readonly [string, readonly (readonly [string, string | null])[]])[] = [
  ['“We are friends,” he said.', [['“We are friends,”', 'he said']]],
  ['"We are friends," said the diplomat.', [['"We are friends,"', 'said the diplomat']]],
  ["'We will sign,' Abdullayeva said.", [["'We will sign,'", 'Abdullayeva said']]],
  ['Boldrini pointed out that “the relations are excellent.”', [['“the relations are excellent.”', 'Boldrini pointed out']]],
  ['“Welcome to Baku,” the message reads.', [['“Welcome to Baku,”', 'the message reads']]],
  ['He said: "Yes." She added, "No."', [['"Yes."', 'He said'], ['"No."', 'She added']]],
  ['“First paragraph\n\n“Second paragraph,” the envoy said.', [['“First paragraph\n\n“Second paragraph,”', 'the envoy said']]],
  ['“An unclosed quote\n\nA new paragraph.', [['“An unclosed quote', null]]],
  ['It is the diplomats’ job and Seoul’s view.', []],
  ['“Ties are strong”, - he said.', [['“Ties are strong”', 'he said']]],
  ["'We will open an embassy in Baku' - Peruvian minister\nThe minister arrived.", [["'We will open an embassy in Baku'", 'Peruvian minister']]],
  ['“Talks will go on,” according to the statement.', [['“Talks will go on,”', 'according to the statement']]],
];

for (const [text, expected] of QUOTES) {
  test(`quotes of ${JSON.stringify(text.slice(0, 40))}`, () => {
    const r = analyser.analyse(text, { published: null });
    assert.deepEqual(r.quotes.map((q) => [text.slice(q.start, q.end), q.speaker?.text ?? null]), expected);
    for (const q of r.quotes) if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
  });
}

// reported speech: sentence → attribution phrase
const REPORTED: readonly (readonly [string, string | null])[] = [
  ['The two countries opened embassies in 2015, said the diplomat.', 'said the diplomat'],
  ['Ties are strong, Abdullayeva said.', 'Abdullayeva said'],
  ['The diplomat recalled that relations began in 1996.', 'The diplomat recalled'],
  ['Peru’s envoy Luis Boldrini pointed out that trade grew.', 'Peru’s envoy Luis Boldrini pointed out'],
  ['According to the foreign ministry, the visit is planned.', 'According to the foreign ministry'],
  ['In an interview, the minister noted that talks went well.', 'the minister noted'],
  ['The two ministers signed an agreement.', null],
  ['It further said the embassy will open soon.', 'It further said'],
  ['Foreign Minister Elmar Mammadyarov on Monday said that talks went well.', 'Foreign Minister Elmar Mammadyarov on Monday said'],
  ['The embassy in Baku told Trend that the mission reopens.', 'The embassy in Baku told'],
  ['Azerbaijan and Peru opened embassies.', null],
];

for (const [text, expected] of REPORTED) {
  test(`attribution of ${JSON.stringify(text.slice(0, 40))}`, () => {
    const r = analyser.analyse(text, { published: null });
    assert.equal(attribution(r, r.sentences[0]!)?.text ?? null, expected);
  });
}

test('clauses split coordinated events, each with its own date', () => {
  const text = 'In 2015, Azerbaijan opened its embassy in Lima and in 2017, Peru inaugurated its embassy in Baku.';
  const r = analyser.analyse(text, { published: '2018-01-01' });
  const parts = clauses(r, r.sentences[0]!).map((c) => text.slice(c.start, c.end));
  assert.deepEqual(parts, ['In 2015, Azerbaijan opened its embassy in Lima', 'in 2017, Peru inaugurated its embassy in Baku.']);
  const two = 'They established relations in 1996, and opened embassies in 2015.';
  const r3 = analyser.analyse(two, { published: null });
  assert.deepEqual(clauses(r3, r3.sentences[0]!).map((c) => two.slice(c.start, c.end)), ['They established relations in 1996', 'opened embassies in 2015.']);
  const whole = 'Azerbaijan and Peru signed and ratified the agreement.';
  const r2 = analyser.analyse(whole, { published: null });
  assert.equal(clauses(r2, r2.sentences[0]!).length, 1);
});

test('inQuote tells quoted words apart', () => {
  const text = '“We will open an embassy,” he said on Monday.';
  const r = analyser.analyse(text, { published: null });
  assert.equal(inQuote(r, { start: 4, end: 8 }), true);
  assert.equal(inQuote(r, { start: text.indexOf('Monday'), end: text.length }), false);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toParagraphs } from '../../src/ingest/boilerplate.js';

// toParagraphs squeezes blanks and mends lost spaces only where a cheap test finds something to
// do; these check the texts on both sides of those tests (invented text)

test('blank runs inside a line become one space: tabs, NBSP, ZWSP, double spaces', () => {
  assert.deepEqual(toParagraphs('The envoy\tarrived  in\u00a0Lima.\n\nThe talks\u200b \u200bbegan on Monday.'),
    ['The envoy arrived in Lima.', 'The talks began on Monday.']);
});

test('single-spaced lines stay as written, trimmed', () => {
  assert.deepEqual(toParagraphs('  The envoy arrived in Lima. \n\n The talks began.  '), ['The envoy arrived in Lima.', 'The talks began.']);
});

test('a lost space after a full stop is mended; abbreviations and plain text are not touched', () => {
  assert.deepEqual(toParagraphs('The talks ended on Monday.According to the envoy, they resume soon.'),
    ['The talks ended on Monday. According to the envoy, they resume soon.']);
  assert.deepEqual(toParagraphs('The U.S. envoy met the U.N. team in Lima.'), ['The U.S. envoy met the U.N. team in Lima.']);
});

test('CR and CRLF line ends split paragraphs like LF', () => {
  assert.deepEqual(toParagraphs('First line.\r\n\r\nSecond line.\r\rThird line.'), ['First line.', 'Second line.', 'Third line.']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyser, datesIn, nearestDate, resolveDatePhrase } from '../../src/nlp/index.js';

type Row = readonly [phrase: string, ref: string | null, value: string | null, precision: string | null, basis: string];

// phrase, article date → expected value, precision, basis (neutral tense)
const PHRASES: readonly Row[] = [
  ['1996', '2017-08-17', '1996', 'year', 'explicit'],
  ['in 2015', '2017-08-17', '2015', 'year', 'explicit'],
  ['June 2017', null, '2017-06', 'month', 'explicit'],
  ['June 25, 1996', null, '1996-06-25', 'day', 'explicit'],
  ['25 June 2021', null, '2021-06-25', 'day', 'explicit'],
  ['21st Sep, 2019', null, '2019-09-21', 'day', 'explicit'],
  ['the 1950s', null, '1950/1959', 'decade', 'explicit'],
  ['in 1950s', null, '1950/1959', 'decade', 'explicit'],
  ['March 1st, 2020', null, '2020-03-01', 'day', 'explicit'],
  ['June 27-28, 2004', null, '2004-06-27/2004-06-28', 'day', 'explicit'],
  ['December 30 to January 2, 2020', null, '2019-12-30/2020-01-02', 'day', 'explicit'],
  ['from 2015 to 2017', null, '2015/2017', 'year', 'explicit'],
  ['Tuesday, 3 March 2020', null, '2020-03-03', 'day', 'explicit'],
  ['December 15th', '2017-12-20', '2017-12-15', 'day', 'relative'],
  ['on July 28', '2017-08-17', '2017-07-28', 'day', 'relative'],
  ['on July 28', '2018-02-01', '2017-07-28', 'day', 'relative'],
  ['Aug.17', '2017-08-17', '2017-08-17', 'day', 'relative'],
  ['Jan. 24', null, null, null, 'relative'],
  ['March 6 to 10', '2023-03-12', '2023-03-06/2023-03-10', 'day', 'relative'],
  ['June 27-28', '2004-07-01', '2004-06-27/2004-06-28', 'day', 'relative'],
  ['on Monday', '2017-08-17', '2017-08-14', 'day', 'relative'],
  ['on Thursday', '2017-08-17', '2017-08-17', 'day', 'relative'],
  ['on Friday', '2017-08-17', '2017-08-11', 'day', 'relative'],
  ['last Thursday', '2017-08-17', '2017-08-10', 'day', 'relative'],
  ['on Tuesday afternoon', '2017-08-17', '2017-08-15', 'day', 'relative'],
  ['on Friday', null, null, null, 'relative'],
  ['yesterday', '2017-03-01', '2017-02-28', 'day', 'relative'],
  ['today', '2017-08-17', '2017-08-17', 'day', 'relative'],
  ['last week', '2017-08-17', '2017-08-07/2017-08-13', 'day', 'relative'],
  ['this week', '2017-08-17', '2017-08-14/2017-08-20', 'day', 'relative'],
  ['last weekend', '2017-08-17', '2017-08-12/2017-08-13', 'day', 'relative'],
  ['this weekend', '2017-08-17', '2017-08-19/2017-08-20', 'day', 'relative'],
  ['last month', '2017-01-10', '2016-12', 'month', 'relative'],
  ['last year', '2017-08-17', '2016', 'year', 'relative'],
  ['earlier this year', '2017-08-17', '2017', 'year', 'relative'],
  ['in November', '2017-08-17', '2016-11', 'month', 'relative'],
  ['in November', '2017-12-01', '2017-11', 'month', 'relative'],
  ['in February', '2017-08-17', '2017-02', 'month', 'relative'],
  ['last November', '2017-11-20', '2016-11', 'month', 'relative'],
  ['three years ago', '2017-08-17', '2014', 'year', 'relative'],
  ['17.08.2017', null, '2017-08-17', 'day', 'explicit'],
  ['by mid-2019', null, '2019', 'year', 'explicit'],
  ['in 2019-20', null, '2019/2020', 'year', 'explicit'],
  ['between 2015 and 2017', null, '2015/2017', 'year', 'explicit'],
  ['in August last year', '2015-06-15', '2014-08', 'month', 'relative'],
  ['on June 5 last year', '2015-06-15', '2014-06-05', 'day', 'relative'],
  ['in March next year', '2015-06-15', '2016-03', 'month', 'relative'],
  ['at the end of 2019', null, '2019', 'year', 'explicit'],
  ['ISLAMABAD, MAY 12', '2023-05-12', '2023-05-12', 'day', 'relative'],
];

for (const [phrase, ref, value, precision, basis] of PHRASES) {
  test(`date phrase "${phrase}" @ ${ref ?? 'unknown'}`, () => {
    const d = resolveDatePhrase(phrase, ref);
    assert.ok(d, `no date found in "${phrase}"`);
    assert.deepEqual([d.value, d.precision, d.basis], [value, precision, basis]);
  });
}

// tense decides the year or week of day-and-month and weekday phrases
const TENSE: readonly (readonly [string, string, 'past' | 'future', string])[] = [
  ['on December 5', '2017-08-17', 'past', '2016-12-05'],
  ['on December 5', '2017-08-17', 'future', '2017-12-05'],
  ['on January 10', '2017-12-20', 'future', '2018-01-10'],
  ['on Friday', '2017-08-17', 'future', '2017-08-18'],
  ['next Monday', '2017-08-17', 'past', '2017-08-21'],
  ['in February', '2017-08-17', 'future', '2018-02'],
];
for (const [phrase, ref, tense, value] of TENSE) {
  test(`date phrase "${phrase}" @ ${ref} (${tense})`, () => {
    assert.equal(resolveDatePhrase(phrase, ref, tense)?.value, value);
  });
}

const NOT_DATES: readonly string[] = [
  'a 22-member delegation', 'a 100-minute meeting', 'a 44-day tour', 'within 90 days',
  '70 Pakistani businessmen', '$2014 million', 'since then', 'effective from the date of signature',
  '1500 troops', 'Resolution 2231', 'Vision 2030', '2019-25', 'they may march', 'No. 1996', '2,014 people', '3.2015',
];
for (const phrase of NOT_DATES) {
  test(`not a date: "${phrase}"`, () => {
    assert.equal(resolveDatePhrase(phrase, '2017-08-17'), null);
  });
}

test('dates in running text take the tense of their clause and datesIn selects by span', () => {
  const text = 'The ministers met on July 28 and they will meet again on December 5. Talks are planned.';
  const r = new Analyser().analyse(text, { published: '2017-08-17' });
  assert.deepEqual(r.dates.map((d) => [d.text, d.date.value]), [['July 28', '2017-07-28'], ['December 5', '2017-12-05']]);
  const firstClause = text.indexOf(' and');
  assert.deepEqual(datesIn(r, 0, firstClause).map((d) => d.text), ['July 28']);
  assert.deepEqual(datesIn(r, firstClause, text.length).map((d) => d.text), ['December 5']);
  for (const d of r.dates) assert.equal(text.slice(d.start, d.end), d.text);
});

test('the dateline date is the reference before the publication date', () => {
  const r = new Analyser().analyse('The talks took place yesterday.', { published: '2020-01-05', datelineDate: '2020-01-03' });
  assert.equal(r.dates[0]?.date.value, '2020-01-02');
});

test('nearestDate picks the date closest to an event word', () => {
  const text = 'The secretaries would meet on June 27-28, followed by a meeting of the ministers in August.';
  const r = new Analyser().analyse(text, { published: '2004-06-21' });
  const meeting = text.indexOf('a meeting');
  assert.equal(nearestDate(r, 0, text.length, meeting)?.date.value, '2004-08');
  assert.equal(nearestDate(r, 0, text.length, text.indexOf('meet '))?.date.value, '2004-06-27/2004-06-28');
  assert.equal(nearestDate(r, 0, 10, 5), null);
});

test('two years joined by "and" are two dates', () => {
  const r = new Analyser().analyse('They triumphed in 2000 and 2004.', { published: null });
  assert.deepEqual(r.dates.map((d) => d.date.value), ['2000', '2004']);
});

test('nearestDate falls back to the date before the event word', () => {
  const text = 'In 2015, Azerbaijan opened its embassy in Lima and later signed a deal.';
  const r = new Analyser().analyse(text, { published: null });
  assert.equal(nearestDate(r, 0, text.length, text.indexOf('opened'))?.text, '2015');
});

test('an end point in the present tense is ahead; a deadline leaves the date to the order', () => {
  const a = new Analyser();
  const at = (text: string, words: string): string | null => {
    const r = a.analyse(text, { published: '2024-05-10' });
    return r.dates.find((d) => d.text.includes(words))?.date.value ?? null;
  };
  assert.equal(at('The Chilean delegation is staying in Hanoi until Sunday.', 'Sunday'), '2024-05-12');
  assert.equal(at('Somalia ordered the envoy to leave within 48 hours on Tuesday.', 'Tuesday'), '2024-05-07');
  assert.equal(at('The two ministers agreed to meet on Tuesday.', 'Tuesday'), '2024-05-14');
});

test('a weekday between past verbs stays past though a later clause names a future session', () => {
  const a = new Analyser();
  const at = (text: string, words: string): string | null => {
    const r = a.analyse(text, { published: '2024-05-10' });
    return r.dates.find((d) => d.text.includes(words))?.date.value ?? null;
  };
  assert.equal(at('The minister said he had discussed trade with his counterpart during talks on Tuesday, and that both sides had agreed to hold the next session in Lima.', 'Tuesday'), '2024-05-07');
  // a future word before the date still makes it ahead
  assert.equal(at('The ministers will hold talks on Tuesday, and they had agreed on the next session.', 'Tuesday'), '2024-05-14');
});

test('relative day words are found in any case; a month is read with or without a day', () => {
  const a = new Analyser();
  const found = (text: string): string[] => a.analyse(text, { published: '2021-04-14' }).dates.map((d) => `${d.text}=${d.date.value}`);
  assert.deepEqual(found('The envoy arrived YESTERDAY.'), ['YESTERDAY=2021-04-13']);
  assert.deepEqual(found('Talks resume Tomorrow in the capital.'), ['Tomorrow=2021-04-15']);
  assert.deepEqual(found('The delegation left this Morning.'), ['this Morning=2021-04-14']);
  assert.deepEqual(found('The day before yesterday the two sides met.'), ['The day before yesterday=2021-04-12']);
  assert.deepEqual(found('The embassy reopened in March.'), ['March=2021-03']);
  assert.deepEqual(found('The embassy reopened on March 3.'), ['March 3=2021-03-03']);
});

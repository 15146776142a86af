import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, diplomatic } from './helpers.js';

/** Sentences about embassies, agreements and meetings that state no diplomatic event between two parties. */
const NONE: readonly string[] = [
  'The minister said relations with neighbours are a priority.',
  'Protesters gathered outside the US embassy in Ankara on Monday.',
  'The embassy urged citizens to avoid the area.',
  'Police closed the road to the French embassy.',
  'Opposition leader Juan Perez met supporters in Lima.',
  'The president visited a factory in the north of the country.',
  'The agreement between the two football clubs was signed yesterday.',
  'Mexico signed the Paris Agreement in 2016.',
  'The company opened an office in Berlin.',
  'Analysts expect the talks to fail.',
  'Relations between the two countries have been tense since 2018.',
  'The ambassador said the embassy will remain open.',
  'Each sovereign state has the right to decide on opening and closing its diplomatic missions abroad.',
  'Follow the author on Twitter: @someone_who_met_Peru',
  'Paraguay moved its embassy in Israel back to Tel Aviv in 2018 after protests.',
  'Lula welcomed Vietnam\'s decision to buy Brazilian beef.',
  'The diplomat recalled that the weather was fine.',
  "Russia discussed Ukraine's future at the summit.",
  "The Kenyan president received Chile's message of support.",
  'Israel summoned the Irish ambassador for a reprimand.',
];

test('a deal "with" a company is not a deal with the other country of the article', () => {
  const got = diplomatic('Azerbaijan and Peru held talks in Baku.\n\nAzerbaijan signed a deal with Boeing last year.');
  assert.deepEqual(got.filter((e) => e.kind === 'agreement.sign').map(brief), []);
});

for (const sentence of NONE) {
  test(`no diplomatic event: ${sentence}`, () => {
    assert.deepEqual(diplomatic(sentence).map(brief), []);
  });
}

test('one fact stated twice in a sentence is one event', () => {
  const got = diplomatic('Peru opened an embassy in Azerbaijan, which started its activities in June 2017.');
  assert.deepEqual(got.map(brief), ['mission.open PER>AZE 2017-06 asserted']);
});

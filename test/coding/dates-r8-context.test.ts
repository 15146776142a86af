import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, diplomatic } from './helpers.js';

/**
 * Dates round 8 (sentences written for these tests): dates an undated sentence takes from the
 * text around it (chronology entries, occasions, readouts of a dated meeting, the sentence
 * before), spans counted from another date ("nine days later", "a week after that"), a date
 * opening the part after a colon, a nominal event carried out in a second clause, the year an
 * anniversary falls in, and an office-taking's date that is no visit's.
 */

/** The briefs of a text published on `published`. */
const briefs = (text: string, published: string): string[] => diplomatic(text, published).map(brief);

/** `want` is a brief, or a pattern for one when the direction does not matter. */
function has(text: string, published: string, want: string | RegExp): void {
  const got = briefs(text, published);
  assert.ok(got.some((b) => (typeof want === 'string' ? b === want : want.test(b))), `want ${want}, got ${JSON.stringify(got)}`);
}

/** No brief is `unwanted` (or matches it); `expected` must be there, so that the test can fail for the right reason only. */
function lacks(text: string, published: string, unwanted: string | RegExp, expected?: RegExp): void {
  const got = briefs(text, published);
  assert.ok(!got.some((b) => (typeof unwanted === 'string' ? b === unwanted : unwanted.test(b))), `did not want ${unwanted}, got ${JSON.stringify(got)}`);
  if (expected) assert.ok(got.some((b) => expected.test(b)), `want ${expected}, got ${JSON.stringify(got)}`);
}

// 2. spans counted from the date told before
test('dates r8: "N days later" in a second clause counts from the first clause\'s day', () => {
  has('Peru cut diplomatic ties with Bolivia on 3 March 2019, and twelve days later Peru resumed diplomatic relations with Ecuador.',
    '2026-01-20', /^relations\.restore (?:ECU>PER|PER>ECU) 2019-03-15 asserted$/);
});
test('dates r8: "a week later" in the next sentence counts from the event dated there', () => {
  has('Kenya reopened its embassy in Kampala on 9 September 2025. Uganda reopened its embassy in Nairobi a week later.',
    '2026-01-20', 'mission.reopen UGA>KEN 2025-09-16 asserted');
});
test('dates r8: "the following day" and "N weeks after that" count from the day before', () => {
  const text = 'Ghana opened an embassy in Lima on 30 June 2021. Peru opened its embassy in Accra the following day. Two weeks after that, the two countries signed a visa agreement.';
  has(text, '2026-01-20', 'mission.open PER>GHA 2021-07-01 asserted');
  has(text, '2026-01-20', /^agreement\.sign (?:GHA>PER|PER>GHA) 2021-07-15 asserted$/);
});
test('dates r8: "the following years" is no span of one', () => {
  lacks('Chile opened an embassy in Lima in 2001 and Peru opened its embassy in Santiago in the following years.', '2026-01-20',
    /^mission\.open PER>CHL 2002 /, /^mission\.open PER>CHL /);
});

// 3. chronology entries
test('dates r8: a chronology entry dates the undated sentences of its paragraph', () => {
  const text = 'Key dates:\n\n4 May 2012 — Oman and Kenya sign a trade accord. Kenya opens an embassy in Muscat.\n\nMarch 2018: Kenya and Oman hold their first political consultations.';
  has(text, '2026-01-20', 'mission.open KEN>OMN 2012-05-04 asserted');
  has(text, '2026-01-20', 'meeting KEN>OMN 2018-03 asserted');
});
test('dates r8: an entry dates its plans too; a date that opens a sentence without a dash is no entry', () => {
  has('Key dates:\n\n4 May 2012 — Oman and Kenya sign a trade accord. Kenya will open an embassy in Muscat.', '2026-01-20',
    'mission.open KEN>OMN 2012-05-04 planned');
  lacks('On 4 May 2012 the trade ministers of Oman and Kenya spoke by phone. Kenya will open an embassy in Muscat.', '2026-01-20',
    'mission.open KEN>OMN 2012-05-04 planned', /^mission\.open KEN>OMN 2026-01-20 planned$/);
});

// 1. statements and signings at a dated occasion
test('dates r8: "after the talks" takes the talks\' day', () => {
  has('On 14 May 2026 the foreign ministers of Chile and Peru held talks in Lima.\n\nAfter the talks, the two ministers signed a memorandum on consular cooperation.',
    '2026-05-16', 'agreement.sign CHL>PER 2026-05-14 asserted');
});
test('dates r8: "at the ceremony" takes the credentials ceremony\'s day', () => {
  has('Ghana\'s new ambassador presented his credentials to the President of Togo on Monday.\n\nAt the ceremony, the two sides signed an agreement on border trade.',
    '2024-05-10', 'agreement.sign GHA>TGO 2024-05-06 asserted');
});
test('dates r8: "at the end of his visit" takes the visit\'s day, not that of a background sentence', () => {
  const text = 'Kenya\'s foreign minister paid an official visit to Ghana on 12 May 2026.\n\nThe two countries last held consultations in March 2019.\n\nAt the end of his visit, the Kenyan minister was received by the President of Ghana.';
  has(text, '2026-05-14', /^meeting .* 2026-05-12 asserted$/);
});
test('dates r8: "at the end of her visit" to a span of days is its last day', () => {
  const text = 'Ghana\'s foreign minister paid an official visit to Togo from 12 to 14 May 2026.\n\nAt the end of her visit, the Ghanaian minister was received by the President of Togo.';
  has(text, '2026-05-16', /^meeting .* 2026-05-14 asserted$/);
});
test('dates r8: a statement of intent in the readout of a meeting two days before takes its day', () => {
  const text = 'On 14 May 2026, Chile\'s foreign minister received the Peruvian foreign minister in Santiago.\n\nDuring the meeting the sides reviewed their relations.\n\nChile is ready to expand cooperation with Peru in mining and energy.';
  has(text, '2026-05-16', 'cooperation.intent CHL>PER 2026-05-14 intended');
});
test('dates r8: a statement after a meeting of long ago is today\'s', () => {
  const text = 'The foreign ministers of Chile and Peru met in Lima on 14 May 2019.\n\nChile is ready to expand cooperation with Peru in mining and energy, its foreign minister said.';
  lacks(text, '2026-05-16', /^cooperation\.intent .* 2019-05-14 /, /^cooperation\.intent CHL>PER 2026-05-16 /);
});
test('dates r8: a statement of another pair does not take the meeting\'s day', () => {
  const text = 'On 14 May 2026 the foreign ministers of Chile and Peru met in Lima.\n\nGhana is ready to expand cooperation with Togo in trade, its minister said.';
  lacks(text, '2026-05-16', /^cooperation\.intent .* 2026-05-14 /, /^cooperation\.intent GHA>TGO 2026-05-16 /);
});

// the day the sentence before told
test('dates r8: a simple past right after a sentence opening with a day continues that day', () => {
  has('On Monday the ambassador of Ghana called on the foreign minister of Togo. The two ministers met again over dinner in Lome.',
    '2024-05-10', /^meeting (?:GHA>TGO|TGO>GHA) 2024-05-06 asserted$/);
});
test('dates r8: a one-sided step after a dated one keeps the article date', () => {
  lacks('Kenya cut diplomatic ties with Ghana on Monday. Kenya recalled its ambassador from Accra.', '2024-05-10',
    /^envoy\.recall .* 2024-05-06 /, /^envoy\.recall KEN>GHA 2024-05-10 asserted$/);
});
test('dates r8: a sentence after a paragraph break does not continue the day', () => {
  lacks('Ghana and Togo established diplomatic relations on Monday.\n\nThe foreign ministers of Ghana and Togo met in Accra.',
    '2024-05-10', /^meeting .* 2024-05-06 /, /^meeting .* 2024-05-10 asserted$/);
});

// 4. a date after a colon, a nominal event in a second clause
test('dates r8: a date opening the part after a colon reaches its coordinate clauses', () => {
  has('The thaw was slow: in May 1990 Chile reopened its embassy in Lima, and Peru restored full relations with Chile.',
    '2026-01-20', 'relations.restore PER>CHL 1990-05 asserted');
});
test('dates r8: "and ordered the closure of" shares the first clause\'s date', () => {
  has('Chile expelled Peru\'s ambassador in April 2019 over the dispute and ordered the closure of the Peruvian consulates in Arica and Iquique.',
    '2026-01-20', 'mission.close PER>CHL 2019-04 asserted');
});

// 5. an inauguration's date is no visit's
test('dates r8: "since her inauguration, in July 2025" does not date the visit', () => {
  const got = briefs('The President of Peru will pay an official visit to Chile on 24 and 25 August. It will be the first visit of the Peruvian president to Chile since her inauguration, in July 2025.', '2026-08-20');
  assert.ok(!got.some((b) => b.includes('2025-07')), JSON.stringify(got));
});

// 6. anniversaries
test('dates r8: an anniversary in a stated year counts back from that year', () => {
  has('The ministers noted that in 2030 the 25th anniversary of the establishment of diplomatic relations between Kenya and Ghana will be celebrated.',
    '2026-01-20', 'relations.establish KEN>GHA 2005 asserted');
  has('Next year marks the 30th anniversary of the establishment of diplomatic relations between Chile and Peru.',
    '2026-01-20', 'relations.establish CHL>PER 1997 asserted');
  has('Chile and Peru celebrated the 40th anniversary of the establishment of diplomatic relations.',
    '2026-01-20', 'relations.establish CHL>PER 1986 asserted');
});

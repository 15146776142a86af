import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, diplomatic, expectEvents, parties } from './helpers.js';

/**
 * General phrasings found missing on a fresh held-out set (sentences written for these tests):
 * an organisation as one of "the two sides", a modifier verb inside an agreement's title, an
 * officeholder named by title "of" an organisation, modality from a governing noun and from a
 * denial, a distributive "each", and dates "N years later". Published Friday 2024-05-10.
 */
const CASES: readonly (readonly [string, string])[] = [
  // a capitalised participle after a determiner is part of the title, not a verb
  ['Canada and the European Union signed the Revised Partnership Agreement on Thursday.', 'agreement.sign CAN>EUR 2024-05-09 asserted'],
  // the officeholder of an organisation, named by title
  ['The Kenyan president received the Secretary-General of the Commonwealth on Monday.', 'meeting KEN>CWN 2024-05-06 asserted'],
  // a cue noun governs a nominal event
  ['The Peruvian minister underlined the importance of opening a Peruvian embassy in Nairobi.', 'mission.open PER>KEN 2024-05-10 intended'],
  // a verb under a denial did not happen; the circumstance of the denied fact did
  ['The Greek government denied on Thursday that Foreign Minister Giorgos Gerapetritis had met Libyan officials in Benghazi.', 'meeting GRC>LBY 2024-05-10 negated'],
  // a distributive "each": one meeting per subject country
  ['The prime ministers of Norway and Iceland each held talks with Canadian Prime Minister Justin Trudeau.', 'meeting NOR>CAN 2024-05-10 asserted'],
  ['The prime ministers of Norway and Iceland each held talks with Canadian Prime Minister Justin Trudeau.', 'meeting ISL>CAN 2024-05-10 asserted'],
  // "N years later" after a date stated earlier in the sentence or the sentence before
  ['Chile opened an embassy in Hanoi in 1996, while Vietnam opened its embassy in Santiago eight years later.', 'mission.open VNM>CHL 2004 asserted'],
  ['Ghana and Turkey signed a defence treaty in June 2016. The Ghanaian parliament ratified the treaty three years later.', 'agreement.ratify GHA>TUR 2019-06 asserted'],
  // membership by "become … member / observer of"
  ['Greece became the tenth member of the European Community in 1981.', 'membership.join GRC>EUR 1981 asserted'],
  ['Bhutan is expected to become a full member of the World Trade Organization next year.', 'membership.join BTN>WTO 2025 planned'],
  // a programme is a document signed; the years it covers are no date
  ['Mongolia and Kazakhstan signed a programme of cultural cooperation for 2025-2027 on Wednesday.', 'agreement.sign MNG>KAZ 2024-05-08 asserted'],
  // a later clause calls the planned event off
  ['The Kenyan president was scheduled to visit Tokyo in June, but the trip was called off.', 'visit KEN>JPN 2024-06 negated'],
  // a deadline is not the date of the order
  ['Mali ordered the Swedish ambassador to leave the country within 72 hours.', 'envoy.expel MLI>SWE 2024-05-10 asserted'],
  // "mark the anniversary with a visit": the visit is not dated by the anniversary
  ['Chile and Japan will mark the 125th anniversary with a visit by Chilean President Gabriel Boric to Tokyo in June.', 'visit CHL>JPN 2024-06 planned'],
];

expectEvents(CASES);

test('a distributive "each" gives no meeting between the subject countries', () => {
  const got = diplomatic('The prime ministers of Norway and Iceland each held talks with Canadian Prime Minister Justin Trudeau.');
  assert.ok(!got.some((e) => parties(e).join() === 'ISL,NOR'), JSON.stringify(got.map(brief)));
});

test('a circumstance under a denial keeps its own modality', () => {
  const got = diplomatic('The Greek government denied on Thursday that Foreign Minister Giorgos Gerapetritis had met Libyan officials during a visit to Tripoli last week.').map(brief);
  assert.ok(got.some((e) => e.startsWith('meeting GRC>LBY') && e.endsWith('negated')), JSON.stringify(got));
  assert.ok(!got.some((e) => e.startsWith('visit') && e.endsWith('negated')), JSON.stringify(got));
});

test('an organisation whose officials act is one of "the two sides"', () => {
  const text = 'BRUSSELS, May 8 – The European Commission President Ursula von der Leyen met Kenyan President William Ruto in Brussels on Wednesday.\n\n'
    + 'Kenyan Trade Minister Rebecca Miano and EU trade chief Valdis Dombrovskis signed an investment accord, and the two sides agreed to hold a summit in Nairobi next year.';
  const got = diplomatic(text, '2024-05-08');
  const summit = got.filter((e) => e.kind === 'meeting' && e.modality === 'planned');
  assert.ok(summit.length > 0, JSON.stringify(got.map(brief)));
  assert.deepEqual(parties(summit[0]!), ['EUR', 'KEN']);
});

test('an agreement title stops before its date', () => {
  const got = diplomatic('Canada and the European Union signed the Revised Partnership Agreement on Thursday.');
  assert.equal(got[0]?.attributes.agreementTitle, 'Revised Partnership Agreement');
});

test('"the next session will take place in X" continues the commission just reported', () => {
  const text = 'The Mongolian-Kazakh intergovernmental commission held its ninth session in Astana on Tuesday, co-chaired by Mongolian Deputy Prime Minister Sainbuyan Amarsaikhan and Kazakh Deputy Prime Minister Serik Zhumangarin. The next session is due to take place in Ulaanbaatar in 2025.';
  const got = diplomatic(text).map(brief);
  assert.ok(got.includes('meeting MNG>KAZ 2025 planned') || got.includes('meeting KAZ>MNG 2025 planned'), JSON.stringify(got));
});

test('a cancelled plan: the cancelling noun is no second event', () => {
  const got = diplomatic('The Kenyan president was due to meet the Japanese prime minister on Friday, but that meeting was cancelled at short notice.').map(brief);
  assert.ok(got.every((e) => e.endsWith('negated')), JSON.stringify(got));
  assert.ok(got.length >= 1, JSON.stringify(got));
});

test('a group "from" countries that arrives is no state visit', () => {
  const got = diplomatic('Medical teams from Turkey and Qatar arrived in the flooded districts of Libya on Tuesday.').map(brief);
  assert.ok(!got.some((e) => e.startsWith('visit')), JSON.stringify(got));
  const cut = diplomatic('Storms have killed 40 people in Libya, officials said on Tuesday, as medical teams from Turkey and Qatar arrived in Derna.').map(brief);
  assert.ok(!cut.some((e) => e.startsWith('visit')), JSON.stringify(cut));
  assert.ok(diplomatic('The President of Turkey arrived in Tripoli on Tuesday.').map(brief).includes('visit TUR>LBY 2024-05-07 asserted'));
});

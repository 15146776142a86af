import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, diplomatic, expectEvents, expectExactly, expectNoKind } from './helpers.js';

/**
 * A seventh round (sentences written for these tests): coordinated missions with hosts of their
 * own, going to a court's seat (no visit), and a story's past occasion that does not carry over a
 * paragraph break. Published Friday 2024-05-10.
 */

// coordinated mission objects, each with its own host place: one mission event per host country
expectEvents([
  ['Chile opened an embassy in Lima and a consulate in La Paz.', 'mission.open CHL>PER 2024-05-10 asserted'],
  ['Chile opened an embassy in Lima and a consulate in La Paz.', 'mission.open CHL>BOL 2024-05-10 asserted'],
  ['Norway will open an embassy in Hanoi, a trade office in Manila and a consulate in Jakarta.', 'mission.open NOR>PHL 2024-05-10 planned'],
  ['Norway will open an embassy in Hanoi, a trade office in Manila and a consulate in Jakarta.', 'mission.open NOR>IDN 2024-05-10 planned'],
  ['Kenya closed its embassy in Berlin and its consulate in Vienna.', 'mission.close KEN>AUT 2024-05-10 asserted'],
  // the plain list still works
  ['Chile opened embassies in Lima and La Paz.', 'mission.open CHL>BOL 2024-05-10 asserted'],
], 'round 7: ');

expectExactly([
  ['round 7: two missions in one host country stay one event',
    'Chile closed its embassy in Lima and its consulate in Arequipa.', ['mission.close CHL>PER 2024-05-10 asserted']],
  ['round 7: a coordinated object that is no mission adds no host',
    'Chile opened an embassy in Lima and a school in La Paz.', ['mission.open CHL>PER 2024-05-10 asserted']],
]);

test('round 7: a second verb with its own object is no coordinated mission', () => {
  const got = diplomatic('Chile opened an embassy in Lima and sent a delegate to La Paz.').map(brief);
  assert.ok(!got.includes('mission.open CHL>BOL 2024-05-10 asserted'), JSON.stringify(got));
});

// going to the seat of a court or organisation is no visit to its host
expectNoKind([
  ['Chile and Peru will go to The Hague to settle the maritime dispute.', 'visit'],
  ['Peru\'s foreign minister said he would go to The Hague on Monday for the hearings.', 'visit'],
  ['The two delegations went to Geneva for the next round of talks.', 'visit'],
]);

// going to the other party's country or capital stays a visit
expectEvents([
  ['The Chilean president went back to Lima on Tuesday.', 'visit CHL>PER 2024-05-07 asserted'],
  ['Chile\'s foreign minister will go to Lima next week.', 'visit CHL>PER 2024-05-13/2024-05-19 planned'],
  ['The Dutch foreign minister will go to Bern next week.', 'visit NLD>CHE 2024-05-13/2024-05-19 planned'],
], 'round 7: ');

// a past occasion told two sentences back does not date a sentence past a paragraph break
test('round 7: no narrative date over a paragraph break', () => {
  const got = diplomatic('On 2 March 2009, Chile broke off relations with Peru. Few had seen it coming.\n\nChile closed its embassy in Lima.').map(brief);
  assert.ok(got.includes('mission.close CHL>PER 2024-05-10 asserted'), JSON.stringify(got));
});

test('round 7: the narrative date carries within a paragraph', () => {
  const got = diplomatic('On 2 March 2009, Chile broke off relations with Peru. Few had seen it coming. Chile closed its embassy in Lima.').map(brief);
  assert.ok(got.includes('mission.close CHL>PER 2009-03-02 asserted'), JSON.stringify(got));
});

test('round 7: a paragraph that opens by pointing back goes on with the story', () => {
  const got = diplomatic('On 2 March 2009, Chile broke off relations with Peru.\n\nThe decision came without warning. Chile closed its embassy in Lima.').map(brief);
  assert.ok(got.includes('mission.close CHL>PER 2009-03-02 asserted'), JSON.stringify(got));
});

test('round 7: wire copy (a paragraph a sentence) carries from the sentence right before', () => {
  const got = diplomatic('On 2 March 2009, Chile broke off relations with Peru.\n\nChile closed its embassy in Lima.').map(brief);
  assert.ok(got.includes('mission.close CHL>PER 2009-03-02 asserted'), JSON.stringify(got));
});

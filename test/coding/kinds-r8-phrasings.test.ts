import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, diplomatic, expectEvents, expectExactly, expectNoKind } from './helpers.js';

/**
 * Round eight (sentences written for these tests): historical-present chronology entries,
 * companions of a subject ("A, together with B and C, …"), courtesy calls paid on a person,
 * "expected in" a capital, a new envoy sent, instruments foreseen for signing, groups for
 * inter-parliamentary relations. Published Friday 2024-05-10.
 */

// the "-s" form right after its subject is the verb, even where the tagger reads a plural noun
expectEvents([
  ['Chile cuts diplomatic ties with Peru.', 'relations.sever CHL>PER 2024-05-10 asserted'],
  ['March 2019 — Ecuador severs diplomatic relations with Mexico over the embassy raid.', 'relations.sever ECU>MEX 2019-03 asserted'],
  ['2011 — Lima names Jorge Salas as its ambassador to Chile.', 'envoy.appoint PER>CHL 2011 asserted'],
  ['November 2022 — Kenya names Ruth Wanjiru as its new high commissioner to Ghana.', 'envoy.appoint KEN>GHA 2022-11 asserted'],
], 'round 8: ');

// a plural noun before a noun and a verb stays a noun phrase
expectNoKind([
  ['Peru\'s budget cuts hit the embassy in Chile.', 'relations.sever'],
  ['The Peru talks ended in Chile.', 'relations.sever'],
]);

// companions set off by commas after the subject act with it: one event per country
expectExactly([
  ['round 8: "together with" a list after the subject severs with each of them',
    '5 June 2017 — Kenya, together with Uganda, Rwanda and Tanzania, cuts diplomatic ties with Burundi.',
    ['relations.sever KEN>BDI 2017-06-05 asserted', 'relations.sever UGA>BDI 2017-06-05 asserted',
      'relations.sever RWA>BDI 2017-06-05 asserted', 'relations.sever TZA>BDI 2017-06-05 asserted']],
  ['round 8: "along with" companions recall their envoys too',
    'Peru, along with Chile and Bolivia, recalled its ambassador from Venezuela in 2019.',
    ['envoy.recall PER>VEN 2019 asserted', 'envoy.recall CHL>VEN 2019 asserted', 'envoy.recall BOL>VEN 2019 asserted']],
]);

test('round 8: a relative clause between subject and verb brings no companions', () => {
  const got = diplomatic('Peru, whose president met Chile\'s leader, recalled its ambassador from Venezuela in 2019.').map(brief);
  assert.ok(got.includes('envoy.recall PER>VEN 2019 asserted'), JSON.stringify(got));
  assert.ok(!got.some((b) => b.startsWith('envoy.recall CHL')), JSON.stringify(got));
});

// a call paid on a person is a meeting; a call on someone to act is an appeal
expectEvents([
  ['On Monday the ambassador of Chile called on Foreign Minister Jorge Salas of Peru.', 'meeting CHL>PER 2024-05-06 asserted'],
  ['Kenya\'s high commissioner called on Ghana\'s foreign minister, Ama Mensah, on Tuesday.', 'meeting KEN>GHA 2024-05-07 asserted'],
], 'round 8: ');
expectNoKind([
  ['Chile\'s president called on Peru\'s president Jorge Salas to release the prisoners.', 'meeting'],
  ['Chile called on Peru to free the detained fishermen.', 'meeting'],
]);

// "expected in" / "due in" a place: a planned visit; a stay at home is no visit
expectEvents([
  ['Chile\'s foreign minister is expected in Lima next week.', 'visit CHL>PER 2024-05-13/2024-05-19 planned'],
  ['The Kenyan president is due in Accra on Monday for a two-day visit.', 'visit KEN>GHA 2024-05-13 planned'],
], 'round 8: ');
expectNoKind([
  ['Chile\'s foreign minister is expected in the coming days to comment.', 'visit'],
  ['Chile recalled its envoy from Lima in May; the minister said the envoy would stay in Santiago for now.', 'visit'],
  ['Kenya\'s foreign minister said he would stay in Nairobi during the crisis.', 'visit'],
]);

// a new envoy sent is an appointment; an envoy sent to talks is not one without "new"
expectEvents([
  ['Chile said it would send a new ambassador to Lima within weeks.', 'envoy.appoint CHL>PER 2024-05-10 planned'],
  ['Kenya sent a new envoy to Accra in March.', 'envoy.appoint KEN>GHA 2024-03 asserted'],
], 'round 8: ');
expectNoKind([
  ['Chile sent its ambassador to the talks in Lima.', 'envoy.appoint'],
]);

// instruments foreseen for signing are a planned signing; instruments of ratification are no signing
expectEvents([
  ['Chile and Peru will sign instruments on defence and health on 20 May.', 'agreement.sign CHL>PER 2024-05-20 planned'],
  ['During the trip, the signing of several instruments by Chile and Peru is envisaged.', 'agreement.sign CHL>PER 2024-05-10 planned'],
], 'round 8: ');
expectNoKind([
  ['Chile and Peru exchanged the instruments of ratification of the treaty on Monday.', 'agreement.sign'],
]);

// a parliament's group for inter-parliamentary relations with a country is a friendship group
expectEvents([
  ['Deputy Ana Ruiz, who chairs the Chilean parliament\'s group for inter-parliamentary relations with Peru, spoke first.', 'parliament.friendship-group CHL>PER 2024-05-10 asserted'],
  ['The Kenyan National Assembly set up a group for interparliamentary relations with Ghana in 2019.', 'parliament.friendship-group KEN>GHA 2019 asserted'],
], 'round 8: ');

// a statement issued is no signed document; an indefinite envoy received is no meeting
expectNoKind([
  ['Kenya praised the joint statement that Chile and Peru issued on Friday.', 'agreement.sign'],
  ['Chile and Peru issued a joint statement on fisheries on Monday.', 'agreement.sign'],
  ['Peru\'s minister said Lima would gladly receive a Chilean ambassador once more.', 'meeting'],
  ['Peru is ready to receive a new envoy from Chile.', 'meeting'],
]);
expectEvents([
  ['Chile and Peru issued a joint communiqué on fisheries on Monday.', 'agreement.sign CHL>PER 2024-05-06 asserted'],
  ['Peru\'s president received a Chilean delegation on Monday.', 'meeting PER>CHL 2024-05-06 asserted'],
], 'round 8: ');

// a passive after a long "between" phrase of names still finds its object
expectEvents([
  ['Ties between the Republic of Chile and the Republic of Peru were first established in 1997, the envoys noted.', 'relations.establish CHL>PER 1997 asserted'],
  ['In May 2018 relations between the Kingdom of Norway and the Republic of Chile were severed.', 'relations.sever NOR>CHL 2018-05 asserted'],
], 'round 8: ');
expectNoKind([
  ['Relations between the Republic of Chile and the Republic of Peru were discussed in 1997.', 'relations.establish'],
]);

// a telling made in a call: the call is a meeting of the two; a phone call nested in reported speech keeps its parties
expectEvents([
  ['Diplomats in Lima said Chile\'s president Ana Ruiz promised Peru\'s president Jorge Salas during a phone conversation on Monday that Santiago would send a new ambassador to Lima.', 'meeting CHL>PER 2024-05-06 asserted'],
  ['Kenya\'s president thanked Ghana\'s president Ama Mensah in a phone call on Monday.', 'meeting KEN>GHA 2024-05-06 asserted'],
], 'round 8: ');
expectNoKind([
  ['Chile\'s minister told the summit that Santiago backs the plan.', 'meeting'],
  ['Chile\'s president told reporters in a phone call that the plan was sound.', 'meeting'],
]);

test('round 8: the promise made in the nested call is the promising side\'s', () => {
  const got = diplomatic('Diplomats in Lima said Chile\'s president Ana Ruiz promised Peru\'s president Jorge Salas during a phone conversation on Monday that Santiago would send a new ambassador to Lima.');
  const appoint = got.filter((e) => e.kind === 'envoy.appoint').map((e) => `${e.source?.country}>${e.target?.country} ${e.modality}`);
  assert.deepEqual(appoint, ['CHL>PER planned']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, diplomatic, expectEvents, expectNoKind } from './helpers.js';

/**
 * Review of round eight's kinds rules (sentences written for these tests): each narrowed rule
 * keeps firing on its phenomenon in other wordings and no longer fires on the near-miss.
 * Published Friday 2024-05-10.
 */

const briefs = (text: string): string[] => diplomatic(text).map(brief);

// "send a new / its first ambassador" names a posting; a "new" elsewhere in the clause does not
expectEvents([
  ['Peru said it would soon send a new ambassador to Santiago.', 'envoy.appoint PER>CHL 2024-05-10 planned'],
  ['Chile will send its first ambassador to Nauru next month.', 'envoy.appoint CHL>NRU 2024-06 planned'],
], 'review r8: ');
expectNoKind([
  ['Chile will send an envoy to Peru to discuss the new tariffs.', 'envoy.appoint'],
  ['Ecuador sent a special envoy to Colombia over the new border rules.', 'envoy.appoint'],
]);

// companions: "together with" / "along with" act with the subject; "like" compares with another act
test('review r8: "A, like B before it, recalled …" gives no event for B', () => {
  const got = briefs('Chile, like Argentina before it, recalled its ambassador from Peru.');
  assert.ok(got.some((b) => b.startsWith('envoy.recall CHL>PER')), JSON.stringify(got));
  assert.ok(!got.some((b) => b.startsWith('envoy.recall ARG')), JSON.stringify(got));
});
test('review r8: "A, alongside B, recalled …" still gives one event each', () => {
  const got = briefs('Chile, alongside Argentina, recalled its ambassador from Peru in 2019.');
  assert.ok(got.includes('envoy.recall CHL>PER 2019 asserted') && got.includes('envoy.recall ARG>PER 2019 asserted'), JSON.stringify(got));
});

// a denied verb of deciding reaches the act it governs; another denied verb leaves the act a fact
expectEvents([
  ['The Chilean cabinet could not agree on reopening the embassy in Lima.', 'mission.reopen CHL>PER 2024-05-10 negated'],
  ['Peru did not approve the opening of a Chilean consulate in Arica.', 'mission.open CHL>PER 2024-05-10 negated'],
], 'review r8: ');
test('review r8: "did not explain the closure" keeps the closure asserted', () => {
  const got = briefs('Peru did not explain the closure of its embassy in Santiago.');
  assert.ok(got.includes('mission.close PER>CHL 2024-05-10 asserted'), JSON.stringify(got));
});

// a withdrawn claim: a superseded version or a wrong report; another version of a text still tells
test('review r8: a previous version of a report that is corrected asserts nothing', () => {
  const got = briefs('Clarification: A previous version of this report stated that Peru had recalled its ambassador from Chile.');
  assert.ok(!got.some((b) => b.startsWith('envoy.recall')), JSON.stringify(got));
});
test('review r8: the French version of a communique still reports', () => {
  const got = briefs('The French version of the joint communique said that Chile and Peru had agreed to establish diplomatic relations.');
  assert.ok(got.some((b) => b.startsWith('relations.establish')), JSON.stringify(got));
});

// a yes/no question asks about its verb's event; a noun in it is presupposed
test('review r8: a yes/no question about a verb leaves it open', () => {
  const got = briefs('Will Ecuador reopen its embassy in Mexico?');
  assert.ok(got.some((b) => b.startsWith('mission.reopen ECU>MEX') && b.endsWith('intended')), JSON.stringify(got));
});
test('review r8: a recall named as a noun in a yes/no question stays asserted', () => {
  const got = briefs('Does the recall of Peru\'s ambassador from Chile signal a deeper rift?');
  assert.ok(got.some((b) => b.startsWith('envoy.recall PER>CHL') && b.endsWith('asserted')), JSON.stringify(got));
});

// a noun trigger whose own predicate says it is foreseen is planned; a relative clause in between is not its predicate
expectEvents([
  ['The signing of the fisheries accord between Chile and Peru is now expected soon.', 'agreement.sign CHL>PER 2024-05-10 planned'],
  ['During the trip, the signing of several instruments by Chile and Peru is envisaged.', 'agreement.sign CHL>PER 2024-05-10 planned'],
], 'review r8: ');
test('review r8: "the visit, which was planned for months, took place" stays asserted', () => {
  const got = briefs('The visit of the Chilean president to Peru, which was planned for months, took place on Monday.');
  assert.ok(got.some((b) => b.startsWith('visit CHL>PER') && b.endsWith('asserted')), JSON.stringify(got));
  assert.ok(!got.some((b) => b.endsWith('planned')), JSON.stringify(got));
});

// an adverb in the passive verb group after a long "between" phrase of names
expectEvents([
  ['Relations between the Republic of Chile and the Republic of Peru were formally severed in 2018.', 'relations.sever CHL>PER 2018 asserted'],
  ['Ties between the Kingdom of Norway and the Republic of Chile were first established in 1997, the envoys noted.', 'relations.establish NOR>CHL 1997 asserted'],
], 'review r8: ');

// a promise made in a phone call is a call between the two; one made to reporters is none
expectEvents([
  ['Chile\'s president Ana Ruiz promised Peru\'s president Jorge Salas during a phone conversation on Monday that aid would come.', 'meeting CHL>PER 2024-05-06 asserted'],
], 'review r8: ');
expectNoKind([
  ['Chile\'s president promised Peruvian reporters during a briefing on Monday that aid would come.', 'meeting'],
]);

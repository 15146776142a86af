import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, diplomatic, expectEvents } from './helpers.js';

/**
 * A group of countries as the subject of a directed envoy/mission event with a third country
 * named as its target: one event per subject country, also when the group is the antecedent of
 * "they" after a verb of saying (sentences written for these tests). Published Friday 2024-05-10.
 */
const CASES: readonly (readonly [string, string])[] = [
  ['Chad, Sudan and Libya said on Friday they were recalling their ambassadors from Egypt.', 'envoy.recall TCD>EGY 2024-05-10 asserted'],
  ['Chad, Sudan and Libya said on Friday they were recalling their ambassadors from Egypt.', 'envoy.recall SDN>EGY 2024-05-10 asserted'],
  ['Chad, Sudan and Libya said on Friday they were recalling their ambassadors from Egypt.', 'envoy.recall LBY>EGY 2024-05-10 asserted'],
  // a plural object with a third country named is no exchange between the subjects
  ['Peru and Bolivia recalled their envoys from Quito on Monday.', 'envoy.recall PER>ECU 2024-05-06 asserted'],
  ['Peru and Bolivia recalled their envoys from Quito on Monday.', 'envoy.recall BOL>ECU 2024-05-06 asserted'],
];

expectEvents(CASES);

test('a third country named only from context keeps the exchange between the subjects', () => {
  const got = diplomatic('Kenya and Ethiopia agreed on Monday to reopen their embassies, in a deal brokered by Japan.').map(brief);
  assert.ok(got.includes('mission.reopen KEN>ETH 2024-05-06 planned') && got.includes('mission.reopen ETH>KEN 2024-05-06 planned'), JSON.stringify(got));
  assert.ok(!got.some((b) => b.includes('>JPN')), JSON.stringify(got));
});

test('no recall between the members of the group', () => {
  const got = diplomatic('Chad, Sudan and Libya said on Friday they were recalling their ambassadors from Egypt.').map(brief);
  assert.ok(!got.some((b) => /TCD>SDN|SDN>TCD/.test(b)), JSON.stringify(got));
});

/** A host receiving credentials stays the target even when the envoy's country is not in the clause. */
expectEvents([
  ['Peru opened an embassy in Copenhagen in March. The Danish queen received the credentials of the new ambassador on Tuesday.', 'envoy.credentials PER>DNK 2024-05-07 asserted'],
]);

test('a host receiving the credentials of unnamed envoys is never coded as the sender', () => {
  const got = diplomatic('The Danish queen received the letters of credence of three new ambassadors at the palace on Tuesday.').map(brief);
  assert.ok(!got.some((b) => b.startsWith('envoy.credentials DNK>')), JSON.stringify(got));
});

/** "each side recalled its ambassador": a singular object under "each side" still goes both ways. */
expectEvents([
  ['Relations between Lima and Quito soured in March, when each side recalled its ambassador.', 'envoy.recall PER>ECU 2024-03 asserted'],
  ['Relations between Lima and Quito soured in March, when each side recalled its ambassador.', 'envoy.recall ECU>PER 2024-03 asserted'],
]);

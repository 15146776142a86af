import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, diplomatic, expectEvents, parties } from './helpers.js';

/** Parties that are no state's (firms, national teams, coaches); long signer lists; "there". */

test('no state-to-state events from a match report', () => {
  const text = 'Kenya beat Uganda 2-1 in an international friendly in Nairobi on Sunday. "We came here to win," Uganda coach Hans Brandt said. '
    + 'Kenya host Rwanda on Friday before travelling to Burundi for a qualifier. The squad flies home on Monday.';
  assert.deepEqual(diplomatic(text).map(brief), []);
});

test('a coach speaking for "we" is no state', () => {
  assert.deepEqual(diplomatic('"We came here to win," Freedonia coach Hans Brandt said in Nairobi.').map(brief), []);
});

test('no agreement between two countries when the signers are their firms', () => {
  const text = "Norway's Nordlys and Chile's Kestrel sign power deal. Nordlys ASA will supply the turbines. "
    + 'Kestrel chief executive Ana Ruiz said the partners would invite Japanese buyers to a meeting in Santiago.';
  assert.deepEqual(diplomatic(text).map(brief), []);
});

test('a state subject after a non-state one: "told reporters that X intends to open"', () => {
  const got = diplomatic('Ambassador Lena Ortiz of Mexico told reporters that Mexico intends to open a trade office in Kingston.').map(brief);
  assert.ok(got.some((b) => b.startsWith('mission.open MEX>JAM')), JSON.stringify(got));
});

expectEvents([
  ['Palau President Surangel Whipps travelled to Taiwan in May 2024, and Fiji\'s Prime Minister Sitiveni Rabuka made his first official visit there in March 2024.', 'visit FJI>TWN 2024-03 asserted'],
  ['Qatar closed its embassy in Tripoli in 2014. Oman reopened its embassy there in 2019.', 'mission.reopen OMN>LBY 2019 asserted'],
], 'there: ');

test('a long by-list of signers over an apposition and "together with the leaders of"', () => {
  const e = diplomatic('The declaration was signed by Kenyan President William Ruto, the host, Tanzanian President Samia Suluhu Hassan, '
    + 'Ugandan President Yoweri Museveni and Rwandan President Paul Kagame, together with the leaders of Burundi, Somalia and Ethiopia.')
    .find((x) => x.kind === 'agreement.sign');
  assert.deepEqual(e && parties(e), ['BDI', 'ETH', 'KEN', 'RWA', 'SOM', 'TZA', 'UGA']);
});

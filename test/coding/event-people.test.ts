import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DiploEvent } from '../../src/model/event.js';
import { diplomatic } from './helpers.js';

/**
 * People the text places in an event without making them its subject or object (sentences
 * written for these tests): "in the presence of", "attended by", "co-chaired by", "headed by",
 * delegation heads in the next sentence ("… and the Kenyan side by Y"), "the two leaders" (the
 * people named before for each side), and the speaker of "X told reporters …, saying …".
 */

/** Names of the persons on the first event of `kind` (participants, source, target, speaker). */
function people(text: string, kind: string): string[] {
  const e = diplomatic(text).find((x) => x.kind === kind);
  assert.ok(e, `no ${kind} event in: ${text}`);
  return names(e);
}

function names(e: DiploEvent): string[] {
  const all = [e.source, e.target, ...e.participants, e.evidence.speaker];
  return [...new Set(all.filter((a) => a?.type === 'person' && a.name).map((a) => `${a!.country}:${a!.name}`))].sort();
}

const CASES: readonly (readonly [string, string, readonly string[]])[] = [
  ['Norway and Chile signed an agreement on fisheries in Oslo on Monday in the presence of Prime Minister Jonas Gahr Store and President Gabriel Boric.',
    'agreement.sign', ['CHL:Gabriel Boric', 'NOR:Jonas Gahr Store']],
  ['In the presence of President Gabriel Boric and Prime Minister Jonas Gahr Store, Chile and Norway signed a memorandum on education.',
    'agreement.sign', ['CHL:Gabriel Boric', 'NOR:Jonas Gahr Store']],
  ["On Thursday, Peru's Foreign Minister Elmer Schialer opened the Peruvian embassy in Nairobi, in a ceremony attended by Kenya's Foreign Minister Musalia Mudavadi.",
    'mission.open', ['KEN:Musalia Mudavadi', 'PER:Elmer Schialer']],
  ['The Peru-Kenya joint commission held its fourth session in Lima on Monday, co-chaired by Peruvian Foreign Minister Elmer Schialer and Kenyan Foreign Minister Musalia Mudavadi.',
    'meeting', ['KEN:Musalia Mudavadi', 'PER:Elmer Schialer']],
  ['The first round of political consultations between the foreign ministries of Peru and Kenya was held in Lima on Monday. '
    + "The Peruvian delegation was led by Deputy Foreign Minister Ana Cecilia Gervasi, and the Kenyan side by Principal Secretary Korir Sing'Oei.",
  'meeting', ['KEN:Korir Sing\'Oei', 'PER:Ana Cecilia Gervasi']],
  ['Chilean President Gabriel Boric visited Oslo last week. Norwegian Prime Minister Jonas Gahr Store welcomed him at the airport. The two leaders signed an agreement on fisheries.',
    'agreement.sign', ['CHL:Gabriel Boric', 'NOR:Jonas Gahr Store']],
  ['Peruvian Foreign Minister Elmer Schialer cut the ribbon with his Kenyan counterpart Musalia Mudavadi, and the two ministers then held talks on trade.',
    'meeting', ['KEN:Musalia Mudavadi', 'PER:Elmer Schialer']],
  ['Foreign Minister Elmer Schialer spoke to reporters in Lima on Monday, saying Peru would open an embassy in Nairobi next year.',
    'mission.open', ['PER:Elmer Schialer']],
];

for (const [text, kind, want] of CASES) {
  test(`${kind} has ${want.join(', ')} ← ${text.slice(0, 60)}`, () => {
    const got = people(text, kind);
    for (const w of want) assert.ok(got.includes(w), `want ${w}, got ${JSON.stringify(got)}`);
  });
}

test('the persons of a cue join only the event of their own clause, and only of its sides', () => {
  const text = 'Peru and Kenya signed a trade agreement on Monday, and Chile opened an embassy in Nairobi in a ceremony attended by Kenyan Foreign Minister Musalia Mudavadi and Bolivian President Luis Arce.';
  const events = diplomatic(text);
  const sign = events.find((e) => e.kind === 'agreement.sign');
  const open = events.find((e) => e.kind === 'mission.open');
  assert.ok(sign && open, JSON.stringify(events.map((e) => e.kind)));
  assert.deepEqual(names(sign), []);
  assert.deepEqual(names(open), ['KEN:Musalia Mudavadi']);
});

test('"the two ministers" with only one side named before adds nobody', () => {
  const text = 'Peruvian Foreign Minister Elmer Schialer arrived in Nairobi on Sunday. The two ministers signed a memorandum on visas on Monday.';
  const sign = diplomatic(text).find((e) => e.kind === 'agreement.sign');
  assert.ok(sign);
  assert.deepEqual(names(sign), []);
});

test('a participle after a clause whose subject is a country gives no speaker', () => {
  const text = 'Peru recalled its ambassador from Nairobi on Monday, saying Kenya had ignored its protests.';
  const recall = diplomatic(text).find((e) => e.kind === 'envoy.recall');
  assert.ok(recall);
  assert.equal(recall.evidence.speaker, null);
});

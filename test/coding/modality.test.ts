import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diplomatic } from './helpers.js';

/** Sentence → modality of its diplomatic event (EVENTS.md §3). */
const CASES: readonly (readonly [string, string])[] = [
  ['Chile and Kenya signed an agreement on visas.', 'asserted'],
  ['Chile and Kenya will sign an agreement on visas.', 'planned'],
  ['Chile and Kenya are expected to sign an agreement on visas.', 'planned'],
  ['Cabinet endorsed an agreement to be signed with Kenya, Chilean officials said.', 'planned'],
  ['Chile hopes to open an embassy in Nairobi.', 'intended'],
  ['Chile may open an embassy in Nairobi.', 'intended'],
  ['Chile did not open an embassy in Nairobi.', 'negated'],
  ['Chile refused to open an embassy in Nairobi.', 'negated'],
  ['The Chilean and Kenyan ministers cut the ribbon to inaugurate the Chilean embassy in Nairobi.', 'asserted'],
  ['The Chilean foreign minister will meet his Kenyan counterpart in August.', 'planned'],
  ['The Chilean and Kenyan ministers noted the need to hold political consultations.', 'intended'],
];

for (const [sentence, want] of CASES) {
  test(`${want}: ${sentence}`, () => {
    const got = diplomatic(sentence);
    assert.ok(got.length > 0, 'no event');
    assert.equal(got[0]!.modality, want, JSON.stringify(got.map((e) => [e.kind, e.modality])));
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPlaceResolver, draftFromText, parseText } from '../../src/ingest/index.js';
import { datelineAfterNotes } from '../../src/ingest/compose.js';
import { parseDatelineLine, splitInlineDateline } from '../../src/ingest/dateline.js';

const places = createPlaceResolver();

test('a dateline naming several cities keeps them all; the country is the first city\'s', () => {
  const a = splitInlineDateline('LIMA/SANTIAGO, May 2 (Reuters) — Peru and Chile agreed to reopen the border.', places);
  assert.deepEqual(a?.dateline, { place: 'Lima/Santiago', country: 'PER', dateText: 'May 2' });
  assert.equal(a?.agency, 'Reuters');
  const b = splitInlineDateline('KYIV/MOSCOW (Reuters) - Ukraine and Russia swapped prisoners.', places);
  assert.deepEqual(b?.dateline, { place: 'Kyiv/Moscow', country: 'UKR', dateText: null });
  const c = splitInlineDateline('Brussels / Paris / Berlin, June 3 — Leaders met in the morning.', places);
  assert.deepEqual(c?.dateline, { place: 'Brussels/Paris/Berlin', country: 'BEL', dateText: 'June 3' });
  assert.deepEqual(parseDatelineLine('NAIROBI/KAMPALA, Jan. 9', places), { place: 'Nairobi/Kampala', country: 'KEN', dateText: 'Jan. 9' });
  // an agency between slashes is still no second city
  assert.deepEqual(splitInlineDateline('MOSCOW /TASS/ - Russia said on Monday.', places)?.dateline, { place: 'Moscow', country: 'RUS', dateText: null });
});

test('a weekday before a date is no dateline place', () => {
  assert.equal(splitInlineDateline('Tuesday 3 March 2026. All times are local.', places), null);
  assert.equal(splitInlineDateline('Saturday, March 14 — Fighting went on overnight.', places), null);
  assert.equal(parseDatelineLine('Friday, Aug. 4', places), null);
  // a city before the same date still is
  assert.equal(splitInlineDateline('Lima, March 14 — Fighting went on overnight.', places)?.dateline.place, 'Lima');
});

test('a dateline below an editor\'s note (correction, update, added material) is found and stripped', () => {
  const corrected = draftFromText([
    'Norway names new envoy to Peru', '', 'Correction appended', '',
    'OSLO, April 8 — Norway named a new ambassador to Peru on Monday.', '',
    'Correction: An earlier version gave the wrong day.',
  ].join('\n'), 'note.txt', { published: '2026-04-08' }, places);
  assert.deepEqual(corrected.dateline, { place: 'Oslo', country: 'NOR', dateText: 'April 8' });
  assert.equal(corrected.paragraphs[2], 'Norway named a new ambassador to Peru on Monday.');

  const updated = draftFromText([
    'Chile and Peru sign fisheries pact', '', '(Adds quote from the foreign minister in paragraph 3)', '',
    "Editor's note: This story was first published on Tuesday.", '',
    'SANTIAGO, May 2 (Reuters) - Chile and Peru signed a fisheries pact.',
  ].join('\n'), 'upd.txt', {}, places);
  assert.equal(updated.dateline?.place, 'Santiago');
  assert.equal(updated.source, 'Reuters');
  assert.equal(updated.paragraphs.at(-1), 'Chile and Peru signed a fisheries pact.');

  // a dateline on its own line below the note
  const own = draftFromText(['Kenya and Uganda agree on border posts', '', 'Clarification: The headline has been changed.', '', 'NAIROBI, Jan. 9', '',
    'Kenya and Uganda agreed to open two new border posts.'].join('\n'), 'own.txt', { published: '2026-01-09' }, places);
  assert.deepEqual(own.dateline, { place: 'Nairobi', country: 'KEN', dateText: 'Jan. 9' });
  assert.ok(!own.paragraphs.includes('NAIROBI, Jan. 9'));
});

test('without a note line the dateline search is as before: a later city opening a paragraph is no dateline', () => {
  const d = parseText([
    'Norway names new envoy to Peru', '', 'Norway named a new ambassador to Peru on Monday.', '',
    'OSLO, April 8 — The ministry confirmed the appointment.',
  ].join('\n'), 'plain.txt', places);
  assert.equal(datelineAfterNotes(d, places), d);
  assert.equal(d.dateline, null);
  // a note line followed by ordinary text leaves the draft as it is
  const n = parseText(['Norway names envoy', '', 'Updated at 14:05', '', 'Norway named a new ambassador on Monday.'].join('\n'), 'n.txt', places);
  assert.equal(datelineAfterNotes(n, places), n);
});

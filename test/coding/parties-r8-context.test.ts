import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passageStarts } from '../../src/coding/diplomatic/passages.js';
import { brief, diplomatic, expectEvents, parties } from './helpers.js';

/**
 * Round eight (parties): digest items, third parties that report on others, mutual missions
 * and calls taken one after another (sentences written for these tests). Published 2024-05-10.
 */

const DIGEST = 'The week in protocol.\n\n'
  + 'CHILE – PERU: Chile and Peru signed a fisheries accord in Lima on Monday, with a stopover in Quito planned for the ministers. '
  + 'The two countries established diplomatic relations in 1840.\n\n'
  + 'NORWAY – KENYA: Norway and Kenya established diplomatic relations on Tuesday, a year after Oslo opened a trade office in Nairobi.';

test('r8 digest: "the two countries" of an item is that item\'s pair, and the next item starts afresh', () => {
  const got = diplomatic(DIGEST).filter((e) => e.kind === 'relations.establish').map((e) => `${parties(e).join('-')} ${e.date.value}`);
  assert.deepEqual(got.sort(), ['CHL-PER 1840', 'KEN-NOR 2024-05-07']);
});

test('r8 digest: "Elsewhere," opens a new item; a plain paragraph does not', () => {
  const text = 'Ghana and Togo signed a border accord on Monday.\n\n'
    + 'Elsewhere, Fiji and Tonga agreed to open embassies in each other\'s capitals. The two countries signed a visa deal.';
  const signs = diplomatic(text).filter((e) => e.kind === 'agreement.sign').map((e) => parties(e).join('-'));
  assert.ok(signs.includes('FJI-TON'), JSON.stringify(signs));
  assert.ok(!signs.includes('GHA-TGO') || signs.length === 2, JSON.stringify(signs));
  // a story's second paragraph goes on with the pair of the first
  const story = 'Ghana and Togo signed a border accord on Monday in Lomé.\n\nThe two countries also agreed to hold talks in June.';
  const all = diplomatic(story).map((e) => parties(e).join('-'));
  assert.ok(all.every((p) => p === 'GHA-TGO'), JSON.stringify(all));
});

test('r8 digest: a label opens an item only at a paragraph start and when it names a country', () => {
  const s = (text: string, paragraph: number, actors: { start: number; country: string }[] = []) => ({
    text, paragraph, start: 0,
    actors: actors.map((a) => ({ start: a.start, end: a.start + 4, text: 'x', actor: { text: 'x', country: a.country, sectors: [], code: a.country, name: null, title: null, type: 'country' as const } })),
  });
  assert.deepEqual(passageStarts([s('Intro.', 0), s('PERU – CHILE: Peru and Chile met.', 1, [{ start: 0, country: 'PER' }]), s('More.', 1)]), [0, 1, 1]);
  // "NOTE:" names no country; a label inside a paragraph opens nothing
  assert.deepEqual(passageStarts([s('Intro.', 0), s('NOTE: Peru and Chile met.', 1, [{ start: 6, country: 'PER' }])]), [0, 0]);
  assert.deepEqual(passageStarts([s('Intro.', 0), s('PERU: Peru met Chile.', 0, [{ start: 0, country: 'PER' }])]), [0, 0]);
});

// a mediator reporting on the pair is no party of their restoration
test('r8 mediator: the reporting state is on no restoration', () => {
  for (const text of [
    'Kuwait praised the communique released on Monday by Ghana and Togo on the restoration of ties between the two neighbouring nations.',
    'Norway, which hosted the talks, praised the accord signed by Colombia and Venezuela to restore ties between the two countries.',
  ]) {
    const got = diplomatic(text).filter((e) => e.kind === 'relations.restore');
    assert.ok(got.length === 1 && !parties(got[0]!).includes('KWT') && !parties(got[0]!).includes('NOR'), JSON.stringify(got.map(brief)));
  }
  const pairs = diplomatic('Kuwait praised the communique released on Monday by Ghana and Togo on the restoration of ties between the two neighbouring nations.')
    .filter((e) => e.kind === 'relations.restore').map((e) => parties(e).join('-'));
  assert.deepEqual(pairs, ['GHA-TGO']);
});

// "the two embassies in A and B": each side's embassy in the other's capital
expectEvents([
  ['Jordan hailed the reopening of the two embassies in Nairobi and Accra this week, after Kenya and Ghana mended relations.',
    'mission.reopen KEN>GHA 2024-05-06/2024-05-12 asserted'],
  ['Jordan hailed the reopening of the two embassies in Nairobi and Accra this week, after Kenya and Ghana mended relations.',
    'mission.reopen GHA>KEN 2024-05-06/2024-05-12 asserted'],
], 'r8 mutual missions: ');

test('r8 mutual missions: an owner\'s embassies in two capitals stay its own', () => {
  const got = diplomatic('Norway will reopen its embassies in Nairobi and Accra.').map(brief);
  assert.deepEqual(got.sort(), ['mission.reopen NOR>GHA 2024-05-10 planned', 'mission.reopen NOR>KEN 2024-05-10 planned']);
});

// "a call from X, and another from Y": two calls
expectEvents([
  ['Kenyan Foreign Minister Jane Otieno received a telephone call on Monday from Ugandan Foreign Minister Sam Okello, and another from Tanzanian Foreign Minister Ali Juma.',
    'meeting KEN>TZA 2024-05-06 asserted'],
  ['Kenyan Foreign Minister Jane Otieno received a telephone call on Monday from Ugandan Foreign Minister Sam Okello, and another from Tanzanian Foreign Minister Ali Juma.',
    'meeting KEN>UGA 2024-05-06 asserted'],
  ['The Ghanaian president took a call from the Nigerian president on Friday and another from the president of Togo.', 'meeting GHA>TGO 2024-05-10 asserted'],
], 'r8 another: ');

test('r8 another: a call and a thank-you to a third country is one call', () => {
  const got = diplomatic('The Kenyan minister received a call from the Ugandan minister on Monday and thanked Tanzania for its support.')
    .filter((e) => e.kind === 'meeting').map((e) => parties(e).join('-'));
  assert.deepEqual(got, ['KEN-UGA']);
});


test('r8 possessive: "Kenya\'s Grace Wanjiru and her counterpart" puts the named person on the event', () => {
  for (const text of [
    'Kenya\'s Grace Wanjiru and her Ugandan counterpart signed a trade accord on Monday.',
    'Last week the two ministers, Ghana\'s Kofi Mensah and his Togolese counterpart, met in Abuja.',
  ]) {
    const e = diplomatic(text)[0];
    const names = (e?.participants ?? []).map((a) => a.name);
    assert.ok(names.includes('Grace Wanjiru') || names.includes('Kofi Mensah'), JSON.stringify(e?.participants));
  }
  // a possessive before a title only (no name) changes nothing
  assert.deepEqual(diplomatic('Kenya\'s foreign minister met Uganda\'s president on Monday.').map(brief), ['meeting KEN>UGA 2024-05-06 asserted']);
});

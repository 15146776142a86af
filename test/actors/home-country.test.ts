import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickRole } from '../../src/actors/build.js';
import type { SeedRole } from '../../src/actors/lexicon.js';
import { read } from './helpers.js';

/** "name|country" of every named person mention in a text. */
function people(text: string, dateline: string | null = null): string[] {
  return read(text, '2024-05-01', undefined, dateline).mentions
    .filter((m) => m.actor.type === 'person' && m.actor.name).map((m) => `${m.actor.name}|${m.actor.country}`);
}

test('an official of no stated country in a datelined story is of the dateline country when it was named nearby', () => {
  const text = 'Uganda and Kenya signed a trade accord on Friday. Deputy Trade Minister Okello Amuge said the deal would cut tariffs.';
  assert.deepEqual(people(text, 'UGA'), ['Okello Amuge|UGA']);
  // without a dateline the last country named still decides
  assert.deepEqual(people(text), ['Okello Amuge|KEN']);
});

test('the dateline country is preferred in the sentence too, until someone of it is named there', () => {
  assert.deepEqual(people('Uganda cut its ties with Eritrea over the raid, announced the Vice Minister of Foreign Affairs, Okello Amuge.', 'UGA'),
    ['Okello Amuge|UGA']);
  // two officials in one sentence: the second is the other side
  const got = people('The Ugandan delegation was led by Deputy Minister Okello Amuge, and the Kenyan side by Principal Secretary Wanjiru Kamau.', 'UGA');
  assert.deepEqual(got, ['Okello Amuge|UGA', 'Wanjiru Kamau|KEN']);
});

test('a demonym that describes a thing ("a Peruvian cement producer") is not the country of the official met', () => {
  const got = people('Chile raised its copper output in May. A Peruvian cement producer signed a supply deal, and its chief met Mining Minister Rosa Quilodrán.', 'CHL');
  assert.deepEqual(got, ['Rosa Quilodrán|CHL']);
});

test('"the Sudanese capital" is a place: not the country of an envoy named beside it', () => {
  const got = people('A small team led by Ambassador Ilhan Demirci had worked from Cairo, travelling to the Sudanese capital for short visits.', 'TUR');
  assert.deepEqual(got, ['Ilhan Demirci|TUR']);
});

test('a city and a date at the start of the text are a dateline even when the reader took none', () => {
  const text = 'NAIROBI, 4 March. The National Assembly ratified the accord between Kenya and Tanzania signed in Dodoma last year. ' +
    'Deputy Foreign Minister Otieno Wafula told deputies the accord would take effect in June.';
  assert.ok(people(text).includes('Otieno Wafula|KEN'), people(text).join(', '));
  const spanish = 'Quito, 12 de mayo (Agencia). Ecuador and Peru opened a border post. The Vice Minister of Trade, Lucía Andrade, attended.';
  assert.ok(people(spanish).includes('Lucía Andrade|ECU'), people(spanish).join(', '));
});

const role = (country: string, title: string, validFrom: string, validTo: string | null): SeedRole => ({
  name: 'Ines Varga', country, title, sectors: ['GOV'], aliases: [], validFrom, validTo,
});

test('a seed role of the title the text gives comes first', () => {
  const roles = [role('HUN', 'foreign minister', '2015-01', '2021-06'), role('UNO', 'president', '2021-09', '2022-09')];
  assert.equal(pickRole(roles, null, 'foreign minister')?.country, 'HUN');
  assert.equal(pickRole(roles, null, null)?.country, 'UNO');
  assert.equal(pickRole(roles, '2019-04-01', 'foreign minister')?.country, 'HUN');
  // the date says she held only the other role then: the date wins
  assert.equal(pickRole(roles, '2022-03-01', 'foreign minister')?.country, 'UNO');
  // a title no role has changes nothing
  assert.equal(pickRole(roles, '2022-03-01', 'ambassador')?.country, 'UNO');
});

test('"Ministry spokesman X", "Embassy spokeswoman Y": the body named before the title says whose', () => {
  assert.deepEqual(people("Turkey's foreign ministry denied the report. Iraq's president was in Baghdad. Ministry spokesman Oncel Kaya said no talks took place."),
    ['Oncel Kaya|TUR']);
  assert.deepEqual(people('The Chilean embassy in Lima issued a statement. Peru welcomed it. Embassy spokeswoman Carla Reyes said the visit was on.'),
    ['Carla Reyes|CHL']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { read } from './helpers.js';

/** Round eight (actors): styles of address before names, and travellers' countries (sentences written for these tests). */

test('r8: "His Excellency Dr. X, Minister of …": the style opens the mention and is no part of the name', () => {
  const { mentions } = read('The minister received a call from His Excellency Dr. Karim bin Salem Al Mansouri, Minister of Foreign Affairs of the State of Kuwait.');
  const p = mentions.find((m) => m.actor.type === 'person' && m.actor.name);
  assert.ok(p, JSON.stringify(mentions.map((m) => m.text)));
  assert.equal(p.text.startsWith('His Excellency'), true);
  assert.equal(p.actor.name, 'Karim bin Salem Al Mansouri');
  assert.equal(p.actor.country, 'KWT');
});

test('r8: "His Highness Sayyid X" and "Her Majesty Queen Y": style and honorific are not the name', () => {
  const a = read('His Highness Sayyid Fahd bin Khalid Al Harthy, Minister of Culture of Oman, opened the fair.').mentions
    .find((m) => m.actor.type === 'person');
  assert.equal(a?.actor.name, 'Fahd bin Khalid Al Harthy');
  assert.equal(a?.actor.country, 'OMN');
  const b = read('The envoy was received by Her Excellency Marta Lindqvist, Minister for Foreign Affairs of Sweden.').mentions
    .find((m) => m.actor.type === 'person');
  assert.equal(b?.actor.name, 'Marta Lindqvist');
});

test('r8: a plain possessive "his"/"her" before a title is no style', () => {
  const { mentions } = read('Foreign Minister Ana Ruiz of Peru met her Chilean counterpart, Diego Soto, in Lima.');
  const names = mentions.filter((m) => m.actor.type === 'person').map((m) => m.actor.name);
  assert.ok(names.includes('Diego Soto'), JSON.stringify(names));
});

test('r8: a person whose country is guessed is not of the country the sentence sends them to', () => {
  const text = 'QUITO — Ecuador\'s congress approved the fisheries accord on Monday.\n'
    + 'The accord was signed in Lima in May, when Foreign Minister Lucia Paredes paid an official visit to Peru.';
  const p = read(text, '2023-06-01', undefined, 'ECU').mentions.find((m) => m.actor.name === 'Lucia Paredes');
  assert.equal(p?.actor.country, 'ECU');
  const text2 = 'Ghana\'s parliament met on Monday.\n'
    + 'The deal was sealed in Abuja, when Trade Minister Kofi Mensah travelled to Nigeria.';
  const q = read(text2, '2023-06-01').mentions.find((m) => m.actor.name === 'Kofi Mensah');
  assert.equal(q?.actor.country, 'GHA');
});

test('r8: a place named before still gives the country of someone who does not travel there', () => {
  const p = read('In Nairobi, Foreign Minister Grace Wanjiru said the embassy in Accra would open soon.', '2023-06-01').mentions
    .find((m) => m.actor.name === 'Grace Wanjiru');
  assert.equal(p?.actor.country, 'KEN');
});

test('r8: a known short name is no prefix of a longer hyphenated one', () => {
  const p = read('On Monday the president accepted the credentials of Korea\'s new envoy to Chile, Park Jin-soo.').mentions
    .find((m) => m.actor.type === 'person');
  assert.equal(p?.actor.name, 'Park Jin-soo');
  // the known name alone stays whole
  const q = read('Former foreign minister Park Jin spoke in Seoul.').mentions.find((m) => m.actor.type === 'person');
  assert.equal(q?.actor.name, 'Park Jin');
});

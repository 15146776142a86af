import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, read } from './helpers.js';

const TOAST = [
  'Remarks by New Zealand Prime Minister Rafael Ostrander at the official dinner in honour of the President of Ghana, Kwame Adjei',
  '',
  'State House, Wellington, 4 March 2024',
  '',
  'Your Excellency, President Kwame Adjei,',
  'Distinguished guests,',
  '',
  'It is my great pleasure to welcome you to New Zealand. I visited Accra in 2019 and I remember the warmth of your people.',
  'Today we signed an agreement on education. I thank all of you for coming.',
].join('\n');

/** "word|code|name" of every mention whose text is a pronoun. */
function pronouns(text: string): string[] {
  const words = new Set(['i', 'my', 'me', 'we', 'our', 'us', 'you', 'your']);
  return read(text, '2024-03-04').mentions.filter((m) => words.has(m.text.toLowerCase())).map((m) => `${m.text}|${m.actor.code}|${m.actor.name ?? ''}`);
}

test('a speech: "I" is the speaker of the heading, "you" the guest of the salutation, "we" the speaker\'s country', () => {
  const got = pronouns(TOAST);
  assert.ok(got.includes('I|NZLGOV|Rafael Ostrander'), got.join(', '));
  assert.ok(got.includes('you|GHAGOV|Kwame Adjei'), got.join(', '));
  assert.ok(got.includes('we|NZL|New Zealand'), got.join(', '));
  assert.ok(got.includes('your|GHAGOV|Kwame Adjei'), got.join(', '));
  // "all of you" is the audience, not the guest
  assert.equal(got.filter((g) => g.startsWith('you|')).length, 1, got.join(', '));
});

test('in a speech, "I" after a capitalised word is a numeral, not the speaker ("World War I")', () => {
  const got = pronouns(`${TOAST}\nOur grandfathers fought side by side in World War I and I honour them.`);
  // the three of the toast and "and I honour": the numeral makes none
  assert.equal(got.filter((g) => g.startsWith('I|')).length, 4, got.join(', '));
  // after a place or a title the speaker goes on: "In Accra I met", "As Prime Minister I signed"
  const more = pronouns(`${TOAST}\nIn Accra I met your ministers. As Prime Minister I signed the treaty.`);
  assert.equal(more.filter((g) => g === 'I|NZLGOV|Rafael Ostrander').length, 5, more.join(', '));
});

test('a speech in another order: guest named only in the salutation, speaker after "delivered by"', () => {
  const text = [
    'Address delivered by President Marta Villalobos of Costa Rica at the state luncheon',
    '',
    'Dear President Tomas Lindqvist of Sweden,',
    '',
    'Our two nations have been friends for a long time. I travelled to Stockholm last year.',
    'I hope you will visit San José soon. I am grateful for your kind words.',
  ].join('\n');
  const got = pronouns(text);
  assert.ok(got.includes('I|CRIGOV|Marta Villalobos'), got.join(', '));
  assert.ok(got.some((g) => g.startsWith('you|') && g.endsWith('|Tomas Lindqvist')), got.join(', '));
});

test('"I" in a news report quoting a minister is left to quote attribution', () => {
  const text = 'Minister Anna Berg said on Monday: "I will travel to Lima. I expect talks. I am hopeful." Her speech was short.';
  assert.deepEqual(pronouns(text), []);
});

test('a news lead naming "a statement by" and quoting in single quotes is no speech text', () => {
  const text = [
    'Foreign Minister Lena Berg of Sweden criticised the vote in a statement by her ministry on Monday.',
    'In Oslo, Prime Minister Ola Dahl of Norway disagreed. \u2018I think this is wrong,\u2019 he said. \u2018I will call her. I hope we agree.\u2019',
  ].join('\n');
  assert.deepEqual(pronouns(text), []);
  assert.deepEqual(pronouns(text.replace(/[\u2018\u2019]/g, "'")), []);
});

test('a speech heading without first-person text is no speech; "I" as a numeral is no pronoun', () => {
  const text = 'Statement by the Ministry of Foreign Affairs of Chile\n\nChile condemns the attack. World War I ended long ago.';
  assert.deepEqual(pronouns(text), []);
});

test('remarks of two speakers ("X and Y at a joint press conference") give "I" to no one', () => {
  const text = [
    'Remarks by Foreign Minister Lena Berg of Sweden and Foreign Minister Kofi Asante of Ghana at a joint press conference',
    '',
    'I am pleased to be here. I thank my colleague. I think we agree.',
  ].join('\n');
  assert.deepEqual(pronouns(text), []);
});

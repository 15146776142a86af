import assert from 'node:assert/strict';
import { test } from 'node:test';
import { read } from './helpers.js';

/** "name|country" of every person mention in a text. */
function people(text: string): string[] {
  return read(text, '2024-05-01').mentions.filter((m) => m.actor.type === 'person').map((m) => `${m.actor.name}|${m.actor.country}`);
}

test('a Korean given name whose first half is also a word ("In-sun") stays in the name', () => {
  const got = people('South Korea reopened its consulate on Monday. Second Vice Foreign Minister Park In-sun cut the ribbon.');
  assert.deepEqual(got, ['Park In-sun|KOR']);
});

test('"Chairman of the <named body> of <country> Name": the body is not read as a ministry', () => {
  const got = people('Chairman of the State Great Khural of Mongolia Batbayaryn Tsolmon welcomed the guests.');
  assert.deepEqual(got, ['Batbayaryn Tsolmon|MNG']);
});

test('"Name, Chairman of the <body>" is an apposition; the country comes from the context', () => {
  const got = people('A delegation of the Senate of Chile, headed by Carlos Muñoz, Chairman of the Foreign Affairs Committee, arrived in Lima.');
  assert.ok(got.includes('Carlos Muñoz|CHL'), got.join(', '));
});

test('a list of titled people splits at the comma before a new title with a name', () => {
  const got = people('Talks between President Luis Ortega, President of the Republic of Chile Gabriel Boric and the ministers went well.');
  assert.ok(got.includes('Gabriel Boric|CHL'), got.join(', '));
  assert.ok(!got.includes('Luis Ortega|CHL'), got.join(', '));
  // an apposition with a determiner still describes the name before it
  assert.deepEqual(people("The deal was signed by Reza Karimi, the secretary of Iran's security council."), ['Reza Karimi|IRN']);
});

test('"worked out of Nairobi" is where an envoy came from, not whose envoy he is', () => {
  const { mentions } = read('Ambassador Jeon Min-soo, who had worked out of Nairobi since 2016, moved back to Mogadishu.', '2024-05-01', undefined, 'KOR');
  const amb = mentions.find((m) => m.actor.name === 'Jeon Min-soo');
  assert.ok(amb);
  assert.notEqual(amb.actor.country, 'KEN');
});

test('a headline list of countries followed by a verb is not a pair of police forces', () => {
  const { mentions } = read('Samoa, Tonga sign police training deal');
  const police = mentions.filter((m) => m.actor.name === 'police');
  assert.ok(police.every((m) => m.actor.country === null), mentions.map((m) => `${m.text}|${m.actor.code}`).join(', '));
  assert.deepEqual(mentions.filter((m) => m.actor.type === 'country').map((m) => m.actor.country), ['WSM', 'TON']);
  // an agent after a country word with a filler noun is still that country's agent
  assert.equal(read('Italian dock workers walked out.').mentions[0]?.actor.code, 'ITALAB');
});

test('"Chairman of the National Assembly Name": a body of no stated country still leads to the name', () => {
  const { mentions } = read('Chairman of the National Assembly Nguyen Van Binh welcomed the guests.', '2024-05-01', undefined, 'VNM');
  assert.deepEqual(mentions.filter((m) => m.actor.type === 'person').map((m) => `${m.actor.name}|${m.actor.country}`), ['Nguyen Van Binh|VNM']);
});

test('a sentence adverb before a comma is not a name; the titled apposition after it is read', () => {
  assert.deepEqual(people('Meanwhile, the new Brazilian ambassador to Kenya, Ana Souza, arrived in Nairobi.'), ['Ana Souza|BRA']);
});

test('"appoints Name Ambassador of X to Y": the title right after the appointee names the country', () => {
  assert.deepEqual(people('The decree appoints Mykola Hrytsenko Ambassador of Ukraine to the Republic of Peru.'), ['Mykola Hrytsenko|UKR']);
  // no appointing verb: a name followed by a capitalised title is left alone
  assert.deepEqual(people('Mykola Hrytsenko Ambassador of Ukraine spoke.').filter((p) => p.startsWith('Mykola Hrytsenko Ambassador')), []);
});

test("a full name keeps the article's spelling; the seed's spelling and short forms still find that person", () => {
  const { actors, mentions } = read('Sisi spoke first. Egyptian President Abdel Fattah al-Sisi then called Doha. Sisi said the talks went well.');
  assert.deepEqual(mentions.filter((m) => m.actor.type === 'person').map((m) => m.actor.name),
    ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi', 'Abdel Fattah al-Sisi']);
  assert.deepEqual(actors.people().map((p) => p.name), ['Abdel Fattah al-Sisi']);
});

test('"the head of <country>\'s Government of National Unity, Name": the body\'s full name, then the apposition', () => {
  assert.deepEqual(people("The envoy later met the head of Somalia's Government of National Salvation, Ahmed Warsame Duale."), ['Ahmed Warsame Duale|SOM']);
});

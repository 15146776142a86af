import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, read } from './helpers.js';

/** Person mentions of a text, as "mention|code|name|title" lines. */
function persons(text: string): string[] {
  return read(text).mentions.filter((m) => m.actor.type === 'person').map(brief);
}

test('a country before "appointed" is the subject: the title starts after the verb', () => {
  const text = 'Ecuador appointed former energy minister Tomas Ibarra Quinde as its envoy to Ghana.';
  const { mentions } = read(text);
  assert.deepEqual(mentions.map(brief).slice(0, 2), [
    'Ecuador|ECU|Ecuador|',
    'former energy minister Tomas Ibarra Quinde|ECUGOV|Tomas Ibarra Quinde|energy minister',
  ]);
});

test('"appointed" after a possessive or a determiner stays a modifier of the title', () => {
  assert.deepEqual(persons("Ecuador's appointed envoy Lucia Paredes arrived in Accra."), [
    "Ecuador's appointed envoy Lucia Paredes|ECUGOV|Lucia Paredes|envoy",
  ]);
  assert.deepEqual(persons('The newly appointed Ecuadorian ambassador Lucia Paredes arrived.'), [
    'The newly appointed Ecuadorian ambassador Lucia Paredes|ECUGOV|Lucia Paredes|ambassador',
  ]);
});

test('"<title> in the … government, Name": the name after the qualifier is the title holder', () => {
  assert.deepEqual(persons("Libya's foreign minister in the unity government, Salem Ben Omran, called his counterpart."), [
    "Libya's foreign minister in the unity government, Salem Ben Omran|LBYGOV|Salem Ben Omran|foreign minister",
  ]);
  // a place, not a government: no apposition is read across it
  assert.deepEqual(persons("Libya's ambassador in the capital, Salem Ben Omran, spoke."), ["Libya's ambassador|LBYGOV||ambassador"]);
});

test('a lower-cased demonym of the -ian/-ese kind still names its country; common words do not', () => {
  const codes = (text: string): (string | null)[] => read(text).mentions.map((m) => m.actor.code);
  assert.deepEqual(codes('peruvian farmers blocked a road near the border.'), ['PERAGR']);
  assert.deepEqual(codes('peruvian farmers blocked a road.'), codes('Peruvian farmers blocked a road.'));
  assert.ok(codes('the ecuadorian foreign minister spoke.').includes('ECUGOV'));
  assert.deepEqual(codes('the median voter and the asian market moved.'), []);
});

test('a company\'s chief executive is a business person, not a head of government', () => {
  const { mentions } = read("Brazil's Foreign Minister Ana Lima met Peruvian officials. Andes Copper chief executive Rafael Soto Ibarra signed the contract.");
  const ceo = mentions.find((m) => m.actor.name === 'Rafael Soto Ibarra');
  assert.ok(ceo);
  assert.deepEqual(ceo.actor.sectors, ['BUS']);
  assert.equal(ceo.actor.title, 'chief executive');
});

test('a lower-cased well-known name after a capitalised title is still that person', () => {
  const names = (text: string): (string | null)[] => read(text, '2010-06-01').mentions.map((m) => m.actor.name);
  assert.deepEqual(names('President sarkozy phoned Chancellor merkel.'), ['Nicolas Sarkozy', 'Angela Merkel']);
  // not after a lower-case title, and not a word that is no known name
  assert.deepEqual(names('the president sarkozy praised'), []);
  assert.deepEqual(names('President said nothing.').filter((n) => n !== null && n !== 'United States'), []);
});

test('"its embassy in <capital>" belongs to the country named before, not to the host', () => {
  const { mentions } = read('Laos and Ghana held talks in Accra. Last year the Lao side opened its embassy in Accra.');
  const embassy = mentions.find((m) => m.text === 'its embassy in Accra');
  assert.ok(embassy);
  assert.equal(embassy.actor.code, 'LAOGOV');
  assert.equal(embassy.host, 'GHA');
});

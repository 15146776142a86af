import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gazetteer, read } from './helpers.js';

const COUNTRY_CASES: readonly [string, string, string][] = [
  // [sentence, mention text, expected code, expected via]
  ['Azerbaijan and Peru can cooperate.', 'Azerbaijan', 'AZE'],
  ['The Eastern Republic of Uruguay signed.', 'Eastern Republic of Uruguay', 'URY'],
  ["The Democratic People's Republic of Korea fired.", "Democratic People's Republic of Korea", 'PRK'],
  ['The People’s Republic of China agreed.', 'People’s Republic of China', 'CHN'],
  ['The DPRK refused.', 'DPRK', 'PRK'],
  ['The UAE and the U.S. met.', 'UAE', 'ARE'],
  ['The UAE and the U.S. met.', 'U.S.', 'USA'],
  ['The UK said so.', 'UK', 'GBR'],
  ['The ROK disagreed.', 'ROK', 'KOR'],
  ['A Peruvian delegation arrived.', 'A Peruvian delegation', 'PERGOV'],
  ['Maldivian officials met.', 'Maldivian officials', 'MDVGOV'],
  ['The Dominican Republic joined.', 'Dominican Republic', 'DOM'],
  ['The Republic of Korea hosted.', 'Republic of Korea', 'KOR'],
  ['The Democratic Republic of Congo and the Republic of Congo talked.', 'Democratic Republic of Congo', 'COD'],
  ['The Democratic Republic of Congo and the Republic of Congo talked.', 'Republic of Congo', 'COG'],
  ['Guinea-Bissau and Guinea signed.', 'Guinea-Bissau', 'GNB'],
  ['Guinea-Bissau and Guinea signed.', 'Guinea', 'GIN'],
  ["Azerbaijan's position is clear.", 'Azerbaijan', 'AZE'],
  ['SAPound o Tome and Principe opened an office.', 'SAPound o Tome and Principe', 'STP'],
  ["C?te d'Ivoire voted.", "C?te d'Ivoire", 'CIV'],
  ['CÃ´te dâ€™Ivoire voted.', 'CÃ´te dâ€™Ivoire', 'CIV'],
  ['Talks between Baku and Lima resumed.', 'Baku', 'AZEGOV'],
  ['Seoul and Tokyo agreed.', 'Tokyo', 'JPNGOV'],
  ['The Peru-Azerbaijan league met.', 'Azerbaijan', 'AZE'],
];

test('countries by name, long name, abbreviation, demonym, capital, mangled encoding', () => {
  for (const [sentence, text, code] of COUNTRY_CASES) {
    const { mentions } = read(sentence);
    const m = mentions.find((x) => x.text === text);
    assert.ok(m, `${sentence}: no mention "${text}" in ${JSON.stringify(mentions.map((x) => x.text))}`);
    assert.equal(m.actor.code, code, sentence);
  }
});

test('a capital is marked via "capital" so the coder can treat "embassy in Baku" as a place', () => {
  const { mentions } = read('Peru opened an office in Lima.');
  assert.equal(mentions.find((m) => m.text === 'Lima')?.via, 'capital');
  assert.equal(mentions.find((m) => m.text === 'Peru')?.via, 'name');
});

test('names whose code depends on the article date', () => {
  const cases: [string, string, string][] = [
    ['Yugoslavia signed.', '1999-03-01', 'YUG'],
    ['Yugoslavia signed.', '2004-03-01', 'SCG'],
    ['Yugoslavia signed.', '2010-03-01', 'SRB'],
    ['The Soviet Union signed.', '2010-03-01', 'SUN'],
    ['Czechoslovakia signed.', '1990-03-01', 'CSK'],
  ];
  for (const [text, date, code] of cases) {
    const { mentions } = read(text, date);
    assert.equal(mentions[0]?.actor.code, code, `${text} ${date}`);
  }
  assert.equal(gazetteer().countryName('SUN'), 'Soviet Union');
});

test('regions and regional adjectives are not the countries inside them', () => {
  const { mentions } = read('Latin America, the South China Sea and Central American states matter to Peru.');
  assert.deepEqual(mentions.map((m) => m.actor.code), ['PER']);
});

test('"us" and "Chad" the pronoun/lower-case word do not become countries', () => {
  const { mentions } = read('They told us that the guinea pig was fine.');
  assert.deepEqual(mentions.map((m) => m.text), []);
});

const GAZ_CASES: readonly [string, string | null][] = [
  ['Azerbaijan', 'AZE'], ['AZE', 'AZE'], ['az', 'AZE'], ['Peruvian', 'PER'], ['DPRK', 'PRK'], ['UN', 'UNO'],
  ['European Union', 'EUR'], ['NATO', 'NAT'], ['the Netherlands', 'NLD'], ['Ivory Coast', 'CIV'], ['Atlantis', null],
  ['au', 'AUS'], ['African Union', 'AFU'], ['UK', 'GBR'], ['US', 'USA'], ['EU', 'EUR'], ['Yugoslavia', 'YUG'],
];

test('Gazetteer.country by name, code, demonym, IGO', () => {
  const gaz = gazetteer();
  for (const [q, code] of GAZ_CASES) assert.equal(gaz.country(q)?.code ?? null, code, q);
  assert.equal(gaz.countryName('PER'), 'Peru');
  assert.equal(gaz.countryName('UNO'), 'United Nations');
  assert.equal(gaz.countryName('XXX'), null);
});

test('Gazetteer.cityCountry for capitals, seats and listed cities', () => {
  const gaz = gazetteer();
  const cases: [string, string | null][] = [
    ['Lima', 'PER'], ['Washington, D.C.', 'USA'], ['Qingdao', 'CHN'], ['Baku', 'AZE'], ['Geneva', 'CHE'], ['Nowhereville', null],
  ];
  for (const [city, code] of cases) assert.equal(gaz.cityCountry(city), code, city);
});

test('organisation codes never collide with ISO alpha-3 country codes', () => {
  const gaz = gazetteer();
  for (const code of ['UNO', 'EUR', 'NAT', 'OSC', 'ASN', 'AFU', 'OAS', 'CEL', 'PAL', 'NOA', 'SCO', 'OIC', 'GUU', 'CIS', 'GSS']) {
    assert.ok(gaz.isIgo(code), code);
    assert.equal(gaz.countries.has(code), false, `${code} is also a country code`);
  }
});

test('sub-national demonyms and regions: a Bavarian premier is Germany\'s; a breakaway region is no actor', () => {
  const { mentions } = read('Bavarian premier Max Huber will travel to Hanoi. Ethiopia signed a deal with the breakaway region of Somaliland.');
  assert.deepEqual(mentions.map((m) => `${m.text}=${m.actor.code}`), ['Bavarian premier Max Huber=DEUGOV', 'Hanoi=VNMGOV', 'Ethiopia=ETH']);
});

test('"the alliance" and "the world body" refer back to the organisation named before', () => {
  const { mentions } = read('Sweden joined NATO in March. Finland, which joined the alliance a year earlier, welcomed it. The world body said nothing.');
  assert.deepEqual(mentions.map((m) => `${m.text}=${m.actor.code}`), ['Sweden=SWE', 'NATO=IGONAT', 'Finland=FIN', 'the alliance=IGONAT']);
  const none = read('The alliance of opposition parties met. The alliance said it would vote.');
  assert.ok(!none.mentions.some((m) => m.actor.code === 'IGONAT'));
});

test('the mayor or governor of a listed place is an official of its country', () => {
  const { mentions } = read('The governor of Texas met the mayor of the northern city of Kirkuk.');
  assert.deepEqual(mentions.map((m) => `${m.text}=${m.actor.code}`), ['The governor of Texas=USAGOV', 'the mayor of the northern city of Kirkuk=IRQGOV']);
});

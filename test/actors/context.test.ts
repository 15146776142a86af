import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, read } from './helpers.js';

/** [text, expected "mention|code|name|title" of every mention, in order]. */
const CASES: readonly [string, readonly string[]][] = [
  [
    'The Azerbaijani and Mongolian foreign ministries held consultations.',
    ['The Azerbaijani|AZEGOV|foreign ministry|', 'Mongolian foreign ministries|MNGGOV|foreign ministry|'],
  ],
  [
    'Kazakh and Kyrgyz deputy foreign ministers met.',
    ['Kazakh|KAZGOV||deputy foreign minister', 'Kyrgyz deputy foreign ministers|KGZGOV||deputy foreign minister'],
  ],
  [
    'The Peruvian embassy opened in Baku. The embassy will focus on trade.',
    ['The Peruvian embassy|PERGOV|embassy|', 'Baku|AZEGOV|Azerbaijan|', 'The embassy|PERGOV|embassy|'],
  ],
  ['Azerbaijani FM Meets Peruvian Envoy', ['Azerbaijani FM|AZEGOV||foreign minister', 'Peruvian Envoy|PERGOV||envoy']],
  [
    'UN chief Tomas Varga welcomed the deal, his spokesman Piet Morel said.',
    ['UN chief Tomas Varga|IGOUNO|Tomas Varga|official', 'his spokesman Piet Morel|IGOUNO|Piet Morel|spokesperson'],
  ],
  [
    "Chile closed its embassy. In May, the country's ambassador Rosa Vidal Soto left.",
    ['Chile|CHL|Chile|', "the country's ambassador Rosa Vidal Soto|CHLGOV|Rosa Vidal Soto|ambassador"],
  ],
  [
    'In 2018 the Chilean government appointed Rosa Vidal Soto as the country’s ambassador to Peru.',
    [
      'the Chilean government|CHLGOV|government|',
      'Rosa Vidal Soto|CHLGOV|Rosa Vidal Soto|ambassador',
      'the country’s ambassador to Peru|CHLGOV|Rosa Vidal Soto|ambassador',
    ],
  ],
  [
    'Permanent Representative of Ghana to the UN Ambassador Kofi Mensah Boateng signed for his country.',
    ['Permanent Representative of Ghana to the UN Ambassador Kofi Mensah Boateng|GHAGOV|Kofi Mensah Boateng|permanent representative'],
  ],
  [
    'State Councilor and Foreign Minister Li Wenhua met Minister for Foreign Affairs and External Trade Tom Kerea of the Solomon Islands in Beijing.',
    [
      'State Councilor and Foreign Minister Li Wenhua|---GOV|Li Wenhua|foreign minister',
      'Minister for Foreign Affairs and External Trade Tom Kerea of the Solomon Islands|SLBGOV|Tom Kerea|foreign minister',
      'Beijing|CHNGOV|China|',
    ],
  ],
  ['The UN Ambassador of Peru met the press.', ['The UN Ambassador of Peru|PERGOV||ambassador']],
  [
    'President Sara Lind said Iceland and Norway agree.',
    ['President Sara Lind|ISLGOV|Sara Lind|president', 'Iceland|ISL|Iceland|', 'Norway|NOR|Norway|'],
  ],
  [
    'Foreign Minister Sara Lind arrived in Oslo.',
    ['Foreign Minister Sara Lind|---GOV|Sara Lind|foreign minister', 'Oslo|NORGOV|Norway|'],
  ],
  [
    'Hasanli briefed his counterpart. Deputy Foreign Minister Ilkin Hasanli of Azerbaijan met Mongolian Deputy Foreign Minister Bat Erdene. Hasanli briefed his counterpart.',
    [
      'Deputy Foreign Minister Ilkin Hasanli of Azerbaijan|AZEGOV|Ilkin Hasanli|deputy foreign minister',
      'Mongolian Deputy Foreign Minister Bat Erdene|MNGGOV|Bat Erdene|deputy foreign minister',
      'Hasanli|AZEGOV|Ilkin Hasanli|deputy foreign minister',
      'his counterpart|MNGGOV|Bat Erdene|deputy foreign minister',
    ],
  ],
  [
    'Deputy Foreign Minister Rosa de la Vega of Chile met Minister of State R. Iyer of India. Iyer said the visiting dignitary was welcome.',
    [
      'Deputy Foreign Minister Rosa de la Vega of Chile|CHLGOV|Rosa de la Vega|deputy foreign minister',
      'Minister of State R. Iyer of India|INDGOV|R. Iyer|minister of state for foreign affairs',
      'Iyer|INDGOV|R. Iyer|minister of state for foreign affairs',
      'the visiting dignitary|CHLGOV|Rosa de la Vega|deputy foreign minister',
    ],
  ],
];

test('coordination, back-references to bodies, headlines, possessors, appositions, context', () => {
  for (const [text, expected] of CASES) {
    const { mentions } = read(text);
    assert.deepEqual(mentions.map(brief), expected, text);
  }
});

test('"the North" and "the South" are the halves of a divided country the story has named', () => {
  const cases: [string, string[]][] = [
    ['Seoul said the North tested a rocket on Sunday.', ['Seoul|KORGOV|South Korea|', 'the North|PRK|North Korea|']],
    ['Pyongyang warned that the South would regret the drills.', ['Pyongyang|PRKGOV|North Korea|', 'the South|KOR|South Korea|']],
    ['Canada sent ships to the North Atlantic.', ['Canada|CAN|Canada|']],
    ['The North was quiet this winter.', []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(read(text).mentions.map(brief), expected, text);
  }
});

test('a seat city stands for its organisation once the organisation is named, else for its country', () => {
  const cases: [string, string][] = [
    ['NATO held a summit on Friday. Brussels wants more spending.', 'Brussels|IGONAT|NATO|'],
    ['Brussels wants more spending.', 'Brussels|BELGOV|Belgium|'],
  ];
  for (const [text, expected] of cases) {
    const last = read(text).mentions.at(-1);
    assert.equal(last && brief(last), expected, text);
  }
  const eu = read('European Commission President Ines Vogt met Chilean President Tomas Rojo in Brussels.').mentions;
  assert.equal(eu.at(-1)?.actor.code, 'IGOEUREEC');
});

test('a person nothing places takes the dateline country', () => {
  const { mentions } = read('Foreign Minister Sara Lind spoke.', '2020-01-01', undefined, 'ISL');
  assert.equal(mentions[0]?.actor.code, 'ISLGOV');
});

test('names with suffixes and initials', () => {
  const { actors } = read('King Abdullah II met Senator John Q. Public Jr. and Prime Minister K Raman Pillai.', '2020-01-01');
  assert.deepEqual(actors.people().map((p) => p.name), ['Abdullah II', 'John Q. Public Jr.', 'K Raman Pillai']);
});

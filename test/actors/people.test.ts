import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActorResolver, createPeopleRegistry } from '../../src/actors/index.js';
import { brief, gazetteer, read, sentences } from './helpers.js';

/** [text, expected "mention|code|name|title" lines, in order; only person mentions are compared]. */
const PERSON_CASES: readonly [string, readonly string[]][] = [
  [
    "Georgia's Foreign Minister Nino Beradze met the delegation.",
    ["Georgia's Foreign Minister Nino Beradze|GEOGOV|Nino Beradze|foreign minister"],
  ],
  [
    'Azerbaijani Deputy Foreign Minister Ilkin Hasanli opened the session.',
    ['Azerbaijani Deputy Foreign Minister Ilkin Hasanli|AZEGOV|Ilkin Hasanli|deputy foreign minister'],
  ],
  [
    "Charge d'Affaires e.p. of Chilean embassy in Tbilisi Pablo Ruiz Tagle spoke.",
    ["Charge d'Affaires e.p. of Chilean embassy in Tbilisi Pablo Ruiz Tagle|CHLGOV|Pablo Ruiz Tagle|chargé d'affaires"],
  ],
  [
    "The temporary charge d'affaires of Chile in Georgia,Pablo Ruiz Tagle, spoke.",
    ["The temporary charge d'affaires of Chile in Georgia,Pablo Ruiz Tagle|CHLGOV|Pablo Ruiz Tagle|chargé d'affaires"],
  ],
  [
    'Ambassador Tesfaye Alemu, Minister of State of Foreign Affairs of Ethiopia, arrived.',
    ['Ambassador Tesfaye Alemu, Minister of State of Foreign Affairs of Ethiopia|ETHGOV|Tesfaye Alemu|minister of state for foreign affairs'],
  ],
  [
    'Mr Alemu met his Pakistani counterpart Tariq Mahmood Qazi. Qazi smiled.',
    ['his Pakistani counterpart Tariq Mahmood Qazi|PAKGOV|Tariq Mahmood Qazi|', 'Qazi|PAKGOV|Tariq Mahmood Qazi|'],
  ],
  [
    'Foreign minister Hong Gil-dong of South Korea met his Japanese counterpart, Sato Hanako, in Tokyo.',
    [
      'Foreign minister Hong Gil-dong of South Korea|KORGOV|Hong Gil-dong|foreign minister',
      'his Japanese counterpart, Sato Hanako|JPNGOV|Sato Hanako|foreign minister',
    ],
  ],
  [
    'Rwanda closed the border on Monday. President Jean Mugabo accused the neighbours.',
    ['President Jean Mugabo|RWAGOV|Jean Mugabo|president'],
  ],
  [
    'External Affairs Minister R Kumar Verma arrived. Verma spoke first.',
    ['External Affairs Minister R Kumar Verma|INDGOV|R Kumar Verma|foreign minister', 'Verma|INDGOV|R Kumar Verma|foreign minister'],
  ],
  [
    'Ana María Ibáñez Cortés, the Chilean ambassador, left. Ibáñez Cortés thanked the hosts.',
    [
      'Ana María Ibáñez Cortés, the Chilean ambassador|CHLGOV|Ana María Ibáñez Cortés|ambassador',
      'Ibáñez Cortés|CHLGOV|Ana María Ibáñez Cortés|ambassador',
    ],
  ],
  [
    'UN Secretary-General Antonio Guterres called for calm.',
    ['UN Secretary-General Antonio Guterres|IGOUNO|Antonio Guterres|secretary-general'],
  ],
  ['Defence Minister Rauf Aliyarov of Azerbaijan visited.', ['Defence Minister Rauf Aliyarov of Azerbaijan|AZEGOVMIL|Rauf Aliyarov|defence minister']],
  ['The Peruvian rebel leader Juan Quispe surrendered.', ['The Peruvian rebel leader Juan Quispe|PERREB|Juan Quispe|rebel leader']],
  ['Nigerian opposition leader Musa Bello protested.', ['Nigerian opposition leader Musa Bello|NGAOPP|Musa Bello|opposition leader']],
  ['Kenyan police chief John Otieno spoke.', ['Kenyan police chief John Otieno|KENCOP|John Otieno|police chief']],
];

test('people by title, with country from the phrase, the sentence, or the article', () => {
  for (const [text, expected] of PERSON_CASES) {
    const { mentions } = read(text);
    const got = mentions.filter((m) => m.actor.type === 'person').map(brief);
    assert.deepEqual(got, expected, text);
  }
});

test('pronouns and descriptions resolve to the last fitting person, speakers first', () => {
  const text =
    "Charge d'Affaires of Chile Pablo Ruiz Tagle said the ties grow. " +
    "Ruiz Tagle noted that he met Georgia's Foreign Minister Nino Beradze. " +
    'The two ministers discussed trade, said the diplomat.';
  const { mentions } = read(text);
  const he = mentions.find((m) => m.text === 'he');
  assert.equal(he?.actor.name, 'Pablo Ruiz Tagle');
  const dipl = mentions.find((m) => m.text === 'the diplomat');
  assert.equal(dipl?.actor.name, 'Pablo Ruiz Tagle');
  assert.equal(mentions.find((m) => m.text === 'The two ministers'), undefined);
});

test('resolveSpeaker: pronoun, description, surname, body', () => {
  const text =
    "Ambassador of Chile Pablo Ruiz Tagle arrived. Georgia's Foreign Minister Nino Beradze welcomed him. " +
    '"We will cooperate," he said. "Ties are good," the Foreign Ministry of Georgia said.';
  const { actors } = read(text);
  const at = (s: string): [number, number] => {
    const i = text.indexOf(s);
    return [i, i + s.length];
  };
  assert.equal(actors.resolveSpeaker(...at('he said'))?.name, 'Nino Beradze');
  assert.equal(actors.resolveSpeaker(...at('Tagle arrived'))?.name, 'Pablo Ruiz Tagle');
  assert.equal(actors.resolveSpeaker(...at('the Foreign Ministry of Georgia'))?.code, 'GEOGOV');
  assert.equal(actors.resolveSpeaker(...at('Ties'))?.name ?? null, null);
});

test('speakers marked by resolveSpeaker stay the referent of later descriptions', () => {
  const text =
    'Chile and Georgia can work together, Ambassador of Chile Pablo Ruiz Tagle told the agency. ' +
    'Ruiz Tagle noted that on May 3, he met Georgian Foreign Minister Nino Beradze. ' +
    '"We agreed on many things," he said. ' +
    'The diplomat recalled that Chile opened its embassy in 2015.';
  const actors = new ActorResolver(gazetteer()).startArticle({ text, published: '2020-06-01' }, createPeopleRegistry());
  const results: (string | null)[] = [];
  for (const [a, b] of sentences(text)) {
    const found = actors.mentions(a, b);
    const he = found.find((m) => m.text === 'he' && text.slice(m.end, m.end + 5) === ' said');
    if (he) results.push(actors.resolveSpeaker(he.start, he.end)?.name ?? null);
    const d = found.find((m) => m.text === 'The diplomat');
    if (d) results.push(d.actor.name);
  }
  assert.deepEqual(results, ['Pablo Ruiz Tagle', 'Pablo Ruiz Tagle']);
});

test('the registry carries people across articles, preferring the role held at the date', () => {
  const registry = createPeopleRegistry();
  const first = read('Mongolian Deputy Foreign Minister Batbayar Ulziibat visited Baku.', '2021-03-01', registry);
  for (const p of first.actors.people()) registry.remember(p, '2021-03-01');
  const second = read('Batbayar Ulziibat said the talks were useful.', '2021-05-01', registry);
  const m = second.mentions.find((x) => x.actor.name === 'Batbayar Ulziibat');
  assert.equal(m?.actor.code, 'MNGGOV');
  assert.equal(m?.via, 'registry');
  const text = 'Meanwhile Ulziibat arrived. Ulziibat said the talks went well.';
  const third = read(text, '2021-06-01', registry);
  assert.deepEqual(third.mentions.map((x) => [x.start, x.actor.code]), [[text.lastIndexOf('Ulziibat'), 'MNGGOV']], 'a lone surname counts only as a speaker');
  registry.remember({ name: 'Batbayar Ulziibat', country: 'MNG', title: 'ambassador', sectors: ['GOV'], aliases: [] }, '2024-01-01');
  assert.equal(registry.lookup('Batbayar Ulziibat', '2021-04-01')?.title, 'deputy foreign minister');
  assert.equal(registry.lookup('Ulziibat', '2024-02-01')?.title, 'ambassador');
  assert.equal(registry.all().length, 2);
});

test('a seed entry gives the country and title of a titled mention; a name with an initial stays as written', () => {
  const cases: [string, string, string][] = [
    ['External Affairs Minister S Jaishankar arrived in Colombo.', 'S Jaishankar', 'INDGOV'],
    ['Minister S. Jaishankar arrived in Colombo on Friday.', 'S. Jaishankar', 'INDGOV'],
  ];
  for (const [text, name, code] of cases) {
    const { mentions } = read(text, '2021-06-21');
    assert.equal(mentions[0]?.actor.name, name, text);
    assert.equal(mentions[0]?.actor.code, code, text);
  }
});

test('a titled person with no country in the phrase takes the dateline or the country named in context', () => {
  const cases: [string, string | null, string][] = [
    ['The talks had gone well, Deputy Foreign Minister Oskenbay told reporters.', 'KAZ', 'KAZGOV'],
    ['Deputy Foreign Minister Oskenbay spoke first. Kyrgyzstan wants new roads. Oskenbay said the talks went well.', null, 'KGZGOV'],
  ];
  for (const [text, dateline, code] of cases) {
    const { actors, mentions } = read(text, '2022-03-01', undefined, dateline);
    const last = mentions.filter((m) => m.actor.type === 'person').at(-1);
    assert.equal(last?.actor.code, code, text);
    assert.equal(actors.people()[0]?.country, code.slice(0, 3), text);
  }
});

test('seed people are known by name alone, with the role of the article date', () => {
  const { mentions } = read('Paul Kagame met the delegation.', '2019-05-01');
  assert.equal(mentions[0]?.actor.code, 'RWAGOV');
  assert.equal(mentions[0]?.actor.title, 'president');
  const early = read('Paul Kagame met the delegation.', '1997-05-01');
  assert.equal(early.mentions[0]?.actor.title, 'vice president');
});

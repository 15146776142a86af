import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, read } from './helpers.js';

test('"X\'s predecessor Y": only Y is an actor', () => {
  const { mentions } = read('Ukraine named a new envoy. Last year Ostap Hrytsenko, the foreign minister of Ukraine, met Paris officials. In 2022 Hrytsenko\'s predecessor Bohdan Lysenko met his Polish counterpart.', '2024-05-01');
  const names = mentions.filter((m) => m.actor.type === 'person').map((m) => m.actor.name);
  assert.ok(names.includes('Bohdan Lysenko'), names.join(', '));
  assert.equal(names.filter((n) => n === 'Ostap Hrytsenko').length, 1, names.join(', '));
});

test('honorific abbreviations ("Amb.", "Hon.") are not names', () => {
  const { mentions } = read('The embassy was opened by the Minister of Foreign Affairs of Ghana, Amb. Kofi Mensah-Boateng, and the Minister of Trade of Togo, Hon. Ama Dossou.', '2024-05-01');
  const got = mentions.filter((m) => m.actor.type === 'person').map((m) => `${m.actor.name}|${m.actor.country}`);
  assert.ok(got.includes('Kofi Mensah-Boateng|GHA'), got.join(', '));
  assert.ok(got.includes('Ama Dossou|TGO'), got.join(', '));
  assert.ok(!got.some((g) => /^(Amb|Hon)\|/.test(g)), got.join(', '));
});

test('a bare title apposition closed by a comma or "who" makes a person ("X, then foreign minister,")', () => {
  const { mentions } = read('Kenji Arakawa, then foreign minister of Japan, met Peru\'s envoy. Obituary: Sean Doyle, ambassador who served Ireland in Chile.', '2024-05-01');
  const names = mentions.filter((m) => m.actor.type === 'person').map((m) => m.actor.name);
  assert.ok(names.includes('Kenji Arakawa'), names.join(', '));
  assert.ok(names.includes('Sean Doyle'), names.join(', '));
});

test('a sentence adverb before a comma is no name ("Likewise, the ministers …")', () => {
  const { mentions } = read('Chile and Peru held talks. Likewise, the Chancellors agreed on a plan.', '2024-05-01');
  assert.ok(!mentions.some((m) => m.actor.name === 'Likewise'), mentions.map(brief).join(', '));
});

test('"he" after an introductory phrase means the subject that follows it', () => {
  const text = 'Foreign Minister Lena Vogt of Austria cancelled her trip to Rome. In Rome, Foreign Minister Paolo Berti rejected the criticism. He also denied that talks had failed.';
  const { mentions } = read(text, '2024-05-01');
  const he = mentions.find((m) => m.text === 'He');
  assert.equal(he?.actor.name, 'Paolo Berti');
});

test('"the <full title>" with no name means the one person of that title named before', () => {
  const text = 'The Minister of External Relations, Jean Mballa, received the Ambassador of Chad. Later the Minister of External Relations received the Ambassador of Gabon.';
  const { mentions } = read(text, '2024-05-01');
  const later = mentions.filter((m) => m.actor.name === 'Jean Mballa');
  assert.equal(later.length, 2, mentions.map(brief).join(', '));
  // two of that title named: "the Minister of External Relations" stays unresolved
  const two = read('The Minister of External Relations of Benin, Paul Houngbo, met the Minister of External Relations of Niger, Ali Sani. Later the Minister of External Relations left.', '2024-05-01');
  const sani = two.mentions.find((x) => x.actor.name === 'Ali Sani');
  assert.ok(sani, two.mentions.map(brief).join(', '));
  assert.ok(!two.mentions.some((m) => m.start > sani.end && m.actor.type === 'person'), two.mentions.map(brief).join(', '));
});

test('"Colleagues" opening a sentence is nobody\'s counterpart', () => {
  const { mentions } = read('Ambassador Liam Walsh of Ireland met President Carlos Ruiz of Chile. Colleagues say that he worked hard.', '2024-05-01');
  assert.ok(!mentions.some((m) => m.text === 'Colleagues'), mentions.map(brief).join(', '));
});

test('a person whose country was guessed from the sentence is not of "his <demonym> counterpart"\'s country', () => {
  const text = 'OSLO - The government sought talks with Chile in 2019, and Ingrid Solberg, then foreign minister, met her Chilean counterpart Andrés Rojas in Lima.';
  const { mentions } = read(text, '2024-05-01', undefined, 'NOR');
  const got = mentions.filter((m) => m.actor.type === 'person').map((m) => `${m.actor.name}|${m.actor.country}`);
  assert.ok(got.includes('Ingrid Solberg|NOR'), got.join(', '));
  assert.ok(got.includes('Andrés Rojas|CHL'), got.join(', '));
});

test('coordinated mission hosts: each further place is a mission of the same owner there', () => {
  const { mentions } = read('Sweden will shut its consulates general in Osaka and Busan, and keep its embassy in Lima, Peru.', '2024-05-01');
  const missions = mentions.filter((m) => m.actor.type === 'organisation').map((m) => `${m.text}|${m.actor.code}|${m.host}`);
  assert.deepEqual(missions, ['its consulates general in Osaka|SWEGOV|JPN', 'Busan|SWEGOV|KOR', 'its embassy in Lima|SWEGOV|PER']);
});

test('"the President of the Republic, Name" is one titled person; "of the Republic of the Congo" still names the country', () => {
  const got = read('Minister Ana Quiroga of Bolivia flew to Peru. She was received by the President of the Republic, Julio Mendez, in Lima. The President of the Republic of the Congo spoke.', '2024-05-01').mentions.map(brief);
  assert.ok(got.includes('the President of the Republic, Julio Mendez|PERGOV|Julio Mendez|president'), got.join(', '));
  assert.ok(got.includes('The President of the Republic of the Congo|COGGOV||president'), got.join(', '));
});

test('a plural title ("the Chancellors") is no one person', () => {
  const { mentions } = read('Chancellor Hugo Ruiz of Peru met Foreign Minister Ana Quiroga of Bolivia. Later the Chancellors agreed on a plan.', '2024-05-01');
  assert.ok(!mentions.some((m) => m.text === 'the Chancellors'), mentions.map(brief).join(', '));
});

test('"the host, <titled name>": the apposition names the person, not the last host-like one', () => {
  const { mentions } = read('Prime Minister Ana Costa of Portugal met President Rafael Mendes of Brazil. Costa also met the host, Chilean President Tomas Soto, on Friday.', '2024-05-01');
  assert.ok(!mentions.some((m) => m.text === 'the host'), mentions.map(brief).join(', '));
  assert.ok(mentions.some((m) => m.actor.name === 'Tomas Soto' && m.actor.country === 'CHL'), mentions.map(brief).join(', '));
});

test('"X\'s predecessor" with no name is an unnamed official of X\'s country and office, not X', () => {
  const { mentions } = read('Ambassador Ivan Petrenko of Ukraine arrived in Lima. Petrenko\'s predecessor was recalled in March.', '2024-05-01');
  const m = mentions.find((x) => x.text === "Petrenko's predecessor");
  assert.equal(m?.actor.code, 'UKRGOV');
  assert.equal(m?.actor.name, null);
  assert.equal(m?.actor.title, 'ambassador');
});

test('"its embassy" after "<A> <verb>ed <B>" is the subject A\'s; after "urged B to" it is B\'s', () => {
  const own = (text: string): string | null | undefined => read(text, '2024-05-01').mentions.find((m) => m.text.startsWith('its embassy'))?.actor.code;
  assert.equal(own('For years Chile served Estonia from its embassy in Helsinki.'), 'CHLGOV');
  assert.equal(own('Germany urged France to close its embassy in Kabul.'), 'FRAGOV');
  assert.equal(own('Russia said Ukraine had closed its embassy in Minsk.'), 'UKRGOV');
});

test('a singular mission\'s host list stops at "and": "its embassy in Kabul and Sweden …" names one mission', () => {
  const { mentions } = read('Norway closed its embassy in Kabul and Sweden recalled its ambassador.', '2024-05-01');
  const sweden = mentions.find((m) => m.text === 'Sweden');
  assert.equal(sweden?.actor.code, 'SWE', mentions.map(brief).join(', '));
  assert.equal(mentions.filter((m) => m.actor.type === 'organisation' && m.actor.code === 'NORGOV').length, 1, mentions.map(brief).join(', '));
});

test('"X\'s <relation> Y": staff share X\'s sector, family and lawyers have none, a rival is not given X\'s country', () => {
  const codeOf = (text: string, name: string): string | null | undefined => read(text, '2024-05-01').mentions.find((m) => m.actor.name === name)?.actor.code;
  const opener = 'Opposition leader Ana Costa of Portugal arrived in Lima. ';
  assert.equal(codeOf(`${opener}Costa's spokesman Rui Matos said the visit went well.`, 'Rui Matos'), 'PRTOPP');
  assert.equal(codeOf(`${opener}Costa's lawyer Rui Matos said the case was closed.`, 'Rui Matos'), 'PRT');
  const rival = read('President Ivan Petrov of Russia met Chilean envoys. Petrov\'s rival was arrested.', '2024-05-01').mentions;
  assert.ok(!rival.some((m) => m.text.includes('rival')), rival.map(brief).join(', '));
});

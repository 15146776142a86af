import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRegister } from '../../src/actors/register.js';
import { brief, read } from './helpers.js';

test('a match report is a sports story; a diplomatic story that names a stadium is not', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    ['Ruritania beat Freedonia 2-1 in a friendly on Sunday, the winner coming in stoppage time.', true],
    ['The coach named a 24-man squad for the qualifiers; the striker returns after injury.', true],
    ['The president inaugurated a stadium built with Chinese loans and met the ambassador.', false],
    ['Chile and Peru signed a trade agreement in Lima on Monday.', false],
  ];
  for (const [text, want] of cases) assert.equal(readRegister(text).sports, want, text);
});

test('company names come from company words, business titles and share prices', () => {
  const firms = readRegister('Nordlys ASA said so. Andes Copper chief executive Ana Ruiz agreed. Shares in Kestrel rose 4 percent.').firms;
  for (const name of ['nordlys', 'andes copper', 'kestrel']) assert.ok(firms.has(name), name);
  assert.ok(!readRegister('Foreign Minister Ana Ruiz met the Chilean ambassador.').firms.has('ana ruiz'));
});

test('"Norway\'s Nordlys" is the firm when the story calls Nordlys a company elsewhere', () => {
  const got = read("Norway's Nordlys and Chile's Kestrel sign power deal. Nordlys ASA said on Tuesday it would build the plant. Kestrel chief executive Ana Ruiz welcomed it.").mentions.map(brief);
  assert.ok(got.includes("Norway's Nordlys|NORBUS|Nordlys|"), got.join('\n'));
  assert.ok(got.includes("Chile's Kestrel|CHLBUS|Kestrel|"), got.join('\n'));
  // without such a clue a possessive country stays the country
  const plain = read("Norway's Nordlys signed the deal.").mentions.map(brief);
  assert.ok(plain.some((m) => m.startsWith('Norway|NOR|')), plain.join('\n'));
});

test('in a match report a bare country name is the national team; a titled person stays a person', () => {
  const got = read("Ruritania coach Hans Brandt said his side deserved it after Kenya beat Uganda 2-1 in a friendly. Kenya's ambassador Ruth Wanjiru watched from the stand.").mentions;
  assert.equal(got.find((m) => m.text === 'Kenya')?.via, 'team');
  assert.equal(got.find((m) => m.text === 'Uganda')?.via, 'team');
  assert.ok(got.some((m) => m.actor.name === 'Ruth Wanjiru' && m.actor.country === 'KEN' && m.via === 'title'));
  // outside a sports story the same name is a country
  assert.equal(read('Kenya beat the deadline to ratify the treaty.').mentions.find((m) => m.text === 'Kenya')?.via, 'name');
});

test('"its embassy there": the host is the place named in the sentence before', () => {
  const { mentions } = read('Qatar closed its embassy in Tripoli in 2014. Oman reopened its embassy there in 2019.');
  const m = mentions.find((x) => x.text === 'its embassy there');
  assert.equal(m?.host, 'LBY', mentions.map(brief).join('\n'));
  assert.equal(m?.actor.country, 'OMN');
});

test('a name after a possessive country with no title is that country\'s person', () => {
  const { mentions } = read("Thailand's Somchai Jaidee said the talks went well. Peru's Foreign Ministry said nothing.");
  const got = mentions.map(brief);
  assert.ok(got.includes('Somchai Jaidee|THA|Somchai Jaidee|'), JSON.stringify(got));
  assert.ok(got.includes("Peru's Foreign Ministry|PERGOV|foreign ministry|"), JSON.stringify(got));
});

test('a possessed firm name is no person', () => {
  const { mentions } = read("Norway's Fjordkraft Energy said on Monday it would build a plant. Chile's Andes Group and Peru's Ica Holdings agreed.");
  assert.ok(!mentions.some((m) => m.actor.type === 'person'), JSON.stringify(mentions.map(brief)));
});

test('a diplomatic story with friendly relations, a league and a penalty is no match report', () => {
  const text = 'Qatar and Oman reaffirmed their friendly relations at the Arab League meeting in Cairo, where the ministers also discussed a death penalty case and the coming tournament of chess clubs.';
  assert.equal(readRegister(text).sports, false);
  // a result with a score still makes it one
  assert.equal(readRegister('Qatar beat Oman 2-1 in a friendlies window match at the national stadium.').sports, true);
});

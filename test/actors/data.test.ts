import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dataPath } from '../../src/util/paths.js';
import { gazetteer } from './helpers.js';

const json = (f: string): any => JSON.parse(readFileSync(dataPath('actors', f), 'utf8'));
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

test('every code in the actor dictionaries is a known country or organisation', () => {
  const gaz = gazetteer();
  const known = (c: string): boolean => gaz.countryName(c) !== null;
  const bad: string[] = [];
  const countries = json('countries.json');
  for (const part of ['names', 'abbreviations', 'demonyms']) for (const c of Object.keys(countries[part])) if (!known(c)) bad.push(`countries.${part}.${c}`);
  for (const [d, c] of Object.entries(countries.demonymPreference)) if (!known(c as string)) bad.push(`demonymPreference.${d}`);
  const cities = json('cities.json');
  for (const part of ['capitals', 'cities']) for (const c of Object.keys(cities[part])) if (!known(c)) bad.push(`cities.${part}.${c}`);
  for (const b of json('bodies.json').bodies) if (b.country && !known(b.country)) bad.push(`bodies.${b.name}`);
  for (const c of Object.keys(json('backrefs.json').forms)) if (!known(c)) bad.push(`backrefs.forms.${c}`);
  assert.deepEqual(bad, []);
});

test('seed people: known codes, well-formed and ordered date ranges, titles from titles.json', () => {
  const gaz = gazetteer();
  const titles = new Set<string>(json('titles.json').titles.map((t: { title: string }) => t.title));
  titles.add('head of state');
  const bad: string[] = [];
  for (const p of json('people.json').people) {
    for (const r of p.roles) {
      if (gaz.countryName(r.country) === null) bad.push(`${p.name}: country ${r.country}`);
      if (!titles.has(r.title)) bad.push(`${p.name}: title ${r.title}`);
      for (const d of [r.from, r.to]) if (d !== null && !DATE.test(d)) bad.push(`${p.name}: date ${d}`);
      if (r.from && r.to && r.from > r.to) bad.push(`${p.name}: ${r.from} > ${r.to}`);
    }
  }
  assert.deepEqual(bad, []);
});

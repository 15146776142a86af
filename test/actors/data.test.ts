import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { BackrefsFile, BodiesFile, CitiesFile, CountriesFile, TitlesFile } from '../../src/actors/gazetteer-data.js';
import { dataPath } from '../../src/util/paths.js';
import { gazetteer } from './helpers.js';

interface PeopleFile {
  people: { name: string; roles: { country: string; title: string; validFrom: string | null; validTo: string | null }[] }[];
}
const json = <T>(f: string): T => JSON.parse(readFileSync(dataPath('actors', f), 'utf8')) as T;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

test('every code in the actor dictionaries is a known country or organisation', () => {
  const gaz = gazetteer();
  const known = (c: string): boolean => gaz.countryName(c) !== null;
  const bad: string[] = [];
  const countries = json<CountriesFile>('countries.json');
  for (const part of ['names', 'abbreviations', 'demonyms'] as const) for (const c of Object.keys(countries[part])) if (!known(c)) bad.push(`countries.${part}.${c}`);
  for (const [d, c] of Object.entries(countries.demonymPreference)) if (!known(c)) bad.push(`demonymPreference.${d}`);
  const cities = json<CitiesFile>('cities.json');
  for (const part of ['capitals', 'cities'] as const) for (const c of Object.keys(cities[part])) if (!known(c)) bad.push(`cities.${part}.${c}`);
  for (const b of json<BodiesFile>('bodies.json').bodies) if (b.country && !known(b.country)) bad.push(`bodies.${b.name}`);
  for (const c of Object.keys(json<BackrefsFile>('backrefs.json').forms)) if (!known(c)) bad.push(`backrefs.forms.${c}`);
  assert.deepEqual(bad, []);
});

test('seed people: known codes, well-formed and ordered date ranges, titles from titles.json', () => {
  const gaz = gazetteer();
  const titles = new Set<string>(json<TitlesFile>('titles.json').titles.map((t) => t.title));
  titles.add('head of state');
  const bad: string[] = [];
  for (const p of json<PeopleFile>('people.json').people) {
    for (const r of p.roles) {
      if (gaz.countryName(r.country) === null) bad.push(`${p.name}: country ${r.country}`);
      if (!titles.has(r.title)) bad.push(`${p.name}: title ${r.title}`);
      for (const d of [r.validFrom, r.validTo]) if (d !== null && !DATE.test(d)) bad.push(`${p.name}: date ${d}`);
      if (r.validFrom && r.validTo && r.validFrom > r.validTo) bad.push(`${p.name}: ${r.validFrom} > ${r.validTo}`);
    }
  }
  assert.deepEqual(bad, []);
});

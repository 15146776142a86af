import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataPath } from '../util/paths.js';

/** Resolves a dateline place ("Baku", "BEIJING", "Baku, Azerbaijan") to an ISO alpha-3 country. */
export interface PlaceResolver {
  /** The country of a place or country name, or null when unknown. */
  country(name: string): string | null;
  /** Whether the name is a known place (capital, listed city) or a country. */
  known(name: string): boolean;
}

interface CountryRecord {
  readonly cca3: string;
  readonly name: { readonly common: string; readonly official: string };
  readonly capital?: readonly string[];
  readonly altSpellings?: readonly string[];
}

const key = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\bd\.?\s?c\.?$/, '').replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Builds the resolver from world-countries (names, alternative spellings, capitals) and
 * `data/ingest/cities.json` (dateline cities that are not capitals). Load once per run.
 */
export function createPlaceResolver(): PlaceResolver {
  const require = createRequire(import.meta.url);
  const countries = require('world-countries/countries.json') as readonly CountryRecord[];
  const map = new Map<string, string>();
  for (const c of countries) {
    for (const cap of c.capital ?? []) if (!map.has(key(cap))) map.set(key(cap), c.cca3);
  }
  const cities = (JSON.parse(readFileSync(dataPath('ingest', 'cities.json'), 'utf8')) as { cities: Record<string, string> }).cities;
  for (const [city, code] of Object.entries(cities)) map.set(key(city), code);
  const names = new Map<string, string>();
  for (const c of countries) {
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((a) => a.length > 3)]) {
      if (!names.has(key(n))) names.set(key(n), c.cca3);
    }
  }
  for (const [alias, code] of [['usa', 'USA'], ['us', 'USA'], ['uk', 'GBR'], ['britain', 'GBR'], ['uae', 'ARE']] as const) names.set(alias, code);
  const one = (n: string): string | null => map.get(key(n)) ?? names.get(key(n)) ?? null;
  return {
    country(name) {
      // "Baku, Azerbaijan": the last part naming a country wins, else the first part's city.
      const parts = name.split(',').map((p) => p.trim()).filter(Boolean);
      for (let i = parts.length - 1; i >= 1; i--) { const c = names.get(key(parts[i])); if (c) return c; }
      return parts.length ? one(parts[0]) : null;
    },
    known: (name) => one(name) !== null,
  };
}

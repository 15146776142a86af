import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** One country as the web app's map and pickers need it. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-3. */
  readonly code: string;
  readonly name: string;
  /** ISO 3166-1 numeric (the ids of world-atlas shapes), or null. */
  readonly numeric: string | null;
  readonly capital: string | null;
}

interface RawCountry {
  readonly cca3: string;
  readonly ccn3: string;
  readonly name: { readonly common: string };
  readonly capital?: readonly string[];
}

/** The list of countries (`GET /api/countries`) from `world-countries`, read once when built. */
export class CountryIndex {
  readonly list: readonly CountryEntry[];

  constructor(raw: readonly RawCountry[]) {
    this.list = raw
      .map((c) => Object.freeze({ code: c.cca3, name: c.name.common, numeric: c.ccn3 || null, capital: c.capital?.[0] ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }

  /** Loads the bundled `world-countries` data. */
  static load(): CountryIndex {
    const path = createRequire(import.meta.url).resolve('world-countries/countries.json');
    return new CountryIndex(JSON.parse(readFileSync(path, 'utf8')) as RawCountry[]);
  }
}

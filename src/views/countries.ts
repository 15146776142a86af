import { Gazetteer } from '../actors/gazetteer.js';

/** A country or organisation as the views show it. */
export interface CountryRef {
  readonly code: string;
  readonly name: string;
}

/**
 * Resolves what a user typed ("Peru", "PE", "PER", "Republic of Peru", "Peruvian", "UNO") to a
 * code and a display name. The actors' `Gazetteer` is one; tests may pass a small table.
 */
export interface CountryResolver {
  country(nameOrCode: string): CountryRef | null;
}

/**
 * The resolver the commands and the API use: the actors' Gazetteer (data/actors and the country
 * packages). Async so that callers need not change if loading ever becomes asynchronous.
 */
export async function loadCountryResolver(): Promise<CountryResolver> {
  return Gazetteer.load();
}

/** A name for a code, falling back to the code itself. */
export const nameOf = (resolver: CountryResolver, code: string | null): string =>
  code === null ? 'unknown' : resolver.country(code)?.name ?? code;

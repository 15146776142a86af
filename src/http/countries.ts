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
  readonly cca2: string;
  readonly ccn3: string;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings?: readonly string[];
  readonly capital?: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m?: string; readonly f?: string } };
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Country names ↔ ISO codes for the HTTP layer, from `world-countries` (read once, when built).
 * `resolve` accepts alpha-3, alpha-2, common or official names and demonyms; IGO codes the store
 * uses (`UNO`, `EUR`…) are passed through when they look like codes and `extraCodes` lists them.
 */
export class CountryIndex {
  readonly list: readonly CountryEntry[];
  readonly #byKey = new Map<string, string>();
  readonly #names = new Map<string, string>();
  readonly #extra: ReadonlySet<string>;

  constructor(raw: readonly RawCountry[], extraCodes: readonly string[] = []) {
    this.#extra = new Set(extraCodes);
    this.list = raw
      .map((c) => Object.freeze({ code: c.cca3, name: c.name.common, numeric: c.ccn3 || null, capital: c.capital?.[0] ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    for (const c of this.list) this.#names.set(c.code, c.name);
    for (const c of raw) {
      const keys = [c.cca3, c.cca2, c.name.common, c.name.official, c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(c.altSpellings ?? [])];
      for (const k of keys) if (k && !this.#byKey.has(fold(k))) this.#byKey.set(fold(k), c.cca3);
    }
  }

  /** Loads the bundled `world-countries` data. */
  static load(extraCodes?: readonly string[]): CountryIndex {
    const path = createRequire(import.meta.url).resolve('world-countries/countries.json');
    return new CountryIndex(JSON.parse(readFileSync(path, 'utf8')) as RawCountry[], extraCodes);
  }

  /** The alpha-3 (or IGO) code for a code or name, or null when unknown. */
  resolve(input: string): string | null {
    const s = input.trim();
    if (/^[A-Z]{3}$/.test(s) && this.#extra.has(s)) return s;
    return this.#byKey.get(fold(s)) ?? null;
  }

  /** The display name of a code (the code itself when unknown). */
  nameOf(code: string): string {
    return this.#names.get(code) ?? code;
  }
}

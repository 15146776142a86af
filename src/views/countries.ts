import { createRequire } from 'node:module';

/** A country or organisation as the views show it. */
export interface CountryRef {
  readonly code: string;
  readonly name: string;
}

/** Resolves what a user typed ("Peru", "PE", "PER", "Republic of Peru") to a code and name. */
export interface CountryResolver {
  country(nameOrCode: string): CountryRef | null;
}

interface WorldCountry {
  readonly cca2: string;
  readonly cca3: string;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } };
}

/** International organisations the stores may hold as parties (CAMEO IGO codes). */
const IGOS: readonly CountryRef[] = [
  { code: 'UNO', name: 'United Nations' }, { code: 'EUR', name: 'European Union' },
  { code: 'NAT', name: 'NATO' }, { code: 'AFR', name: 'African Union' }, { code: 'ASN', name: 'ASEAN' },
  { code: 'OAS', name: 'Organization of American States' }, { code: 'IGO', name: 'International organisation' },
];

const key = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * Country names from the `world-countries` data: codes (alpha-2, alpha-3), common and official
 * names, alternative spellings and English demonyms. Used when the actors' Gazetteer is absent.
 */
export class WorldCountryResolver implements CountryResolver {
  private constructor(private readonly index: ReadonlyMap<string, CountryRef>) {}

  static load(): WorldCountryResolver {
    const list = createRequire(import.meta.url)('world-countries/countries.json') as WorldCountry[];
    const index = new Map<string, CountryRef>();
    const add = (k: string, ref: CountryRef): void => { const kk = key(k); if (kk && !index.has(kk)) index.set(kk, ref); };
    for (const c of list) {
      const ref = { code: c.cca3, name: c.name.common };
      add(c.cca3, ref); add(c.cca2, ref); add(c.name.common, ref); add(c.name.official, ref);
    }
    for (const c of list) {
      const ref = { code: c.cca3, name: c.name.common };
      for (const alt of c.altSpellings) add(alt, ref);
      if (c.demonyms?.eng) { add(c.demonyms.eng.m, ref); add(c.demonyms.eng.f, ref); }
    }
    for (const igo of IGOS) { add(igo.code, igo); add(igo.name, igo); }
    return new WorldCountryResolver(index);
  }

  country(nameOrCode: string): CountryRef | null {
    return this.index.get(key(nameOrCode)) ?? null;
  }
}

interface GazetteerLike { country(q: string): CountryRef | null }

/**
 * The resolver the commands use: the actors' `Gazetteer` (src/actors/index.ts) when it is
 * built, else `WorldCountryResolver`. Codes the gazetteer does not know fall back too.
 */
export async function loadCountryResolver(): Promise<CountryResolver> {
  const world = WorldCountryResolver.load();
  try {
    const spec = '../actors/index.js';
    const mod = (await import(spec)) as { Gazetteer?: { load(): GazetteerLike } };
    const gaz = mod.Gazetteer?.load();
    if (gaz && typeof gaz.country === 'function') {
      return { country: (q) => { const r = gaz.country(q); return r ? { code: r.code, name: r.name } : world.country(q); } };
    }
  } catch {
    /* not built yet: world-countries alone */
  }
  return world;
}

/** A name for a code, falling back to the code itself. */
export const nameOf = (resolver: CountryResolver, code: string | null): string =>
  code === null ? 'unknown' : resolver.country(code)?.name ?? code;

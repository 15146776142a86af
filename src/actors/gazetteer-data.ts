/**
 * Reads the country tables (world-countries, i18n-iso-countries) and the project's own
 * dictionaries in data/actors/ into plain records. Called once by Gazetteer.load().
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { dataPath } from '../util/paths.js';
import type { SeedRole } from './lexicon.js';

const require = createRequire(import.meta.url);

/** One country with what the back-references need. */
export interface CountryInfo {
  readonly code: string;
  readonly iso2: string;
  readonly name: string;
  readonly official: string;
  readonly region: string;
  readonly subregion: string;
  readonly landlocked: boolean;
  readonly independent: boolean;
  readonly area: number;
  readonly capitals: readonly string[];
  readonly demonym: string | null;
  readonly altNames: readonly string[];
}

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  independent?: boolean;
  unMember?: boolean;
  capital?: string[];
  altSpellings?: string[];
  region?: string;
  subregion?: string;
  landlocked?: boolean;
  area?: number;
  demonyms?: { eng?: { m?: string; f?: string } };
}

export interface CountriesFile {
  readonly codeOverrides: Readonly<Record<string, string>>;
  readonly names: Readonly<Record<string, readonly string[]>>;
  readonly abbreviations: Readonly<Record<string, readonly string[]>>;
  readonly demonyms: Readonly<Record<string, readonly string[]>>;
  readonly demonymPreference: Readonly<Record<string, string>>;
  /** Names whose code depends on the date ("Yugoslavia": YUG, then SCG, then SRB). */
  readonly dated?: Readonly<Record<string, readonly DatedCode[]>>;
  /** Display names of historical codes (SUN, YUG, CSK…). */
  readonly historical?: Readonly<Record<string, string>>;
}

/** A country code valid between two dates (either open). */
export interface DatedCode {
  readonly code: string;
  readonly validFrom?: string | null;
  readonly validTo?: string | null;
}
export interface IgoFile {
  readonly organisations: readonly { code: string; name: string; names: string[]; abbreviations: string[]; ngo?: boolean; sectors?: string[]; seat?: string }[];
}
export interface TitlesFile {
  readonly titles: readonly { title: string; sectors: string[]; class: string; hint?: string; phrases: string[] }[];
  readonly modifiers: Readonly<Record<string, string | null>>;
  readonly counterparts: readonly string[];
  readonly descriptions: Readonly<Record<string, string | null>>;
}
export interface BodiesFile {
  readonly bodies: readonly { name: string; sectors: string[]; country?: string; kind?: string; needsModifier?: boolean; standalone?: boolean; agent?: boolean; phrases: string[] }[];
}
export interface CitiesFile {
  readonly capitals: Readonly<Record<string, readonly string[]>>;
  readonly cities: Readonly<Record<string, readonly string[]>>;
  readonly regions?: readonly string[];
}
export interface BackrefsFile {
  readonly nouns: Readonly<Record<string, string | null>>;
  readonly adjectives: Readonly<
    Record<string, { regions?: string[]; subregions?: string[]; codes?: string[]; forms?: string[]; landlocked?: boolean }>
  >;
  readonly forms: Readonly<Record<string, readonly string[]>>;
  /** Divided countries a story calls "the North" / "the South" (Korea). */
  readonly halves?: readonly { readonly north: string; readonly south: string }[];
  /** "the alliance", "the bloc" → the organisations they can refer back to (null: any). */
  readonly igoNouns?: Readonly<Record<string, readonly string[] | null | string>>;
}
export interface StopwordsFile {
  readonly stopwords: readonly string[];
  readonly particles: readonly string[];
}
interface PeopleFile {
  readonly people: readonly {
    name: string;
    aliases?: string[];
    roles: { country: string; title: string; sectors?: string[]; validFrom?: string | null; validTo?: string | null }[];
  }[];
}

/** Everything the gazetteer is built from. */
export interface GazetteerSources {
  readonly countries: readonly CountryInfo[];
  readonly countriesFile: CountriesFile;
  readonly igos: IgoFile;
  readonly titles: TitlesFile;
  readonly bodies: BodiesFile;
  readonly cities: CitiesFile;
  readonly backrefs: BackrefsFile;
  readonly stopwords: StopwordsFile;
  readonly seeds: readonly SeedRole[];
  /** Misspellings → the word meant (folded). */
  readonly typos: Readonly<Record<string, string>>;
  /** Given names that say a person is a woman or a man (`given-names.json`). */
  readonly givenNames?: { readonly female: readonly string[]; readonly male: readonly string[] };
}

function readJson<T>(dir: string, file: string): T {
  try {
    return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
  } catch (cause) {
    throw new Error(`attache: cannot read actor dictionary ${file}`, { cause });
  }
}

function loadCountries(overrides: Readonly<Record<string, string>>): CountryInfo[] {
  const world = require('world-countries/countries.json') as WorldCountry[];
  const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  return world.map((c) => {
    const code = overrides[c.cca3] ?? c.cca3;
    const i18n = en.countries[c.cca2];
    const alt = [...(Array.isArray(i18n) ? i18n : i18n ? [i18n] : []), ...(c.altSpellings ?? [])].filter(
      (s) => s.length > 3 && !s.includes(','),
    );
    return {
      code,
      iso2: c.cca2,
      name: c.name.common,
      official: c.name.official,
      region: c.region ?? '',
      subregion: c.subregion ?? '',
      landlocked: c.landlocked ?? false,
      independent: (c.independent ?? false) || (c.unMember ?? false) || code === 'XKX' || code === 'PSE' || code === 'TWN',
      area: c.area ?? 0,
      capitals: c.capital ?? [],
      demonym: c.demonyms?.eng?.m ?? null,
      altNames: alt,
    };
  });
}

function seedRoles(file: PeopleFile): SeedRole[] {
  const roles: SeedRole[] = [];
  for (const p of file.people) {
    for (const r of p.roles) {
      roles.push({
        name: p.name,
        country: r.country,
        title: r.title,
        sectors: r.sectors ?? ['GOV'],
        aliases: p.aliases ?? [],
        validFrom: r.validFrom ?? null,
        validTo: r.validTo ?? null,
      });
    }
  }
  return roles;
}

/** Reads every source; `dir` defaults to data/actors. Throws with a clear message when a file is bad. */
export function readSources(dir = dataPath('actors')): GazetteerSources {
  const countriesFile = readJson<CountriesFile>(dir, 'countries.json');
  return {
    countries: loadCountries(countriesFile.codeOverrides),
    countriesFile,
    igos: readJson<IgoFile>(dir, 'igos.json'),
    titles: readJson<TitlesFile>(dir, 'titles.json'),
    bodies: readJson<BodiesFile>(dir, 'bodies.json'),
    cities: readJson<CitiesFile>(dir, 'cities.json'),
    backrefs: readJson<BackrefsFile>(dir, 'backrefs.json'),
    stopwords: readJson<StopwordsFile>(dir, 'name-stopwords.json'),
    seeds: seedRoles(readJson<PeopleFile>(dir, 'people.json')),
    typos: readJson<{ typos: Record<string, string> }>(dir, 'typos.json').typos,
    givenNames: readJson<{ female: string[]; male: string[] }>(dir, 'given-names.json'),
  };
}

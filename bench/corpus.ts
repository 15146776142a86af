import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createRng, type Rng } from '../src/scale/prng.js';

/**
 * A synthetic but realistic news corpus for benchmarks and tests: wire-style articles about two
 * countries (~25 sentences, ~400 words), mixing diplomatic events of many kinds with background
 * and filler sentences. Every sentence here was written for this project.
 */
export interface CorpusRecord {
  readonly title: string;
  readonly published: string;
  readonly source: string;
  readonly url: string;
  readonly text: string;
}

interface CountryInfo {
  readonly name: string;
  readonly demonym: string;
  readonly capital: string;
}

let countries: readonly CountryInfo[] | null = null;

/** UN member states with a capital and an English demonym (loaded on first use). */
function loadCountries(): readonly CountryInfo[] {
  if (countries) return countries;
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-countries/countries.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as readonly {
    name: { common: string }; capital?: string[]; unMember: boolean; demonyms?: { eng?: { m: string } };
  }[];
  countries = raw
    .filter((c) => c.unMember && c.capital?.[0] && c.demonyms?.eng?.m)
    .map((c) => ({ name: c.name.common, demonym: c.demonyms!.eng!.m, capital: c.capital![0]! }));
  return countries;
}

const GIVEN = ['Elena', 'Marco', 'Aliyev', 'Sofia', 'Tomas', 'Amina', 'Rashid', 'Lucia', 'Kenji', 'Nadia',
  'Pavel', 'Ines', 'Omar', 'Hana', 'Jorge', 'Leyla', 'Viktor', 'Mariam', 'Daniel', 'Chen'];
const FAMILY = ['Novak', 'Haddad', 'Ortega', 'Mammadov', 'Tanaka', 'Kowalski', 'Silva', 'Rahimi', 'Petrov',
  'Mensah', 'Lindqvist', 'Alvarez', 'Demir', 'Okafor', 'Fischer', 'Moreau', 'Bakr', 'Rossi', 'Suzuki', 'Varga'];
const TITLES = ['Foreign Minister', 'Deputy Foreign Minister', 'Prime Minister', 'President', 'Ambassador',
  'Minister of Economy', 'Speaker of Parliament', "Chargé d'Affaires", 'Trade Minister'];
const TOPICS = ['trade', 'education', 'visa exemption', 'tourism', 'energy', 'culture', 'agriculture',
  'health', 'transport', 'science and technology'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const OUTLETS = ['Trend', 'Daily Courier', 'Global Wire', 'The Capital Times', 'Eastern Herald', 'News Agency Report'];

/** Diplomatic sentences: {A}/{B} country names, {Ad}/{Bd} demonyms, {Bc} capital, {P}/{Q} people. */
const EVENT_SENTENCES = [
  '{A} and {B} established diplomatic relations on {date}.',
  '{Ad} {T} {P} met with {Bd} {U} {Q} in {Bc} on {day}, the ministry said.',
  'The two sides signed a memorandum of understanding on {topic} cooperation in {year}.',
  '{A} opened its embassy in {Bc} in {month} {year}.',
  '{B} plans to open a consulate in {Ac} next year, the ambassador told reporters.',
  '{Ad} {T} {P} paid an official visit to {B} last week.',
  '{A} recalled its ambassador from {Bc} for consultations on {day}.',
  'On {day}, {P} presented his credentials to the {Bd} President.',
  '{A} and {B} held the {ord} round of political consultations between their foreign ministries.',
  'The parliaments of {A} and {B} set up a friendship group in {year}.',
  '{A} can cooperate with {B} at bilateral, regional and multilateral levels, {P} said.',
  '{B} expelled two {Ad} diplomats on {day}, accusing them of activities incompatible with their status.',
  '{A} and {B} agreed to restore diplomatic relations after a break of {n} years.',
  'The {Ad} government appointed {P} as its new ambassador to {B}.',
  'An agreement on {topic} between {A} and {B} was ratified by the {Ad} parliament in {year}.',
  '{A} temporarily closed its embassy in {Bc} citing security concerns.',
  '{P} and {Q} discussed {topic} by phone on {day}.',
  'The intergovernmental commission of {A} and {B} will hold its next session in {Ac}.',
  '{B} hopes to bring a business delegation to {A} later this year, {Q} said.',
  '{A} joined the International Organization for Migration as an observer in {year}.',
];

/** Background and filler sentences: no events, realistic length. */
const FILLER_SENTENCES = [
  'Trade turnover between the two countries amounted to {n} million dollars last year.',
  'Analysts say the relationship has grown steadily over the past decade.',
  'The ministry did not give further details about the talks.',
  'Both sides stressed the importance of regular contacts at the highest level.',
  'The {Ad} economy grew by {n} percent in the first half of the year, according to official figures.',
  'Officials expect the volume of trade to double within five years.',
  'The meeting took place in a warm and friendly atmosphere, according to the statement.',
  'Several companies from {B} already operate in the energy and construction sectors of {A}.',
  'The delegation also visited a museum and laid flowers at a monument in the city centre.',
  'Students from {A} increasingly choose universities in {B} for their studies.',
  'Direct flights between {Ac} and {Bc} are expected to resume next spring.',
  'The statement added that the sides exchanged views on regional and international issues.',
  'Local media reported that the talks lasted more than two hours.',
  'Tourism between the two countries has increased sharply since visa rules were eased.',
  'Experts note that cultural ties go back many years.',
];

function fill(template: string, rng: Rng, a: CountryInfo, b: CountryInfo, year: number): string {
  const person = (): string => `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`;
  const day = `${rng.pick(MONTHS)} ${rng.int(1, 28)}`;
  const values: Record<string, () => string> = {
    A: () => a.name, B: () => b.name, Ad: () => a.demonym, Bd: () => b.demonym,
    Ac: () => a.capital, Bc: () => b.capital, P: person, Q: person,
    T: () => rng.pick(TITLES), U: () => rng.pick(TITLES), topic: () => rng.pick(TOPICS),
    year: () => String(rng.int(1992, year)), month: () => rng.pick(MONTHS), day: () => day,
    date: () => `${rng.int(1, 28)} ${rng.pick(MONTHS)} ${rng.int(1991, year)}`,
    ord: () => rng.pick(['first', 'second', 'third', 'fourth', 'fifth']), n: () => String(rng.int(2, 900)),
  };
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key]?.() ?? key);
}

/**
 * Article `index` of the corpus of `seed`: the same (seed, index) always gives the same article.
 * About 25 sentences and 400 words; `sentences` overrides the count (tests use short ones).
 */
export function generateArticle(seed: number, index: number, sentences = 25): CorpusRecord {
  const rng = createRng(seed * 1_000_003 + index);
  const all = loadCountries();
  const a = rng.pick(all);
  let b = rng.pick(all);
  while (b === a) b = rng.pick(all);
  const year = rng.int(2005, 2024);
  const published = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const lines: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const pool = rng.chance(0.4) ? EVENT_SENTENCES : FILLER_SENTENCES;
    lines.push(fill(rng.pick(pool), rng, a, b, year));
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; i += 3) paragraphs.push(lines.slice(i, i + 3).join(' '));
  const title = `${a.name}, ${b.name} discuss ${rng.pick(TOPICS)} cooperation (${index})`;
  const outlet = rng.pick(OUTLETS);
  return {
    title,
    published,
    source: outlet,
    url: `https://news.example.org/${year}/${index}`,
    text: `${a.capital}, ${a.name}, ${published}\n\n${paragraphs.join('\n\n')}\n`,
  };
}

/** The seed of the warm-up articles the benchmark stages run before timing (never the timed corpus's seed). */
export const WARM_UP_SEED = 7;

/** The corpus as JSON Lines (one record a line), generated lazily. */
export function* corpusLines(seed: number, n: number, sentences = 25): Generator<string> {
  for (let i = 0; i < n; i++) yield `${JSON.stringify(generateArticle(seed, i, sentences))}\n`;
}

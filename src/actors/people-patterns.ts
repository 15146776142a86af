/**
 * People by title: "[the] [Azerbaijan's|Peruvian] [deputy] <title> [of X] [in/to Y] [,] [Name]",
 * "his Pakistani counterpart Tariq Qazi", and descriptions ("the diplomat").
 */
import type { CounterpartLex, DescLex, TitleLex } from './lexicon.js';
import { nameEnd, skipHonorifics } from './names.js';
import { countryMod, isDet, keyAt, lexOf, ofPhrase, hostPhrase, type CountryRefAt, type HostAt, type Sent } from './phrases.js';

/** A title phrase, with or without the name that follows it. */
export interface TitledAt {
  readonly from: number;
  /** End of the title part (before the name). */
  readonly titleEnd: number;
  /** End including the name, or titleEnd when there is none. */
  readonly to: number;
  readonly det: string | null;
  readonly country: CountryRefAt | null;
  readonly ofCode: { code: string; igo: boolean } | null;
  readonly host: HostAt | null;
  readonly title: TitleLex | null;
  readonly counterpart: boolean;
  /** The title as normalised, with kept modifiers ("deputy foreign minister"). */
  readonly titleText: string | null;
  readonly desc: DescLex | null;
  readonly nameFrom: number;
  readonly nameTo: number;
}

/** Capitalised words that extend a ministry's portfolio ("… and External Trade", "… and International Cooperation"). */
const PORTFOLIO = new Set([
  'external', 'trade', 'international', 'cooperation', 'co-operation', 'development', 'tourism', 'investment',
  'immigration', 'worship', 'commonwealth', 'european', 'integration', 'diaspora', 'affairs', 'economic', 'relations',
  'regional', 'religious', 'overseas', 'emigrants', 'expatriates', 'francophonie', 'communities', 'business', 'foreign',
  'caricom', 'african', 'gulf', 'arab', 'maritime', 'investments', 'promotion', 'culture', 'cultural',
]);

/** Words of ministry names beyond the name stopwords ("Energy", "Agriculture"). */
const MINISTRY_WORDS = new Set([
  'energy', 'agriculture', 'rural', 'health', 'education', 'finance', 'justice', 'interior', 'transport', 'labour',
  'labor', 'environment', 'industry', 'commerce', 'tourism', 'sports', 'youth', 'culture', 'information', 'science',
  'technology', 'fisheries', 'mines', 'mining', 'water', 'resources', 'social', 'welfare', 'housing', 'planning',
  'infrastructure', 'communications', 'digital', 'innovation', 'ecology', 'emergency', 'situations', 'natural',
  'oil', 'gas', 'petroleum', 'power', 'electricity', 'land', 'lands', 'forestry', 'food', 'homeland', 'veterans',
  'women', 'family', 'children', 'labour', 'employment', 'public', 'works', 'urban', 'investment', 'finance',
  'treasury', 'state', 'home', 'legal', 'parliamentary', 'reconstruction', 'religious', 'endowments', 'information',
]);

function portfolio(s: Sent, j: number): number {
  if (keyAt(s, j) !== 'and' && keyAt(s, j) !== '&') return j;
  let k = j + 1;
  while (s.tokens[k]?.cap && PORTFOLIO.has(keyAt(s, k))) k++;
  return k > j + 1 && !PORTFOLIO.has(keyAt(s, k)) ? k : j;
}

/** Country-word forms that modify a title rather than act as a clause's subject. */
const ADJECTIVAL = new Set(['possessive', 'demonym']);

/** Titles that name their ministry after "of"/"for" ("Minister of Agriculture", "Secretary of Energy"). */
const GENERIC = new Set(['minister', 'deputy minister', 'official', 'secretary']);

/** Skips "of Energy", "for Agriculture and Rural Development", "and Mines" (not a country) after a minister's title. */
function ministry(s: Sent, j: number): number {
  const k = keyAt(s, j);
  if (k !== 'of' && k !== 'for' && k !== 'and') return j;
  let e = j + 1;
  if (keyAt(s, e) === 'the') e++;
  const first = e;
  const isWord = (x: number): boolean => Boolean(s.tokens[x]?.cap) && (MINISTRY_WORDS.has(keyAt(s, x)) || PORTFOLIO.has(keyAt(s, x)));
  // "Chairman of the Federal National Council": a named body, not a ministry
  const body = lexOf(s, e, 'body');
  if (body) for (let x = e; x < s.lexEnd[e]; x++) if (!isWord(x)) return j;
  while (isWord(e)) {
    e++;
    if ((keyAt(s, e) === 'and' || keyAt(s, e) === ',' || keyAt(s, e) === '&') && isWord(e + 1)) e++;
  }
  return e === first ? j : e;
}

function pickTitle(s: Sent, i: number): TitleLex | CounterpartLex | DescLex | undefined {
  return lexOf(s, i, 'title') ?? lexOf(s, i, 'counterpart') ?? lexOf(s, i, 'desc');
}

/** Parses a title phrase at token `i` (see the module comment); null when there is none. */
export function titled(s: Sent, i: number, wantName = true): TitledAt | null {
  let j = i;
  const det = isDet(s, j) ? keyAt(s, j) : null;
  if (det) j++;
  let country = countryMod(s, j);
  if (country) j = country.to;
  // "Peru appointed former trade minister X": a bare country noun before a participle is the
  // clause's subject, and the participle its verb; the title starts after it
  if (!det && keyAt(s, j) === 'appointed' && !s.tokens[j]?.cap && (j === i || (country && !country.igo && !ADJECTIVAL.has(country.via)))) return null;
  const kept: string[] = [];
  for (let m = lexOf(s, j, 'mod'); m && !pickTitle(s, j); m = lexOf(s, j, 'mod')) {
    if (m.keep) kept.push(m.keep);
    j = s.lexEnd[j];
  }
  if (!country) {
    country = countryMod(s, j);
    if (country) j = country.to;
  }
  let t = pickTitle(s, j);
  if (!t) return null;
  const desc = lexOf(s, j, 'desc') ?? null;
  j = s.lexEnd[j];
  // "State Councilor and Foreign Minister Li Wenhua": the second title is the one that acts here
  if (keyAt(s, j) === 'and' && s.tokens[j + 1]?.cap) {
    const second = lexOf(s, j + 1, 'title');
    if (second && t.k === 'title') {
      t = second;
      j = s.lexEnd[j + 1];
    }
  }
  j = portfolio(s, j);
  const titleLex = t.k === 'title' ? t : null;
  if (t.k === 'desc' && !isDescHead(s, i, j)) return null;
  if (titleLex && (GENERIC.has(titleLex.title) || titleLex.title.endsWith('minister'))) j = ministry(s, j);
  const of = ofPhrase(s, j) ?? servesBody(s, j);
  if (of) j = bodyNameRest(s, of.to);
  else j = theState(s, bodyOf(s, j));
  const host = of?.host ?? hostPhrase(s, j);
  if (host && !of?.host) j = host.to;
  if (!of && !host && country) j = cabinetOf(s, j);
  // "Permanent Representative of Ghana to the UN Ambassador Kofi Boateng": one person, two titles
  if ((of || host) && lexOf(s, j, 'title') && s.tokens[j].cap) j = s.lexEnd[j];
  let titleText = titleLex?.title ?? null;
  if (titleText && kept.length > 0 && !titleText.startsWith(kept.join(' '))) titleText = `${kept.join(' ')} ${titleText}`;
  const titleEnd = j;
  let nameFrom = -1;
  let nameTo = -1;
  if (wantName) {
    let k = skipAside(s, j);
    if (s.tokens[k]?.raw === ',' || s.tokens[k]?.raw === ':') k++;
    k = skipHonorifics(s, k);
    const ne = nameEnd(s, k);
    const doubtful = s.titleCase && ne - k === 1 && !lexOf(s, k, 'seed');
    if (ne > k && !doubtful) {
      nameFrom = k;
      nameTo = ne;
      j = ne;
    } else if (lowerSeed(s, i, k)) {
      // "President obama" (lower-cased copy): a known person's name after a capitalised title
      nameFrom = k;
      nameTo = k + 1;
      j = k + 1;
    }
  }
  return {
    from: i,
    titleEnd,
    to: j,
    det,
    country,
    ofCode: of ? { code: of.code, igo: of.igo } : null,
    host: host ?? null,
    title: titleLex,
    counterpart: t.k === 'counterpart',
    titleText,
    desc,
    nameFrom,
    nameTo,
  };
}

/** A lower-case word at `k` that is a well-known person's name, after a title whose first word is capitalised. */
function lowerSeed(s: Sent, i: number, k: number): boolean {
  const t = s.tokens[k];
  const next = s.tokens[k + 1];
  if (next?.glued && (next.word || next.raw === '-')) return false; // "obama-era"
  if (!t?.word || t.cap || !s.tokens[isDet(s, i) ? i + 1 : i]?.cap) return false;
  // a surname of five letters or more ("said", "rice" are words first)
  const tail = ` ${t.raw.toLowerCase()}`;
  return t.raw.length >= 5 && s.gaz.seedRoles(t.raw).some((r) => r.name.toLowerCase().endsWith(tail));
}

/** Nouns that close a "in the … government" qualifier of a title. */
const CABINETS = new Set(['government', 'cabinet', 'administration', 'junta', 'council']);

/**
 * "Chad's foreign minister in the interim government, Name": a short qualifier naming which
 * government, before the comma of an apposition; returns the token at the comma (or `j`).
 */
function cabinetOf(s: Sent, j: number): number {
  if (keyAt(s, j) !== 'in' || keyAt(s, j + 1) !== 'the') return j;
  for (let k = j + 2; k < j + 6 && k < s.tokens.length; k++) {
    if (!s.tokens[k]!.word) return j;
    if (CABINETS.has(keyAt(s, k))) return s.tokens[k + 1]?.raw === ',' ? k + 1 : j;
  }
  return j;
}

/**
 * "Ambassador of Peru to Mongolia (resident in Beijing) Mr. Carlos Quispe": a short bracketed aside
 * between a title and its name is skipped; returns the token after it (or `j` when there is none).
 */
function skipAside(s: Sent, j: number): number {
  if (s.tokens[j]?.raw !== '(') return j;
  for (let k = j + 1; k < j + 12 && k < s.tokens.length; k++) {
    const raw = s.tokens[k]!.raw;
    if (raw === '(') return j;
    if (raw === ')') return k + 1;
  }
  return j;
}

/**
 * "spokeswoman for the Polish foreign ministry", "an official at Peru's embassy", "a counsellor at
 * the embassy of Chile": the country of the body a title serves (after for / at; not a group).
 */
function servesBody(s: Sent, j: number): { code: string; igo: boolean; to: number; host?: HostAt } | null {
  const k = keyAt(s, j);
  if (k !== 'for' && k !== 'at') return null;
  let e = j + 1;
  if (keyAt(s, e) === 'the') e++;
  const cm = countryMod(s, e, true);
  if (cm) {
    const body = lexOf(s, cm.to, 'body');
    return body && !body.agent && !body.needsModifier ? { code: cm.code, igo: cm.igo, to: s.lexEnd[cm.to]! } : null;
  }
  const body = lexOf(s, e, 'body');
  const inner = body && !body.agent ? ofPhrase(s, s.lexEnd[e]!) : null;
  return inner ? { code: inner.code, igo: inner.igo, to: inner.to } : null;
}

/** "Chairman of the National Council Luis Ortega": a body of no stated country after "of" (the context says whose). */
function bodyOf(s: Sent, j: number): number {
  if (keyAt(s, j) !== 'of') return j;
  const k = keyAt(s, j + 1) === 'the' ? j + 2 : j + 1;
  return s.tokens[k]?.cap && lexOf(s, k, 'body') ? s.lexEnd[k] : j;
}

/**
 * "the head of Chad's Government of National Transition, Name": the rest of a body's own name
 * ("of National Transition") before the comma of an apposition.
 */
function bodyNameRest(s: Sent, j: number): number {
  if (keyAt(s, j) !== 'of' || !lexOf(s, j - 1, 'body') && !s.tokens[j - 1]?.cap) return j;
  let k = j + 1;
  while (s.tokens[k]?.cap && s.tokens[k]?.word && !lexOf(s, k, 'country') && k < j + 5) k++;
  return k > j + 1 && s.tokens[k]?.raw === ',' ? k : j;
}

/** State nouns that stand for the speaker's own state after a title ("President of the Republic"). */
const STATE_NOUNS = new Set(['republic', 'nation', 'union', 'federation', 'kingdom']);

/**
 * "the President of the Republic, Name": "of the Republic" with no country after it belongs to
 * the title (the country comes from the name or the context); returns the token after it (or `j`).
 */
function theState(s: Sent, j: number): number {
  if (keyAt(s, j) !== 'of' || keyAt(s, j + 1) !== 'the' || !STATE_NOUNS.has(keyAt(s, j + 2)) || !s.tokens[j + 2]?.cap) return j;
  return keyAt(s, j + 3) === 'of' ? j : j + 3;
}

/** A description without a title ("the visiting dignitary") counts only after a determiner. */
function isDescHead(s: Sent, i: number, j: number): boolean {
  return isDet(s, i) && j > i;
}

/** Is this title phrase strong enough to stand without a name (a country, "of X", a capital)? */
export function qualified(s: Sent, t: TitledAt): boolean {
  if (t.country || t.ofCode) return true;
  const first = s.tokens[t.det ? t.from + 1 : t.from];
  return first?.cap ?? false;
}

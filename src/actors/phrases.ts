/**
 * The small phrase patterns actors are built from: a country word in front of something
 * ("Azerbaijan's", "Peruvian"), "of X", "in/to Y", and the sentence with its dictionary look-ups.
 */
import type { Gazetteer } from './gazetteer.js';
import type { CountryLex, Lex } from './lexicon.js';
import type { NameContext } from './names.js';
import { tokenize, type Token } from './text.js';

/** A sentence with the dictionary phrase found at each token. */
export interface Sent extends NameContext {
  readonly text: string;
  readonly gaz: Gazetteer;
  /** Headline style ("Azerbaijani FM Meets Peruvian Envoy"): capitalised words are not names. */
  readonly titleCase: boolean;
  /**
   * `countryMod(s, i, true)` by token, filled on first use (the patterns ask for the same position
   * several times); undefined: not computed yet.
   */
  readonly countryAt?: (CountryRefAt | null | undefined)[];
}

/** Words that are lower case in running text: capitalised after the first word, they mark a headline. */
const HEADLINE_WORDS = new Set([
  'to', 'with', 'on', 'for', 'in', 'at', 'by', 'from', 'and', 'of', 'the', 'as', 'over', 'after', 'amid', 'into',
  'meets', 'met', 'holds', 'held', 'signs', 'signed', 'says', 'said', 'visits', 'receives', 'received', 'discusses',
  'discuss', 'hails', 'urges', 'calls', 'opens', 'opened', 'agree', 'agrees', 'sign', 'hold', 'meet', 'talks', 'mull',
  'mulls', 'eye', 'eyes', 'seek', 'seeks', 'mark', 'marks', 'launch', 'launches', 'set', 'sets', 'is', 'are', 'be', 'can',
  'will', 'could', 'may', 'establish', 'establishes', 'cut', 'cuts', 'sever', 'severs', 'expel', 'expels', 'recall', 'recalls',
]);

function isTitleCase(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].cap && HEADLINE_WORDS.has(tokens[i].key)) return true;
  return false;
}

const NONE: Lex[] = [];

/** The code a date-dependent name has at `date` (the first one when the date is unknown). */
function datedCode(lex: CountryLex, date: string | null): string {
  if (!lex.dated || !date) return lex.code;
  for (const d of lex.dated) {
    if (d.validFrom && date < d.validFrom) continue;
    if (d.validTo && date >= d.validTo) continue;
    return d.code;
  }
  return lex.code;
}

function atDate(values: readonly Lex[], date: string | null): Lex[] {
  if (!values.some((l) => l.k === 'country' && l.dated)) return values as Lex[];
  return values.map((l) => (l.k === 'country' && l.dated ? { ...l, code: datedCode(l, date) } : l));
}

/** Tokens of text[start, end) with the dictionary phrases starting at each; `date` picks date-dependent codes. */
export function prepare(gaz: Gazetteer, text: string, start: number, end: number, date: string | null = null): Sent {
  const tokens = tokenize(text, start, end);
  if (gaz.typos.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const fixed = gaz.typos.get(tokens[i].key);
      if (fixed) tokens[i] = { ...tokens[i], key: fixed };
    }
  }
  const lexAt: Lex[][] = [];
  const lexEnd: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = tokens[i].word || tokens[i].raw === "'" ? gaz.trie.longest(tokens, i) : null;
    lexAt.push(m ? atDate(m.values, date) : NONE);
    lexEnd.push(m ? m.to : i + 1);
  }
  return {
    text, tokens, lexAt, lexEnd, stopwords: gaz.stopwords, particles: gaz.particles, gaz, titleCase: isTitleCase(tokens),
    countryAt: new Array<CountryRefAt | null | undefined>(tokens.length + 1),
  };
}

export function lexOf<K extends Lex['k']>(s: Sent, i: number, k: K): Extract<Lex, { k: K }> | undefined {
  const l = s.lexAt[i];
  if (!l) return undefined;
  for (const x of l) if (x.k === k) return x as Extract<Lex, { k: K }>;
  return undefined;
}

/**
 * A phrase of kind `k` starting at token `i`, even when a longer phrase of another kind starts
 * there too ("UN" inside "UN Ambassador"). Returns the meaning and the token after it.
 */
export function lexKind<K extends Lex['k']>(s: Sent, i: number, k: K): { lex: Extract<Lex, { k: K }>; to: number } | null {
  const direct = lexOf(s, i, k);
  if (direct) return { lex: direct, to: s.lexEnd[i] };
  if (!s.lexAt[i] || s.lexAt[i].length === 0 || !s.gaz.startsKind(k, s.tokens[i].key)) return null;
  const m = s.gaz.trie.longest(s.tokens, i, (l) => l.k === k);
  return m ? { lex: m.values[0] as Extract<Lex, { k: K }>, to: m.to } : null;
}

export const keyAt = (s: Sent, i: number): string => s.tokens[i]?.key ?? '';

/** A country (or organisation) named in front of, or after "of", another word. */
export interface CountryRefAt {
  readonly code: string;
  readonly via: string;
  readonly from: number;
  /** After the possessive, when there is one. */
  readonly to: number;
  /** End of the name itself (before "'s"). */
  readonly end: number;
  readonly igo: boolean;
  /** The organisation's name, for an organisation. */
  readonly igoName: string | null;
  readonly capital: boolean;
}

/** "Azerbaijan", "Azerbaijan's", "Azerbaijani", "the UN's"; capitals only with a possessive. */
export function countryMod(s: Sent, i: number, allowCapital = false): CountryRefAt | null {
  const memo = s.countryAt;
  let r: CountryRefAt | null | undefined = memo && i >= 0 && i < memo.length ? memo[i] : undefined;
  if (r === undefined) {
    r = countryModAt(s, i);
    if (memo && i >= 0 && i < memo.length) memo[i] = r;
  }
  // a capital without a possessive only where asked for
  if (r && !allowCapital && r.capital && r.via !== 'possessive') return null;
  return r;
}

/** `countryMod(s, i, true)`, computed. */
function countryModAt(s: Sent, i: number): CountryRefAt | null {
  const ck = lexKind(s, i, 'country');
  const ik = lexKind(s, i, 'igo');
  let c: CountryLex | undefined = ck?.lex;
  const igo = ik?.lex;
  if (c && igo && s.lexAt[i].indexOf(igo) < s.lexAt[i].indexOf(c)) c = undefined;
  if (!c && !igo) return null;
  const end = c ? ck!.to : ik!.to;
  let to = end;
  const poss = keyAt(s, to) === "'s" || (keyAt(s, to) === "'" && s.tokens[to]?.glued);
  // "ethnic Hungarians in Romania": an ethnic group, not the state of that name
  if (c?.via === 'demonym' && !igo && keyAt(s, i - 1) === 'ethnic') return null;
  if (poss) to++;
  if (igo && !c) return { code: igo.code, via: poss ? 'possessive' : 'igo', from: i, to, end, igo: true, igoName: igo.name, capital: false };
  return { code: c!.code, via: poss ? 'possessive' : c!.via, from: i, to, end, igo: false, igoName: null, capital: c!.via === 'capital' };
}

const DETS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'both']);
export const isDet = (s: Sent, i: number): boolean => DETS.has(keyAt(s, i));

/** "of Peru", "of the Republic of Korea", "of Peruvian embassy in Baku", "of the Ministry of Foreign Affairs of Peru". */
export function ofPhrase(s: Sent, i: number): { code: string; igo: boolean; to: number; host?: HostAt } | null {
  if (keyAt(s, i) !== 'of') return null;
  let j = i + 1;
  if (keyAt(s, j) === 'the') j++;
  const cm = countryMod(s, j, true);
  if (cm) {
    const body = lexOf(s, cm.to, 'body');
    if (body) {
      const end = s.lexEnd[cm.to];
      const host = body.mission ? hostPhrase(s, end) : null;
      return { code: cm.code, igo: cm.igo, to: host ? host.to : end, host: host ?? undefined };
    }
    if (cm.via === 'demonym') return null;
    return { code: cm.code, igo: cm.igo, to: cm.to };
  }
  const body = lexOf(s, j, 'body');
  if (body) {
    const inner = ofPhrase(s, s.lexEnd[j]);
    if (inner) return inner;
    if (body.country) return { code: body.country, igo: false, to: s.lexEnd[j] };
  }
  return ofPlace(s, j);
}

/** Nouns of a place inside a country: "the West Bank city of Nablus", "the province of Helmand". */
const PLACE_KINDS = new Set(['city', 'town', 'village', 'province', 'state', 'region', 'district', 'county', 'port', 'capital']);

/**
 * "[the] [northern West Bank city of] Nablus", "of Texas": a listed city, territory or state of a
 * country (`cityCountry`) — the mayor or governor of a place is an official of its country.
 */
function ofPlace(s: Sent, j: number): { code: string; igo: boolean; to: number } | null {
  let k = j;
  for (let d = j; d < j + 8 && s.tokens[d + 1]; d++) {
    if (keyAt(s, d) === 'of' && PLACE_KINDS.has(keyAt(s, d - 1))) { k = d + 1; break; }
  }
  if (keyAt(s, k) === 'the') k++;
  let best: { code: string; igo: boolean; to: number } | null = null;
  const words: string[] = [];
  for (let e = k; e < k + 3 && s.tokens[e]?.cap && s.tokens[e]?.word; e++) {
    words.push(s.tokens[e]!.raw);
    const code = s.gaz.cityCountry(words.join(' '));
    if (code) best = { code, igo: false, to: e + 1 };
  }
  return best;
}

/** Where an envoy or mission is: "in Azerbaijan", "to the UN", "in Baku". */
export interface HostAt {
  readonly code: string;
  readonly to: number;
  readonly city?: string;
}

export function hostPhrase(s: Sent, i: number): HostAt | null {
  const k = keyAt(s, i);
  if (k !== 'in' && k !== 'to' && k !== 'at' && k !== 'for') return null;
  return placeAt(s, i + 1);
}

/** A country, capital, organisation or listed city at token `i` ("the Philippines", "Qingdao"); null when none. */
export function placeAt(s: Sent, i: number): HostAt | null {
  let j = i;
  if (keyAt(s, j) === 'the') j++;
  const c = lexKind(s, j, 'country');
  const igo = lexKind(s, j, 'igo');
  if (c && c.lex.via !== 'demonym') {
    const city = c.lex.via === 'capital' ? s.text.slice(s.tokens[j].start, s.tokens[c.to - 1].end) : undefined;
    return { code: c.lex.code, to: c.to, city };
  }
  if (igo) return { code: igo.lex.code, to: igo.to };
  // a listed city that is not a capital ("consulate in Qingdao")
  let e = j;
  while (e < s.tokens.length && e < j + 3 && s.tokens[e].cap && s.tokens[e].word) e++;
  for (let to = e; to > j; to--) {
    const city = s.text.slice(s.tokens[j].start, s.tokens[to - 1].end);
    const code = s.gaz.cityCountry(city);
    if (code) return { code, to, city };
  }
  return null;
}

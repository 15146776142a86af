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
}

export function prepare(gaz: Gazetteer, text: string, start: number, end: number): Sent {
  const tokens = tokenize(text, start, end);
  const lexAt: Lex[][] = [];
  const lexEnd: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = tokens[i].word || tokens[i].raw === "'" ? gaz.trie.longest(tokens, i) : null;
    lexAt.push(m ? [...m.values] : []);
    lexEnd.push(m ? m.to : i + 1);
  }
  return { text, tokens, lexAt, lexEnd, stopwords: gaz.stopwords, particles: gaz.particles };
}

export function lexOf<K extends Lex['k']>(s: Sent, i: number, k: K): Extract<Lex, { k: K }> | undefined {
  const l = s.lexAt[i];
  if (!l) return undefined;
  for (const x of l) if (x.k === k) return x as Extract<Lex, { k: K }>;
  return undefined;
}

export const keyAt = (s: Sent, i: number): string => s.tokens[i]?.key ?? '';

/** A country (or organisation) named in front of, or after "of", another word. */
export interface CountryRefAt {
  readonly code: string;
  readonly via: string;
  readonly from: number;
  readonly to: number;
  readonly igo: boolean;
}

/** "Azerbaijan", "Azerbaijan's", "Azerbaijani", "the UN's"; capitals only with a possessive. */
export function countryMod(s: Sent, i: number, allowCapital = false): CountryRefAt | null {
  let c: CountryLex | undefined = lexOf(s, i, 'country');
  const igo = lexOf(s, i, 'igo');
  if (c && igo && s.lexAt[i].indexOf(igo) < s.lexAt[i].indexOf(c)) c = undefined;
  if (!c && !igo) return null;
  let to = s.lexEnd[i];
  const poss = keyAt(s, to) === "'s" || (keyAt(s, to) === "'" && s.tokens[to]?.glued);
  if (c?.via === 'capital' && !poss && !allowCapital) return null;
  if (poss) to++;
  if (igo && !c) return { code: igo.code, via: poss ? 'possessive' : 'igo', from: i, to, igo: true };
  return { code: c!.code, via: poss ? 'possessive' : c!.via, from: i, to, igo: false };
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
  return null;
}

/** Where an envoy or mission is: "in Azerbaijan", "to the UN", "in Baku". */
export interface HostAt {
  readonly code: string;
  readonly to: number;
  readonly city?: string;
}

export function hostPhrase(s: Sent, i: number): HostAt | null {
  const k = keyAt(s, i);
  if (k !== 'in' && k !== 'to' && k !== 'at') return null;
  let j = i + 1;
  if (keyAt(s, j) === 'the') j++;
  const c = lexOf(s, j, 'country');
  const igo = lexOf(s, j, 'igo');
  if (c && c.via !== 'demonym') {
    const to = s.lexEnd[j];
    const city = c.via === 'capital' ? s.text.slice(s.tokens[j].start, s.tokens[to - 1].end) : undefined;
    return { code: c.code, to, city };
  }
  if (igo) return { code: igo.code, to: s.lexEnd[j] };
  return null;
}

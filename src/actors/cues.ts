/**
 * Word lists the sentence parser reads around a mention: pronouns, place cues, speech verbs.
 */
import type { Token } from './text.js';

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him']);

/** The sex a pronoun or possessive says: 'f' for she/her, 'm' for he/him/his. */
export function pronounGender(key: string): 'f' | 'm' | null {
  return key === 'she' || key === 'her' ? 'f' : key === 'he' || key === 'him' || key === 'his' ? 'm' : null;
}

/** Honorifics and titles that say a woman or a man ("Ms", "spokeswoman", "Queen"; "Mr", "King"). */
const GENDER_WORDS: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ...['mrs', 'ms', 'madam', 'madame', 'spokeswoman', 'chairwoman', 'congresswoman', 'stateswoman', 'queen', 'princess',
    'duchess', 'empress', 'baroness', 'dame', 'lady', 'sister', 'presidenta', 'ministra', 'embajadora', 'embaixadora',
    'ambassadrice', 'primera'].map((w) => [w, 'f'] as const),
  ...['mr', 'king', 'prince', 'emir', 'sultan', 'duke', 'emperor', 'congressman', 'ayatollah'].map((w) => [w, 'm'] as const),
]);

/** The sex the words of tokens [from, to) (honorifics, gendered titles) say, or null. */
export function wordsGender(tokens: readonly Token[], from: number, to: number): 'f' | 'm' | null {
  for (let i = Math.max(0, from); i < to; i++) {
    const g = GENDER_WORDS.get(tokens[i]!.key);
    if (g) return g;
  }
  return null;
}

/** Nouns that make a country word a place: "the Azerbaijani capital", "the Chinese port city of Qingdao". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'capital', 'city', 'town', 'port', 'province', 'region', 'coast', 'soil', 'territory', 'village', 'resort', 'border',
  'airport',
]);

/** Words before a capital or country that make it a place ("in Baku", "a visit to Lima"). */
export const PLACE_PREPS: ReadonlySet<string> = new Set([
  'in', 'at', 'to', 'from', 'into', 'near', 'visit', 'visited', 'visiting', 'toward', 'towards',
]);

/** Words before a country that make it a destination or origin ("leaving for Beijing", "back from Moscow"). */
export const MOTION_PREPS: ReadonlySet<string> = new Set([
  'to', 'for', 'from', 'into', 'toward', 'towards', 'visit', 'visited', 'visiting', 'visits',
]);

export const SPEECH: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'stated', 'noted', 'added', 'stressed', 'emphasized', 'emphasised', 'underlined',
  'underscored', 'pointed', 'recalled', 'explained', 'announced', 'remarked', 'declared', 'expressed', 'informed',
  'mentioned', 'highlighted', 'urged', 'asserted', 'affirmed', 'reiterated', 'confirmed', 'commented', 'wrote',
  'tweeted', 'insisted', 'accused', 'praised', 'welcomed', 'thanked', 'hoped', 'believes',
]);

/**
 * Is the person at tokens [from, to) a likely referent of a later pronoun: the first actor of its
 * sentence, or next to a speech verb ("Tagle pointed out", "said Tagle", "according to him")?
 */
export function isSalient(tokens: readonly Token[], from: number, to: number, first: boolean): boolean {
  if (first) return true;
  const after = tokens[to]?.raw === ',' ? to + 1 : to;
  if (SPEECH.has(tokens[after]?.key ?? '') || SPEECH.has(tokens[from - 1]?.key ?? '')) return true;
  return tokens[from - 2]?.key === 'according' && tokens[from - 1]?.key === 'to';
}

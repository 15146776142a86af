import type { Sentence, Token } from '../../nlp/types.js';
import type { ActorMention } from './groups.js';

/** The ISO alpha-3 code of a country name ("israel" → ISR), or null. */
export type CountryLookup = (name: string) => string | null;

const LOWER_A = 97;
const LOWER_Z = 122;
const UPPER_A = 65;
const UPPER_Z = 90;

/**
 * A word typed in odd case — a lower-case first letter and a capital inside ("pERU", "jAPAN"):
 * a name mistyped, which a reader takes by its letters. A word all in lower case ("turkey",
 * "chad") stays a common word.
 */
export function oddCase(text: string): boolean {
  const first = text.charCodeAt(0);
  if (text.length < 4 || first < LOWER_A || first > LOWER_Z) return false;
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= UPPER_A && c <= UPPER_Z) return true;
  }
  return false;
}

/** Countries named by an odd-case word that no mention covers ("aid to pERU" → PER). */
export function oddCaseCountries(tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[], countryOf: CountryLookup): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
    if (!oddCase(t.text) || mentions.some((m) => m.start < t.end && t.start < m.end)) continue;
    const country = countryOf(t.lower);
    if (!country) continue;
    out.push({
      start: t.start, end: t.end, text: t.text, via: 'odd-case',
      actor: { text: t.text, country, sectors: [], code: country, name: null, title: null, type: 'country', start: t.start, end: t.end },
    });
  }
  return out;
}

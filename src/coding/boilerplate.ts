/**
 * Lines that are page furniture, not story text: social-media prompts, disclaimers, share and
 * related-post blocks. Events are never read from them (EVENTS.md §1).
 */
const BOILERPLATE = [
  /\bfollow (?:us|me|him|her|them|the author)\b/i,
  /\b(?:twitter|facebook|instagram|telegram|whatsapp)\s*[:@]/i,
  /\blegal disclaimer\b/i,
  /\ball rights reserved\b/i,
  /\bcopyright\b|©/i,
  /\b(?:subscribe|sign up) (?:to|for) (?:our|the)\b/i,
  /\b(?:click|tap) here\b/i,
  /^\s*(?:read more|related (?:post|news|articles?)|share this|advertisement)\b/i,
  /\bprovides the information\b.*\bwithout warranty\b/i,
  /\bwe do not accept any responsibility\b/i,
];

/** The patterns as one alternation: one scan of the sentence instead of one per pattern (same answer). */
const ANY_BOILERPLATE = new RegExp(BOILERPLATE.map((re) => `(?:${re.source})`).join('|'), 'i');

/** True when a sentence is boilerplate. */
export function isBoilerplate(sentence: string): boolean {
  return ANY_BOILERPLATE.test(sentence);
}

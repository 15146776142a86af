/**
 * Lines that are page furniture, not story text: social-media prompts, disclaimers, share and
 * related-post blocks. Events are never read from them (EVENTS.md §1).
 *
 * One expression, one scan of the sentence: "follow us/me/him/her/them/the author", a social
 * network followed by ":" or "@", "legal disclaimer", "all rights reserved", "copyright" or ©,
 * "subscribe/sign up to/for our/the", "click/tap here", "provides the information … without
 * warranty", "we do not accept any responsibility", and a line opening with "read more",
 * "related post/news/article(s)", "share this" or "advertisement". The word boundary the
 * phrases share is tested once, before the alternation (the same answer as one pattern each,
 * in less than half the time).
 */
const BOILERPLATE = new RegExp(
  '\\b(?:follow (?:us|me|him|her|them|the author)\\b'
  + '|(?:twitter|facebook|instagram|telegram|whatsapp)\\s*[:@]'
  + '|legal disclaimer\\b'
  + '|all rights reserved\\b'
  + '|copyright\\b'
  + '|(?:subscribe|sign up) (?:to|for) (?:our|the)\\b'
  + '|(?:click|tap) here\\b'
  + '|provides the information\\b.*\\bwithout warranty\\b'
  + '|we do not accept any responsibility\\b)'
  + '|©'
  + '|^\\s*(?:read more|related (?:post|news|articles?)|share this|advertisement)\\b',
  'i',
);

/** True when a sentence is boilerplate. */
export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}

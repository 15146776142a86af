import type { SentenceInput } from './types.js';

/**
 * Live-blog entries: a sentence that opens with a timestamp ("14:05 —", "2:05 pm:", "10.30 GMT",
 * "09:12 BST |") starts a new passage. People, pronouns and the "two countries" of one entry say
 * nothing about the next one.
 */
const TIMESTAMP = /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|IST|local time)\b)?\s*(?:[—–|:-]|\n)|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:(?:GMT|UTC|BST|CET|EST|ET|local time)\b\s*)?[—–|:-]|\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|IST)\b)/i;

/** Does this sentence text open with a timestamp? */
export function opensPassage(text: string): boolean {
  const c = text.charCodeAt(text.search(/\S/));
  return c >= 48 && c <= 57 && TIMESTAMP.test(text);
}

/**
 * For each sentence, the index (into `sentences`) of the first sentence of its passage; all 0
 * when no sentence opens with a timestamp (an ordinary article is one passage).
 */
export function passageStarts(sentences: readonly Pick<SentenceInput, 'text'>[]): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (i > 0 && opensPassage(sentences[i]!.text)) start = i;
    out.push(start);
  }
  return out;
}

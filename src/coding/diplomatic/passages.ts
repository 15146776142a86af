import type { SentenceInput } from './types.js';

/**
 * Live-blog entries: a sentence that opens with a timestamp ("14:05 —", "2:05 pm:", "10.30 GMT",
 * "09:12 BST |") starts a new passage. People, pronouns and the "two countries" of one entry say
 * nothing about the next one.
 */
const TIMESTAMP = /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PT|IST|local time)\b)?\s*(?:[—–|:-]|\n)|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s*(?:(?:GMT|UTC|BST|CET|EST|ET|local time)\b\s*)?[—–|:-]|\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|IST)\b)/i;

/**
 * Digest and roundup items: a paragraph that opens with a capitalised label naming a country
 * ("KENYA – UGANDA: …", "PERU: …", a label line of its own) or with "Elsewhere," / "In other
 * news," is an item of its own. (No lower-case letter, no parenthesis: "LIMA (Reuters) —" is a
 * dateline, and "Q:" or "NOTE:" name no country.)
 */
const LABEL = /^\s*([\p{Lu}\d][\p{Lu}\d\s.,'’&/–—-]{2,70}?)\s*(?::\s|\n|$)/u;
const NEW_ITEM = /^\s*(?:Elsewhere|In other news)\s*,/;

/** Does this sentence text open with a timestamp? */
export function opensPassage(text: string): boolean {
  const c = text.charCodeAt(text.search(/\S/));
  return c >= 48 && c <= 57 && TIMESTAMP.test(text);
}

type PassageSentence = Pick<SentenceInput, 'text'> & Partial<Pick<SentenceInput, 'actors' | 'paragraph' | 'start'>>;

/**
 * The end (offset into the text) of a digest item's label that names a country ("GHANA – TOGO:"),
 * or -1. Needs the sentence's actor mentions.
 */
export function itemLabelEnd(s: PassageSentence): number {
  if (!s.actors || s.actors.length === 0) return -1;
  const m = LABEL.exec(s.text);
  if (!m || !/\p{Lu}{3}/u.test(m[1]!)) return -1;
  const end = m.index + m[0].length;
  const from = s.start ?? 0;
  return s.actors.some((a) => a.start - from < end && a.actor.country && a.actor.type !== 'person') ? end : -1;
}

/** Does sentence `i` open a digest item (the first of its paragraph, with a label or "Elsewhere,")? */
function opensItem(sentences: readonly PassageSentence[], i: number): boolean {
  const s = sentences[i]!;
  const prev = sentences[i - 1]!;
  if (s.paragraph === undefined || prev.paragraph === undefined || s.paragraph === prev.paragraph) return false;
  return NEW_ITEM.test(s.text) || itemLabelEnd(s) >= 0;
}

/**
 * For each sentence, the index (into `sentences`) of the first sentence of its passage; all 0
 * when no sentence opens with a timestamp or a digest item (an ordinary article is one passage).
 */
export function passageStarts(sentences: readonly PassageSentence[]): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (i > 0 && (opensPassage(sentences[i]!.text) || opensItem(sentences, i))) start = i;
    out.push(start);
  }
  return out;
}

import { dictLines } from './lines.js';

/** One discard phrase: a sentence (or, with `story`, a whole story) containing it is not coded. */
export interface PetrDiscard {
  /** Upper-case phrase, words separated by single spaces. */
  readonly phrase: string;
  readonly story: boolean;
  /** True when the file ended the phrase with `_`: it must end at a word boundary; else it is a stem. */
  readonly wholeWord: boolean;
  /** `phrase` split into its words. */
  readonly words?: readonly string[];
}

/** Reads a PETRARCH discard list (`+` marks story-level discards). */
export function parseDiscards(text: string): PetrDiscard[] {
  return dictLines(text).map((l) => {
    const story = l.text.startsWith('+');
    const raw = l.text.replace(/^\+/, '').trim();
    const phrase = raw.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toUpperCase();
    return { phrase, story, wholeWord: /_$/.test(raw), words: phrase.split(' ') };
  }).filter((d) => d.phrase.length > 0);
}

/**
 * The first discard found in `text`, or null. As PETRARCH2 does, the text is compared word by word
 * (words split at blanks, case-insensitive): every word of the phrase must equal a word of the text,
 * except that the last one, without a final `_`, is a stem ("BASEBALL" matches "baseballs"); a
 * word with punctuation attached is another word ("ago," is not "AGO"), save the sentence's final
 * stop.
 */
export function findDiscard(text: string, discards: readonly PetrDiscard[]): PetrDiscard | null {
  const words = text.toUpperCase().split(/\s+/).filter(Boolean);
  const last = words.length - 1;
  if (last >= 0) words[last] = words[last]!.replace(/[.!?"'\u201D]+$/, '');
  // A phrase whose first word must match exactly is skipped at once when the text lacks that word.
  const present = new Set(words);
  for (const d of discards) {
    const phrase = d.words ?? d.phrase.split(' ');
    const n = phrase.length;
    if ((n > 1 || d.wholeWord) && !present.has(phrase[0]!)) continue;
    for (let i = 0; i + n <= words.length; i++) {
      let ok = true;
      for (let j = 0; j < n && ok; j++) {
        const w = words[i + j]!;
        const p = phrase[j]!;
        ok = j < n - 1 || d.wholeWord ? w === p : w.startsWith(p) && /^[A-Z]*$/.test(w.slice(p.length));
      }
      if (ok) return d;
    }
  }
  return null;
}

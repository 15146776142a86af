import { dictLines } from './lines.js';

/** One discard phrase: a sentence (or, with `story`, a whole story) containing it is not coded. */
export interface PetrDiscard {
  /** Upper-case phrase, words separated by single spaces. */
  readonly phrase: string;
  readonly story: boolean;
  /** True when the file ended the phrase with `_`: it must end at a word boundary; else it is a stem. */
  readonly wholeWord: boolean;
}

/** Reads a PETRARCH discard list (`+` marks story-level discards). */
export function parseDiscards(text: string): PetrDiscard[] {
  return dictLines(text).map((l) => {
    const story = l.text.startsWith('+');
    const raw = l.text.replace(/^\+/, '').trim();
    return { phrase: raw.replace(/_+$/, '').replace(/_/g, ' ').toUpperCase(), story, wholeWord: /_$/.test(raw) };
  }).filter((d) => d.phrase.length > 0);
}

/** The first discard found in `text` (matched case-insensitively after a blank or at the start), or null. */
export function findDiscard(text: string, discards: readonly PetrDiscard[]): PetrDiscard | null {
  const up = ` ${text.toUpperCase().replace(/\s+/g, ' ')} `;
  for (const d of discards) {
    let at = up.indexOf(` ${d.phrase}`);
    while (at >= 0) {
      const after = up[at + 1 + d.phrase.length] ?? ' ';
      if (!d.wholeWord || /[\s.,;:!?"')]/.test(after)) return d;
      at = up.indexOf(` ${d.phrase}`, at + 1);
    }
  }
  return null;
}

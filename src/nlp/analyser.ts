import { parseRef, sentenceDates } from './dates/index.js';
import { interviewTurns } from './interview.js';
import { findQuotes } from './quotes.js';
import { segment } from './segment.js';
import type { AnalysedText, DateMention, DateRef } from './types.js';
import { WinkReader } from './wink-reader.js';

/**
 * The NLP stage: tokens, part of speech, lemmas, sentences, dates and quotations of a text.
 * wink-nlp and its model load once, in the constructor; `analyse` reads each text once.
 */
export class Analyser {
  readonly #reader: WinkReader;

  constructor() {
    this.#reader = new WinkReader();
  }

  /** Analyses `text`; relative dates resolve against `ref` (dateline date first, else published). */
  analyse(text: string, ref: DateRef): AnalysedText {
    const raw = this.#reader.read(text);
    const { tokens, sentences } = segment(text, raw);
    const day = parseRef(ref.datelineDate) ?? parseRef(ref.published);
    const dates: DateMention[] = [];
    for (const s of sentences) dates.push(...sentenceDates(s, tokens, day));
    const quotes = findQuotes(text, tokens, sentences);
    const turns = interviewTurns({ text, tokens, sentences });
    return Object.freeze({ text, sentences, tokens, dates, quotes, turns });
  }
}

import type { EventDate } from '../model/event.js';

/** A character span into the analysed text (`start` inclusive, `end` exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One word or punctuation token (whitespace and line breaks are not tokens). */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as written. */
  readonly text: string;
  /** `text` lower-cased. */
  readonly lower: string;
  /** Universal Dependencies part of speech from wink-nlp: NOUN VERB PROPN AUX ADP DET PUNCT NUM … */
  readonly pos: string;
  /** wink-nlp lemma, lower-cased ("met" → "meet", "embassies" → "embassy"). */
  readonly lemma: string;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
}

/**
 * One sentence. Sentences never cross a line break; `tokenStart`/`tokenEnd` index
 * `AnalysedText.tokens` (end exclusive).
 */
export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Index of the paragraph (line block) holding the sentence, from 0. */
  readonly paragraph: number;
}

/** A date stated in the text, resolved to an `EventDate` (basis `explicit` or `relative`). */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly date: EventDate;
}

/** The phrase that names who said something: "he said", "said the diplomat", "Boldrini pointed out". */
export interface Attribution {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A quotation: from its opening to its closing quote mark, both included. It may cover several
 * sentences and paragraphs (wire style: a paragraph that opens a quote without closing it
 * continues into the next).
 */
export interface Quote {
  readonly start: number;
  readonly end: number;
  /** The attribution phrase next to the quote that names the speaker, or null. */
  readonly speaker: Attribution | null;
}

/** What relative dates are resolved against. */
export interface DateRef {
  /** The article's publication date (ISO date or date-time), or null when unknown. */
  readonly published: string | null;
  /** The dateline's date, used before `published` when given. */
  readonly datelineDate?: string | null;
}

/** The NLP layer of one text. All offsets are character offsets into `text`. */
export interface AnalysedText {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly Quote[];
  /**
   * The speaker of each paragraph of an interview or transcript (index = paragraph), null where
   * none; absent on texts not made by `Analyser.analyse` (then computed on demand).
   */
  readonly turns?: readonly (Attribution | null)[];
}

/**
 * The NLP stage of Attaché: sentences, tokens (UD part of speech, lemmas), dates resolved
 * against the article date, quotations and their speakers. See docs/nlp.md.
 */
export type {
  AnalysedText, Attribution, DateMention, DateRef, Quote, Sentence, Span, Token,
} from './types.js';
export { Analyser } from './analyser.js';
export { attribution } from './attribution.js';
export { clauses } from './clauses.js';
export { datesIn, inQuote, nearestDate, sentenceAt } from './spans.js';
export { resolveDatePhrase } from './dates/phrase.js';

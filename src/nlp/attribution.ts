import { interviewSpeaker } from './interview.js';
import type { AnalysedText, Attribution, Sentence, Token } from './types.js';

const SPEECH = new Set([
  'say', 'add', 'note', 'stress', 'emphasize', 'emphasise', 'state', 'tell', 'explain', 'point',
  'underline', 'underscore', 'remark', 'conclude', 'write', 'declare', 'announce', 'assert',
  'insist', 'recall', 'reply', 'ask', 'urge', 'comment', 'observe', 'highlight', 'mention',
  'affirm', 'reiterate', 'confirm', 'clarify', 'maintain', 'argue', 'warn', 'claim',
  'acknowledge', 'inform', 'continue', 'read', 'report', 'believe', 'hope', 'suggest', 'recount',
]);
/** Speech verbs that only attribute right next to a quotation ("…," he continued / the letter reads). */
const QUOTE_ONLY = new Set(['continue', 'read', 'ask', 'believe', 'hope']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'NUM', 'PART']);
const NP_LINK = new Set(['of', 'for', "'s", '’s', '-', 'and', 'de', 'la', 'del', 'van', 'von', 'al', 'bin']);
const HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON']);
/** A head word: a noun or name, or a personal pronoun (not "which", "this"). */
const isHead = (t: Token): boolean => HEAD_POS.has(t.pos) && (t.pos !== 'PRON' || PRONOUNS.has(t.lower));
const PLACE_LINK = new Set(['to', 'in', 'at']);
/** Adverbs between a speaker and the verb, whatever the tagger made of them ("It further said"). */
const ADVERBS = new Set(['also', 'further', 'then', 'later', 'earlier', 'additionally', 'separately', 'however', 'recently', 'once', 'again', 'repeatedly', 'previously']);

/** Is token `i` a verb of saying (with "out" when it is "pointed")? Returns the index after it, or -1. */
export function speechVerbEnd(tokens: readonly Token[], i: number, end: number, nearQuote: boolean): number {
  const t = tokens[i];
  if (!t || i >= end) return -1;
  const lemma = SPEECH.has(t.lemma) ? t.lemma : SPEECH.has(t.lower) ? t.lower : null;
  if (lemma === null) return -1;
  if (!nearQuote && QUOTE_ONLY.has(lemma)) return -1;
  const verbal = t.pos === 'VERB' || t.pos === 'AUX' || /(?:ed|said|told|wrote|says|reads)$/.test(t.lower);
  if (!verbal) return -1;
  if (lemma === 'point') return tokens[i + 1]?.lower === 'out' ? i + 2 : -1;
  return i + 1;
}

const NOT_NP = new Set(['ADP', 'SCONJ', 'CCONJ', 'VERB', 'AUX', 'ADV', 'PUNCT']);
const isNp = (t: Token): boolean =>
  NP_POS.has(t.pos) || NP_LINK.has(t.lower) || (/^[A-Z]/.test(t.text) && !NOT_NP.has(t.pos));

/** A noun phrase ending just before `end` (scanning back to `from`); its first token index or -1. */
export function npBefore(tokens: readonly Token[], from: number, end: number): number {
  let i = end;
  let head = false;
  while (i > from && end - i < 10 && isNp(tokens[i - 1]!)) {
    i--;
    if (isHead(tokens[i]!)) head = true;
  }
  while (i < end && NP_LINK.has(tokens[i]!.lower)) i++;
  return head && i < end ? i : -1;
}

/** A noun phrase starting at `start` (up to `to`), with one apposition after a comma; its end or -1. */
export function npAfter(tokens: readonly Token[], start: number, to: number, appositive = true): number {
  if (start < to && NP_LINK.has(tokens[start]!.lower)) return -1;
  let i = start;
  let head = false;
  while (i < to && i - start < 14) {
    const t = tokens[i]!;
    // "envoy to Mongolia", "ambassador in Baku": a place closes a title
    const placeLink = i > start && PLACE_LINK.has(t.lower) && tokens[i + 1]?.pos === 'PROPN';
    if (!placeLink && (!isNp(t) || (i > start && speechVerbEnd(tokens, i, to, true) > 0))) break;
    if (isHead(t)) head = true;
    i++;
  }
  while (i > start && NP_LINK.has(tokens[i - 1]!.lower)) i--;
  if (!head || i === start) return -1;
  const next = tokens[i + 1];
  const titled = next !== undefined && !NP_LINK.has(next.lower) && next.pos !== 'PRON' && (/^[a-zéè]/.test(next.text) || /^['’]s$/.test(tokens[i + 2]?.text ?? ''));
  if (appositive && tokens[i]?.text === ',' && i + 1 < to && titled) {
    const app = npAfter(tokens, i + 1, to, false);
    if (app > 0) return app;
  }
  return i;
}

const span = (text: string, tokens: readonly Token[], a: number, b: number): Attribution => {
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  return { start, end, text: text.slice(start, end) };
};

/**
 * The attribution phrase right after position `k` (a quote's end): `he said`, `said the
 * diplomat`, `Abdullayeva said`, `the message reads`. `to` bounds the search.
 */
export function attributionAfter(text: string, tokens: readonly Token[], k: number, to: number): Attribution | null {
  const k0 = k;
  while (k < to && /^[,\-–—]$/.test(tokens[k]!.text)) k++; // "”, - he said"
  const dashed = tokens.slice(k0, k).some((t) => t.text !== ',');
  if (tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    const np = npAfter(tokens, k + 2, to, false);
    return np > 0 ? span(text, tokens, k, np) : null;
  }
  const v = speechVerbEnd(tokens, k, to, true);
  if (v > 0) {
    const np = npAfter(tokens, v, to);
    return np > 0 ? span(text, tokens, k, np) : null;
  }
  const np = npAfter(tokens, k, to);
  if (np < 0) return null;
  let j = np;
  while (j < to && (tokens[j]!.pos === 'ADV' || ADVERBS.has(tokens[j]!.lower))) j++;
  const ve = speechVerbEnd(tokens, j, to, true);
  if (ve > 0) return span(text, tokens, k, ve);
  // headline style: 'We will open an embassy in Baku' - minister
  return dashed && np === to ? span(text, tokens, k, np) : null;
}

/** The attribution phrase right before token index `k` (a quote's start): `he said:`, `Boldrini pointed out that`. */
export function attributionBefore(text: string, tokens: readonly Token[], from: number, k: number): Attribution | null {
  let j = k;
  while (j > from && /^[,:]$|^that$/.test(tokens[j - 1]!.lower)) j--;
  if (j === k && j > from && tokens[j - 1]!.pos !== 'VERB') return null;
  for (let v = j - 1; v >= Math.max(from, j - 3); v--) {
    const ve = speechVerbEnd(tokens, v, j, true);
    if (ve < 0) continue;
    const np = npBefore(tokens, from, v);
    if (np >= 0) return span(text, tokens, np, ve);
  }
  const acc = accordingTo(tokens, from, j);
  return acc >= 0 ? span(text, tokens, acc, j) : null;
}

/** "according to the minister" ending at `end`: the index of "according", or -1. */
function accordingTo(tokens: readonly Token[], from: number, end: number): number {
  for (let a = end - 3; a >= Math.max(from, end - 12); a--) {
    if (tokens[a]!.lower === 'according' && tokens[a + 1]?.lower === 'to' && npAfter(tokens, a + 2, end) === end) return a;
  }
  return -1;
}

/**
 * Who a sentence's words are attributed to, when it reports speech: the speaker phrase of a
 * quotation in it, a trailing ", said the diplomat." / ", he added.", a leading "The diplomat
 * recalled that …" / "Boldrini pointed out …" / "According to the minister, …". Null otherwise.
 * The phrase is only located here; resolving it to a person is the actors stage's job.
 */
export function attribution(analysed: AnalysedText, sentence: Sentence): Attribution | null {
  for (const q of analysed.quotes) {
    if (q.speaker && q.start < sentence.end && q.end > sentence.start) return q.speaker;
  }
  // an interview's answers and a transcript's turns are their speaker's words
  return sentenceAttribution(analysed.text, analysed.tokens, sentence) ?? interviewSpeaker(analysed, sentence);
}

/** The reported-speech attribution of a sentence from its own words (quotations aside). */
export function sentenceAttribution(text: string, tokens: readonly Token[], sentence: Sentence, nearQuote = false): Attribution | null {
  const a = sentence.tokenStart;
  let b = sentence.tokenEnd;
  // every phrase found below ends on a verb of saying or starts with "according": none, no phrase
  if (!mayAttribute(tokens, a, b)) return null;
  while (b > a && (tokens[b - 1]!.pos === 'PUNCT' || /^["“”’']$/.test(tokens[b - 1]!.text))) b--;
  // trailing ", said the diplomat." / ", Abdullayeva said." / ", said Ilieva, Bulgaria's envoy."
  let commas = 0;
  for (let c = b - 1; c > a && b - c <= 20 && commas < 2; c--) {
    if (tokens[c]!.text !== ',') continue;
    commas++;
    const tail = trailing(text, tokens, c + 1, b, nearQuote);
    if (tail) return tail;
  }
  const lead = leading(text, tokens, a, b);
  if (lead) return lead;
  // "In an interview with Trend, the minister said that …", "In a statement published by Yonhap, she said …"
  for (let c = a; c < Math.min(b, a + 14); c++) {
    if (tokens[c]!.text === ',') {
      const after = leading(text, tokens, c + 1, b);
      if (after) return after;
      break;
    }
  }
  return middle(text, tokens, a, b, nearQuote);
}

/** Whether tokens [a, b) hold a word of saying (as `speechVerbEnd` reads it) or "according". */
function mayAttribute(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (SPEECH.has(t.lemma) || SPEECH.has(t.lower) || t.lower === 'according') return true;
  }
  return false;
}

/**
 * "Peru will reject any proposal, Ana Torres, the head of the delegation, said on Friday,
 * a day after …": a speaker between commas after the reported clause, followed by more words.
 */
function middle(text: string, tokens: readonly Token[], a: number, b: number, nearQuote: boolean): Attribution | null {
  let verb = false;
  for (let c = a + 1; c < b - 2; c++) {
    const t = tokens[c]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    if (t.text !== ',' || !verb) continue;
    const np = npAfter(tokens, c + 1, b);
    if (np < 0) continue;
    const ve = speechVerbEnd(tokens, tokens[np]?.text === ',' ? np + 1 : np, b, nearQuote);
    if (ve < 0) continue;
    let end = ve;
    while (end < b && tokens[end]!.text !== ',') end++;
    if (end < b && isCircumstance(tokens, ve, end)) return span(text, tokens, c + 1, ve);
  }
  return null;
}

function trailing(text: string, tokens: readonly Token[], k: number, b: number, nearQuote: boolean): Attribution | null {
  const v = speechVerbEnd(tokens, k, b, nearQuote);
  if (v > 0) {
    const np = npAfter(tokens, v, b);
    // ", said the diplomat." or ", said the minister, and …"
    return np === b || (np > 0 && tokens[np]!.text === ',') ? span(text, tokens, k, np) : null;
  }
  const np = npAfter(tokens, k, b);
  if (np < 0) return null;
  // "…, Abdullayeva, the envoy, said."
  const ve = speechVerbEnd(tokens, tokens[np]?.text === ',' ? np + 1 : np, b, nearQuote);
  return ve > 0 && isCircumstance(tokens, ve, b) ? span(text, tokens, k, ve) : null;
}

function leading(text: string, tokens: readonly Token[], a: number, b: number): Attribution | null {
  if (tokens[a]?.lower === 'according' && tokens[a + 1]?.lower === 'to') {
    const np = npAfter(tokens, a + 2, b, false);
    return np > 0 && tokens[np]?.text === ',' ? span(text, tokens, a, np) : null;
  }
  const np = npAfter(tokens, a, b);
  if (np < 0) return null;
  let j = skipRelative(tokens, np, b); // "Ana Torres, who leads the group, said"
  if (tokens[j]?.text === ',') j++; // "Boldrini, chargé d'affaires of Peru, said"
  while (j < b && (tokens[j]!.pos === 'ADV' || ADVERBS.has(tokens[j]!.lower))) j++;
  j = skipShortPhrase(tokens, j, b); // "Mammadyarov on Monday said"
  const ve = speechVerbEnd(tokens, j, b, false);
  return ve > 0 && speechFollows(tokens, ve, b) ? span(text, tokens, a, ve) : null;
}

/**
 * ", who leads the group this term," or ", speaking at a news conference," after a speaker: the
 * index of its closing comma, else `at`.
 */
function skipRelative(tokens: readonly Token[], at: number, b: number): number {
  const next = tokens[at + 1];
  const participle = next !== undefined && next.pos === 'VERB' && next.lower.endsWith('ing');
  if (tokens[at]?.text !== ',' || !(participle || /^(?:who|which)$/.test(next?.lower ?? ''))) return at;
  for (let i = at + 2; i < b && i - at < 16; i++) if (tokens[i]!.text === ',') return i;
  return at;
}

const QUOTE_MARK = /^["“”‘’'«]$/;

/**
 * After a leading speech verb, does reported speech follow — "that …", ":", a quotation, or a
 * clause with a verb of its own ("said the visit was useful", "told Trend the mission reopens")
 * — rather than a plain object ("Peru recalled its envoy from Quito", "India and
 * Thailand also reported higher sales", "The sides praised the strong state of cooperation and …")?
 */
function speechFollows(tokens: readonly Token[], from: number, to: number): boolean {
  // "expelled its attaché a week after the treaty was signed": the verb of an adverbial clause is no reported speech
  let adverbial = false;
  for (let i = from; i < to && i - from < 24; i++) {
    const t = tokens[i]!;
    if (t.lower === 'that' || t.text === ':' || QUOTE_MARK.test(t.text)) return true;
    if (ADVERBIAL_OPENERS.has(t.lower) && i > from) adverbial = true;
    if (adverbial) continue;
    if (t.text === ',') {
      // "stressed, however, that"
      if (tokens[i + 2]?.text === ',' && (tokens[i + 1]!.pos === 'ADV' || ADVERBS.has(tokens[i + 1]!.lower))) { i += 2; continue; }
      return false;
    }
    if (t.text === ';') return false;
    const next = tokens[i + 1];
    // "recalled its ambassador in 2021 and has since …": a second verb of the speaker's, not speech
    if ((t.lower === 'and' || t.lower === 'but') && next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) return false;
    // a finite verb of the reported clause; not "announced plans to visit", "noted the growing ties"
    if ((t.pos === 'VERB' || t.pos === 'AUX') && i > from && !t.lower.endsWith('ing') && next?.lower !== 'by' && tokens[i - 1]!.lower !== 'to') return true;
  }
  return false;
}

const ADVERBIAL_OPENERS = new Set(['after', 'before', 'when', 'since', 'because', 'until', 'once', 'while', 'if', 'unless', 'as']);

/** "on Monday", "in an interview with Trend": what may follow a trailing "X said". */
function isCircumstance(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 10) return false;
  if (from < to && tokens[from]!.pos !== 'ADP' && tokens[from]!.pos !== 'ADV' && tokens[from]!.pos !== 'PROPN') return false;
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return false;
  return true;
}

/** Skips "on Monday" / "at the briefing" (a preposition and a few noun-phrase words) before a verb. */
function skipShortPhrase(tokens: readonly Token[], j: number, b: number): number {
  if (tokens[j]?.pos !== 'ADP' || !/^(?:on|at|in|during|after)$/.test(tokens[j]!.lower)) return j;
  let k = j + 1;
  while (k < b && k - j <= 5 && isNp(tokens[k]!) && tokens[k]!.pos !== 'PRON') k++;
  return k > j + 1 && speechVerbEnd(tokens, k, b, false) > 0 ? k : j;
}

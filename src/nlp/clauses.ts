import type { AnalysedText, Sentence, Span, Token } from './types.js';

const COORD = new Set(['and', 'but', 'while', 'whereas', 'yet']);
const isVerb = (t: Token): boolean => (t.pos === 'VERB' && t.lower !== 'according') || (t.pos === 'AUX' && t.lower !== 'to');
const QUOTE_MARK = /^["“”‘’']$/;

/**
 * Splits a sentence into coordinated clauses: at ";", and at "and"/"but"/"while" when the words
 * on both sides each hold a verb and the right side does not start with one ("Azerbaijan opened
 * its embassy in Lima and in 2017, Peru inaugurated its embassy in Baku" → two clauses; "signed
 * and ratified", "Azerbaijan and Peru" stay whole); also at ", and" before a verb when each
 * side holds its own date ("established ties in 1996, and opened embassies in 2015"). Spans are character offsets; punctuation
 * and the conjunction between clauses belong to neither.
 */
export function clauses(analysed: AnalysedText, sentence: Sentence): Span[] {
  const { tokens } = analysed;
  const cuts: { at: number; skip: number }[] = [];
  const a = sentence.tokenStart;
  const b = sentence.tokenEnd;
  let from = a;
  for (let i = a + 1; i < b - 1; i++) {
    const t = tokens[i]!;
    if (t.text === ';') {
      cuts.push({ at: i, skip: 1 });
      from = i + 1;
    } else if (COORD.has(t.lower) && t.pos !== 'ADP' && !QUOTE_MARK.test(tokens[i - 1]!.text)) {
      const left = hasVerb(tokens, from, i) && !subjectOfReport(tokens, from, i);
      const rightStart = tokens[i + 1]!;
      const right = startsClause(tokens, i + 1, b);
      // "established relations in 1996, and opened embassies in 2015": each side has its own date
      const dated = left && isVerb(rightStart) && tokens[i - 1]!.text === ','
        && hasDate(analysed, tokens, from, i) && hasDate(analysed, tokens, i + 1, nextCoord(tokens, i + 1, b));
      if ((left && right && !isVerb(rightStart)) || dated) {
        const comma = tokens[i - 1]!.text === ',';
        cuts.push({ at: comma ? i - 1 : i, skip: comma ? 2 : 1 });
        from = i + 1;
      }
    }
  }
  const spans: Span[] = [];
  let s = a;
  for (const c of cuts) {
    if (c.at > s) spans.push({ start: tokens[s]!.start, end: tokens[c.at - 1]!.end });
    s = c.at + c.skip;
  }
  if (s < b) spans.push({ start: tokens[s]!.start, end: tokens[b - 1]!.end });
  return spans;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const REPORT = new Set(['say', 'announce', 'state', 'add', 'note', 'tell', 'confirm', 'report', 'believe', 'hope', 'expect', 'agree', 'decide', 'stress', 'emphasize', 'emphasise']);

/**
 * Is the "and" at `at` inside the subject of a reported clause ("said Mexican diplomats and
 * their families would leave", "announced that the EU and the Philippines would relaunch")?
 * True when the last verb before it is a verb of saying or a "that" follows that verb; never
 * for ", and".
 */
function subjectOfReport(tokens: readonly Token[], from: number, at: number): boolean {
  if (tokens[at - 1]?.text === ',') return false; // ", and": clauses, not a subject
  for (let i = at - 1; i >= from; i--) {
    const t = tokens[i]!;
    if (t.lower === 'that' || t.lower === 'whether') return true;
    if (isVerb(t)) return REPORT.has(t.lemma) && t.pos === 'VERB' && tokens[i - 1]?.lower !== 'to';
  }
  return false;
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isVerb(tokens[i]!)) return true;
  return false;
}

const SUBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM', 'PART', 'ADV', 'ADP', 'PUNCT']);

/**
 * Do the words from `from` open a clause of their own: an optional fronted phrase ("in 2017,"
 * "since then"), a subject, then a verb — within a dozen words and before any other comma?
 */
function startsClause(tokens: readonly Token[], from: number, to: number): boolean {
  const fronted = tokens[from]?.pos === 'ADP';
  let commas = 0;
  let subject = false;
  for (let i = from; i < to && i - from < 14; i++) {
    const t = tokens[i]!;
    // "and to return envoys": an infinitive, no clause of its own
    if (t.lower === 'to' && tokens[i + 1]?.pos === 'VERB') return false;
    // "the number of citizens working in …": a participle is not the clause's verb
    if (t.pos === 'VERB' && t.lower.endsWith('ing')) continue;
    if (isVerb(t)) return i > from && subject;
    if (NOMINAL.has(t.pos) || /^[A-Z]/.test(t.text)) subject = true;
    if (COORD.has(t.lower) || t.text === ';') return false;
    if (t.text === ',' && (!fronted || ++commas > 1)) return false;
    if (!SUBJECT_POS.has(t.pos) && !/^[A-Z]/.test(t.text)) return false;
  }
  return false;
}

function nextCoord(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (COORD.has(tokens[i]!.lower) || tokens[i]!.text === ';') return i;
  return to;
}

function hasDate(analysed: AnalysedText, tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return analysed.dates.some((d) => d.start >= start && d.end <= end);
}

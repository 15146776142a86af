import { attributionAfter, attributionBefore, sentenceAttribution } from './attribution.js';
import type { Attribution, Quote, Sentence, Span, Token } from './types.js';

type Kind = 'double' | 'single';

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined): boolean => c === undefined || /[\s([{\u2014\u2013-]/.test(c);

/** Classifies the quote mark at `i`: opening or closing, double or single; null for apostrophes. */
function mark(text: string, i: number): { kind: Kind; open: boolean } | null {
  const c = text[i]!;
  const before = text[i - 1];
  const after = text[i + 1];
  switch (c) {
    case '“': case '«': case '„': return { kind: 'double', open: true };
    case '”': case '»': return { kind: 'double', open: false };
    case '"':
      if (isSpaceOrStart(before) || before === '“' || before === "'") return { kind: 'double', open: true };
      if ((before === ',' || before === ':') && isWordChar(after)) return { kind: 'double', open: true };
      return { kind: 'double', open: false };
    case '‘': return isWordChar(before) ? null : { kind: 'single', open: true };
    case '’': case "'":
      if (isWordChar(before) && isWordChar(after)) return null; // don't, Seoul’s
      if (isSpaceOrStart(before) || before === '"' || before === '“') return isWordChar(after) || after === '…' ? { kind: 'single', open: true } : null;
      return { kind: 'single', open: false };
    default: return null;
  }
}

const QUOTE_CHARS = /["“”«»„‘’']/g;

/** Quotation spans of a text; see docs/nlp.md for the paragraph-continuation rule. */
export function findQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: { at: number; kind: Kind; from: number } | null = null;
  for (const g of text.matchAll(QUOTE_CHARS)) {
    const i = g.index;
    const m = mark(text, i);
    if (open && lineBetween(text, open.from, i)) {
      const nl = text.lastIndexOf('\n', i);
      const reopens = m !== null && m.open && m.kind === open.kind && text.slice(nl, i).trim() === '';
      if (reopens && open.kind === 'double') {
        open.from = i; // wire style: the next paragraph re-opens the same quotation
        continue;
      }
      const nl0 = text.indexOf('\n', open.from);
      if (open.kind === 'double' && closesLater(text, nl0, i, m)) {
        open.from = i;
      } else {
        if (open.kind === 'double') spans.push({ start: open.at, end: trimEnd(text, nl0) });
        open = null;
      }
    }
    if (!m) continue;
    if (open === null) {
      if (m.open) open = { at: i, kind: m.kind, from: i };
    } else if (m.kind === open.kind && (!m.open || text[i] === '"')) {
      if (m.kind === 'double' || (i - open.at > 3 && i - open.at < 400)) spans.push({ start: open.at, end: i + 1 });
      open = null;
    }
  }
  if (open && open.kind === 'double') {
    const nl = text.indexOf('\n', open.from);
    spans.push({ start: open.at, end: trimEnd(text, nl >= 0 ? nl : text.length) });
  }
  return spans;
}

const lineBetween = (text: string, a: number, b: number): boolean => text.slice(a, b).includes('\n');

const trimEnd = (text: string, end: number): number => {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
};

/**
 * An open double quotation crossing the line break at `nl` without a re-opening mark goes on
 * only when the first quote mark after the break (at `i`) is a curly closing one.
 */
function closesLater(text: string, nl: number, i: number, m: { kind: Kind; open: boolean } | null): boolean {
  return m !== null && m.kind === 'double' && !m.open && text[i] === '”' && nl >= 0 && !text.slice(nl, i).includes('\n\n\n');
}

/** Index of the first token starting at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Quotations with their speakers' attribution phrases. */
export function findQuotes(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Quote[] {
  const quotes: Quote[] = [];
  let previous: { speaker: Attribution; sentence: number } | null = null;
  for (const q of findQuoteSpans(text)) {
    const first = tokenIndexAt(tokens, q.start);
    const startSentence = sentences[tokens[first]?.sentence ?? 0];
    let speaker = findSpeaker(text, tokens, sentences, q);
    // “…,” he said. “More.” — a quote opening the next sentence goes on with the same speaker
    if (!speaker && previous && startSentence && startSentence.tokenStart === first && startSentence.index - previous.sentence <= 1) {
      speaker = previous.speaker;
    }
    const last = tokens[Math.max(0, tokenIndexAt(tokens, q.end) - 1)];
    previous = speaker && last ? { speaker, sentence: last.sentence } : null;
    quotes.push({ start: q.start, end: q.end, speaker });
  }
  return quotes;
}

function findSpeaker(text: string, tokens: readonly Token[], sentences: readonly Sentence[], q: Span): Attribution | null {
  const after = tokenIndexAt(tokens, q.end);
  const before = tokenIndexAt(tokens, q.start);
  const endSentence = sentences[tokens[Math.max(0, after - 1)]?.sentence ?? 0];
  const startSentence = sentences[tokens[before]?.sentence ?? 0];
  let speaker: Attribution | null = null;
  if (endSentence && after < endSentence.tokenEnd && !lineBetween(text, q.end, tokens[after]!.start)) {
    speaker = attributionAfter(text, tokens, after, endSentence.tokenEnd);
  }
  if (!speaker && startSentence && before > startSentence.tokenStart) {
    speaker = attributionBefore(text, tokens, startSentence.tokenStart, before);
  }
  if (!speaker && startSentence) {
    // "According to the spokesperson, the talks were “constructive”."
    const s = sentenceAttribution(text, tokens, startSentence, true);
    if (s && (s.end <= q.start || s.start >= q.end)) speaker = s;
  }
  return speaker;
}

import { npAfter } from './attribution.js';
import type { AnalysedText, Attribution, Sentence, Token } from './types.js';

/**
 * Who speaks in an interview or a transcript, where no "he said" names the speaker:
 * - Q&A form: paragraphs opening with "A:" are the interviewee's, named in the introduction
 *   ("… spoke with Ana Torres, Peru's ambassador to Kenya", "in an interview with X");
 * - transcript form: paragraphs opening with "<Name>:" ("Li Wen: Regarding your question …") are
 *   that name's, when at least two paragraphs of the text open that way.
 * The phrase is only located here; resolving it to a person is the actors stage's job.
 */
export function interviewSpeaker(analysed: AnalysedText, sentence: Sentence): Attribution | null {
  const turns = analysed.turns ?? interviewTurns(analysed);
  return turns[sentence.paragraph] ?? null;
}

/**
 * The interview or transcript speaker of each paragraph (index = paragraph), null where there is
 * none. `Analyser.analyse` computes this once per text (`AnalysedText.turns`).
 */
export function interviewTurns(analysed: Pick<AnalysedText, 'text' | 'tokens' | 'sentences'>): readonly (Attribution | null)[] {
  const { sentences } = analysed;
  const paragraphs = sentences.length > 0 ? sentences[sentences.length - 1]!.paragraph + 1 : 0;
  const out = new Array<Attribution | null>(paragraphs).fill(null);
  for (const [p, a] of shapeOf(analysed)) out[p] = a;
  return out;
}

const INTRO = /\b(?:spoke|talked|speaks|talks)\s+(?:with|to)\s+|\binterview(?:ed)?\s+(?:with\s+)?/gi;
const MARKERS = new Set(['q', 'a']);

/** Speaker phrases by paragraph index. */
function shapeOf(analysed: Pick<AnalysedText, 'text' | 'tokens' | 'sentences'>): ReadonlyMap<number, Attribution> {
  const { tokens, sentences, text } = analysed;
  const openers = new Map<number, { label: string; from: number; to: number }>();
  for (const s of sentences) {
    if (openers.has(s.paragraph) || !firstOfParagraph(sentences, s)) continue;
    const label = labelOf(tokens, s);
    if (label) openers.set(s.paragraph, label);
  }
  const out = new Map<number, Attribution>();
  const answers = [...openers].filter(([, l]) => l.label === 'a');
  if (answers.length > 0) {
    const firstQ = [...openers].find(([, l]) => l.label === 'q' || l.label === 'a')![1].from;
    const who = interviewee(text, tokens, tokens[firstQ]!.start);
    if (who) for (const [p] of answers) out.set(p, who);
  }
  const named = [...openers].filter(([, l]) => !MARKERS.has(l.label));
  if (named.length >= 2) {
    for (const [p, l] of named) {
      const start = tokens[l.from]!.start;
      const end = tokens[l.to - 1]!.end;
      out.set(p, { start, end, text: text.slice(start, end) });
    }
  }
  // the interviewee keeps speaking in later paragraphs of an answer (no new label in between)
  if (answers.length > 0) {
    const last = [...new Set(sentences.map((s) => s.paragraph))];
    let current: Attribution | null = null;
    for (const p of last) {
      const l = openers.get(p);
      if (l) current = l.label === 'a' ? out.get(p) ?? null : null;
      else if (current && !out.has(p)) out.set(p, current);
    }
  }
  return out;
}

function firstOfParagraph(sentences: readonly Sentence[], s: Sentence): boolean {
  return s.index === 0 || sentences[s.index - 1]!.paragraph !== s.paragraph;
}

/** "Q:", "A:", "Mao Ning:" at a paragraph's start: the label (lower case) and its tokens. */
function labelOf(tokens: readonly Token[], s: Sentence): { label: string; from: number; to: number } | null {
  const a = s.tokenStart;
  for (let k = a; k < s.tokenEnd && k < a + 5; k++) {
    const t = tokens[k]!;
    if (t.text === ':') return k > a ? { label: tokens.slice(a, k).map((x) => x.lower).join(' '), from: a, to: k } : null;
    if (!/^\p{Lu}/u.test(t.text) || t.pos === 'NUM') return null;
  }
  return null;
}

/** The person an interview is with, named before the first question. */
function interviewee(text: string, tokens: readonly Token[], before: number): Attribution | null {
  for (const m of text.slice(0, before).matchAll(INTRO)) {
    const at = m.index + m[0].length;
    const k = tokens.findIndex((t) => t.start >= at);
    if (k < 0) return null;
    let end = k;
    while (end < tokens.length && tokens[end]!.sentence === tokens[k]!.sentence) end++;
    const np = npAfter(tokens, k, end);
    if (np > k) return { start: tokens[k]!.start, end: tokens[np - 1]!.end, text: text.slice(tokens[k]!.start, tokens[np - 1]!.end) };
  }
  return null;
}

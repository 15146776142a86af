import type { Sentence, Token } from './types.js';
import type { RawTokens } from './wink-reader.js';

/** Abbreviations that always precede a name or number: a sentence never ends on them. */
const NEVER_FINAL = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'pres.', 'gov.', 'sen.', 'rep.', 'amb.', 'gen.', 'col.',
  'lt.', 'capt.', 'maj.', 'sgt.', 'adm.', 'rev.', 'hon.', 'h.e.', 'e.p.', 'st.', 'no.', 'nos.',
  'art.', 'sec.', 'dept.', 'min.', 'fr.', 'sr.', 'jr.', 'vs.', 'v.', 'approx.', 'e.g.', 'i.e.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'mt.', 'ft.', 'gen.', 'brig.', 'cmdr.', 'supt.', 'insp.', 'dep.', 'vol.', 'pp.', 'p.', 'ch.',
]);

const DOMAINS = /^(?:az|ru|com|net|org|uz|kz|ge|tr|uk|info|io|pk|cn)$/i;

const FINAL_CHARS = /[.!?:;"”’)\]]$/;

/** Tokens and sentences of a text from wink's raw tokens; see docs/nlp.md for the rules. */
export function segment(text: string, raw: RawTokens): { tokens: Token[]; sentences: Sentence[] } {
  const n = raw.values.length;
  const isSpace = (i: number): boolean => raw.pos[i] === 'SPACE' || raw.values[i]!.trim() === '';
  // boundary[i]: a new sentence starts at raw token i; paraBreak[i]: and a new paragraph.
  const boundary = new Uint8Array(n + 1);
  const paraBreak = new Uint8Array(n + 1);
  for (const s of raw.sentenceStarts) boundary[s] = 1;
  let prev = -1;
  let carried = 0; // wink started a sentence on a whitespace token: move it to the next word
  for (let i = 0; i < n; i++) {
    if (isSpace(i)) {
      carried |= boundary[i]!;
      boundary[i] = 0;
      continue;
    }
    if (carried) boundary[i] = 1;
    carried = 0;
    const lineBreak = prev >= 0 ? countNewlines(text, raw.ends[prev]!, raw.starts[i]!) : 0;
    if (lineBreak > 0) {
      // a single newline inside a hard-wrapped sentence does not split it
      const wrapped = lineBreak === 1 && !FINAL_CHARS.test(raw.values[prev]!) && /^[a-z]/.test(raw.values[i]!);
      boundary[i] = wrapped ? 0 : 1;
      paraBreak[i] = wrapped ? 0 : 1;
    } else if (boundary[i] && prev >= 0 && continuesSentence(raw, prev, i)) {
      boundary[i] = 0;
    }
    prev = i;
  }
  return build(text, raw, isSpace, boundary, paraBreak);
}

/** Line breaks in text[from, to): 0, 1, or 2 for a blank line or more. */
function countNewlines(text: string, from: number, to: number): number {
  let c = 0;
  for (let i = from; i < to && c < 2; i++) if (text.charCodeAt(i) === 10) c++;
  return c;
}

/** wink split after `prev`, but the sentence goes on: an abbreviation, or a lower-case start. */
function continuesSentence(raw: RawTokens, prev: number, next: number): boolean {
  // "News.Az": a site name, not a sentence end
  if (raw.values[prev] === '.' && raw.ends[prev] === raw.starts[next] && DOMAINS.test(raw.values[next]!)) return true;
  let p = raw.values[prev]!.toLowerCase();
  // "Amb" "." read as two tokens
  if (p === '.' && prev > 0 && raw.ends[prev - 1] === raw.starts[prev]) p = raw.values[prev - 1]!.toLowerCase() + '.';
  const nx = raw.values[next]!;
  // "(ret.) said", "$2.5 mln. in 2019": a sentence does not start in lower case
  if (/^[a-z]/.test(nx)) return true;
  if (p === 'no.' || p === 'nos.') return /^\d/.test(nx);
  return NEVER_FINAL.has(p);
}

function build(
  text: string,
  raw: RawTokens,
  isSpace: (i: number) => boolean,
  boundary: Uint8Array,
  paraBreak: Uint8Array,
): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let sStart = -1;
  const close = (): void => {
    if (sStart < 0 || sStart === tokens.length) return;
    const first = tokens[sStart]!;
    const last = tokens[tokens.length - 1]!;
    sentences.push({
      index: sentences.length,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      tokenStart: sStart,
      tokenEnd: tokens.length,
      paragraph,
    });
  };
  for (let i = 0; i < raw.values.length; i++) {
    if (isSpace(i)) continue;
    if (sStart < 0 || boundary[i]) {
      close();
      if (paraBreak[i] && sStart >= 0) paragraph++;
      sStart = tokens.length;
    }
    const value = raw.values[i]!;
    tokens.push({
      start: raw.starts[i]!,
      end: raw.ends[i]!,
      text: value,
      lower: value.toLowerCase(),
      pos: raw.pos[i]!,
      lemma: (raw.lemmas[i] ?? value).toLowerCase(),
      sentence: sentences.length,
    });
  }
  close();
  return { tokens, sentences };
}

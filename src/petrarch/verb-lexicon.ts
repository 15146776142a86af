import type { Token } from '../nlp/types.js';
import type { GovernorKind, VerbContext, VerbLexicon, VerbMatch } from '../coding/cameo/lexicon.js';
import { normWord } from './lines.js';
import type { PatternElem, PetrPattern, PetrVerb, PetrVerbBlock, PetrVerbDictionary } from './verbs.js';

/** How far (tokens) a pattern word may be from the previous one matched. */
const GAP = 6;
/** How far after the verb a pattern is looked for. */
const REACH = 14;

interface VerbRef {
  readonly block: PetrVerbBlock;
  readonly verb: PetrVerb;
}

/** Governing-verb classes and complement composition, borrowed from another lexicon (Attaché's own). */
export interface Governors {
  governs(lemma: string): GovernorKind | null;
  compose(kind: GovernorKind, code: string): string | null;
}

/**
 * A verb lexicon read from a PETRARCH verb dictionary: verb forms → blocks, and each block's
 * patterns matched against the words before and after the verb in its clause (flat, without a
 * parse: pattern words in order, a few words apart). The most specific matching pattern wins.
 */
export class PetrarchVerbLexicon implements VerbLexicon {
  readonly name = 'petrarch';
  readonly futureAsIntent = false;
  private readonly byForm = new Map<string, VerbRef[]>();

  constructor(dict: PetrVerbDictionary, private readonly governors: Governors | null = null) {
    for (const block of dict.blocks) {
      for (const verb of block.verbs) {
        for (const f of verb.forms) {
          const list = this.byForm.get(f) ?? [];
          list.push({ block, verb });
          this.byForm.set(f, list);
        }
      }
    }
    for (const list of this.byForm.values()) list.sort((a, b) => b.verb.words.length - a.verb.words.length);
  }

  match(ctx: VerbContext): VerbMatch | null {
    const t = ctx.tokens[ctx.i]!;
    const refs = this.byForm.get(normWord(t.text)) ?? this.byForm.get(t.lemma.toUpperCase());
    if (!refs) return null;
    for (const ref of refs) {
      const last = multiWordFits(ref.verb, ctx);
      if (last < 0) continue;
      const best = bestPattern(ref.block.patterns, ctx, last);
      const code = best ? best.code : (ref.verb.code ?? ref.block.code);
      const reverse = best ? best.reverse : (ref.verb.code ? ref.verb.reverse : ref.block.reverse);
      const governs = this.governors?.governs(t.lemma) ?? null;
      // A "- % *" pattern marks a verb whose compound subject acts on itself.
      const mutual = ref.block.patterns.some((p) => p.pre.some((e) => e.kind === 'compound') && p.post.length === 0);
      return { code, reverse, last, governs, patterned: best !== null, mutual };
    }
    return null;
  }

  compose(kind: GovernorKind, code: string): string | null {
    return this.governors?.compose(kind, code) ?? null;
  }
}

/** For a multi-word verb, checks the words around the verb word; returns the last token used, or -1. */
function multiWordFits(verb: PetrVerb, ctx: VerbContext): number {
  const { tokens, i } = ctx;
  for (let k = 0; k < verb.verbIndex; k++) {
    const tok = tokens[i - verb.verbIndex + k];
    if (!tok || normWord(tok.text) !== verb.words[k]) return -1;
  }
  let last = i;
  for (let k = verb.verbIndex + 1; k < verb.words.length; k++) {
    const tok = tokens[last + 1];
    if (!tok || normWord(tok.text) !== verb.words[k]) return -1;
    last++;
  }
  return last;
}

const wordIs = (tok: Token, w: string): boolean => normWord(tok.text) === w || tok.lemma.toUpperCase() === w;

/** Where phrase `alt` starts at or after `from` (within `GAP`), or -1. */
function findPhrase(tokens: readonly Token[], alt: readonly string[], from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + GAP + 1); k++) {
    if (k + alt.length > end) break;
    if (alt.every((w, j) => wordIs(tokens[k + j]!, w))) return k;
  }
  return -1;
}

/** Matches elements left to right from `from`; returns the number of word elements matched, or -1. */
function matchForward(elems: readonly PatternElem[], tokens: readonly Token[], from: number, end: number): number {
  let pos = from;
  let score = 0;
  for (const e of elems) {
    if (e.kind === 'words') {
      let hit = -1;
      let len = 0;
      for (const alt of e.alts) {
        const at = findPhrase(tokens, alt, pos, end);
        if (at >= 0 && (hit < 0 || at < hit)) { hit = at; len = alt.length; }
      }
      if (hit < 0) return -1;
      pos = hit + len;
      score += len;
    } else if (e.kind === 'prep') {
      let at = -1;
      for (let k = pos; k < Math.min(end, pos + GAP + 1); k++) if (wordIs(tokens[k]!, e.prep)) { at = k; break; }
      if (at < 0) return -1;
      pos = at + 1;
      score += 1;
      if (e.object && e.object.kind === 'words') {
        const sub = matchForward([e.object], tokens, pos, Math.min(end, pos + 5));
        if (sub < 0) return -1;
        score += sub;
        pos = Math.min(end, pos + 1);
      }
    }
  }
  return score;
}

/** Matches pre-verb elements right to left, ending before `verbAt`. */
function matchBackward(elems: readonly PatternElem[], tokens: readonly Token[], start: number, verbAt: number): number {
  let score = 0;
  let pos = verbAt;
  for (let x = elems.length - 1; x >= 0; x--) {
    const e = elems[x]!;
    if (e.kind !== 'words' && e.kind !== 'prep') continue;
    let found = -1;
    for (let k = pos - 1; k >= Math.max(start, pos - GAP - 1) && found < 0; k--) {
      if (matchForward([e], tokens, k, pos) >= 0) found = k;
    }
    if (found < 0) return -1;
    score += e.kind === 'words' ? 1 : 1;
    pos = found;
  }
  return score;
}

function bestPattern(patterns: readonly PetrPattern[], ctx: VerbContext, last: number): PetrPattern | null {
  let best: PetrPattern | null = null;
  let bestScore = 0;
  const end = Math.min(ctx.end, last + 1 + REACH);
  for (const p of patterns) {
    const post = matchForward(p.post, ctx.tokens, last + 1, end);
    if (post < 0) continue;
    const pre = matchBackward(p.pre, ctx.tokens, ctx.start, ctx.i);
    if (pre < 0) continue;
    const score = pre + post;
    if (score > bestScore) { best = p; bestScore = score; }
  }
  return best;
}

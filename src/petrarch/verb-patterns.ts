import type { Token } from '../nlp/types.js';
import type { VerbContext } from '../coding/cameo/lexicon.js';
import { normWord } from './lines.js';
import type { PatternElem, PetrPattern } from './verbs.js';

/**
 * Matching PETRARCH verb patterns on the flat token sequence of a sentence (no parse). PETRARCH
 * matches a pattern's lower part (after `*`) against the verb's own object and prepositional
 * phrases and its upper part against the subject; here "own" means: after the verb up to the next
 * verb or clause opener, and before the verb back to the previous verb. A passive verb's object
 * is its subject and its subject is the "by" agent.
 */

/** How far (tokens) a pattern word may be from the previous one matched. */
const GAP = 6;
/** How far after the verb a pattern is looked for. */
const REACH = 14;

/** Words that open another clause: the nouns after them belong to that clause's verb. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'although', 'though', 'if', 'unless', 'whether', 'when', 'after', 'before', 'since', 'as']);

/**
 * A sentence's tokens with the two spellings a pattern word is compared with (the word upper-cased
 * and normalised, its lemma upper-cased), each computed once, when first asked for, instead of once
 * per pattern and alternative. One per token array: `PetrarchVerbLexicon` keeps the last one.
 */
export class PatternWords {
  private readonly norm = new Map<number, string>();
  private readonly lemma = new Map<number, string>();

  constructor(readonly tokens: readonly Token[]) {}

  /** True when the token at `k` is `w` (a pattern word, upper-case) as written or as its lemma. */
  is(k: number, w: string): boolean {
    const t = this.tokens[k]!;
    let n = this.norm.get(k);
    if (n === undefined) { n = normWord(t.text); this.norm.set(k, n); }
    if (n === w) return true;
    let l = this.lemma.get(k);
    if (l === undefined) { l = t.lemma.toUpperCase(); this.lemma.set(k, l); }
    return l === w;
  }
}

const isVerbTag = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

/**
 * A participle between a determiner, number or adjective and a noun modifies the noun ("the two
 * banned parties"); so does a past participle between a preposition and a noun ("with banned parties").
 */
export function adjectival(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if (!prev || !next || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return false;
  const w = tokens[k]!.lower;
  return (/(ed|ing|en)$/.test(w) && ['DET', 'NUM', 'ADJ'].includes(prev.pos)) || (/(ed|en)$/.test(w) && prev.pos === 'ADP');
}

/**
 * The end (exclusive) of the verb's own lower phrase: after the next verb (kept: the tagger takes
 * some nouns for verbs) or before a word that opens another clause.
 */
function lowerBound(tokens: readonly Token[], last: number, end: number): number {
  for (let k = last + 1; k < end; k++) {
    const t = tokens[k]!;
    if (CLAUSE_WORDS.has(t.lower) && k > last + 1) return k;
    // "vowed to launch strikes": an infinitive complement stays in the phrase (PETRARCH's tree nests it)
    if (isVerbTag(t) && !adjectival(tokens, k) && !(t.pos === 'AUX' && k === last + 1) && tokens[k - 1]!.lower !== 'to') return k + 1;
  }
  return end;
}

/**
 * The start (inclusive) of the verb's own upper phrase: after the previous verb of the clause. A
 * verb that only leads into this one through "to" ("is expected to sign", "said to be planned")
 * does not end it: its subject is this verb's subject (or, passive, its object).
 */
function upperBound(tokens: readonly Token[], start: number, i: number): number {
  let chain = i;
  for (let k = i - 1; k >= start; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || adjectival(tokens, k)) continue;
    // "to have begun": an auxiliary the tagger reads as a verb
    if (k + 1 === chain && (t.lemma === 'have' || t.lemma === 'be')) continue;
    if (leadsInto(tokens, k, chain)) { chain = k; continue; }
    return k;
  }
  return start;
}

/** True when only "to" and auxiliaries ("to be", "to have been") stand between the verbs at `k` and `v`. */
function leadsInto(tokens: readonly Token[], k: number, v: number): boolean {
  if (tokens[k + 1]?.lower !== 'to' || k + 1 >= v) return false;
  for (let j = k + 2; j < v; j++) if (tokens[j]!.pos !== 'AUX' && !['be', 'been', 'have'].includes(tokens[j]!.lower)) return false;
  return true;
}

/** Where phrase `alt` starts at or after `from` (within `GAP`, ending before `end`), or -1. */
function findPhrase(words: PatternWords, alt: readonly string[], from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + GAP + 1); k++) {
    if (k + alt.length > end) break;
    if (alt.every((w, j) => words.is(k + j, w))) return k;
  }
  return -1;
}

/** The earliest of `alts` from `from` (the longer one at the same place): its start and length, or null. */
function findAlts(words: PatternWords, alts: readonly (readonly string[])[], from: number, end: number): { at: number; len: number } | null {
  let best: { at: number; len: number } | null = null;
  for (const alt of alts) {
    const at = findPhrase(words, alt, from, end);
    if (at >= 0 && (!best || at < best.at || (at === best.at && alt.length > best.len))) best = { at, len: alt.length };
  }
  return best;
}

/** How a pattern part matched: words matched, prepositions that introduce the target, the token after the match. */
interface Fit {
  readonly score: number;
  readonly preps: readonly string[];
  /** The first token matched (the verb's next token when nothing was) and the token after the last. */
  readonly start: number;
  readonly end: number;
}

/** Matches elements left to right from `from` (before `end`); null when one is missing. */
function matchForward(elems: readonly PatternElem[], words: PatternWords, from: number, end: number): Fit | null {
  // "(WITH +)" names the preposition of the target; a bare "(AT)" does too unless a "+" stands elsewhere.
  const plus = elems.some((e) => e.kind === 'target');
  let pos = from;
  let score = 0;
  let start = -1;
  const preps: string[] = [];
  for (const e of elems) {
    if (e.kind === 'words') {
      const hit = findAlts(words, e.alts, pos, end);
      if (!hit) return null;
      if (start < 0) start = hit.at;
      pos = hit.at + hit.len;
      score += hit.len;
    } else if (e.kind === 'prep') {
      let at = -1;
      for (let k = pos; k < Math.min(end, pos + GAP + 1); k++) if (words.is(k, e.prep)) { at = k; break; }
      if (at < 0) return null;
      if (start < 0) start = at;
      pos = at + 1;
      score += 1;
      if (e.object && e.object.kind === 'words') {
        // the object's head within a short noun phrase after the preposition
        const hit = findAlts(words, e.object.alts, pos, Math.min(end, pos + 5));
        if (!hit) return null;
        pos = hit.at + hit.len;
        score += hit.len;
      } else if (e.object?.kind === 'target' || (!e.object && !plus)) preps.push(e.prep.toLowerCase());
    }
  }
  return { score, preps, start: start < 0 ? from : start, end: pos };
}

/** Matches upper (pre-verb) elements right to left, between `start` and `verbAt`: the score and the first token matched. */
function matchBackward(elems: readonly PatternElem[], words: PatternWords, start: number, verbAt: number): { score: number; from: number } | null {
  let score = 0;
  let pos = verbAt;
  for (let x = elems.length - 1; x >= 0; x--) {
    const e = elems[x]!;
    if (e.kind !== 'words' && e.kind !== 'prep') continue;
    let found = -1;
    let got = 0;
    for (let k = pos - 1; k >= Math.max(start, pos - GAP - 1) && found < 0; k--) {
      const f = matchForward([e], words, k, pos);
      if (f && f.score > 0) { found = k; got = f.score; }
    }
    if (found < 0) return null;
    score += got;
    pos = found;
  }
  return { score, from: pos };
}

/** Parts of speech inside a noun phrase before its head. */
const NP_INSIDE = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN']);

/** True when the noun at `k` stands in the "of" phrase of another head noun ("dozens of [troops]"). */
function ofPhraseNoun(tokens: readonly Token[], k: number, start: number): boolean {
  for (let j = k - 1; j > start && j >= k - 4 && j >= 1; j--) {
    const t = tokens[j]!;
    if (t.lower === 'of') return ['NOUN', 'PROPN', 'NUM', 'PRON'].includes(tokens[j - 1]!.pos);
    if (!NP_INSIDE.has(t.pos)) return false;
  }
  return false;
}

/** Where a passive verb's "by" agent starts (right after the verb), or -1. */
function agentStart(tokens: readonly Token[], last: number, end: number): number {
  for (let k = last + 1; k < Math.min(end, last + 4); k++) if (tokens[k]!.lower === 'by') return k + 1;
  return -1;
}

/**
 * The best pattern of a block for the verb at `ctx.i` (its words end at `last`): the one matching
 * the most words; of equal ones, the one matching nearer the verb (the object's head before the
 * nouns of its prepositional phrases, as PETRARCH walks the tree), then the later (a later entry
 * replaces an earlier one in PETRARCH's pattern tree). Null when none matches. `words` must hold
 * `ctx.tokens` (pass one kept for the sentence to share its spellings between verbs).
 */
export function bestPattern(patterns: readonly PetrPattern[], ctx: VerbContext, last: number, words: PatternWords = new PatternWords(ctx.tokens)): { pattern: PetrPattern; preps: readonly string[] } | null {
  let best: { pattern: PetrPattern; preps: readonly string[] } | null = null;
  let bestScore = 0;
  let bestAt = Infinity;
  const { tokens } = ctx;
  const reach = Math.min(ctx.end, last + 1 + REACH);
  const lowEnd = lowerBound(tokens, last, reach);
  const upStart = upperBound(tokens, ctx.start, ctx.i);
  const agent = ctx.passive ? agentStart(tokens, last, ctx.end) : -1;
  for (const p of patterns) {
    // One noun past the verb's own phrase is another verb's; a phrase of several words is the
    // pattern's own (older dictionaries spell out whole clauses: "* + THAT $ WILL WITHDRAW").
    let post = matchForward(p.post, words, last + 1, reach);
    if (post && post.end > lowEnd && post.score < 2) post = matchForward(p.post, words, last + 1, lowEnd);
    if (!post && ctx.passive && p.post.length) post = matchForward(p.post, words, ctx.start, ctx.i);
    if (!post) continue;
    let pre = matchBackward(p.pre, words, ctx.start, ctx.i);
    if (pre && pre.from < upStart && pre.score < 2) pre = null;
    // "Hundreds of soldiers withdrew": PETRARCH matches the subject's head, not a noun of its "of" phrase
    if (pre && pre.score > 0 && pre.score < 2 && ofPhraseNoun(tokens, pre.from, ctx.start)) pre = null;
    if (!pre && agent >= 0) pre = matchBackward(p.pre, words, agent, Math.min(ctx.end, agent + GAP));
    if (!pre) continue;
    const score = pre.score + post.score;
    const at = post.score > 0 ? Math.abs(post.start - last) : Math.abs(ctx.i - pre.from);
    if (score > 0 && (score > bestScore || (score === bestScore && at <= bestAt))) { best = { pattern: p, preps: post.preps }; bestScore = score; bestAt = at; }
  }
  return best;
}

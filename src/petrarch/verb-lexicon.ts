import type { Token } from '../nlp/types.js';
import type { GovernorKind, VerbContext, VerbLexicon, VerbMatch } from '../coding/cameo/lexicon.js';
import { normWord } from './lines.js';
import type { PetrPattern, PetrVerb, PetrVerbBlock, PetrVerbDictionary } from './verbs.js';
import { adjectival, bestPattern } from './verb-patterns.js';

/** Cooperative roots (intent, consultation, diplomatic and material cooperation) a compound subject does together. */
const MUTUAL_ROOTS = /^0[3-6]/;

interface VerbRef {
  readonly block: PetrVerbBlock;
  readonly verb: PetrVerb;
}

/** Governing-verb classes and complement composition, borrowed from another lexicon (Attaché's own). */
export interface Governors {
  governs(lemma: string): GovernorKind | null;
  compose(kind: GovernorKind, code: string): string | null;
}

/** What decided a verb: its block, the verb line, the pattern (null: the verb's own code) and the pattern's target prepositions. */
export interface PetrExplanation {
  readonly block: PetrVerbBlock;
  readonly verb: PetrVerb;
  readonly pattern: PetrPattern | null;
  readonly preps: readonly string[];
  readonly last: number;
}

/**
 * A verb lexicon read from a PETRARCH verb dictionary: verb forms → blocks, and each block's
 * patterns matched against the words before and after the verb in its clause (flat, without a
 * parse; see verb-patterns.ts). The most specific matching pattern wins.
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

  has(token: Token): boolean {
    return this.byForm.has(normWord(token.text)) || this.byForm.has(token.lemma.toUpperCase());
  }

  /** Which block, verb and pattern decide the verb at `ctx.i` (for `match`, debugging and tests). */
  explain(ctx: VerbContext): PetrExplanation | null {
    const t = ctx.tokens[ctx.i]!;
    const refs = this.byForm.get(normWord(t.text)) ?? this.byForm.get(t.lemma.toUpperCase());
    if (!refs) return null;
    for (const ref of refs) {
      const last = multiWordFits(ref.verb, ctx);
      if (last < 0) continue;
      const best = bestPattern(ref.block.patterns, ctx, last);
      return { block: ref.block, verb: ref.verb, pattern: best?.pattern ?? null, preps: best?.preps ?? [], last };
    }
    return null;
  }

  match(ctx: VerbContext): VerbMatch | null {
    if (modifiesNoun(ctx)) return null;
    const x = this.explain(ctx);
    return x ? this.matchFrom(ctx, x) : null;
  }

  /** The match for an explanation `explain(ctx)` gave. */
  matchFrom(ctx: VerbContext, x: PetrExplanation): VerbMatch {
    const { block, verb, pattern, last } = x;
    let code = pattern ? pattern.code : (verb.code ?? block.code);
    let reverse = pattern ? pattern.reverse : (verb.code ? verb.reverse : block.reverse);
    const targetPreps = [...x.preps];
    // "[:100]" ("faces pressure from Norland"): only the reciprocal event happens — the actor the
    // object comes from acts on the subject (the coder's "~" code swaps the two).
    if (!code && reverse) {
      code = `~${reverse}`;
      reverse = null;
      targetPreps.push('from', 'by');
    }
    // How the verb combines with a to-infinitive or that-clause ("agreed to meet", "said that…"):
    // Attaché's governing classes stand in for PETRARCH's combination of verb codes.
    const governs = this.governors?.governs(ctx.tokens[ctx.i]!.lemma) ?? null;
    // A bare statement ("said", "announced" with no pattern) is an event only towards whom it is
    // said to ("said to Norland"): not towards the actors or the place of what was said.
    const statement = !pattern && code !== null && code.startsWith('01');
    if (statement) {
      if ([last + 1, last + 2].some((k) => ctx.tokens[k]?.lower === 'to' && k < ctx.end)) targetPreps.push('to');
      else code = null;
    }
    // A "- % *" pattern marks a verb whose compound subject acts on itself.
    let mutual = block.patterns.some((p) => p.pre.some((e) => e.kind === 'compound') && p.post.length === 0);
    // A cooperative act of a compound subject with no object is coded among its members, as
    // PETRARCH does ("Norland and Fredon met"); with an object it is one way.
    // At a named place ("will meet in Geneva") the place is the target instead, as PETRARCH codes it.
    let pairsOnly = false;
    if (!reverse && code && MUTUAL_ROOTS.test(code) && !atNamedPlace(ctx, last)) { reverse = code; pairsOnly = true; mutual = false; }
    return { code, reverse, last, governs, patterned: pattern !== null, mutual, targetPreps, ...(statement ? { topicObject: true } : {}), ...(pairsOnly ? { pairsOnly } : {}) };
  }

  compose(kind: GovernorKind, code: string): string | null {
    return this.governors?.compose(kind, code) ?? null;
  }
}

/**
 * A participle inside a noun phrase ("the two exiled leaders", "two men sought in the killing"):
 * no verb in PETRARCH's parse.
 */
export function modifiesNoun(ctx: VerbContext): boolean {
  return adjectival(ctx.tokens, ctx.i) || reducedRelative(ctx) || nounComplement(ctx);
}

/**
 * "…met to discuss efforts to counter the militants": a to-infinitive completing a noun that is
 * itself the object of an earlier verb belongs to that noun phrase; PETRARCH codes the verb the
 * phrase depends on, not this one.
 */
function nounComplement(ctx: VerbContext): boolean {
  const { tokens, i } = ctx;
  if (tokens[i - 1]?.lower !== 'to' || tokens[i - 2]?.pos !== 'NOUN' || !NOUN_PHRASE_BEFORE.has(tokens[i - 3]?.pos ?? '')) return false;
  for (let k = i - 3; k >= ctx.start; k--) if (tokens[k]!.pos === 'VERB' && !adjectival(tokens, k)) return true;
  return false;
}

/** Parts of speech a noun's phrase may start with or follow (a comma before "plans to" says "plans" is a verb). */
const NOUN_PHRASE_BEFORE = new Set(['DET', 'ADJ', 'VERB', 'ADP', 'PRON', 'NUM']);

/** Verbs that report another clause ("said protesters gathered in…"): the clause's verb is a main verb. */
const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'claim', 'state', 'add', 'believe', 'think', 'know', 'see', 'hear', 'show', 'fear', 'hope', 'expect', 'warn', 'insist', 'confirm', 'deny', 'suggest', 'argue', 'note']);

/**
 * "…issued warrants for two men sought in the killing": a past participle after a common noun and
 * before a preposition, with a full verb before it in its clause (not "be", not one of reporting),
 * modifies the noun (a reduced relative clause, inside the noun phrase in PETRARCH's parse).
 */
function reducedRelative(ctx: VerbContext): boolean {
  const { tokens, i } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.pos !== 'NOUN' || next.pos !== 'ADP' || t.lower === t.lemma || /(s|ing)$/.test(t.lower)) return false;
  let verb = false;
  for (let k = i - 2; k >= ctx.start; k--) {
    const w = tokens[k]!;
    if (w.pos === 'VERB' && REPORTING.has(w.lemma)) return false;
    // "there were ten soldiers killed in…": after "be" the participle is the predicate
    if (w.pos === 'VERB' && w.lemma !== 'be' && w.lemma !== 'have') verb = true;
  }
  return verb;
}

/** "in Geneva", "at Camp David" right after the verb (past a time word or two). */
export function atNamedPlace(ctx: VerbContext, last: number): boolean {
  for (let k = last + 1; k < Math.min(ctx.end - 1, last + 4); k++) {
    const t = ctx.tokens[k]!;
    if ((t.lower === 'in' || t.lower === 'at') && ctx.tokens[k + 1]!.pos === 'PROPN') return true;
    if (t.pos === 'VERB' || t.pos === 'PUNCT') return false;
  }
  return false;
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

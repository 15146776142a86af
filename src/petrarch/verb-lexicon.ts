import type { Token } from '../nlp/types.js';
import type { GovernorKind, VerbContext, VerbLexicon, VerbMatch } from '../coding/cameo/lexicon.js';
import { normWord } from './lines.js';
import type { PetrPattern, PetrVerb, PetrVerbBlock, PetrVerbDictionary } from './verbs.js';
import { bestPattern, PatternWords } from './verb-patterns.js';
import { governingVerb, type PetrTransformation } from './transformations.js';
import { modifiesNoun } from './not-verbs.js';

export { modifiesNoun };

/** Cooperative roots (intent, consultation, diplomatic and material cooperation) a compound subject does together. */
const MUTUAL_ROOTS = /^0[3-6]/;

/**
 * The CAMEO root of each governing kind's category: a complement already coded in that category
 * ("wants B to attack" → 021 by a transformation) is kept, as PETRARCH's combination of verb codes
 * keeps a lower code at or above the upper one.
 */
const KIND_ROOT: Partial<Record<GovernorKind, string>> = { intent: '03', appeal: '02', demand: '10', threaten: '13' };

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
  private readonly transformations: readonly PetrTransformation[];
  /** The spellings of the last token array patterns were matched on (reused by its other verbs). */
  private words: PatternWords | null = null;

  constructor(dict: PetrVerbDictionary, private readonly governors: Governors | null = null) {
    this.transformations = dict.transformations ?? [];
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
      if (this.words?.tokens !== ctx.tokens) this.words = new PatternWords(ctx.tokens);
      const best = bestPattern(ref.block.patterns, ctx, last, this.words);
      return { block: ref.block, verb: ref.verb, pattern: best?.pattern ?? null, preps: best?.preps ?? [], last };
    }
    return null;
  }

  match(ctx: VerbContext): VerbMatch | null {
    if (modifiesNoun(ctx) || this.coordinatedAllegation(ctx)) return null;
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
    const transformed = code ? this.transform(ctx, code) : null;
    if (transformed) { code = transformed; reverse = null; }
    // A "- % *" pattern marks a verb whose compound subject acts on itself.
    let mutual = block.patterns.some((p) => p.pre.some((e) => e.kind === 'compound') && p.post.length === 0);
    // A cooperative act of a compound subject with no object is coded among its members, as
    // PETRARCH does ("Norland and Fredon met"); with an object it is one way.
    // At a named place ("will meet in Geneva") the place is the target instead, as PETRARCH codes it.
    let pairsOnly = false;
    if (!reverse && code && MUTUAL_ROOTS.test(code) && !atNamedPlace(ctx, last)) { reverse = code; pairsOnly = true; mutual = false; }
    return { code, reverse, last, governs, patterned: pattern !== null || transformed !== null, mutual, targetPreps, ...(statement ? { topicObject: true } : {}), ...(pairsOnly ? { pairsOnly } : {}) };
  }

  /**
   * An upper verb's code combined with its complement's: a complement already coded in the upper
   * verb's category is kept (PETRARCH keeps a lower code at or above the upper one); otherwise
   * Attaché's composition table (intend + aid → 033, as PETRARCH adds the codes).
   */
  compose(kind: GovernorKind, code: string): string | null {
    if (code.slice(0, 2) === KIND_ROOT[kind]) return code;
    // a complement a transformation already coded as a statement ("claimed it had attacked" → 015)
    if (kind === 'allege' && code.startsWith('01')) return code;
    return this.governors?.compose(kind, code) ?? null;
  }

  /**
   * The code a `~` transformation gives the verb at `ctx.i`, coded `code` on its own, as the
   * complement of an earlier verb ("A said it will attack B" → 015, "A wants B to attack" → 021);
   * null when none applies.
   */
  private transform(ctx: VerbContext, code: string): string | null {
    if (!this.transformations.length) return null;
    const g = governingVerb(ctx.tokens, ctx.i);
    if (!g) return null;
    const upper = this.codeOf(normWord(ctx.tokens[g.k]!.text)) ?? this.codeOf(ctx.tokens[g.k]!.lemma.toUpperCase());
    if (!upper) return null;
    for (const tr of this.transformations) {
      if (tr.lowerSource !== g.lowerSource || this.codeOf(tr.upperVerb) !== upper) continue;
      if (tr.lowerVerb !== null && this.codeOf(tr.lowerVerb) !== code) continue;
      return tr.code ?? code;
    }
    return null;
  }

  /**
   * "Norland claimed that Fredon had shelled Osterlich and seized its port": a verb coordinated with
   * the complement of an allegation is part of what was alleged (one accusation in PETRARCH's tree),
   * no event of its own.
   */
  private coordinatedAllegation(ctx: VerbContext): boolean {
    const { tokens, i } = ctx;
    if (tokens[i - 1]?.lower !== 'and' || !this.governors) return false;
    let p = i - 2;
    while (p >= Math.max(0, i - 8) && tokens[p]!.pos !== 'VERB') p--;
    if (p < 0 || tokens[p]!.pos !== 'VERB') return false;
    let k = p - 1;
    while (k >= 0 && tokens[k]!.pos === 'AUX') k--;
    const subjectEnd = k;
    while (k >= 0 && k > subjectEnd - 4 && SUBJECT_POS.has(tokens[k]!.pos)) k--;
    if (k === subjectEnd || tokens[k]?.lower !== 'that') return false;
    const g = tokens[k - 1];
    return g !== undefined && g.pos === 'VERB' && this.governors.governs(g.lemma) === 'allege';
  }

  /** A verb form's own code (its line's, else its block's), as transformations compare verbs. */
  private codeOf(form: string): string | null {
    const ref = this.byForm.get(form)?.[0];
    return ref ? (ref.verb.code ?? ref.block.code) : null;
  }
}

/** Parts of speech of a short subject noun phrase. */
const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'PRON', 'NUM']);

/** Names of months and days, which the tagger reads as proper nouns but name no place ("meet in April"). */
const TIME_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "in Geneva", "at Camp David" right after the verb (past a time word or two); not "in April". */
export function atNamedPlace(ctx: VerbContext, last: number): boolean {
  for (let k = last + 1; k < Math.min(ctx.end - 1, last + 4); k++) {
    const t = ctx.tokens[k]!;
    const next = ctx.tokens[k + 1]!;
    if ((t.lower === 'in' || t.lower === 'at') && next.pos === 'PROPN' && !TIME_NAMES.has(next.lower)) return true;
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

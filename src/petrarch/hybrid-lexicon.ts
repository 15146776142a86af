import type { Token } from '../nlp/types.js';
import type { GovernorKind, VerbContext, VerbLexicon, VerbMatch } from '../coding/cameo/lexicon.js';
import { atNamedPlace, modifiesNoun, type PetrarchVerbLexicon } from './verb-lexicon.js';

/**
 * A user's PETRARCH verb patterns where one of them matches the verb in context, another lexicon
 * (Attaché's own) where none does and that lexicon knows the verb, and the PETRARCH verb's own code
 * otherwise. Chosen with `--verbs-fallback attache`.
 */
export class HybridVerbLexicon implements VerbLexicon {
  readonly name = 'petrarch+attache';
  /**
   * A promised act is coded as the act ("will give aid" → 070), PETRARCH's convention, which the
   * user's dictionary and its gold records follow (the intent reading, 033, lowers PETR2_GSR).
   */
  readonly futureAsIntent = false;

  constructor(private readonly petrarch: PetrarchVerbLexicon, private readonly fallback: VerbLexicon) {}

  has(token: Token): boolean {
    return this.petrarch.has(token) || (this.fallback.has ? this.fallback.has(token) : true);
  }

  match(ctx: VerbContext): VerbMatch | null {
    if (modifiesNoun(ctx)) return null;
    const user = this.petrarch.explain(ctx);
    if (user?.pattern) return this.petrarch.matchFrom(ctx, user);
    const other = this.fallback.match(ctx);
    // "Norland and Fredon will meet in Geneva": at a named place the place is the target, as with the user's verbs
    if (other?.code && other.pairsOnly && atNamedPlace(ctx, other.last)) return { ...other, reverse: null, pairsOnly: false };
    if (other?.code) return other;
    return user ? this.petrarch.matchFrom(ctx, user) : other;
  }

  compose(kind: GovernorKind, code: string): string | null {
    return this.petrarch.compose(kind, code);
  }
}

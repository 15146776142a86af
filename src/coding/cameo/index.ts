import type { AnalysedText, Sentence } from '../../nlp/types.js';
import type { CodedClause } from './clauses.js';
import type { ActorGroup, ActorMention } from './groups.js';
import { OwnVerbLexicon, type VerbLexicon } from './lexicon.js';
import { SentenceRun } from './sentence-run.js';
import type { PlaceLookup } from './sentence-view.js';
import { Gazetteer } from '../../actors/gazetteer.js';
import { UnnamedAgents } from './agents.js';
import { oddCaseCountries, type CountryLookup } from './odd-case.js';
import { opensEntry } from './entries.js';

export type { ActorMention, ActorGroup } from './groups.js';
export type { CodedClause } from './clauses.js';
export type { PlaceLookup } from './sentence-view.js';
export type { CountryLookup } from './odd-case.js';

/** A country's code by name from the gazetteer: sovereign states only, not organisations. */
export function countryLookup(gaz: Gazetteer): CountryLookup {
  return (name) => {
    const c = gaz.country(name);
    return c && /^[A-Z]{3}$/.test(c.code) && !gaz.isIgo(c.code) ? c.code : null;
  };
}
export { OwnVerbLexicon } from './lexicon.js';
export { UnnamedAgents } from './agents.js';
export type { VerbLexicon, VerbMatch, VerbContext, GovernorKind } from './lexicon.js';

/**
 * The general CAMEO coder: finds verbs the lexicon knows, reads voice, negation, modality and
 * to-infinitive / that-clause complements from the token sequence, and pairs compound subjects
 * with compound objects. Works on one sentence of the NLP layer plus its actor mentions.
 */
export class CameoVerbCoder {
  /**
   * `placeOf` names the country of a city ("Kirkuk" → IRQ) that no actor mention covers, so an
   * event without a target is directed at the place it happened in ("demonstrated in Kirkuk").
   * `agents` reads unnamed agents the mentions leave out ("the government" → `---GOV`).
   */
  constructor(
    private readonly lexicon: VerbLexicon, private readonly placeOf: PlaceLookup | null = null,
    private readonly agents: UnnamedAgents | null = null, private readonly countryOf: CountryLookup | null = null,
  ) {}

  /**
   * The coder with Attaché's own lexicon (data/cameo/verbs.json) and the gazetteer's cities; pass
   * the gazetteer already loaded to save loading it a second time (≈ 0.15 s).
   */
  static load(gaz: Gazetteer = Gazetteer.load()): CameoVerbCoder {
    return new CameoVerbCoder(OwnVerbLexicon.load(), (name) => gaz.cityCountry(name), UnnamedAgents.load(), countryLookup(gaz));
  }

  /** Per text being coded, the last sentence coded and its subject (weakly held: no state outlives the text). */
  private readonly previous = new WeakMap<AnalysedText, { index: number; subject: ActorGroup | null }>();

  get lexiconName(): string {
    return this.lexicon.name;
  }

  codeSentence(analysed: AnalysedText, sentence: Sentence, mentions: readonly ActorMention[]): readonly CodedClause[] {
    const odd = this.countryOf ? oddCaseCountries(analysed.tokens, sentence, mentions, this.countryOf) : [];
    const named = odd.length ? [...mentions, ...odd] : mentions;
    const all = this.agents ? [...named, ...this.agents.find(analysed.tokens, sentence, named)] : named;
    // A sentence opening with "It / They / He / She" continues the subject of the sentence before,
    // not across the start of a live-blog or digest entry ("10:42 —", "NORLAND:", a bullet).
    const prev = this.previous.get(analysed);
    const antecedent = prev && prev.index === sentence.index - 1 && !opensEntry(sentence.text) ? prev.subject : null;
    const run = new SentenceRun(this.lexicon, analysed.tokens, sentence, all, this.placeOf, antecedent);
    const out = run.code();
    this.previous.set(analysed, { index: sentence.index, subject: run.mainSubject() ?? (run.namesActors ? null : antecedent) });
    return out;
  }
}


import { ActorResolver, Gazetteer, createPeopleRegistry } from '../actors/index.js';
import type { PeopleRegistry } from '../actors/types.js';
import { CameoTable } from '../coding/cameo-table.js';
import { CameoVerbCoder, type VerbLexicon } from '../coding/cameo/index.js';
import { DiplomaticCoder } from '../coding/diplomatic/index.js';
import { type MentionFinder, RuleCoder } from '../coding/rule-coder.js';
import { Analyser } from '../nlp/index.js';
import type { EventCoder } from './types.js';

export type { CodeOptions, EventCoder } from './types.js';

/**
 * Options of `createCoder()`. The `petrarch` hook takes extra dictionaries (PETRARCH verb
 * patterns as a `VerbLexicon`, actor dictionaries as a mention finder) so the same pipeline can
 * run with the Phoenix dictionaries loaded beside Attaché's own.
 */
export interface CoderOptions {
  /** People known from earlier runs; a fresh registry when absent. Kept across `code()` calls. */
  readonly registry?: PeopleRegistry;
  /** Another diplomatic pattern file instead of data/patterns/diplomatic.json. */
  readonly patterns?: string;
  /** Code only the diplomatic kinds (no general CAMEO events). */
  readonly diplomaticOnly?: boolean;
  readonly petrarch?: {
    /** A verb lexicon (e.g. PETRARCH verb dictionaries) used by the general CAMEO coder instead of the own one. */
    readonly verbs?: VerbLexicon;
    /** Actor mentions from PETRARCH actor/agent dictionaries, used where Attaché's resolver found none. */
    readonly mentions?: MentionFinder;
  };
}

/**
 * The default coder: analyse → resolve actors → code diplomatic events (and other CAMEO events).
 * Everything it needs (wink model, gazetteer, CAMEO table, patterns) loads once, here.
 */
export function createCoder(options: CoderOptions = {}): EventCoder {
  const gazetteer = Gazetteer.load();
  const verbCoder = options.diplomaticOnly
    ? null
    : options.petrarch?.verbs ? new CameoVerbCoder(options.petrarch.verbs) : CameoVerbCoder.load(gazetteer);
  return new RuleCoder({
    analyser: new Analyser(),
    gazetteer,
    resolver: new ActorResolver(gazetteer),
    cameo: CameoTable.load(),
    diplomatic: DiplomaticCoder.load(options.patterns),
    verbCoder,
    registry: options.registry ?? createPeopleRegistry(),
    ...(options.petrarch?.mentions ? { extraMentions: options.petrarch.mentions } : {}),
    name: options.petrarch ? 'rules+petrarch' : 'rules',
  });
}

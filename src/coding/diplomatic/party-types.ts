import type { Actor } from '../../model/actor.js';
import type { Place } from '../../model/event.js';
import type { ClauseView } from './clause-view.js';
import type { Match } from './match.js';
import type { ArticleFrame, SentenceInput } from './types.js';

/** The parties of one match, before checks. */
export interface Parties {
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly participants: readonly Actor[];
  readonly place: Place | null;
  readonly city: string | null;
  /** The envoy an envoy event is about. */
  readonly person: Actor | null;
  /** Subject actors, passed on to a following clause without a subject. */
  readonly agents: readonly Actor[];
  /** Parties named in the clause itself (not filled in from the article's pair). */
  readonly explicit: number;
  /** After a per-object split: the character span of the clause that belongs to this object alone (its date is read there). */
  readonly span?: { readonly start: number; readonly end: number };
}

/** Everything the direction rules read. */
export interface PartyContext {
  readonly view: ClauseView;
  readonly match: Match;
  readonly sentence: SentenceInput;
  readonly frame: ArticleFrame;
  readonly inherited: readonly Actor[];
  /** The clause says "the two countries", "both sides", "bilateral"… */
  readonly pairWord: boolean;
  /** The clause has "we", "our", "us" (the speaker's side). */
  readonly firstPerson: boolean;
}

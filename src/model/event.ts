import type { Actor } from './actor.js';

/** The diplomatic kinds of EVENTS.md §4. */
export const DIPLOMATIC_KINDS = [
  'relations.establish', 'relations.restore', 'relations.sever', 'relations.upgrade',
  'relations.downgrade', 'mission.open', 'mission.reopen', 'mission.close', 'envoy.appoint',
  'envoy.credentials', 'envoy.recall', 'envoy.expel', 'agreement.sign', 'agreement.ratify',
  'meeting', 'visit', 'cooperation.intent', 'meeting.intent', 'membership.join',
  'parliament.friendship-group',
] as const;
export type DiplomaticKind = (typeof DIPLOMATIC_KINDS)[number];

export type Modality = 'asserted' | 'planned' | 'intended' | 'negated';
export type DatePrecision = 'decade' | 'year' | 'month' | 'day';
export type DateBasis = 'explicit' | 'relative' | 'article';

/**
 * When an event happened. `value` is `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an ISO interval
 * `start/end`; null when the words give no year and the article date is unknown.
 */
export interface EventDate {
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  readonly basis: DateBasis;
  readonly text: string | null;
}

export interface Place {
  readonly name: string;
  readonly country: string | null;
}

export interface Plover {
  readonly type: string;
  readonly mode: string | null;
  readonly context: string | null;
}

export type MissionType =
  | 'embassy' | 'consulate-general' | 'consulate' | 'honorary-consulate' | 'permanent-mission' | 'office';
export type AgreementType =
  | 'treaty' | 'agreement' | 'protocol' | 'memorandum' | 'joint-communique' | 'declaration' | 'convention';

/** Kind-specific attributes (EVENTS.md §3). All optional. */
export interface EventAttributes {
  readonly missionType?: MissionType;
  readonly city?: string;
  readonly agreementTitle?: string;
  readonly agreementType?: AgreementType;
  readonly topics?: readonly string[];
  readonly rank?: string;
  readonly format?: string;
  readonly round?: number;
  readonly temporary?: boolean;
  /** The envoy or other person the event is about (envoy.appoint, envoy.credentials…). */
  readonly person?: string;
  /** For membership.join: the organisation's code. */
  readonly organisation?: string;
  /**
   * For a target no one named (general CAMEO events): `place` — where the event happened
   * ("protested in Kirkuk"); `home` — the source's own country, for a domestic act.
   */
  readonly targetFrom?: 'place' | 'home';
}

/** The sentence an event rests on: character offsets into the article text. */
export interface Evidence {
  readonly sentence: string;
  readonly start: number;
  readonly end: number;
  /** Index of the sentence in the article. */
  readonly sentenceIndex?: number;
  /** Who said it, when the event comes from a quotation or reported speech. */
  readonly speaker?: Actor | null;
}

/** One coded event (EVENTS.md §3). */
export interface DiploEvent {
  readonly id: string;
  readonly articleId: string;
  readonly kind: DiplomaticKind | null;
  readonly cameo: string;
  readonly quadClass: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly plover: Plover | null;
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly participants: readonly Actor[];
  readonly date: EventDate;
  readonly place: Place | null;
  readonly modality: Modality;
  readonly attributes: EventAttributes;
  readonly evidence: Evidence;
  readonly confidence: number;
}

/** The coded core of an event: what a coder decides, before the id, CAMEO weights and evidence. */
export type EventCore = Pick<
  DiploEvent,
  'cameo' | 'source' | 'target' | 'participants' | 'date' | 'place' | 'modality' | 'attributes' | 'confidence'
>;

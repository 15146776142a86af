import type { DiplomaticKind, EventAttributes, EventDate, Modality } from '../model/event.js';
import type { FactPerson } from '../store/merge.js';
import type { FactSource } from '../store/store.js';
import type { CountryRef } from './countries.js';

/** One fact as a dossier line: what, when, who, and the sentences it rests on. */
export interface DossierLine {
  readonly factId: string;
  readonly kind: DiplomaticKind | null;
  readonly cameo: string;
  readonly date: EventDate;
  readonly modality: Modality;
  /** A readable sentence ("Azerbaijan opened its embassy in Lima (Peru)"). */
  readonly text: string;
  readonly source: string | null;
  readonly target: string | null;
  readonly people: readonly FactPerson[];
  readonly attributes: EventAttributes;
  readonly sources: readonly FactSource[];
  /**
   * Present only when `sources` holds the first of more (a bounded dossier cuts a line's sources
   * to the first N in citation order): how many sources the line has in all.
   */
  readonly sourceCount?: number;
  /** Other lines (fact ids) that report the same thing with an incompatible date. */
  readonly conflictsWith: readonly string[];
}

export interface RelationsState {
  /** The latest asserted change, or `unknown` when none is recorded. */
  readonly status: 'established' | 'restored' | 'severed' | 'upgraded' | 'downgraded' | 'unknown';
  readonly since: EventDate | null;
  readonly lines: readonly DossierLine[];
}

export interface MissionState {
  readonly sender: string;
  readonly host: string;
  readonly type: string | null;
  readonly city: string | null;
  readonly status: 'open' | 'closed' | 'temporarily closed' | 'planned' | 'unknown';
  readonly opened: EventDate | null;
  readonly closed: EventDate | null;
  readonly reopened: EventDate | null;
  readonly lines: readonly DossierLine[];
}

export interface EnvoyState {
  readonly sender: string;
  readonly host: string;
  readonly person: string | null;
  readonly rank: string | null;
  readonly appointed: EventDate | null;
  readonly credentials: EventDate | null;
  readonly recalled: EventDate | null;
  readonly expelled: EventDate | null;
  readonly lines: readonly DossierLine[];
}

export interface AgreementState {
  readonly title: string | null;
  readonly type: string | null;
  readonly topics: readonly string[];
  readonly status: 'signed' | 'ratified' | 'planned';
  readonly signed: EventDate | null;
  readonly ratified: EventDate | null;
  readonly lines: readonly DossierLine[];
}

export interface SharedMembership {
  readonly organisation: CountryRef;
  readonly lines: readonly DossierLine[];
}

/** The per-pair view of EVENTS.md §5, derived from merged facts; JSON-able. */
export interface Dossier {
  readonly pair: readonly [CountryRef, CountryRef];
  readonly summary: {
    readonly facts: number;
    readonly articles: number;
    readonly sources: number;
    readonly first: string | null;
    readonly last: string | null;
    readonly conflicts: number;
  };
  readonly relations: RelationsState;
  readonly missions: readonly MissionState[];
  readonly headsOfMission: readonly EnvoyState[];
  readonly agreements: readonly AgreementState[];
  /** Meetings and visits that took place, in date order. */
  readonly meetings: readonly DossierLine[];
  /** Consultation rounds, joint commissions, friendship groups. */
  readonly mechanisms: readonly DossierLine[];
  readonly memberships: readonly SharedMembership[];
  /** Stated intentions and planned events. */
  readonly plans: readonly DossierLine[];
  /** Everything else between the two (other CAMEO events). */
  readonly other: readonly DossierLine[];
  /**
   * Present on a bounded dossier (`GET /api/dossier/:a/:b`, `attache dossier --limit`): how it
   * was cut, and per section how many lines exist and the cursor of the next (older) page.
   */
  readonly bounds?: DossierBounds;
}

/** The sections of a dossier that can be paged (memberships are always given whole). */
export type DossierSection = 'relations' | 'missions' | 'headsOfMission' | 'agreements' | 'meetings' | 'mechanisms' | 'plans' | 'other';

/** One section of a bounded dossier. */
export interface SectionBounds {
  /** Lines the section has in all. */
  readonly total: number;
  /** Lines given (the latest ones). */
  readonly shown: number;
  /** Cursor of the next page of older lines (`GET /api/dossier/:a/:b/sections/:section?cursor=`), or null. */
  readonly next: string | null;
}

/** How a bounded dossier was cut. */
export interface DossierBounds {
  /** Lines per section at most. */
  readonly limit: number;
  /** Sources per line at most. */
  readonly sourceLimit: number;
  /**
   * True when nothing was cut: the dossier is then exactly the full one. When false, the
   * summary's `facts`, `first` and `last` still count the whole pair, while `articles`,
   * `sources` and `conflicts` count the lines given.
   */
  readonly complete: boolean;
  readonly sections: Readonly<Record<DossierSection, SectionBounds>>;
}

/** One page of one section (`GET /api/dossier/:a/:b/sections/:section`). */
export interface DossierSectionPage {
  readonly pair: readonly [CountryRef, CountryRef];
  readonly section: DossierSection;
  /** Lines the section has in all. */
  readonly total: number;
  /** The page's lines, oldest first (the section's order). */
  readonly lines: readonly DossierLine[];
  /** For sections shown as states (relations, missions, heads of mission, agreements): those states, built from this page's lines. */
  readonly relations?: RelationsState;
  readonly missions?: readonly MissionState[];
  readonly headsOfMission?: readonly EnvoyState[];
  readonly agreements?: readonly AgreementState[];
  /** Cursor of the next page of older lines, or null. */
  readonly next: string | null;
}

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
}

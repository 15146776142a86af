/**
 * What a dictionary phrase means. One phrase may carry several meanings; the assembler picks
 * by context (a title before a name, a country word before a body…).
 */

/** How a country was named. */
export type CountryVia = 'name' | 'official' | 'abbrev' | 'demonym' | 'capital' | 'city';

export interface CountryLex {
  readonly k: 'country';
  readonly code: string;
  readonly via: CountryVia;
  /** Codes by date for names that changed meaning (Yugoslavia); `code` is the first. */
  readonly dated?: readonly { readonly code: string; readonly validFrom?: string | null; readonly validTo?: string | null }[];
}
export interface IgoLex {
  readonly k: 'igo';
  readonly code: string;
  readonly name: string;
}
export interface TitleLex {
  readonly k: 'title';
  readonly title: string;
  readonly sectors: readonly string[];
  /** head, minister, diplomat, legislator, military, judicial, police, official, rebel, opposition. */
  readonly cls: string;
  /** The country this wording usually belongs to ("external affairs minister" → IND). */
  readonly hint?: string;
}
export interface BodyLex {
  readonly k: 'body';
  readonly name: string;
  readonly sectors: readonly string[];
  /** Fixed country (Knesset → ISR), or null when it comes from context. */
  readonly country: string | null;
  readonly mission: boolean;
  /** A generic word (side, state, delegation) that names a body only after a country word. */
  readonly needsModifier: boolean;
  /** A group that belongs to no one country (Islamic State): an actor without a country. */
  readonly standalone: boolean;
  /**
   * A CAMEO agent: a group of people named by their role (protesters, students, police). With a
   * country word ("Georgian demonstrators") or a place ("a court in Guyana") it is that country's;
   * alone, it is `---` + sector as PETRARCH codes it ("Insurgents" → ---REB).
   */
  readonly agent: boolean;
}
/** A word in front of a title: deputy, vice (kept), acting, former (dropped). */
export interface ModLex {
  readonly k: 'mod';
  readonly keep: string | null;
}
export interface CounterpartLex {
  readonly k: 'counterpart';
}
/** A back-reference noun ("country", "Sultanate") and the form of state it needs. */
export interface NounLex {
  readonly k: 'noun';
  readonly form: string | null;
  readonly possessive: boolean;
}
/** A back-reference adjective ("Central American") and the countries it fits. */
export interface AdjLex {
  readonly k: 'adj';
  readonly codes: ReadonlySet<string>;
}
/** A description of a person ("the diplomat"): which title or class it fits, null = a group. */
export interface DescLex {
  readonly k: 'desc';
  readonly fits: string | null;
}
/** A person from the seed list (data/actors/people.json). */
export interface SeedLex {
  readonly k: 'seed';
  readonly name: string;
}

/** A region, sea or disputed area ("Latin America", "South China Sea"): shadows country names, never an actor. */
export interface RegionLex {
  readonly k: 'region';
}

export type Lex =
  | CountryLex | IgoLex | TitleLex | BodyLex | ModLex | CounterpartLex | NounLex | AdjLex | DescLex | SeedLex | RegionLex;

/** One role of a well-known person, valid between two dates (either open). */
export interface SeedRole {
  readonly name: string;
  readonly country: string;
  readonly title: string;
  readonly sectors: readonly string[];
  readonly aliases: readonly string[];
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

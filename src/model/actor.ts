/** What an actor mention refers to. */
export type ActorType = 'country' | 'igo' | 'person' | 'organisation' | 'group';

/**
 * A resolved participant of an event (EVENTS.md §2). `country` is ISO alpha-3 or an IGO code
 * (`UNO`, `EUR`, `NAT`…); `code` is the CAMEO actor code = country (or `---`) + sectors.
 */
export interface Actor {
  readonly text: string;
  readonly country: string | null;
  readonly sectors: readonly string[];
  readonly code: string | null;
  readonly name: string | null;
  readonly title: string | null;
  readonly type?: ActorType;
  /** Character offsets of `text` in the article text, when the actor was found in it. */
  readonly start?: number;
  readonly end?: number;
}

/** A person known to the people registry: the state that crosses articles. */
export interface Person {
  readonly name: string;
  readonly country: string | null;
  readonly title: string | null;
  readonly sectors: readonly string[];
  /** Other spellings and short forms seen ("Boldrini", "Chang Boldrini"). */
  readonly aliases: readonly string[];
  /** First and last article dates this person was seen with this role. */
  readonly firstSeen?: string | null;
  readonly lastSeen?: string | null;
}

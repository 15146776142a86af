import type { Person } from '../model/actor.js';

/**
 * The people registry: names resolved once are known in later sentences and articles.
 * It is the only state that crosses articles; it is passed in, never global.
 */
export interface PeopleRegistry {
  /** A person by full name or known alias ("Boldrini"), preferring the role held at `date`. */
  lookup(name: string, date?: string | null): Person | null;
  /** Adds or updates a person (merging aliases, widening firstSeen/lastSeen). */
  remember(person: Person, date?: string | null): void;
  /** Everyone known, in insertion order. */
  all(): readonly Person[];
}

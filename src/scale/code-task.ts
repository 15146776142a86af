import type { Article } from '../model/article.js';
import type { Person } from '../model/actor.js';
import type { DiploEvent } from '../model/event.js';
import type { AttacheError, Result } from '../model/result.js';
import type { EventCoder } from '../pipeline/types.js';
import type { PeopleRegistry } from '../actors/types.js';
import { createPeopleRegistry } from '../actors/registry.js';

/** What a coding thread is given at start: the people known before the run. */
export interface CodeWorkerData {
  readonly people: readonly Person[];
}

/** One coded article: its events and the people the registry learned or updated while coding it. */
export interface Coded {
  readonly events: readonly DiploEvent[];
  readonly people: readonly Person[];
}

/** The answer for one article: what it gave, or why it could not be coded. */
export type CodeResult = Result<Coded, AttacheError>;

/**
 * A people registry that also notes whom it was told about, so that what a coding thread learns
 * can be written to the store (and so reach the next run and the other threads' next runs).
 */
export interface TrackingRegistry extends PeopleRegistry {
  /** The people remembered since the last call, as the registry now knows them. */
  takeLearned(): Person[];
}

export function createTrackingRegistry(seed: readonly Person[]): TrackingRegistry {
  const base = createPeopleRegistry(seed);
  const learned = new Map<string, Person>();
  return {
    lookup: (name, date) => base.lookup(name, date),
    remember(person, date) {
      base.remember(person, date);
      learned.set(person.name, base.lookup(person.name, date) ?? person);
    },
    all: () => base.all(),
    takeLearned() {
      const out = [...learned.values()];
      learned.clear();
      return out;
    },
  };
}

/**
 * Codes one article, turning a coder exception into an INTERNAL error value so that one bad
 * article never stops a batch.
 */
export function codeSafely(coder: EventCoder, registry: TrackingRegistry, article: Article): CodeResult {
  registry.takeLearned();
  try {
    const events = coder.code(article, { registry });
    return { ok: true, value: { events, people: registry.takeLearned() } };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `coding failed: ${message.split('\n')[0]}`, input: article.origin ?? article.id },
    };
  }
}

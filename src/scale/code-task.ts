import type { Article } from '../model/article.js';
import type { Person } from '../model/actor.js';
import type { DiploEvent } from '../model/event.js';
import type { AttacheError, Result } from '../model/result.js';
import type { EventCoder } from '../pipeline/types.js';
import type { PeopleRegistry } from '../actors/types.js';
import { createPeopleRegistry, dateGap, roleKey } from '../actors/registry.js';

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

/**
 * Remember calls a coding thread's registry takes before it starts a new generation (see
 * `createTrackingRegistry`): it holds at most about twice this many roles however long the run.
 */
export const REGISTRY_GENERATION = 20_000;

/**
 * A tracking registry whose memory stays bounded on a long run: roles are remembered in the
 * newer of two generations (the first holds the seed too); once that has taken `generation`
 * remember calls it becomes the older one and the oldest is dropped. A person found only in the older generation is carried into the
 * newer one when met again (with the aliases and dates known so far), so people who keep
 * appearing are never forgotten; the store keeps everyone.
 */
export function createTrackingRegistry(seed: readonly Person[], generation = REGISTRY_GENERATION): TrackingRegistry {
  let older: PeopleRegistry | null = null;
  let newer = createPeopleRegistry(seed);
  let calls = 0; // the seed (the store's latest people) stays one whole generation in the newer registry
  const learned = new Map<string, Person>();
  /** The best date fit of both generations (the newer one on a tie), and whether it is the older one's. */
  const find = (name: string, date?: string | null): { person: Person; old: boolean } | null => {
    const a = newer.lookup(name, date);
    const b = older?.lookup(name, date) ?? null;
    if (!b) return a ? { person: a, old: false } : null;
    if (!a || dateGap(b, date) < dateGap(a, date)) return { person: b, old: true };
    return { person: a, old: false };
  };
  return {
    lookup: (name, date) => find(name, date)?.person ?? null,
    remember(person, date) {
      if (calls >= generation) {
        older = newer;
        newer = createPeopleRegistry();
        calls = 0;
      }
      const before = find(person.name, date);
      if (before?.old) newer.remember(before.person, before.person.lastSeen ?? before.person.firstSeen ?? null);
      newer.remember(person, date);
      calls++;
      learned.set(person.name, newer.lookup(person.name, date) ?? person);
    },
    all() {
      if (!older) return newer.all();
      // a person carried into the newer generation is listed once, as the newer one knows them
      const carried = new Set(newer.all().map(roleKey));
      return [...older.all().filter((p) => !carried.has(roleKey(p))), ...newer.all()];
    },
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

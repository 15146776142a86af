import type { Person } from '../model/actor.js';
import type { PeopleRegistry } from '../actors/types.js';

/**
 * A plain in-memory people registry for one ingest run (or one coding thread), seeded with the
 * people the store already knows. Lookup by full name or alias, case-insensitive.
 */
export function createRunRegistry(seed: readonly Person[] = []): PeopleRegistry {
  const people: Person[] = [];
  const byName = new Map<string, number>();
  const key = (name: string): string => name.trim().toLowerCase();

  const remember = (person: Person, date?: string | null): void => {
    const found = byName.get(key(person.name));
    if (found === undefined) {
      const index = people.length;
      people.push({ ...person, firstSeen: person.firstSeen ?? date ?? null, lastSeen: person.lastSeen ?? date ?? null });
      for (const name of [person.name, ...person.aliases]) if (!byName.has(key(name))) byName.set(key(name), index);
      return;
    }
    const old = people[found]!;
    const aliases = [...new Set([...old.aliases, ...person.aliases])];
    const first = [old.firstSeen, person.firstSeen, date].filter((d): d is string => !!d).sort()[0] ?? null;
    const last = [old.lastSeen, person.lastSeen, date].filter((d): d is string => !!d).sort().at(-1) ?? null;
    people[found] = {
      ...old, aliases, country: person.country ?? old.country, title: person.title ?? old.title,
      sectors: person.sectors.length ? person.sectors : old.sectors, firstSeen: first, lastSeen: last,
    };
    for (const name of person.aliases) if (!byName.has(key(name))) byName.set(key(name), found);
  };

  for (const person of seed) remember(person);
  return {
    lookup: (name) => {
      const index = byName.get(key(name));
      return index === undefined ? null : people[index]!;
    },
    remember,
    all: () => people.slice(),
  };
}

/**
 * The in-memory people registry: the state that crosses articles (names resolved once are known
 * later). Stores keep their own copy; this one is passed in, never global.
 */
import type { Person } from '../model/actor.js';
import type { PeopleRegistry } from './types.js';
import { fold } from './text.js';

const day = (d: string | null | undefined): string | null => (d ? d.slice(0, 10) : null);

/** A person's firstSeen and lastSeen as Date.parse times (NaN when absent). */
interface Seen {
  readonly from: number;
  readonly to: number;
}

const seenOf = (p: Person): Seen => ({ from: p.firstSeen ? Date.parse(p.firstSeen) : NaN, to: p.lastSeen ? Date.parse(p.lastSeen) : NaN });

/**
 * 0 when `date` lies within the person's known period, else the distance to it in ms (at least
 * 1); `time` is Date.parse(date), `seen` the person's dates parsed.
 */
function covers(p: Person, seen: Seen, date: string, time: number): number {
  const from = p.firstSeen ?? null;
  const to = p.lastSeen ?? null;
  if ((!from || from <= date) && (!to || date <= to)) return 0;
  const ref = from && date < from ? seen.from : to ? seen.to : time;
  return Math.abs(ref - time) || 1;
}

/**
 * How far `date` lies from a person's known period (0 within it or when either is unknown), in ms:
 * the measure `lookup` uses to choose among namesakes, for callers that hold several registries.
 */
export function dateGap(p: Person, date: string | null | undefined): number {
  const d = day(date);
  if (!d || (!p.firstSeen && !p.lastSeen)) return 0;
  return covers(p, seenOf(p), d, Date.parse(d));
}

/** The key of a person's role: the same key means `remember` merges the two. */
export function roleKey(p: Person): string {
  return `${fold(p.name).trim()}|${p.country ?? ''}|${p.title ?? ''}`;
}

function sameRole(a: Person, b: Person): boolean {
  return fold(a.name) === fold(b.name) && (a.country === b.country || !a.country || !b.country) &&
    (a.title === b.title || !a.title || !b.title);
}

function merge(old: Person, p: Person, date: string | null): Person {
  const aliases = [...old.aliases];
  for (const a of p.aliases) if (!aliases.some((x) => fold(x) === fold(a))) aliases.push(a);
  const seen = [old.firstSeen, old.lastSeen, p.firstSeen, p.lastSeen, date].map(day).filter((x): x is string => !!x).sort();
  return Object.freeze({
    name: old.name.length >= p.name.length ? old.name : p.name,
    country: old.country ?? p.country,
    title: old.title ?? p.title,
    sectors: old.sectors.length > 0 ? old.sectors : p.sectors,
    aliases: Object.freeze(aliases),
    firstSeen: seen[0] ?? null,
    lastSeen: seen[seen.length - 1] ?? null,
  });
}

class MemoryRegistry implements PeopleRegistry {
  private readonly people: Person[] = [];
  /** `seenOf(people[i])`, kept beside it (a look-up compares many people's dates). */
  private readonly seen: Seen[] = [];
  private readonly index = new Map<string, number[]>();

  lookup(name: string, date?: string | null): Person | null {
    const ids = this.index.get(fold(name).trim());
    if (!ids || ids.length === 0) return null;
    const d = day(date);
    let best = ids[ids.length - 1];
    if (d) {
      let score = Infinity;
      const time = Date.parse(d);
      for (const i of ids) {
        const s = covers(this.people[i], this.seen[i], d, time);
        if (s < score || (s === score && i > best)) {
          score = s;
          best = i;
        }
      }
    }
    return this.people[best];
  }

  remember(person: Person, date?: string | null): void {
    const d = day(date);
    // Same role means the same folded name, which the index holds: no scan of everyone.
    const same = (this.index.get(fold(person.name).trim()) ?? []).filter((i) => sameRole(this.people[i], person));
    const at = same.length > 0 ? Math.min(...same) : -1;
    if (at >= 0) {
      this.people[at] = merge(this.people[at], person, d);
      this.seen[at] = seenOf(this.people[at]);
      this.indexPerson(at);
      return;
    }
    this.people.push(merge({ ...person, aliases: [], firstSeen: null, lastSeen: null }, person, d));
    this.seen.push(seenOf(this.people[this.people.length - 1]));
    this.indexPerson(this.people.length - 1);
  }

  all(): readonly Person[] {
    return [...this.people];
  }

  private indexPerson(i: number): void {
    const p = this.people[i];
    const words = p.name.split(/\s+/);
    const surname = words.length > 1 ? [words[words.length - 1]] : [];
    for (const n of [p.name, ...p.aliases, ...surname]) {
      const k = fold(n).trim();
      const ids = this.index.get(k) ?? [];
      if (!ids.includes(i)) ids.push(i);
      this.index.set(k, ids);
    }
  }
}

/** A new in-memory registry, optionally pre-filled (e.g. from the store). */
export function createPeopleRegistry(initial: readonly Person[] = []): PeopleRegistry {
  const r = new MemoryRegistry();
  for (const p of initial) r.remember(p, p.lastSeen ?? p.firstSeen ?? null);
  return r;
}

import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Person } from '../model/actor.js';
import { insertRows, runPrepared } from './prepared.js';
import type { Database, PeopleTable } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const norm = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** A person's identity in the store: normalised name and country. */
export const personKey = (p: Pick<Person, 'name' | 'country'>): string => `${norm(p.name)}|${p.country ?? ''}`;

const minDate = (a?: string | null, b?: string | null): string | null => (!a ? b ?? null : !b ? a : a < b ? a : b);
const maxDate = (a?: string | null, b?: string | null): string | null => (!a ? b ?? null : !b ? a : a > b ? a : b);

/** Merges what is known of one person: aliases and sectors united, seen-range widened, the latest title kept. */
export function mergePerson(old: Person, p: Person): Person {
  const newer = !old.lastSeen || (p.lastSeen ?? '') >= old.lastSeen;
  const title = newer ? p.title ?? old.title : old.title ?? p.title;
  const name = old.name.length >= p.name.length ? old.name : p.name;
  const aliases = [...new Set([...old.aliases, ...p.aliases, old.name, p.name])].filter((a) => a !== name);
  return {
    name, country: old.country ?? p.country, title,
    sectors: [...new Set([...old.sectors, ...p.sectors])], aliases,
    firstSeen: minDate(old.firstSeen, p.firstSeen), lastSeen: maxDate(old.lastSeen, p.lastSeen),
  };
}

export function rowPerson(r: Selectable<PeopleTable>): Person {
  return {
    name: r.name, country: r.country, title: r.title, sectors: JSON.parse(r.sectors) as string[],
    aliases: JSON.parse(r.aliases) as string[], firstSeen: r.first_seen, lastSeen: r.last_seen,
  };
}

const personRow = (key: string, p: Person): PeopleTable => ({
  key, name: p.name, country: p.country, title: p.title, sectors: JSON.stringify(p.sectors),
  aliases: JSON.stringify(p.aliases), first_seen: p.firstSeen ?? null, last_seen: p.lastSeen ?? null,
  search: ` ${norm([p.name, ...p.aliases, p.title ?? '', p.country ?? ''].join(' '))} `,
});

/** Rows a search for people returns at most (then narrowed to those the name really fits). */
const MATCH_ROWS = 50;

/**
 * The stored person a new mention names when its key is new: same country, and one name's
 * words within the other's ("Aliyev" / "Rashad Aliyev"). Ambiguous matches prefer the same
 * title; still ambiguous → null (kept apart). `pending` holds the rows this call has written
 * so far (not in the table yet): they take the place of their stored versions.
 */
async function sameCountryMatch(db: Db, p: Person, pending: ReadonlyMap<string, PeopleTable>): Promise<PeopleTable | null> {
  const words = norm(p.name).split(' ').filter((w) => w.length > 2);
  const last = words[words.length - 1];
  if (!last || !p.country) return null;
  const fits = (r: PeopleTable): boolean => r.country === p.country && r.search.includes(` ${last} `);
  const found = await runPrepared<Selectable<PeopleTable>>(db, 'people-like', (d, arg) => d.selectFrom('people').selectAll()
    .where('country', '=', arg(0)).where('search', 'like', arg(1)).limit(MATCH_ROWS + 200), [p.country, `% ${last} %`]);
  const seen = new Set<string>();
  const rows: PeopleTable[] = [];
  for (const r of found.rows) {
    seen.add(r.key);
    const now = pending.get(r.key) ?? r;
    if (fits(now)) rows.push(now);
  }
  for (const r of pending.values()) if (!seen.has(r.key) && fits(r)) rows.push(r);
  const hits = rows.slice(0, MATCH_ROWS).filter((r) => {
    const a = norm(r.name).split(' '), b = norm(p.name).split(' ');
    const [short, long] = a.length <= b.length ? [a, b] : [b, a];
    return short.every((w) => long.includes(w));
  });
  if (hits.length <= 1) return hits[0] ?? null;
  const titled = hits.filter((r) => r.title && p.title && norm(r.title) === norm(p.title));
  return titled.length === 1 ? titled[0]! : null;
}

const PEOPLE_UPDATE = ['name', 'country', 'title', 'sectors', 'aliases', 'first_seen', 'last_seen', 'search'] as const;

/**
 * Adds or updates people (merging with what is stored), inside the caller's transaction: the
 * stored rows read in one statement, each person decided in key order (a later one may match a
 * row an earlier one wrote), and every changed row written back in one multi-row upsert.
 */
export async function upsertPeopleIn(db: Db, people: readonly Person[]): Promise<void> {
  const merged = new Map<string, Person>();
  for (const p of people) {
    if (!p.name.trim()) continue;
    const key = personKey(p);
    const prev = merged.get(key);
    merged.set(key, prev ? mergePerson(prev, p) : p);
  }
  if (merged.size === 0) return;
  const keys = [...merged.keys()].sort();
  const stored = new Map<string, PeopleTable>();
  for (let i = 0; i < keys.length; i += 400) {
    for (const r of await db.selectFrom('people').selectAll().where('key', 'in', keys.slice(i, i + 400)).execute()) stored.set(r.key, r);
  }
  const pending = new Map<string, PeopleTable>();
  for (const key of keys) {
    const p = merged.get(key)!;
    const current = pending.get(key) ?? stored.get(key) ?? (await sameCountryMatch(db, p, pending));
    const rowKey = current?.key ?? key;
    const next = current ? withAlias(mergePerson(rowPerson(current), p), p.name) : p;
    pending.set(rowKey, personRow(rowKey, next));
  }
  await insertRows(db, 'people', [...pending.values()], { key: 'key', update: PEOPLE_UPDATE });
}

/** Keeps the shorter spelling as an alias of the fuller name. */
function withAlias(p: Person, seen: string): Person {
  return seen === p.name || p.aliases.includes(seen) ? p : { ...p, aliases: [...p.aliases, seen] };
}

/** People whose name, alias, title or country contains the words of `query` (all, case- and accent-insensitive). */
export async function queryPeople(db: Db, query?: string, limit = 1000): Promise<Person[]> {
  let qb = db.selectFrom('people').selectAll();
  for (const w of norm(query ?? '').split(' ').filter(Boolean)) qb = qb.where('search', 'like', `%${w}%`); // norm() leaves only [a-z0-9 ]
  const rows = await qb.orderBy('name').orderBy('key').limit(limit).execute();
  return rows.map(rowPerson);
}

import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Dialect } from './duplicates.js';
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

/** Stored rows of one country whose search text holds one word, by `country|word`. */
type LikeRows = Map<string, readonly PeopleTable[]>;

/** The country and the name's last word (over 2 letters) a new person is looked up by, or null. */
function likeQuery(p: Person): { readonly country: string; readonly word: string } | null {
  const words = norm(p.name).split(' ').filter((w) => w.length > 2);
  const word = words[words.length - 1];
  return word && p.country ? { country: p.country, word } : null;
}

/**
 * On PostgreSQL, the look-ups of every person not stored under their own key, in one statement
 * (a round trip each would cost more than the search); SQLite runs them one by one, prepared.
 */
async function prefetchLikes(db: Db, dialect: Dialect, people: readonly Person[]): Promise<LikeRows> {
  const out: LikeRows = new Map();
  if (dialect !== 'postgres') return out;
  const wanted = new Map<string, { country: string; word: string }>();
  for (const p of people) {
    const q = likeQuery(p);
    if (q) wanted.set(`${q.country}|${q.word}`, q);
  }
  if (wanted.size === 0) return out;
  const qs = [...wanted.values()];
  const res = await sql<PeopleTable & { q: string }>`select k.q, p.* from unnest(${qs.map((q) => q.country)}::text[], ${qs.map((q) => `% ${q.word} %`)}::text[], ${qs.map((q) => `${q.country}|${q.word}`)}::text[]) as k(country, pattern, q)
    cross join lateral (select * from people where country = k.country and search like k.pattern limit ${MATCH_ROWS + 200}) as p`.execute(db);
  for (const key of wanted.keys()) out.set(key, []);
  for (const { q, ...row } of res.rows) (out.get(q) as PeopleTable[]).push(row);
  return out;
}

/**
 * The stored person a new mention names when its key is new: same country, and one name's
 * words within the other's ("Aliyev" / "Rashad Aliyev"). Ambiguous matches prefer the same
 * title; still ambiguous → null (kept apart). `pending` holds the rows this call has written
 * so far (not in the table yet): they take the place of their stored versions.
 */
async function sameCountryMatch(db: Db, p: Person, pending: ReadonlyMap<string, PeopleTable>, prefetched: LikeRows): Promise<PeopleTable | null> {
  const q = likeQuery(p);
  if (!q) return null;
  const fits = (r: PeopleTable): boolean => r.country === q.country && r.search.includes(` ${q.word} `);
  const found = prefetched.get(`${q.country}|${q.word}`) ?? (await runPrepared<Selectable<PeopleTable>>(db, 'people-like', (d, arg) => d.selectFrom('people').selectAll()
    .where('country', '=', arg(0)).where('search', 'like', arg(1)).limit(MATCH_ROWS + 200), [q.country, `% ${q.word} %`])).rows;
  const seen = new Set<string>();
  const rows: PeopleTable[] = [];
  for (const r of found) {
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

/** People rows decided by a write but not written yet, by key: later decisions see them. */
export type PendingPeople = Map<string, PeopleTable>;

/**
 * Decides how `people` join the stored people (merging with what is stored and with `pending`),
 * each in key order (a later one may match a row an earlier one decided), into `pending`. The
 * stored rows are read in one statement; nothing is written.
 */
export async function planPeople(db: Db, dialect: Dialect, people: readonly Person[], pending: PendingPeople): Promise<void> {
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
  const unknown = keys.filter((k) => !pending.has(k));
  for (let i = 0; i < unknown.length; i += 400) {
    for (const r of await db.selectFrom('people').selectAll().where('key', 'in', unknown.slice(i, i + 400)).execute()) stored.set(r.key, r);
  }
  const likes = await prefetchLikes(db, dialect, keys.filter((k) => !pending.has(k) && !stored.has(k)).map((k) => merged.get(k)!));
  for (const key of keys) {
    const p = merged.get(key)!;
    const current = pending.get(key) ?? stored.get(key) ?? (await sameCountryMatch(db, p, pending, likes));
    const rowKey = current?.key ?? key;
    const next = current ? withAlias(mergePerson(rowPerson(current), p), p.name) : p;
    pending.set(rowKey, personRow(rowKey, next));
  }
}

/**
 * Writes decided people in one multi-row upsert, in key order: concurrent writers lock people
 * rows in the same order, so they never deadlock on them.
 */
export async function writePeople(db: Db, pending: PendingPeople): Promise<void> {
  const rows = [...pending.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  await insertRows(db, 'people', rows, { key: 'key', update: PEOPLE_UPDATE });
}

/** Adds or updates people (merging with what is stored), inside the caller's transaction. */
export async function upsertPeopleIn(db: Db, dialect: Dialect, people: readonly Person[]): Promise<void> {
  const pending: PendingPeople = new Map();
  await planPeople(db, dialect, people, pending);
  await writePeople(db, pending);
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

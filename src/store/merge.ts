import type { Actor } from '../model/actor.js';
import type { DiploEvent, EventAttributes, EventDate, Modality } from '../model/event.js';
import { dayInterval, within, width, type DayInterval } from './dates.js';
import type { Fact } from './store.js';

/** A person taking part in a fact. */
export interface FactPerson {
  readonly name: string;
  readonly country: string | null;
  readonly title: string | null;
}

/** A merged fact without its sources: what the merge functions compare and refine. */
export interface FactDraft extends Omit<Fact, 'sources'> {
  /** Facts that may report the same thing share this key (kind, parties, direction, modality class). */
  readonly mergeKey: string;
}

/** What to do with one event given the facts sharing its merge key. */
export type MergeDecision =
  | { readonly action: 'merge'; readonly fact: FactDraft }
  | { readonly action: 'new'; readonly fact: FactDraft; readonly conflictsWith: readonly string[] };

/** Kinds whose parties are unordered: "A and B established relations" = "B and A…". */
const SYMMETRIC: ReadonlySet<string> = new Set([
  'relations.establish', 'relations.restore', 'agreement.sign', 'meeting', 'parliament.friendship-group',
]);
/** Kinds where the same key with an incompatible date is a conflict, not another occurrence. */
const ONCE: ReadonlySet<string> = new Set(['relations.establish', 'mission.open', 'agreement.sign', 'agreement.ratify']);
/** True for kinds that happen once per key (a second date is a conflict, not another occurrence). */
export const isOnceKind = (kind: string | null): boolean => kind !== null && ONCE.has(kind);
const INTENT: ReadonlySet<string> = new Set(['cooperation.intent', 'meeting.intent']);
/** Attributes that must be equal when both reports state them. */
const SAME_IF_BOTH = ['missionType', 'agreementType', 'rank', 'round', 'organisation', 'temporary'] as const;

const norm = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Distinct country (or IGO) codes of an event's actors, sorted. */
export function eventParties(e: DiploEvent): string[] {
  const all = [e.source, e.target, ...e.participants].map((a) => a?.country).filter((c): c is string => !!c);
  return [...new Set(all)].sort();
}

function modalityClass(kind: string | null, m: Modality): string {
  if (m === 'negated') return 'neg';
  if (m === 'asserted') return 'pos';
  if (kind && INTENT.has(kind) && m === 'intended') return 'pos';
  return 'fut';
}

/** The merge key of an event, or null when it names no country at all (no fact is made). */
export function mergeKeyOf(e: DiploEvent): string | null {
  const parties = eventParties(e);
  if (parties.length === 0) return null;
  const kindPart = e.kind ?? `cameo:${e.cameo}`;
  const partyPart = e.kind && SYMMETRIC.has(e.kind)
    ? parties.join(',')
    : `${e.source?.country ?? '-'}>${e.target?.country ?? '-'}`;
  return `${kindPart}|${partyPart}|${modalityClass(e.kind, e.modality)}`;
}

/** Named people an event involves (actors with a name that are persons, and `attributes.person`). */
export function eventPeople(e: DiploEvent): FactPerson[] {
  const out: FactPerson[] = [];
  const add = (a: Actor | null): void => {
    if (!a?.name) return;
    if (a.type && a.type !== 'person') return;
    if (!a.type && !a.title) return;
    out.push({ name: a.name, country: a.country, title: a.title });
  };
  add(e.source); add(e.target); e.participants.forEach(add);
  if (e.attributes.person && !out.some((p) => sameName(p.name, e.attributes.person ?? ''))) {
    out.push({ name: e.attributes.person, country: e.source?.country ?? null, title: e.attributes.rank ?? null });
  }
  return unionPeople([], out);
}

/** "Boldrini" names "Luis Chang Boldrini": equal, or one's words all within the other's. */
export function sameName(a: string, b: string): boolean {
  const ta = norm(a).split(' '), tb = norm(b).split(' ');
  if (ta.join(' ') === tb.join(' ')) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short.every((w) => long.includes(w));
}

function unionPeople(base: readonly FactPerson[], more: readonly FactPerson[]): FactPerson[] {
  const out = [...base];
  for (const p of more) {
    const i = out.findIndex((q) => sameName(q.name, p.name) && (!q.country || !p.country || q.country === p.country));
    if (i < 0) { out.push(p); continue; }
    const q = out[i]!;
    out[i] = {
      name: p.name.length > q.name.length ? p.name : q.name,
      country: q.country ?? p.country,
      title: q.title ?? p.title,
    };
  }
  return out;
}

/** Creates the fact an event starts. */
export function factFromEvent(e: DiploEvent, id: string, mergeKey: string): FactDraft {
  return {
    id, mergeKey, kind: e.kind, cameo: e.cameo, parties: eventParties(e),
    source: e.source?.country ?? null, target: e.target?.country ?? null,
    date: e.date, modality: e.modality, attributes: e.attributes, people: eventPeople(e),
    conflictsWith: [],
  };
}

function titlesCompatible(a?: string, b?: string): boolean {
  if (!a || !b) return true;
  const x = norm(a), y = norm(b);
  return x === y || x.includes(y) || y.includes(x);
}

/** Non-date attributes agree: each stated by both is equal (city and titles loosely). */
export function attributesCompatible(f: EventAttributes, e: EventAttributes): boolean {
  for (const k of SAME_IF_BOTH) {
    const a = f[k], b = e[k];
    if (a !== undefined && b !== undefined && a !== b) return false;
  }
  if (f.city && e.city && norm(f.city) !== norm(e.city)) return false;
  if (f.person && e.person && !sameName(f.person, e.person)) return false;
  return titlesCompatible(f.agreementTitle, e.agreementTitle);
}

function peopleCompatible(kind: string | null, f: readonly FactPerson[], e: readonly FactPerson[]): boolean {
  if (kind !== 'meeting' && kind !== 'visit') return true;
  if (f.length === 0 || e.length === 0) return true;
  const covers = (xs: readonly FactPerson[], ys: readonly FactPerson[]): boolean =>
    ys.every((y) => xs.some((x) => sameName(x.name, y.name)));
  return covers(f, e) || covers(e, f);
}

/**
 * The date as the interval it asserts. A date taken from the article (no date in the text) of
 * a once-only fact only says "by then", so it covers everything up to that day.
 */
function assertedInterval(kind: string | null, d: EventDate): DayInterval | null {
  const i = dayInterval(d.value);
  if (!i) return null;
  return d.basis === 'article' && kind !== null && ONCE.has(kind) ? { start: '0000-01-01', end: i.end } : i;
}

/**
 * Compatible dates: unknown, or one interval within the other. A once-only fact dated by its
 * article ("by then") fits any stated date that starts by then: "this week" or "June 2017" in one
 * story and a headline of 30 June 2017 in another report the same opening.
 */
export function datesCompatible(kind: string | null, a: EventDate, b: EventDate): boolean {
  const x = assertedInterval(kind, a), y = assertedInterval(kind, b);
  if (!x || !y) return true;
  if (byThen(kind, a) || byThen(kind, b)) return x.start <= y.end && y.start <= x.end;
  return within(x, y) || within(y, x);
}

const byThen = (kind: string | null, d: EventDate): boolean => d.basis === 'article' && kind !== null && ONCE.has(kind);

/** The more precise of two compatible dates (stated dates beat article dates). */
export function refineDate(kind: string | null, a: EventDate, b: EventDate): EventDate {
  const x = assertedInterval(kind, a), y = assertedInterval(kind, b);
  if (!x) return y ? b : a;
  if (!y) return a;
  return width(y) < width(x) ? b : a;
}

function mergeAttributes(f: EventAttributes, e: EventAttributes): EventAttributes {
  const out: Record<string, unknown> = { ...f };
  for (const [k, v] of Object.entries(e)) {
    if (v === undefined) continue;
    const cur = out[k];
    if (cur === undefined) out[k] = v;
    else if (k === 'topics' && Array.isArray(cur) && Array.isArray(v)) out[k] = [...new Set([...cur, ...v])];
    else if (k === 'agreementTitle' && typeof v === 'string' && typeof cur === 'string' && v.length > cur.length) out[k] = v;
  }
  return out as EventAttributes;
}

/** True when the event and the fact describe the same kind of thing apart from the date. */
function sameButDate(f: FactDraft, e: DiploEvent, people: readonly FactPerson[]): boolean {
  return attributesCompatible(f.attributes, e.attributes) && peopleCompatible(e.kind, f.people, people);
}

function isConflict(f: FactDraft, e: DiploEvent): boolean {
  if (!e.kind || !ONCE.has(e.kind)) return false;
  if (e.kind.startsWith('agreement.')) {
    const a = f.attributes.agreementTitle, b = e.attributes.agreementTitle;
    return !!a && !!b && norm(a) === norm(b);
  }
  return true;
}

/**
 * Most conflicting facts one fact lists. Real reports disagree in a handful of ways; a bound
 * keeps a fact's row small (and writes linear) however many contradictory reports arrive.
 */
export const MAX_CONFLICTS = 10;

/**
 * Decides how an event joins the facts sharing its merge key: merged into the first compatible
 * one (date refined, attributes and people completed), or a new fact, marked as conflicting with
 * the once-only facts it contradicts.
 */
export function decide(candidates: readonly FactDraft[], e: DiploEvent, newId: string, mergeKey: string): MergeDecision {
  const people = eventPeople(e);
  const conflicts: string[] = [];
  for (const f of candidates) {
    if (!sameButDate(f, e, people)) continue;
    if (datesCompatible(e.kind, f.date, e.date)) {
      const fact: FactDraft = {
        ...f,
        date: refineDate(e.kind, f.date, e.date),
        attributes: mergeAttributes(f.attributes, e.attributes),
        people: unionPeople(f.people, people),
        parties: [...new Set([...f.parties, ...eventParties(e)])].sort(),
      };
      return { action: 'merge', fact };
    }
    if (isConflict(f, e) && conflicts.length < MAX_CONFLICTS) conflicts.push(f.id);
  }
  const fact = { ...factFromEvent(e, newId, mergeKey), conflictsWith: conflicts };
  return { action: 'new', fact, conflictsWith: conflicts };
}

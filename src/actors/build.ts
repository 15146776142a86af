/**
 * Building Actor and Mention values, and choosing a seed role by date.
 */
import type { Actor, ActorType } from '../model/actor.js';
import type { Gazetteer } from './gazetteer.js';
import type { SeedRole } from './lexicon.js';

/** One actor found in the text. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly actor: Actor;
  /**
   * How it was recognised: name, official, abbrev, demonym, possessive, capital (a capital or
   * seat — may be a place, not an actor), igo, body, title, appositive, counterpart, seed, alias,
   * registry, backref, pronoun, description.
   */
  readonly via: string;
  /** For envoys and missions: the host country or organisation ("ambassador to Peru", "embassy in Baku"). */
  readonly host?: string;
  /** For missions: the city named after "in" ("embassy in Baku" → "Baku"). */
  readonly city?: string;
}

/** What makeActor needs; `code` is derived. */
export interface ActorFields {
  readonly text: string;
  readonly country: string | null;
  readonly sectors: readonly string[];
  readonly name: string | null;
  readonly title: string | null;
  readonly type: ActorType;
  readonly start: number;
  readonly end: number;
}

/** CAMEO code: country (or ---) + sectors; organisations are IGO + their code (IGOUNO), NGOs NGO + theirs (NGOAMN). */
export function cameoCode(gaz: Gazetteer, country: string | null, sectors: readonly string[]): string {
  if (country && gaz.isIgo(country)) {
    const kind = gaz.isNgo(country) ? 'NGO' : 'IGO';
    const own = gaz.igoSectors(country);
    return kind + country + own.join('') + sectors.filter((s) => s !== 'IGO' && s !== 'NGO' && s !== 'GOV' && !own.includes(s)).join('');
  }
  return (country ?? '---') + sectors.join('');
}

const NO_SECTORS: readonly string[] = Object.freeze([]);

/** Where an actor is written: its text and offsets. */
export interface ActorSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** What an actor is, apart from where it is written. */
export type ActorKind = Omit<ActorFields, 'text' | 'start' | 'end'>;

/** A frozen Actor with its CAMEO code (organisation actors get the IGO sector). */
export function makeActor(gaz: Gazetteer, f: ActorFields): Actor {
  return spanActor(gaz, f, f);
}

/**
 * `makeActor` from a span and the rest of the fields (no `{ ...span, ... }` copy: object spread
 * takes a slow path here that cost more than the rest of the actor).
 */
export function spanActor(gaz: Gazetteer, at: ActorSpan, f: ActorKind): Actor {
  const igo = f.country !== null && gaz.isIgo(f.country);
  const kind = igo && gaz.isNgo(f.country) ? 'NGO' : 'IGO';
  const sectors = igo ? [kind, ...f.sectors.filter((s) => s !== 'IGO' && s !== 'NGO' && s !== 'GOV')] : f.sectors.length === 0 ? NO_SECTORS : [...f.sectors];
  return Object.freeze({
    text: at.text,
    country: f.country,
    sectors: Object.freeze(sectors),
    code: cameoCode(gaz, f.country, sectors),
    name: f.name,
    title: f.title,
    type: f.type,
    start: at.start,
    end: at.end,
  });
}

function within(date: string, from: string | null, to: string | null): boolean {
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

function distance(date: string, r: SeedRole): number {
  const t = Date.parse(date.slice(0, 10));
  const a = r.validFrom ? Date.parse(r.validFrom) : -Infinity;
  const b = r.validTo ? Date.parse(r.validTo) : Infinity;
  if (Number.isNaN(t)) return 0;
  return t < a ? a - t : t > b ? t - b : 0;
}

/**
 * The role held at `date` (or the nearest one); the latest role when the date is unknown. With
 * `title` (the title the text gives, "foreign minister"), roles of that title come first: a
 * foreign minister who later chaired an assembly is the minister where the text says so, unless
 * the date says they held only the other role then.
 */
export function pickRole(roles: readonly SeedRole[], date: string | null, title: string | null = null): SeedRole | null {
  if (roles.length === 0) return null;
  const titled = title ? roles.filter((r) => r.title === title) : [];
  const pool = titled.length > 0 ? titled : roles;
  if (!date) return pool[pool.length - 1];
  let held = pool.filter((r) => within(date, r.validFrom, r.validTo));
  if (held.length === 0 && pool !== roles) held = roles.filter((r) => within(date, r.validFrom, r.validTo));
  if (held.length > 0) return held[held.length - 1];
  let best = pool[0];
  for (const r of pool) if (distance(date, r) < distance(date, best)) best = r;
  return best;
}

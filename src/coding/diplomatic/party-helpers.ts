import { accreditedAt } from './accredited.js';
import type { Actor } from '../../model/actor.js';
import type { Place } from '../../model/event.js';
import { isPlace } from './clause-view.js';
import type { Parties, PartyContext } from './party-types.js';
import type { ActorSpan } from './types.js';

export const RECEIVE = new Set(['receive', 'accept']);
export const CITY_VIA = new Set(['capital', 'city', 'seat']);
export const countryOf = (a: Actor | null | undefined): string | null => a?.country ?? null;

export function done(
  source: Actor | null, target: Actor | null, participants: readonly Actor[], place: Place | null, city: string | null,
  person: Actor | null, agents: readonly Actor[], explicit: number,
): Parties {
  return { source, target, participants, place, city, person, agents, explicit };
}

export const empty = (agents: readonly Actor[]): Parties => done(null, null, [], null, null, null, agents, 0);

/** A person whose country the text leaves implicit, placed in the pair's other country. */
export function withCountry(a: Actor, country: string): Actor {
  return Object.freeze({ ...a, country, code: `${country}${a.sectors.join('')}` });
}

/** Another country or body named in the clause, not of `than`'s country (not a place, not a person). */
export function other(ctx: PartyContext, than: Actor): Actor | null {
  const s = ctx.view.slots.find((x) => !isPlace(x) && x.span.actor.country && x.span.actor.country !== than.country
    && x.span.actor.type !== 'person' && x.span.actor.type !== 'igo');
  return s?.span.actor ?? null;
}

export function dateline(ctx: PartyContext, than: Actor): Actor | null {
  const c = ctx.frame.datelineCountry;
  return c && c !== than.country ? ctx.frame.countryActor(c, ctx.frame.datelinePlace ?? undefined) : null;
}

export function pairOther(ctx: PartyContext, than: Actor): Actor | null {
  const pair = ctx.frame.pair(ctx.sentence.index);
  if (!pair || !pair.some((p) => p.country === than.country)) return null;
  return pair.find((p) => p.country !== than.country) ?? null;
}

/** Actors without repeats: one per country (a named person wins over the bare country), persons by name. */
export function unique(list: readonly (Actor | null | undefined)[]): Actor[] {
  const out: Actor[] = [];
  for (const a of list) {
    if (!a) continue;
    const same = out.findIndex((b) => (a.country && b.country === a.country) || (a.name && b.name === a.name));
    if (same < 0) out.push(a);
    else if (!out[same]!.name && a.name) out[same] = a;
  }
  return out;
}

/** CAMEO sectors of groups that are no state's: business, opposition, rebels, media, civil society… */
const NON_STATE_SECTORS = new Set(['BUS', 'OPP', 'REB', 'RAD', 'UAF', 'MED', 'EDU', 'CVL', 'LAB', 'REF', 'HLH', 'AGR', 'NGO', 'MNC', 'INS', 'SEP']);
/** Titles of people who act for no state ("Ruritania coach X said: 'we came here to win'"). */
const NON_STATE_TITLES = new Set(['coach', 'chief executive']);

/**
 * An actor that cannot be a party of a diplomatic event although it has a country: a national team
 * (`team` mentions of a match report), a company or other non-state group, a coach or a firm's chief.
 */
export function nonState(a: Actor | null | undefined, spans: readonly ActorSpan[]): boolean {
  if (!a) return false;
  if (a.type === 'person') return a.title !== null && NON_STATE_TITLES.has(a.title) || a.sectors.length > 0 && a.sectors.every((x) => NON_STATE_SECTORS.has(x));
  if (a.type === 'organisation' || a.type === 'group') return a.sectors.length > 0 && a.sectors.every((x) => NON_STATE_SECTORS.has(x));
  return spans.some((s) => s.actor === a && s.via === 'team');
}

/**
 * "their envoys to the African Union signed …": an organisation named only as
 * where the signatories are posted is no party of the event (the same rule as `withoutAccreditingBodies`).
 */
export function titleComplement(ctx: PartyContext, a: Actor): boolean {
  if (a.type !== 'igo') return false;
  const s = ctx.sentence;
  const spans = s.actors.filter((x) => x.actor.country === a.country);
  return spans.length > 0 && spans.every((x) => accreditedAt(s, x.start));
}

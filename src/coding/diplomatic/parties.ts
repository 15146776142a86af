import type { Actor } from '../../model/actor.js';
import type { Place } from '../../model/event.js';
import { agentsOf } from './agents.js';
import type { ClauseView, Slot } from './clause-view.js';
import { isPlace } from './clause-view.js';
import type { Match } from './match.js';
import { placeAfter, placeOfSlot } from './places.js';
import type { ArticleFrame, SentenceInput } from './types.js';

/** The parties of one match, before checks. */
export interface Parties {
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly participants: readonly Actor[];
  readonly place: Place | null;
  readonly city: string | null;
  /** The envoy an envoy event is about. */
  readonly person: Actor | null;
  /** Subject actors, passed on to a following clause without a subject. */
  readonly agents: readonly Actor[];
  /** Parties named in the clause itself (not filled in from the article's pair). */
  readonly explicit: number;
}

/** Everything the direction rules read. */
export interface PartyContext {
  readonly view: ClauseView;
  readonly match: Match;
  readonly sentence: SentenceInput;
  readonly frame: ArticleFrame;
  readonly inherited: readonly Actor[];
  /** The clause says "the two countries", "both sides", "bilateral"… */
  readonly pairWord: boolean;
  /** The clause has "we", "our", "us" (the speaker's side). */
  readonly firstPerson: boolean;
}

const countryOf = (a: Actor | null | undefined): string | null => a?.country ?? null;

/** Reads source, target and participants of a match by the direction of its rule. */
export function partiesOf(ctx: PartyContext): Parties {
  const { view, match } = ctx;
  const owner = match.objFrom >= 0 ? view.ownerOf(match.objFrom, match.objTo) : null;
  const ownerSlot = owner && (owner.to <= match.trigFrom || owner.from >= match.trigTo || match.nominal) ? owner : owner;
  const agents = agentsOf({ ...ctx, trigFrom: match.trigFrom, trigTo: match.trigTo, owner: ownerSlot });
  switch (match.rule.direction) {
    case 'symmetric': return symmetric(ctx, agents);
    case 'meeting': return meeting(ctx, agents, false);
    case 'host': return meeting(ctx, agents, true);
    case 'mission': return mission(ctx, agents, ownerSlot);
    case 'envoy': return envoy(ctx, agents, ownerSlot);
    case 'expel': return expel(ctx, agents, ownerSlot);
    case 'visit': return visit(ctx, agents, ownerSlot);
    case 'membership': return membership(ctx, agents);
    case 'ratify':
    case 'directed': return directed(ctx, agents);
  }
}

/** All parties of the clause count alike ("A and B established relations"). */
function symmetric(ctx: PartyContext, agents: Actor[]): Parties {
  const named = ctx.view.slots.filter((s) => !isPlace(s)).map((s) => s.span.actor);
  const list = unique([...agents, ...named]);
  if (ctx.firstPerson && ctx.sentence.speaker) list.unshift(ctx.sentence.speaker);
  return fill(ctx, unique(list), agents, null, null);
}

/** Meetings: subject and the people met; "received" puts the host first. */
function meeting(ctx: PartyContext, agents: Actor[], host: boolean): Parties {
  const { view, match } = ctx;
  const after = view.after(match.trigTo).filter((s) => !isPlace(s) && s.prep !== 'of' || s.prep === 'of' && match.nominal);
  const before = view.before(match.trigFrom).map((s) => s.span.actor);
  const list = unique([...agents, ...(match.nominal ? before : []), ...after.map((s) => s.span.actor)]);
  if (ctx.firstPerson && ctx.sentence.speaker) list.unshift(ctx.sentence.speaker);
  const placeSlot = view.slots.find((s) => isPlace(s) && s.from >= match.trigTo);
  const place = placeSlot ? placeOfSlot(placeSlot) : null;
  if (host && agents.length === 0) return empty(agents);
  return fill(ctx, unique(list), agents, place, placeSlot && placeSlot.span.via !== 'name' ? placeSlot.span.text : null);
}

/** Missions: the sender owns the mission ("its", "Peruvian", "of Ethiopia"); the host is where it is. */
function mission(ctx: PartyContext, agents: Actor[], owner: Slot | null): Parties {
  const { view, match, frame } = ctx;
  const sender = owner?.span.actor ?? (view.pronounOwner(match.objFrom) ? agents[0] : null) ?? agents[0] ?? null;
  if (!sender?.country) return empty(agents);
  const objEnd = Math.max(match.objTo, match.trigTo);
  const found = placeAfter(view.tokens, objEnd, view.clause.to, view.slots, frame, sender.country)
    ?? placeAfter(view.tokens, match.trigTo, view.clause.to, view.slots, frame, sender.country);
  let target: Actor | null = found ? frame.countryActor(found.country, found.name) : null;
  target ??= other(ctx, sender) ?? dateline(ctx, sender) ?? pairOther(ctx, sender);
  const city = found?.city ? found.name : null;
  return done(sender, target, [], found && found.city ? { name: found.name, country: found.country } : null, city, null, agents, 2);
}

/** Envoys: appointed or recalled by the subject, presenting credentials to the host. */
function envoy(ctx: PartyContext, agents: Actor[], owner: Slot | null): Parties {
  const { view, match, frame } = ctx;
  const kind = match.kind;
  const personAfter = view.after(match.trigTo).find((s) => s.span.actor.type === 'person' && s.from < match.objFrom + 2);
  const ownerActor = owner?.span.actor ?? null;
  let person: Actor | null = personAfter?.span.actor ?? (ownerActor?.type === 'person' ? ownerActor : null);
  let source: Actor | null;
  if (kind === 'envoy.credentials') source = ownerActor ?? agents[0] ?? null;
  else source = agents.find((a) => a.type !== 'person' || !person) ?? ownerActor;
  if (!person && agents[0]?.type === 'person') person = agents[0];
  if (source?.type === 'person' && person === null) person = source;
  if (!source?.country && person?.country) source = person;
  if (!source?.country) return empty(agents);
  const to = view.after(Math.max(match.trigTo, match.objTo)).find((s) => (s.prep === 'to' || s.prep === 'in') && s.span.actor.country !== source!.country);
  const found = to ? null : placeAfter(view.tokens, Math.max(match.objTo, match.trigTo), view.clause.to, view.slots, frame, source.country);
  const target = to?.span.actor ?? (found ? frame.countryActor(found.country, found.name) : null)
    ?? other(ctx, source) ?? dateline(ctx, source) ?? pairOther(ctx, source);
  return done(source, target, person && person !== source ? [person] : [], null, null, person, agents, 2);
}

/** Expulsions: the host (subject) expels the diplomats' country (their owner). */
function expel(ctx: PartyContext, agents: Actor[], owner: Slot | null): Parties {
  const source = agents.find((a) => a.country && a.country !== owner?.span.actor.country) ?? null;
  if (!source) return empty(agents);
  const target = (owner && owner.span.actor.country !== source.country ? owner.span.actor : null)
    ?? other(ctx, source) ?? pairOther(ctx, source);
  return done(source, target, [], null, null, null, agents, 2);
}

/** Visits: the visitor (subject or "X's visit") goes to the host ("to Baku", "visited Peru"). */
function visit(ctx: PartyContext, agents: Actor[], owner: Slot | null): Parties {
  const { view, match, frame } = ctx;
  const ownerOfVisit = match.nominal ? view.ownerOf(match.trigFrom, match.trigTo) : null;
  const visitor = ownerOfVisit?.span.actor ?? agents[0] ?? owner?.span.actor ?? null;
  if (!visitor?.country && visitor?.type !== 'person') return empty(agents);
  const exclude = visitor.country;
  const direct = match.nominal ? null : view.after(match.trigTo).find((s) => s.prep === null && s.from <= match.trigTo + 2 && s.span.actor.country !== exclude);
  const found = placeAfter(view.tokens, match.trigTo, view.clause.to, view.slots, frame, exclude);
  const target = direct?.span.actor ?? (found ? frame.countryActor(found.country, found.name) : null)
    ?? dateline(ctx, visitor) ?? pairOther(ctx, visitor);
  const city = found?.city ? found.name : null;
  return done(visitor, target, [], found ? { name: found.name, country: found.country } : null, city, null, agents, 2);
}

/** Membership: a country joins an organisation named after the trigger. */
function membership(ctx: PartyContext, agents: Actor[]): Parties {
  const org = ctx.view.after(ctx.match.trigTo).find((s) => s.span.actor.type === 'igo');
  const source = agents.find((a) => a.country && a.type !== 'igo') ?? null;
  if (!org || !source) return empty(agents);
  return done(source, org.span.actor, [], null, null, null, agents, 2);
}

/** Directed kinds: source is the subject; target by the rule's order (with, object, other, pair). */
function directed(ctx: PartyContext, agents: Actor[]): Parties {
  const { view, match } = ctx;
  let source: Actor | null = agents.find((a) => a.country) ?? agents[0] ?? null;
  if (!source && ctx.firstPerson) source = ctx.sentence.speaker;
  if (!source) return empty(agents);
  const order = match.rule.target ?? ['with', 'object', 'other', 'pair'];
  let target: Actor | null = null;
  const after = view.after(match.trigTo).filter((s) => !isPlace(s) && s.span.actor.country !== source!.country);
  for (const how of order) {
    if (how === 'with') target = after.find((s) => s.prep === 'with' || s.prep === 'to' || s.prep === 'between' || s.prep === 'and')?.span.actor ?? null;
    else if (how === 'object') target = after.find((s) => s.prep === null)?.span.actor ?? null;
    else if (how === 'agreementParty' || how === 'other') target = other(ctx, source);
    else if (how === 'pair') target = pairOther(ctx, source);
    if (target) break;
  }
  return fill(ctx, unique([source, ...(target ? [target] : [])]), agents, null, null);
}

/** Completes a party list from the article's pair and builds source/target/participants. */
function fill(ctx: PartyContext, list: Actor[], agents: readonly Actor[], place: Place | null, city: string | null): Parties {
  const explicit = new Set(list.map((a) => a.country ?? a.name ?? a.text)).size;
  const pair = ctx.frame.pair(ctx.sentence.index);
  let parties = list;
  if (pair) {
    const countries = new Set(parties.map(countryOf).filter((c): c is string => c !== null));
    const missing = pair.filter((p) => !countries.has(p.country!));
    if (missing.length === 1 && (countries.size >= 1 || ctx.pairWord)) {
      const nameless = parties.findIndex((a) => a.country === null && a.type === 'person');
      if (nameless >= 0) parties = parties.map((a, i) => (i === nameless ? withCountry(a, missing[0]!.country!) : a));
      else if (countries.size === 1 && (ctx.pairWord || !ctx.match.rule.explicitParties)) parties = [...parties, missing[0]!];
    } else if (missing.length === 2 && countries.size === 0 && ctx.pairWord) {
      const [a, b] = missing;
      parties = parties.filter((x) => x.country !== null).concat([a!, b!]);
    }
  }
  parties = parties.filter((a) => a.country !== null);
  const source = parties[0] ?? null;
  const target = parties.find((a) => a.country !== source?.country) ?? null;
  return done(source, target, parties, place, city, null, agents, explicit);
}

function done(
  source: Actor | null, target: Actor | null, participants: readonly Actor[], place: Place | null, city: string | null,
  person: Actor | null, agents: readonly Actor[], explicit: number,
): Parties {
  return { source, target, participants, place, city, person, agents, explicit };
}

const empty = (agents: readonly Actor[]): Parties => done(null, null, [], null, null, null, agents, 0);

/** A person whose country the text leaves implicit, placed in the pair's other country. */
function withCountry(a: Actor, country: string): Actor {
  return Object.freeze({ ...a, country, code: `${country}${a.sectors.join('')}` });
}

/** Another party named in the clause, not of `than`'s country (and not a place). */
function other(ctx: PartyContext, than: Actor): Actor | null {
  const s = ctx.view.slots.find((x) => !isPlace(x) && x.span.actor.country && x.span.actor.country !== than.country);
  return s?.span.actor ?? null;
}

function dateline(ctx: PartyContext, than: Actor): Actor | null {
  const c = ctx.frame.datelineCountry;
  return c && c !== than.country ? ctx.frame.countryActor(c, ctx.frame.datelinePlace ?? undefined) : null;
}

function pairOther(ctx: PartyContext, than: Actor): Actor | null {
  const pair = ctx.frame.pair(ctx.sentence.index);
  if (!pair || !pair.some((p) => p.country === than.country)) return null;
  return pair.find((p) => p.country !== than.country) ?? null;
}

/** Actors without repeats: one per country (a named person wins over the bare country), persons by name. */
function unique(list: readonly (Actor | null | undefined)[]): Actor[] {
  const out: Actor[] = [];
  for (const a of list) {
    if (!a) continue;
    const same = out.findIndex((b) => (a.country && b.country === a.country) || (a.name && b.name === a.name));
    if (same < 0) out.push(a);
    else if (!out[same]!.name && a.name) out[same] = a;
  }
  return out;
}

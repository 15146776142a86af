import type { Actor } from '../../model/actor.js';
import type { Place } from '../../model/event.js';
import { agentsOf, verbBetween } from './agents.js';
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

const RECEIVE = new Set(['receive', 'accept']);
const CITY_VIA = new Set(['capital', 'city', 'seat']);
const countryOf = (a: Actor | null | undefined): string | null => a?.country ?? null;

/** Reads source, target and participants of a match by the direction of its rule. */
export function partiesOf(ctx: PartyContext): Parties {
  const { view, match } = ctx;
  const owner = match.objFrom >= 0 ? view.ownerOf(match.objFrom, match.objTo) : null;
  const ownerSlot = owner;
  const agents = agentsOf({ ...ctx, trigFrom: match.trigFrom, trigTo: match.trigTo, owner: ownerSlot, nominal: match.nominal });
  return withAgentPersons(byDirection(ctx, agents, ownerSlot), agents);
}

/** People who act (the subject) are participants too: "Minister X inaugurated the embassy". */
function withAgentPersons(p: Parties, agents: readonly Actor[]): Parties {
  const sides = new Set([p.source?.country, p.target?.country]);
  const persons = agents.filter((a) => a.type === 'person' && a.name && sides.has(a.country) && !p.participants.includes(a));
  if (persons.length === 0 || !p.source) return p;
  return { ...p, participants: unique([...p.participants, ...persons]) };
}

function byDirection(ctx: PartyContext, agents: Actor[], ownerSlot: Slot | null): Parties {
  const { match } = ctx;
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
  const { view, match } = ctx;
  const objects = match.nominal ? nounParties(view, match.trigFrom, match.trigTo) : objectParties(view, match.trigTo);
  const np = match.objFrom >= 0 ? nounParties(view, match.objFrom, match.objTo) : [];
  let list = unique([...agents, ...objects, ...np]);
  // "our countries established relations": the speaker's country is a party (the speaker stays on the evidence)
  const spk = ctx.sentence.speaker;
  if (ctx.firstPerson && spk?.country) list.unshift(spk.type === 'person' ? ctx.frame.countryActor(spk.country) : spk);
  if (list.length === 0 && !ctx.pairWord) {
    // no subject or object found: a clause naming exactly two countries ("… of Peru … Azerbaijan …")
    const named = unique(view.slots.filter((s) => !isPlace(s) && !isNameModifier(view, s)).map((s) => s.span.actor));
    if (new Set(named.map(countryOf)).size === 2) list = named;
  }
  return fill(ctx, unique(list), agents, null, null, otherWith(view, match.trigTo));
}

/** "signed a deal with Boeing": the other side is named and is no country, so the pair is not it. */
function otherWith(view: ClauseView, from: number): boolean {
  for (let k = from; k < view.clause.to - 1; k++) {
    if (view.tokens[k]!.lower !== 'with') continue;
    let j = k + 1;
    if (view.tokens[j]?.pos === 'DET') j++;
    const t = view.tokens[j];
    return t !== undefined && (t.pos === 'PROPN' || t.pos === 'NOUN') && !view.covering(j);
  }
  return false;
}

/** Meetings: subject and the people met; "received" puts the host first. */
function meeting(ctx: PartyContext, agents: Actor[], host: boolean): Parties {
  const { view, match } = ctx;
  const after = match.nominal
    ? nounParties(view, match.trigFrom, match.trigTo)
    : objectParties(view, match.trigTo);
  // "X was received by Y": the by-phrase is the host, the subject the visitor
  const byAgent = !match.nominal && view.after(match.trigTo).some((x) => x.prep === 'by');
  const subjects = byAgent ? view.before(match.trigFrom).map((x) => x.span.actor) : [];
  const list = unique([...agents, ...after, ...subjects]);
  if (ctx.firstPerson && ctx.sentence.speaker) list.unshift(ctx.sentence.speaker);
  const placeSlot = view.slots.find((s) => isPlace(s) && s.from >= match.trigTo);
  const place = placeSlot ? placeOfSlot(placeSlot) : null;
  if (host && agents.length === 0) return empty(agents);
  return fill(ctx, unique(list), agents, place, placeSlot && placeSlot.span.via !== 'name' ? placeSlot.span.text : null);
}

/** "the Paris Agreement", "the Minsk Protocol": a city naming a document or event is no party. */
function isNameModifier(view: ClauseView, s: Slot): boolean {
  if (!CITY_VIA.has(s.span.via ?? '')) return false;
  const next = view.tokens[s.to];
  return next !== undefined && /^\p{Lu}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

const OBJECT_PREPS = new Set(['with', 'to', 'between', 'and']);

/** Who a meeting verb is with: "met (with) X and Y", "held talks with X": the first object group. */
function objectParties(view: ClauseView, from: number): Actor[] {
  const first = view.after(from).find((s) => !isPlace(s) && !isNameModifier(view, s) && (s.prep === null ? s.from - from <= 4 : OBJECT_PREPS.has(s.prep)));
  if (!first) return [];
  const out = [first.span.actor];
  let last = first;
  for (const s of view.after(first.to)) {
    const gap = view.tokens.slice(last.to, s.from).map((t) => t.lower);
    if (gap.length > 0 && gap.length <= 2 && gap.every((w) => w === 'and' || w === ',' || w === 'the')) {
      out.push(s.span.actor);
      last = s;
    } else break;
  }
  return out;
}

const NP_PREPS = new Set(['with', 'between', 'by', 'and', 'of', 'among']);

/** Parties of a meeting noun: "Azerbaijan-Mongolia talks", "talks between A and B", "consultations attended by A and B". */
function nounParties(view: ClauseView, from: number, to: number): Actor[] {
  const pre = view.slots.filter((s) => s.to <= from && s.to >= from - 2 && !isPlace(s) && !isNameModifier(view, s)).map((s) => s.span.actor);
  const post: Actor[] = [];
  let last = to;
  for (const s of view.after(to)) {
    if (verbBetween(view, last, s.from) && !(view.tokens[s.from - 1]?.lower === 'by')) break;
    if (isPlace(s)) continue;
    if (s.prep !== null && NP_PREPS.has(s.prep)) post.push(s.span.actor);
    else break;
    last = s.to;
  }
  return [...pre, ...post];
}

/** Missions: the sender owns the mission ("its", "Peruvian", "of Ethiopia"); the host is where it is. */
function mission(ctx: PartyContext, agents: Actor[], owner: Slot | null): Parties {
  const { view, match, frame } = ctx;
  let sender = owner?.span.actor ?? (view.pronounOwner(match.objFrom) ? agents[0] : null) ?? agents[0] ?? null;
  if (!sender?.country && ctx.pairWord) {
    // "the two countries agreed to open a trade office in Sao Paulo": the one not hosting it
    const at = placeAfter(view.tokens, match.objTo, view.clause.to, view.slots, frame, null);
    const pair = frame.pair(ctx.sentence.index);
    const other = at && pair?.some((p) => p.country === at.country) ? pair.find((p) => p.country !== at.country) : undefined;
    if (other) sender = other;
  }
  if (!sender?.country) return empty(agents);
  const hosted = owner?.span.host && owner.span.host !== sender.country
    ? { country: owner.span.host, name: owner.span.city ?? owner.span.host, city: Boolean(owner.span.city) }
    : null;
  const found = hosted
    ?? placeAfter(view.tokens, match.objTo, view.clause.to, view.slots, frame, sender.country)
    ?? placeAfter(view.tokens, match.trigTo, view.clause.to, view.slots, frame, sender.country);
  let target: Actor | null = found ? frame.countryActor(found.country, found.city ? found.name : undefined) : null;
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
  // "X received the credentials of the new Nepalese ambassador": the subject is the host
  const hostReceives = kind === 'envoy.credentials' && RECEIVE.has(view.tokens[match.trigFrom]!.lemma);
  if (hostReceives) {
    const host = agents.find((a) => a.country);
    const envoyOf = view.after(match.objTo).find((x) => x.span.actor.country && x.span.actor.country !== host?.country);
    if (host && envoyOf) {
      const envoyActor = envoyOf.span.actor;
      return done(envoyActor, host, envoyActor.type === 'person' ? [envoyActor] : [], null, null, envoyActor.type === 'person' ? envoyActor : null, agents, 2);
    }
  }
  if (kind === 'envoy.credentials') source = ownerActor ?? agents[0] ?? null;
  else source = agents.find((a) => a.country) ?? ownerActor;
  if (!person && agents[0]?.type === 'person') person = agents[0];
  if (!person && kind === 'envoy.appoint') person = nameAfter(view, match.trigTo, ownerActor ?? agents[0] ?? null, match.object?.rank ?? null);
  if (source?.type === 'person' && person === null) person = source;
  if (!source?.country && person?.country) source = person;
  if (!source?.country) return empty(agents);
  const to = view.after(Math.max(match.trigTo, match.objTo)).find((s) => (s.prep === 'to' || s.prep === 'in' || s.prep === 'from') && s.span.actor.country !== source!.country);
  const found = to ? null : placeAfter(view.tokens, Math.max(match.objTo, match.trigTo), view.clause.to, view.slots, frame, source.country);
  const target = to?.span.actor ?? (found ? frame.countryActor(found.country, found.name) : null)
    ?? other(ctx, source) ?? dateline(ctx, source) ?? pairOther(ctx, source);
  return done(source, target, person && person !== source ? [person] : [], null, null, person, agents, 2);
}

/**
 * "appointed Maria Castañon Seoane as ambassador": a name right after the verb that the actor
 * resolver left unrecognised (workaround until it reads names without a title before them).
 */
function nameAfter(view: ClauseView, from: number, side: Actor | null, rank: string | null): Actor | null {
  let k = from;
  const t = view.tokens;
  while (k < view.clause.to && k - from < 5 && t[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(t[k]!.text) && !view.covering(k)) k++;
  if (k - from < 2) return null;
  const name = t.slice(from, k).map((x) => x.text).join(' ');
  const country = side?.country ?? null;
  return Object.freeze({
    text: name, country, sectors: ['GOV'], code: country ? `${country}GOV` : null, name, title: rank, type: 'person' as const,
    start: t[from]!.start, end: t[k - 1]!.end,
  });
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
  // "X paid a three-day official visit to Y", "X is on a visit to Y": the subject of the light verb
  const light = match.nominal && !ownerOfVisit && lightVerbBefore(view, match.trigFrom)
    ? agentsOf({ ...ctx, trigFrom: match.trigFrom, trigTo: match.trigTo, owner: null, nominal: false }) : [];
  const visitor = ownerOfVisit?.span.actor ?? light[0] ?? agents[0] ?? owner?.span.actor ?? null;
  if (!visitor?.country && visitor?.type !== 'person') return empty(agents);
  const exclude = visitor.country;
  const direct = match.nominal ? null : view.after(match.trigTo).find((s) => s.prep === null && s.from <= match.trigTo + 2 && s.span.actor.country !== exclude);
  const found = placeAfter(view.tokens, match.trigTo - 1, view.clause.to, view.slots, frame, exclude);
  const target = direct?.span.actor ?? (found ? frame.countryActor(found.country, found.name) : null)
    ?? dateline(ctx, visitor) ?? pairOther(ctx, visitor);
  const directCity = direct && CITY_VIA.has(direct.span.via ?? '') ? direct.span.text : null;
  const city = directCity ?? (found?.city ? found.name : null);
  return done(visitor, target, [], found ? { name: found.name, country: found.country } : null, city, null, agents, 2);
}

const LIGHT_VERBS = new Set(['pay', 'make', 'conduct', 'undertake', 'be', 'arrive', 'begin', 'start', 'end', 'conclude', 'wrap', 'continue', 'embark']);

/** A light verb governing a visit noun ("paid a visit", "is on a visit", "arrived on a visit"). */
function lightVerbBefore(view: ClauseView, from: number): boolean {
  for (let k = from - 1; k >= view.clause.from && k >= from - 6; k--) {
    const t = view.tokens[k]!;
    if (LIGHT_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
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
  if (!source && ctx.pairWord) source = ctx.frame.pair(ctx.sentence.index)?.[0] ?? null;
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
function fill(
  ctx: PartyContext, list: Actor[], agents: readonly Actor[], place: Place | null, city: string | null, namedOther = false,
): Parties {
  const explicit = new Set(list.map((a) => a.country ?? a.name ?? a.text)).size;
  const pair = ctx.frame.pair(ctx.sentence.index);
  let parties = list;
  if (pair) {
    const known = (): Set<string> => new Set(parties.map(countryOf).filter((c): c is string => c !== null));
    let missing = pair.filter((p) => !known().has(p.country!));
    const nameless = parties.findIndex((a) => a.country === null && a.type === 'person');
    if (missing.length === 1 && nameless >= 0 && known().size >= 1) {
      // "Cho and Kamikawa spoke": a person whose country the text leaves implicit
      parties = parties.map((a, i) => (i === nameless ? withCountry(a, missing[0]!.country!) : a));
      missing = [];
    }
    const countries = known();
    // "the two ministers held a call with X": the pair is the subject, and comes first
    if (ctx.pairWord && agents.every((a) => a.country === null)) parties = [...missing, ...parties];
    else if (missing.length === 1 && countries.size === 1 && !namedOther && (ctx.pairWord || !ctx.match.rule.explicitParties)) parties = [...parties, missing[0]!];
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

/** Another country or body named in the clause, not of `than`'s country (not a place, not a person). */
function other(ctx: PartyContext, than: Actor): Actor | null {
  const s = ctx.view.slots.find((x) => !isPlace(x) && x.span.actor.country && x.span.actor.country !== than.country
    && x.span.actor.type !== 'person' && x.span.actor.type !== 'igo');
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

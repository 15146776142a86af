import type { Actor } from '../../model/actor.js';
import { agentContext, agentsOf } from './agents.js';
import type { ClauseView, Slot } from './clause-view.js';
import { placeAfter } from './places.js';
import { CITY_VIA, RECEIVE, dateline, done, empty, other, pairOther, withCountry } from './party-helpers.js';
import type { Parties, PartyContext } from './party-types.js';
import type { ActorSpan } from './types.js';
import { regionAfter } from './regions.js';

/** Direction rules of the directed kinds: missions, envoys, expulsions, visits, membership. */

/** Missions: the sender owns the mission ("its", "Peruvian", "of Ethiopia"); the host is where it is. */
export function mission(ctx: PartyContext, agents: Actor[], owner: Slot | null): Parties {
  const { view, match, frame } = ctx;
  // "Peru announced the provisional shutdown of its embassy": "its" is the clause subject, even after a verb of saying
  const its = view.pronounOwner(match.objFrom)
    ? agents[0] ?? (match.nominal ? agentsOf(agentContext(ctx, null, false))[0] : undefined)
    : null;
  // "Angola opened its embassy": the subject is the sender, also when the actors stage gave "its
  // embassy" the same country (the mission is what was opened, not who opened it)
  const ownerActor = its && owner?.span.actor?.country === its.country ? its : owner?.span.actor;
  let sender = ownerActor ?? its ?? agents[0] ?? null;
  if (!sender?.country && ctx.pairWord) {
    // "the two countries agreed to set up a cultural centre in Mombasa": the one not hosting it
    const at = placeAfter(view.tokens, match.objTo, view.clause.to, view.slots, frame, null);
    const pair = frame.pair(ctx.sentence.index);
    const other = at && pair?.some((p) => p.country === at.country) ? pair.find((p) => p.country !== at.country) : undefined;
    if (other) sender = other;
  }
  if (!sender?.country && ctx.pairWord && mutualObject(view, match.objFrom, match.objTo)) {
    // "the two countries will open embassies in each other's capitals": both ways (see merge.ts)
    const pair = frame.pair(ctx.sentence.index);
    if (pair) return done(pair[0], pair[1], [], null, null, null, [...pair], 2);
  }
  // "reopening the two embassies in Lima and Quito": no owner said, and the hosts are the
  // pair's two countries: each side's embassy in the other's capital (both ways, see merge.ts)
  if (!its && !owner && match.objFrom >= 0) {
    const pair = eachOthersCapitals(ctx);
    if (pair) return done(pair[0], pair[1], [], null, null, null, [...pair], 2);
  }
  if (!sender?.country) return empty(agents);
  const hosted = owner?.span.host && owner.span.host !== sender.country
    ? { country: owner.span.host, name: owner.span.city ?? owner.span.host, city: Boolean(owner.span.city) }
    : null;
  // (a place after a further verb is that verb's: "to close three consulates, open an embassy in Hanoi")
  const end = nextVerbPhrase(view, Math.max(match.objTo, match.trigTo));
  const found = hosted
    ?? placeAfter(view.tokens, match.objTo, end, view.slots, frame, sender.country)
    ?? placeAfter(view.tokens, match.trigTo, end, view.slots, frame, sender.country);
  // the only place named is the further verb's: the host is not said, and the article's pair is no guess for it
  if (!found && end < view.clause.to && placeAfter(view.tokens, end, view.clause.to, view.slots, frame, sender.country)) return empty(agents);
  let target: Actor | null = found ? frame.countryActor(found.country, found.city ? found.name : undefined) : null;
  target ??= other(ctx, sender) ?? postIn(ctx, sender.country) ?? dateline(ctx, sender) ?? pairOther(ctx, sender);
  const city = found?.city ? found.name : null;
  return done(sender, target, [], found && found.city ? { name: found.name, country: found.country } : null, city, null, agents, 2);
}

/**
 * The pair of a plural mission object with no owner ("the two embassies", "embassies") whose
 * hosts after it ("in A and B") are two places of exactly the sentence's pair, else null.
 */
function eachOthersCapitals(ctx: PartyContext): readonly [Actor, Actor] | null {
  const { view, match, frame } = ctx;
  const head = view.tokens[match.objTo - 1]!;
  if (head.lower === head.lemma || !head.lower.endsWith('s')) return null;
  const first = view.after(match.objTo).find((x) => x.prep === 'in');
  if (!first || first.from > match.objTo + 1) return null;
  // (the clause may end inside the list: the sentence's mentions after the first host)
  const spans = ctx.sentence.actors;
  const text = ctx.sentence.text;
  const at = (n: number): number => n - ctx.sentence.start;
  let k = spans.indexOf(first.span);
  const hosts = [first.span.actor.country];
  while (k >= 0 && k + 1 < spans.length && /^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(at(spans[k]!.end), at(spans[k + 1]!.start)))) {
    hosts.push(spans[++k]!.actor.country);
  }
  const pair = frame.pair(ctx.sentence.index);
  if (hosts.length !== 2 || !pair || hosts[0] === hosts[1]) return null;
  return hosts.every((h) => pair.some((p) => p.country === h)) ? pair : null;
}

/** Where a comma or "and" opens a further verb phrase after token `from` (else the clause end). */
function nextVerbPhrase(view: ClauseView, from: number): number {
  const t = view.tokens;
  for (let k = from; k + 1 < view.clause.to; k++) {
    if (t[k]!.lower !== ',' && t[k]!.lower !== 'and') continue;
    let j = k + 1;
    while (j < view.clause.to && t[j]!.pos === 'ADV') j++;
    // (a headline's "open" may be tagged an adjective)
    if (t[j]?.pos === 'VERB' || MISSION_VERBS.has(t[j]?.lower ?? '')) return k;
  }
  return view.clause.to;
}

const MISSION_VERBS = new Set(['open', 'close', 'shut', 'reopen', 'inaugurate']);

/** A plural mission noun or "each other's": the event goes both ways between the pair. */
function mutualObject(view: ClauseView, from: number, to: number): boolean {
  if (from < 0) return false;
  const head = view.tokens[to - 1]!;
  if (head.lower !== head.lemma && head.lower.endsWith('s')) return true;
  for (let k = view.clause.from; k < view.clause.to - 1; k++) {
    if (view.tokens[k]!.lower === 'each' && view.tokens[k + 1]!.lower === 'other') return true;
  }
  return false;
}

/** Envoys: appointed or recalled by the subject, presenting credentials to the host. */
export function envoy(ctx: PartyContext, agents: Actor[], owner: Slot | null): Parties {
  const { view, match, frame } = ctx;
  const kind = match.kind;
  // (a person mention may start on the trigger itself when the resolver read the verb into a title)
  const personAfter = view.slots.find((s) => s.span.actor.type === 'person' && s.from >= match.trigFrom && s.to > match.trigTo
    && s.from < match.objFrom + 2);
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
    // "the king received the letters of credence of three new ambassadors": the host stays the
    // target; the sending side can only come from context
    if (host) {
      const sender = pairOther(ctx, host);
      return sender ? done(sender, host, [], null, null, null, agents, 1) : empty(agents);
    }
  }
  if (kind === 'envoy.credentials') source = ownerActor ?? agents[0] ?? null;
  else source = agents.find((a) => a.country) ?? ownerActor;
  if (!person && agents[0]?.type === 'person') person = agents[0];
  if (!person && kind === 'envoy.appoint') person = nameAfter(view, match.trigTo, ownerActor ?? agents[0] ?? null, match.object?.rank ?? null);
  if (source?.type === 'person' && person === null) person = source;
  if (!source?.country && person?.country) source = person;
  if (!source?.country) return empty(agents);
  // "X appointed Y as its ambassador": an appointee whose country the text leaves implicit is the sender's
  if (kind === 'envoy.appoint' && person && !person.country && person !== source) person = withCountry(person, source.country);
  // "ambassador of Ukraine to Chile" read as one mention: the host it names comes first
  const named = view.slots.find((s) => s.from >= match.trigFrom - 1 && s.span.host && s.span.actor.country === source!.country && s.span.host !== source!.country);
  const to = named ? null : view.after(Math.max(match.trigTo, match.objTo)).find((s) => (s.prep === 'to' || s.prep === 'in' || s.prep === 'from') && !!s.span.actor.country
    && s.span.actor.country !== source!.country);
  const found = to || named ? null : placeAfter(view.tokens, Math.max(match.objTo, match.trigTo), view.clause.to, view.slots, frame, source.country);
  const target = (named ? frame.countryActor(named.span.host!) : null) ?? to?.span.actor ?? (found ? frame.countryActor(found.country, found.name) : null)
    ?? postIn(ctx, source.country) ?? other(ctx, source) ?? dateline(ctx, source) ?? pairOther(ctx, source);
  return done(source, target, person && person !== source ? [person] : [], null, null, person, agents, 2);
}

const POST_IN = /\b(?:post|posting|embassy|mission|residence|presence|ambassador|envoy)\s+in\s+(?:the\s+)?$/i;

/**
 * "The post in Nairobi had stood empty since June, when X's predecessor was recalled", "Oman, which
 * has had no diplomatic presence in Syria since 2012, will reopen its embassy": the host named in the sentence.
 */
function postIn(ctx: PartyContext, source: string | null): Actor | null {
  const s = ctx.sentence;
  const span = s.actors.find((a) => a.actor.country && a.actor.country !== source && a.actor.type !== 'person'
    && POST_IN.test(s.text.slice(Math.max(0, a.start - s.start - 24), a.start - s.start)));
  return span ? ctx.frame.countryActor(span.actor.country!, span.text) : null;
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
export function expel(ctx: PartyContext, agents: Actor[], owner: Slot | null): Parties {
  const source = agents.find((a) => a.country && a.country !== owner?.span.actor.country) ?? null;
  if (!source) return empty(agents);
  const target = (owner && owner.span.actor.country !== source.country ? owner.span.actor : null)
    ?? other(ctx, source) ?? pairOther(ctx, source);
  return done(source, target, [], null, null, null, agents, 2);
}

/** Visits: the visitor (subject or "X's visit") goes to the host ("to Baku", "visited Peru"). */
export function visit(ctx: PartyContext, agents: Actor[], owner: Slot | null): Parties {
  const { view, match, frame } = ctx;
  const ownerOfVisit = match.nominal ? view.ownerOf(match.trigFrom, match.trigTo) ?? formerOrLatter(view, match.trigFrom) : null;
  const guest = attributiveVisitor(view, match.trigFrom, match.trigTo);
  if (guest) {
    // "X received the visiting President of Y": Y visits X (the subject, else the dateline's country)
    const host = agents.find((a) => a.country && a.country !== guest.country) ?? dateline(ctx, guest);
    return done(guest, host, [], null, null, null, agents, host && agents.includes(host) ? 2 : 1);
  }
  // "X paid a four-day working visit to Y", "X is on a visit to Y": the subject of the light verb
  const light = match.nominal && !ownerOfVisit && lightVerbBefore(view, match.trigFrom)
    ? agentsOf(agentContext(ctx, null, false)) : [];
  const visitor = ownerOfVisit?.span.actor ?? (light.length ? relativeAntecedent(view, match.trigFrom) : null) ?? light[0] ?? agents[0]
    ?? owner?.span.actor ?? null;
  if (!visitor?.country && visitor?.type !== 'person') return empty(agents);
  const exclude = visitor.country;
  const direct = match.nominal ? null : view.after(match.trigTo).find((s) => s.prep === null && s.from <= match.trigTo + 2 && s.span.actor.country !== exclude);
  const found = placeAfter(view.tokens, match.trigTo - 1, view.clause.to, view.slots, frame, exclude);
  // "will tour Central Asia next month": a region is no host, and no host is to be guessed
  // ("to Europe and Peru": a country listed with the region is a host)
  if (!direct && !found && regionAfter(view.tokens, match.trigTo, view.clause.to)) {
    const listed = view.after(match.trigTo).find((s) => s.prep === 'and' && s.span.actor.type === 'country' && s.span.actor.country !== exclude);
    return listed ? done(visitor, listed.span.actor, [], null, null, null, agents, 2) : empty(agents);
  }
  const target = direct?.span.actor ?? (found ? frame.countryActor(found.country, found.name) : null)
    ?? thereHost(ctx, visitor) ?? dateline(ctx, visitor) ?? pairOther(ctx, visitor);
  const directCity = direct && CITY_VIA.has(direct.span.via ?? '') ? direct.span.text : null;
  const city = directCity ?? (found?.city ? found.name : null);
  return done(visitor, target, [], found ? { name: found.name, country: found.country } : null, city, null, agents, 2);
}

/**
 * "the first trip to Lima since X travelled there", "A went to Taiwan, and B made his first visit
 * there": "there" is the last place the sentence named before.
 */
function thereHost(ctx: PartyContext, visitor: Actor): Actor | null {
  const { view, match, sentence, frame } = ctx;
  // "travelled there", and "made his first visit there": the pro-form at or right after the trigger
  if (view.tokens[match.trigTo - 1]?.lower !== 'there' && view.tokens[match.trigTo]?.lower !== 'there') return null;
  const at = view.tokens[match.trigFrom]!.start;
  // a place, or the host a title names ("a Chilean president to Lima")
  const hostOf = (a: ActorSpan): string | null => (a.actor.type === 'person' ? a.host ?? null
    : a.actor.type === 'igo' ? null : a.actor.country);
  const span = sentence.actors.findLast((a) => a.end <= at && hostOf(a) !== null && hostOf(a) !== visitor.country);
  return span ? frame.countryActor(hostOf(span)!) : null;
}

/** "the visiting President of Cyprus", "the visiting minister": the participle names the visitor after it. */
function attributiveVisitor(view: ClauseView, from: number, to: number): Actor | null {
  const t = view.tokens[from]!;
  if (t.lower !== 'visiting' || to !== from + 1) return null;
  const next = view.tokens[from + 1];
  if (!next || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return null;
  const prev = view.tokens[from - 1];
  if (prev && !(prev.pos === 'DET' || prev.pos === 'ADJ' || prev.lower === ',')) return null;
  return view.after(to).find((s) => s.from <= to + 5 && s.span.actor.country)?.span.actor ?? null;
}

/** "during the latter's official trip": the last (or, for "former", the first but last) actor named before. */
function formerOrLatter(view: ClauseView, from: number): Slot | null {
  for (let k = from - 1; k >= view.clause.from && k >= from - 5; k--) {
    const w = view.tokens[k]!.lower;
    if (w !== 'latter' && w !== 'former') continue;
    const before = view.before(k).filter((s) => s.span.actor.country);
    const countries = [...new Set(before.map((s) => s.span.actor.country))];
    if (countries.length < 2) return null;
    const want = w === 'latter' ? countries[countries.length - 1] : countries[countries.length - 2];
    return before.findLast((s) => s.span.actor.country === want) ?? null;
  }
  return null;
}

/** "…, Ana Torres, who is on an official visit to …": the visitor is who "who" refers to. */
function relativeAntecedent(view: ClauseView, from: number): Actor | null {
  // (a hyphenated length is three tokens: "who is on a three - day state visit")
  for (let k = from - 1; k >= view.clause.from && k >= from - 10; k--) {
    const t = view.tokens[k]!;
    if (t.lower !== 'who') continue;
    const before = view.slots.filter((s) => s.to <= k && s.to >= k - 2 && s.span.actor.country);
    return before.at(-1)?.span.actor ?? null;
  }
  return null;
}

const LIGHT_VERBS = new Set([
  'pay', 'make', 'conduct', 'undertake', 'be', 'arrive', 'begin', 'start', 'end', 'conclude', 'wrap', 'continue', 'embark',
  // Spanish- and French-influenced English: "realized a state visit", "effected a visit"
  'realize', 'realise', 'effect', 'perform', 'carry',
]);

/** A light verb governing a visit noun ("paid a visit", "is on a visit", "arrived on a visit"). */
function lightVerbBefore(view: ClauseView, from: number): boolean {
  for (let k = from - 1; k >= view.clause.from && k >= from - 9; k--) {
    const t = view.tokens[k]!;
    if (LIGHT_VERBS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX')) return true;
  }
  return false;
}

/**
 * Membership: a country joins an organisation named after the trigger ("Bhutan joined the WTO"),
 * or the organisation, as the subject, takes the country in ("the bloc admitted Bolivia as its
 * fifth member", "NATO welcomed Finland as a member").
 */
export function membership(ctx: PartyContext, agents: Actor[]): Parties {
  const after = ctx.view.after(ctx.match.trigTo);
  const org = after.find((s) => s.span.actor.type === 'igo')?.span.actor ?? agents.find((a) => a.type === 'igo') ?? null;
  const source = agents.find((a) => a.country && a.type !== 'igo')
    ?? (org && agents.includes(org) ? after.find((s) => s.span.actor.country && s.span.actor.type !== 'igo' && s.span.actor.type !== 'person')?.span.actor : null)
    ?? null;
  if (!org || !source) return empty(agents);
  return done(source, org, [], null, null, null, agents, 2);
}

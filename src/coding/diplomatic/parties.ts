import type { Actor } from '../../model/actor.js';
import type { Token } from '../../nlp/types.js';
import type { Place } from '../../model/event.js';
import { agentContext, agentsOf, nonStateThey, verbBetween } from './agents.js';
import type { ClauseView, Slot } from './clause-view.js';
import { isPlace } from './clause-view.js';
import { placeOfSlot } from './places.js';
import { CITY_VIA, countryOf, done, empty, nonState, other, pairOther, titleComplement, unique, withCountry } from './party-helpers.js';
import { envoy, expel, membership, mission, visit } from './party-kinds.js';
import type { Parties, PartyContext } from './party-types.js';
import { inMinistryName, temporalBetween, unnamedConjunct } from './party-guards.js';

export type { Parties, PartyContext } from './party-types.js';

/** Reads source, target and participants of a match by the direction of its rule. */
export function partiesOf(ctx: PartyContext): Parties {
  const { view, match } = ctx;
  const owner = match.objFrom >= 0 ? view.ownerOf(match.objFrom, match.objTo) : null;
  const ownerSlot = owner;
  const agents = stateAgents(ctx, agentsOf(agentContext(ctx, ownerSlot, match.nominal)));
  // "the partners said they would invite …": a non-state "they" is no pair of states
  if (agents.length === 0 && ctx.pairWord && nonStateThey(view, match.trigFrom)) return empty(agents);
  return stateParties(ctx, withAgentPersons(byDirection(ctx, agents, ownerSlot), agents));
}

/**
 * "X told reporters that Mexico intends to open a trade office": when the subject found is only a
 * non-state group (journalists, a firm, a team), the last state actor named before the trigger
 * without a preposition is the subject instead; else there is none.
 */
function stateAgents(ctx: PartyContext, agents: Actor[]): Actor[] {
  const spans = ctx.sentence.actors;
  if (agents.length === 0 || !agents.every((a) => nonState(a, spans))) return agents;
  const alt = ctx.view.before(ctx.match.trigFrom).findLast((s) => s.prep === null && !nonState(s.span.actor, spans) && s.span.actor.country);
  return alt ? [alt.span.actor] : [];
}

/**
 * Diplomacy is between states: an event whose source or target is a company, a national team or a
 * coach is none ("Norway's Nordlys signed a deal with Chile's Andes Copper", "Ruritania travel to
 * Freedonia for the return match"), nor one whose first-person side is a coach's or a firm's ("we
 * came here to win", said the coach). Other non-state participants are dropped.
 */
function stateParties(ctx: PartyContext, p: Parties): Parties {
  const spans = ctx.sentence.actors;
  if (nonState(p.source, spans) || nonState(p.target, spans)) return empty(p.agents);
  const spk = ctx.sentence.speaker;
  if (ctx.firstPerson && spk && nonState(spk, spans) && p.source && p.source.country === spk.country
    && !ctx.view.slots.some((s) => s.span.actor === p.source)) return empty(p.agents);
  if (!p.participants.some((a) => nonState(a, spans) || titleComplement(ctx, a))) return p;
  return { ...p, participants: p.participants.filter((a) => !nonState(a, spans) && !titleComplement(ctx, a)) };
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
  let list = unique([...agents, ...byList(view, match.trigTo, agents), ...objects, ...np]);
  // "our countries established relations": the speaker's country is a party (the speaker stays on the evidence)
  const spk = ctx.sentence.speaker;
  if (ctx.firstPerson && spk?.country) list.unshift(spk.type === 'person' ? ctx.frame.countryActor(spk.country) : spk);
  if (list.length === 0 && !ctx.pairWord) {
    // no subject or object found: a clause naming exactly two countries ("… of Peru … Azerbaijan …")
    const named = unique(view.slots.filter((s) => !isPlace(s) && !isNameModifier(view, s)).map((s) => s.span.actor));
    if (new Set(named.map(countryOf)).size === 2) list = named;
  }
  return fill(ctx, unique(list), agents, null, null, otherWith(view, match.trigTo) || unnamedConjunct(view, match.trigFrom));
}

/**
 * "was signed by A, the host, B, C and D, together with the leaders of E, F and G": every signer of
 * a long by-list, over short appositions (", the host,") and a "together with / along with … of".
 */
function byList(view: ClauseView, trigTo: number, agents: readonly Actor[]): Actor[] {
  const first = view.after(trigTo).find((x) => x.prep === 'by');
  if (!first || agents[0] !== first.span.actor) return [];
  const out: Actor[] = [];
  let last = first;
  for (const x of view.after(first.to)) {
    if (isPlace(x)) break;
    if (!listGap(view.tokens.slice(last.to, x.from))) break;
    out.push(x.span.actor);
    last = x;
  }
  return out;
}

const JOINERS = new Set(['together', 'along', 'alongside']);

/** Tokens between two members of a list: separators, a short apposition, or "together with the heads … of". */
function listGap(gap: readonly Token[]): boolean {
  const w = gap.map((t) => t.lower);
  if (w.length === 0) return false;
  if (w.length <= 3 && w.every((x) => LIST_WORDS.has(x))) return true;
  // ", the host, ": a short lower-case apposition between commas
  if (w.length <= 6 && w[0] === ',' && w[w.length - 1] === ',' && gap.slice(1, -1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && /^\p{Ll}/u.test(t.text))) return true;
  // ", together with the leaders or heads of delegation of" (the title may be read into the next mention)
  const j = w.findIndex((x) => JOINERS.has(x));
  return j >= 0 && j <= 1 && w[j + 1] === 'with' && w.length <= 12
    && !gap.some((t, k) => t.pos === 'AUX' || t.pos === 'PUNCT' && k > 0);
}

/** "signed a deal with Boeing": the other side is named and is no country, so the pair is not it. */
export function otherWith(view: ClauseView, from: number): boolean {
  for (let k = from; k < view.clause.to - 1; k++) {
    if (view.tokens[k]!.lower !== 'with') continue;
    let j = k + 1;
    if (view.tokens[j]?.pos === 'DET') j++;
    // "with the separatist province of Cabinda", "with four regional partners": numbers and adjectives before the head noun
    while ((view.tokens[j]?.pos === 'ADJ' || view.tokens[j]?.pos === 'NUM') && !view.covering(j)) j++;
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
    : objectParties(view, match.trigTo, match.rule.objectPreps, host);
  // "X was received by Y": the by-phrase is the host, the subject the visitor
  const byAgent = !match.nominal && view.after(match.trigTo).some((x) => x.prep === 'by');
  const subjects = byAgent ? view.before(match.trigFrom).map((x) => x.span.actor) : [];
  const list = unique([...agents, ...after, ...subjects]);
  if (ctx.firstPerson && ctx.sentence.speaker) list.unshift(ctx.sentence.speaker);
  const placeSlot = view.slots.find((s) => isPlace(s) && s.from >= match.trigTo);
  const place = placeSlot ? placeOfSlot(placeSlot) : null;
  if (host && agents.length === 0) return empty(agents);
  return fill(ctx, unique(list), agents, place, placeSlot && CITY_VIA.has(placeSlot.span.via ?? '') ? placeSlot.span.text : null);
}

/**
 * "the Paris Agreement", "the Minsk Protocol": a city naming a document or event is no party; nor
 * is an organisation naming its founding text ("in line with the UN Charter").
 */
function isNameModifier(view: ClauseView, s: Slot): boolean {
  const next = view.tokens[s.to];
  if (s.span.actor.type === 'igo' && next !== undefined && /^\p{Lu}/u.test(next.text) && IGO_TEXTS.has(next.lower)) return true;
  if (!CITY_VIA.has(s.span.via ?? '')) return false;
  return next !== undefined && /^\p{Lu}/u.test(next.text) && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

const IGO_TEXTS = new Set(['charter', 'charters', 'convention', 'conventions', 'statute', 'statutes', 'resolution', 'resolutions', 'treaty', 'treaties', 'declaration', 'principles']);

const OBJECT_PREPS = new Set(['with', 'to', 'between', 'and']);
const LIST_WORDS = new Set(['and', ',', 'the', 'also', 'as', 'well']);

/** Who a meeting verb is with: "met (with) X and Y", "held talks with X": the first object group. */
function objectParties(view: ClauseView, from: number, preps: ReadonlySet<string> | null = null, person = false): Actor[] {
  const ok = (s: Slot): boolean => {
    if (isPlace(s) || isNameModifier(view, s)) return false;
    if (preps) return s.prep !== null && preps.has(s.prep);
    // "…, the same month Syria was readmitted to the Arab League": another clause's object
    if (s.prep !== null && s.span.actor.type === 'igo' && otherClauseBetween(view, from, s.from)) return false;
    // "set up ties in 1993, soon after the split of Czechoslovakia": a time adverbial's noun
    if (temporalBetween(view, from, s.from)) return false;
    if (s.span.actor.type === 'igo' && inMinistryName(view, s)) return false;
    if (s.prep !== null) return OBJECT_PREPS.has(s.prep) || delegationOf(view, s, from) || officeOf(view, s, from);
    // "received Y's message" names a thing of Y, not Y: a host receives people
    return (s.from - from <= 4 || adverbialGap(view, from, s.from)) && !(person && possessed(view, s));
  };
  const first = view.after(from).find(ok);
  if (!first) return [];
  const out = [first.span.actor];
  let last = first;
  for (const s of view.after(first.to)) {
    const gap = view.tokens.slice(last.to, s.from).map((t) => t.lower);
    // "with A and B" (not "with A, and with B": separate talks, see the coder's notes)
    // "with the host, Fijian President X,": a description set off by an apposed name is that name
    if (gap.length === 1 && gap[0] === ',' && last.span.via === 'description' && out.length === 1 && s.span.actor.type === 'person') {
      out[0] = s.span.actor;
      last = s;
    } else if (gap.length > 0 && gap.length <= 2 && gap.every((w) => w === 'and' || w === ',' || w === 'the')) {
      out.push(s.span.actor);
      last = s;
    } else break;
  }
  return out;
}

/** A comma and then a verb between tokens [from, to): the slot lies in a clause of its own. */
function otherClauseBetween(view: ClauseView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.tokens[k]!.lower === ',') return verbBetween(view, k, to);
  return false;
}

/** "received at the residence on Tuesday the visiting Prime Minister of X": only adverbial phrases before the object. */
function adverbialGap(view: ClauseView, from: number, to: number): boolean {
  if (to - from > 14 || view.tokens[from]?.pos !== 'ADP') return false;
  const gap = view.tokens.slice(from, to);
  // an attributive participle ("the visiting President") belongs to the object
  return !gap.some((t, k) => (t.pos === 'VERB' && !(k >= gap.length - 2 && t.lower.endsWith('ing'))) || t.lower === ',' || t.lower === 'and')
    // the determiner may open the gap's end or the object's own mention ("the visiting President of X")
    && (gap.slice(-3).some((t) => t.pos === 'DET') || view.tokens[to]?.pos === 'DET');
}

/**
 * "received the Secretary-General of the Arab League", "met the Secretary-General of X":
 * a capitalised title right after the verb names the officeholder of X, who is the one met.
 */
function officeOf(view: ClauseView, s: Slot, from: number): boolean {
  if (s.prep !== 'of' || s.from - from > 6) return false;
  const gap = view.tokens.slice(from, s.from).filter((t) => t.pos !== 'DET' && t.lower !== 'of');
  return gap.length > 0 && gap.length <= 3 && gap.every((t) => /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN'));
}

/** "received a delegation led by X", "met the delegation of X": X is who was met. */
function delegationOf(view: ClauseView, s: Slot, from: number): boolean {
  if (s.from - from > 8) return false;
  const words = view.tokens.slice(from, s.from).map((t) => t.lower);
  if (!words.some((w) => w === 'delegation' || w === 'delegations')) return false;
  const last = words.filter((w) => w !== 'the' && w !== 'a').slice(-2);
  return last.includes('by') && (last.includes('led') || last.includes('headed')) || last[last.length - 1] === 'of';
}

/** "Ukraine's future", "Y's message": the mention is a possessor. */
function possessed(view: ClauseView, s: Slot): boolean {
  const next = view.tokens[s.to]?.lower ?? '';
  return next === "'s" || next === '’s' || next === "'" || s.span.text.endsWith("'s") || s.span.text.endsWith('’s');
}

const NP_PREPS = new Set(['with', 'between', 'by', 'and', 'of', 'among']);

/** Parties of a meeting noun: "Azerbaijan-Mongolia talks", "talks between A and B", "consultations attended by A and B". */
function nounParties(view: ClauseView, from: number, to: number): Actor[] {
  const pre = view.slots.filter((s) => s.to <= from && s.to >= from - 2 && !isPlace(s) && !isNameModifier(view, s)).map((s) => s.span.actor);
  const post: Actor[] = [];
  let last = to;
  for (const s of view.after(to)) {
    if (verbBetween(view, last, s.from) && !(view.tokens[s.from - 1]?.lower === 'by')) break;
    if (temporalBetween(view, last, s.from)) break;
    if (isPlace(s) || isNameModifier(view, s)) continue;
    if (s.prep !== null && NP_PREPS.has(s.prep)) post.push(s.span.actor);
    else break;
    last = s.to;
  }
  return [...pre, ...post];
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
  const pair = localPair(ctx) ?? ctx.frame.pair(ctx.sentence.index);
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

/**
 * "X held talks with Y on Tuesday, and the two signed a memorandum": people of exactly two
 * countries named in the sentence before the clause are the pair its pair word means.
 */
function localPair(ctx: PartyContext): readonly [Actor, Actor] | null {
  if (!ctx.pairWord) return null;
  const at = ctx.view.tokens[ctx.view.clause.from]!.start;
  const countries = [...new Set(ctx.sentence.actors.filter((a) => a.end <= at && a.actor.type === 'person' && a.actor.country)
    .map((a) => a.actor.country!))];
  return countries.length === 2 ? [ctx.frame.countryActor(countries[0]!), ctx.frame.countryActor(countries[1]!)] : null;
}

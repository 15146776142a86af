import type { Actor } from '../../model/actor.js';
import type { EventDate, Modality } from '../../model/event.js';
import { verbBetween } from './agents.js';
import type { Clause } from './clauses.js';
import type { ClauseView } from './clause-view.js';
import type { Match } from './match.js';
import type { Parties } from './parties.js';
import type { CodedDiplo, SentenceInput } from './types.js';

const LIST_GAP = new Set([',', 'and', 'the']);
const HOST_GAP = new Set([',', 'and', 'the', 'to', 'concurrently', 'also', 'simultaneously', 'as', 'well']);
const RECIPROCAL_KINDS = new Set(['mission.open', 'mission.reopen', 'mission.close', 'envoy.appoint', 'envoy.recall', 'envoy.expel']);
const TARGET_PREPS = new Set(['from', 'to', 'in']);
const SEVER_PREPS = new Set(['with']);
const RECIPROCAL_WORDS = new Set(['each', 'one', 'reciprocal', 'reciprocally', 'respective', 'mutually']);

/**
 * "Turkey and Egypt appointed ambassadors to each other's capitals", "agreed to reopen
 * embassies": a directed event with two countries as subject and a plural or reciprocal object
 * goes both ways.
 */
/**
 * "the credentials of the envoys of Peru, Ghana and Norway", "expelled the envoys of
 * Russia and Belarus": an envoy event whose country side is a list gives one event per country.
 */
export function coordinatedEnvoys(view: ClauseView, m: Match, p: Parties): Parties[] {
  if (!m.kind.startsWith('envoy.')) return [p];
  for (const side of ['source', 'target'] as const) {
    const actor = p[side];
    // the host may be named inside the envoy's own mention ("ambassador of Ukraine to Chile")
    const slot = view.slots.find((x) => x.span.actor === actor || (x.span.actor.country === actor?.country && x.span.actor.type !== 'person'))
      ?? (side === 'target' ? view.slots.find((x) => x.span.host !== undefined && x.span.host === actor?.country) : undefined);
    if (!slot || !actor?.country) continue;
    const list = [slot.span.host === actor.country ? actor : slot.span.actor];
    let last = slot;
    const hosted = slot.span.host === actor.country;
    for (const x of view.after(slot.to)) {
      const gap = view.tokens.slice(last.to, x.from).map((t) => t.lower);
      // "Ivan Petrenko as ambassador of Ukraine to Chile": the envoy's own mentions before the list goes on
      if (hosted && x.span.actor.type === 'person' && x.span.actor.country === p.source?.country && gap.length <= 2) {
        last = x;
        continue;
      }
      // "to Chile and, concurrently, to Bolivia": one envoy accredited to several countries
      const allowed = side === 'target' ? HOST_GAP : LIST_GAP;
      if (gap.length === 0 || gap.length > 6 || !gap.every((w) => allowed.has(w)) || gap.filter((w) => w !== ',' && w !== 'the').length > 3) break;
      if (!x.span.actor.country || x.span.actor.type === 'person') break;
      list.push(x.span.actor);
      last = x;
    }
    const other = side === 'source' ? p.target : p.source;
    const countries = list.filter((a) => a.country !== other?.country);
    if (countries.length < 2) continue;
    return countries.map((a) => ({
      ...p, [side]: a, participants: [...p.participants.filter((x) => x.country !== actor.country), a],
    }));
  }
  return [p];
}

export function reciprocal(view: ClauseView, clause: Clause, m: Match, p: Parties): Parties[] {
  if (!RECIPROCAL_KINDS.has(m.kind) || m.objFrom < 0) return [p];
  const tokens = view.tokens;
  const sides = [...new Map(p.agents.filter((a) => a.country).map((a) => [a.country, a])).values()];
  // "when each side recalled its ambassador": the pair, both ways
  const each = eachSide(tokens, clause.from, m.trigFrom);
  if (sides.length < 2 && p.source?.country && p.target?.country && each) {
    return [p, { ...p, source: p.target, target: p.source, participants: [], city: null, place: null }];
  }
  if (sides.length !== 2) return [p];
  // "Sweden and Norway expelled Russian diplomats": the envoys of a third country go one way
  const owner = view.ownerOf(m.objFrom, m.objTo)?.span.actor.country;
  if (owner && !sides.some((x) => x.country === owner)) return [p];
  const obj = tokens[m.objTo - 1]!;
  const plural = obj.lower !== obj.lemma && obj.lower.endsWith('s');
  let mutual = each;
  for (let k = clause.from; k < clause.to; k++) {
    const w = tokens[k]!.lower;
    if (RECIPROCAL_WORDS.has(w) && (w !== 'each' && w !== 'one' || /^(?:other|another)/.test(tokens[k + 1]?.lower ?? ''))) mutual = true;
  }
  if (!plural && !mutual) return [p];
  // "Peru and Bolivia recalled their envoys from Quito": a third country named is the target of each
  if (!mutual && namedAfter(view, m, p.target?.country ?? null) && !sides.some((x) => x.country === p.target!.country)) return [p];
  const [a, b] = sides as [typeof sides[0], typeof sides[0]];
  return [{ ...p, source: a, target: b, participants: [], city: null, place: null }, { ...p, source: b, target: a, participants: [], city: null, place: null }];
}

/**
 * "Chad, Sudan and Libya said they were recalling their ambassadors from Egypt": a directed
 * envoy or mission event whose subject is a group of countries (here through "they") and whose
 * target is a country outside the group gives one event per subject country. Applied only when
 * no other expansion split the event.
 */
export function coordinatedSubjects(view: ClauseView, clause: Clause, m: Match, p: Parties): Parties[] {
  // "A and B, both of which broke off relations with C": a break goes from each subject country
  const kinds = RECIPROCAL_KINDS.has(m.kind) || m.kind === 'relations.sever';
  if (!kinds || !p.source?.country) return [p];
  // the target named after the trigger, or the owner of the expelled envoys ("expelled Russian diplomats")
  const ownerTarget = m.kind === 'envoy.expel' && m.objFrom >= 0 && view.ownerOf(m.objFrom, m.objTo)?.span.actor.country === p.target?.country;
  if (!ownerTarget && !namedAfter(view, m, p.target?.country ?? null, m.kind === 'relations.sever' ? SEVER_PREPS : TARGET_PREPS)) return [p];
  const tokens = view.tokens;
  const agents = [...p.agents, ...companions(view, m.trigFrom, p.source)];
  const sides = [...new Map(agents.filter((a) => a.country && a.type !== 'person').map((a) => [a.country, a])).values()];
  if (sides.length < 2 || !sides.some((a) => a.country === p.source!.country) || sides.some((a) => a.country === p.target!.country)) return [p];
  for (let k = clause.from; k < clause.to; k++) {
    const w = tokens[k]!.lower;
    // ("within days of each other" is a time, not a reciprocal object)
    const ofEachOther = tokens[k - 1]?.lower === 'of';
    if (RECIPROCAL_WORDS.has(w) && w !== 'each' && w !== 'one' || !ofEachOther && /^(?:each|one)$/.test(w) && /^(?:other|another)$/.test(tokens[k + 1]?.lower ?? '')) return [p];
  }
  return sides.map((a) => ({ ...p, source: a, participants: [...p.participants.filter((x) => x.country !== p.source!.country), a] }));
}

// ("A, like B before it, recalled …": "like" compares with an earlier act, no companion)
const COMPANION_OPENERS = new Set(['together with', 'along with', 'alongside', 'as well as']);

/**
 * "Kenya, together with Uganda, Rwanda and Burundi, broke off relations with X", "Peru, along with
 * Chile, recalled its envoy from X": countries set off by commas after the subject and opened by
 * a word of company act with it. Only the companions between the subject and the trigger count.
 */
function companions(view: ClauseView, trigFrom: number, source: Actor): Actor[] {
  const t = view.tokens;
  const subj = view.before(trigFrom).find((x) => x.span.actor.country === source.country && x.span.actor.type !== 'person');
  if (!subj || t[subj.to]?.lower !== ',' || t[trigFrom - 1]?.lower !== ',' && t[trigFrom - 2]?.lower !== ',') return [];
  const opener = t[subj.to + 1]?.lower === 'alongside' ? 1
    : COMPANION_OPENERS.has(`${t[subj.to + 1]?.lower} ${t[subj.to + 2]?.lower}`) ? 2
      : COMPANION_OPENERS.has(`${t[subj.to + 1]?.lower} ${t[subj.to + 2]?.lower} ${t[subj.to + 3]?.lower}`) ? 3 : 0;
  if (opener === 0) return [];
  const out: Actor[] = [];
  for (const x of view.slots) {
    if (x.from <= subj.to || x.to >= trigFrom) continue;
    if (x.span.actor.type === 'person' || !x.span.actor.country) return [];
    out.push(x.span.actor);
  }
  return out;
}

const SIDE_NOUNS = new Set(['side', 'sides', 'country', 'countries', 'government', 'governments', 'capital', 'capitals']);

/** "each side", "both countries" as the subject before the trigger. */
function eachSide(tokens: SentenceInput['tokens'], from: number, to: number): boolean {
  for (let k = Math.max(from, to - 4); k < to - 1; k++) {
    if ((tokens[k]!.lower === 'each' || tokens[k]!.lower === 'both') && SIDE_NOUNS.has(tokens[k + 1]!.lower)) return true;
  }
  return false;
}

/** Is `country` named in the clause after the trigger ("from Egypt", "in Quito"), not only found from context? */
function namedAfter(view: ClauseView, m: Match, country: string | null, preps: ReadonlySet<string> = TARGET_PREPS): boolean {
  const end = Math.max(m.trigTo, m.objTo);
  return country !== null && view.after(end).some((s) => (s.span.actor.country === country || s.span.host === country)
    && s.prep !== null && preps.has(s.prep) && !verbBetween(view, end, s.from));
}

/**
 * "The trade ministers of Peru and Chile each held a meeting with the Kenyan president",
 * "Kenya and Ghana each signed an agreement with China": a distributive "each" after a subject of
 * two or more countries gives one event per subject country with the others named.
 */
export function distributive(tokens: SentenceInput['tokens'], m: Match, p: Parties): Parties[] {
  if (m.rule.direction !== 'meeting' && m.rule.direction !== 'symmetric' && m.rule.direction !== 'host') return [p];
  const each = tokens.findIndex((t, k) => k < m.trigFrom && k >= m.trigFrom - 4 && t.lower === 'each'
    && !/^(?:other|another)$/.test(tokens[k + 1]?.lower ?? ''));
  if (each < 0) return [p];
  const subjects = [...new Map(p.agents.filter((a) => a.country).map((a) => [a.country, a])).values()];
  const sideOf = new Set(subjects.map((a) => a.country));
  const others = [...new Map([p.source, p.target, ...p.participants]
    .filter((a): a is NonNullable<typeof a> => Boolean(a?.country) && !sideOf.has(a!.country)).map((a) => [a.country, a])).values()];
  if (subjects.length < 2 || others.length === 0) return [p];
  return subjects.map((a) => ({ ...p, source: a, target: others[0]!, participants: [a, ...others] }));
}

/**
 * "held talks with Egypt, and with Jordan", "met his counterparts from Egypt and Jordan",
 * "received delegations from Oman, Qatar and Kuwait": each object is a meeting of its own with
 * the subject, not one meeting of all (a plain "talks with Egypt and Jordan" stays one).
 */
export function perObject(view: ClauseView, m: Match, p: Parties): Parties[] {
  const own = p.source?.country;
  if (m.kind !== 'meeting' || !own) return [p];
  const after = view.after(Math.max(m.trigTo, m.objTo)).filter((x) => x.span.actor.country && x.span.actor.country !== own && !isPlaceSlot(x));
  let objects = after.filter((x) => x.prep === 'with');
  if (objects.length < 2) {
    const head = after.findIndex((x) => x.prep === 'from' && GROUP_NOUNS.has(view.tokens[x.from - 2]?.lemma ?? ''));
    objects = head < 0 ? [] : [after[head]!];
    for (let k = head + 1; head >= 0 && k < after.length; k++) {
      const gap = view.tokens.slice(after[k - 1]!.to, after[k]!.from);
      if (gap.length === 0 || gap.length > 2 || !gap.every((t) => LIST_GAP.has(t.lower))) break;
      objects.push(after[k]!);
    }
  }
  if (objects.length < 2) objects = anotherFrom(view, after);
  const countries = [...new Set(objects.map((x) => x.span.actor.country))];
  if (countries.length < 2 || objects.some((x, k) => k > 0 && verbBetween(view, objects[k - 1]!.to, x.from))) return [p];
  const clauseEnd = view.tokens[view.clause.to - 1]!.end;
  return countries.map((c) => {
    const k = objects.findIndex((x) => x.span.actor.country === c);
    const other = objects[k]!.span.actor;
    const people = p.participants.filter((a) => a.country === own || a.country === c);
    const span = { start: objects[k]!.span.start, end: objects[k + 1]?.span.start ?? clauseEnd };
    return { ...p, target: other, participants: people.some((a) => a.country === c) ? people : [...people, other], span };
  });
}

/**
 * "received a call from X on Monday, and another from Y": a second object introduced by "another
 * from" is an occasion of its own (the first "from" object and every "another from" one).
 */
function anotherFrom<T extends { readonly prep: string | null; readonly from: number; readonly to: number }>(view: ClauseView, after: readonly T[]): T[] {
  const first = after.find((x) => x.prep === 'from');
  if (!first) return [];
  const more = after.filter((x) => x.from > first.to && x.prep === 'from' && ANOTHER.has(view.tokens[x.from - 2]?.lower ?? ''));
  return more.length ? [first, ...more] : [];
}

const ANOTHER = new Set(['another', 'one']);

const GROUP_NOUNS = new Set(['counterpart', 'delegation', 'official', 'minister', 'envoy', 'leader', 'representative', 'diplomat', 'ambassador', 'president']);
const isPlaceSlot = (x: { readonly prep: string | null }): boolean => x.prep === 'in' || x.prep === 'at';

const partyKey = (e: CodedDiplo): string =>
  [...new Set([e.source, e.target, ...e.participants].map((a) => a?.country).filter(Boolean))].sort().join('+');
const modalityClass = (m: Modality): string => (m === 'asserted' ? 'a' : m === 'negated' ? 'n' : 'u');

/**
 * One fact stated twice in a sentence ("opened an embassy …, which started functioning in June")
 * is one event; not an event and the earlier one of a "since" clause of the sentence `s` ("the
 * first trip to Lima since X travelled there in 2017").
 */
export function mergeDuplicates(events: CodedDiplo[], s: SentenceInput | null = null): CodedDiplo[] {
  const since = (e: CodedDiplo): boolean => s !== null && /^since\b/i.test(s.text.slice(e.clause.start - s.start, e.clause.end - s.start));
  const out: CodedDiplo[] = [];
  for (const e of events) {
    const i = out.findIndex((o) => o.kind === e.kind && partyKey(o) === partyKey(e) && !distinctDocuments(o, e)
      && (o.clause.start === e.clause.start || since(o) === since(e))
      && modalityClass(o.modality) === modalityClass(e.modality)
      && (o.source?.country === e.source?.country || !isDirected(e)) && compatible(o.date, e.date));
    if (i < 0) out.push(e);
    else out[i] = better(out[i]!, e);
  }
  return out;
}

/** Two documents of one list ("an agreement on X and a memorandum on Y") stay two events. */
function distinctDocuments(a: CodedDiplo, b: CodedDiplo): boolean {
  if (!a.kind.startsWith('agreement.') || a.trigger.start === b.trigger.start) return false;
  const x = a.attributes;
  const y = b.attributes;
  return x.agreementType !== y.agreementType || (x.agreementTitle ?? '') !== (y.agreementTitle ?? '')
    || (x.topics ?? []).join() !== (y.topics ?? []).join();
}

const isDirected = (e: CodedDiplo): boolean => !['relations.establish', 'relations.restore', 'agreement.sign', 'meeting', 'cooperation.intent', 'meeting.intent', 'parliament.friendship-group'].includes(e.kind);

function compatible(a: EventDate, b: EventDate): boolean {
  if (a.basis === 'article' || b.basis === 'article') return true;
  const x = a.value ?? '';
  const y = b.value ?? '';
  return x.startsWith(y) || y.startsWith(x);
}

/** Keeps the better-dated of two mentions, and the richer actors and attributes. */
function better(a: CodedDiplo, b: CodedDiplo): CodedDiplo {
  const rank = (d: EventDate): number => (d.basis === 'article' ? 0 : 10) + (d.value?.length ?? 0);
  const [keep, other] = rank(b.date) > rank(a.date) ? [b, a] : [a, b];
  const named = (x: CodedDiplo): number => [x.source, x.target, ...x.participants].filter((y) => y?.name).length;
  const actors = named(other) > named(keep) ? other : keep;
  return {
    ...keep, source: actors.source, target: actors.target, participants: actors.participants,
    attributes: { ...other.attributes, ...keep.attributes },
  };
}

/** "received the credentials of … envoys of Peru": the reception is the credentials event, not a meeting besides. */
export function withoutCredentialReceptions(events: CodedDiplo[]): CodedDiplo[] {
  const creds = events.filter((e) => e.kind === 'envoy.credentials');
  if (creds.length === 0) return events;
  return events.filter((e) => e.kind !== 'meeting' || !creds.some((c) => c.trigger.start === e.trigger.start && c.target?.country === e.source?.country));
}

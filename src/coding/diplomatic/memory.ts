import type { EventDate } from '../../model/event.js';
import type { Match } from './match.js';
import type { Parties } from './parties.js';
import { type CuedPeople, withPersons } from './event-people.js';
import type { CodedDiplo, SentenceInput } from './types.js';

/** The last event of each family ("agreement", "mission"…) and the sentence it came from. */
export type Memory = Map<string, {
  readonly event: CodedDiplo;
  readonly index: number;
  /** Where the event sits in the article's per-sentence lists ([sentence, event]). */
  readonly slot?: readonly [number, number];
  /** A fact whose other side is named but is no state ("with the separatist province of X"): its date counts, its parties do not. */
  readonly partial?: boolean;
}>;

const RECALL_SENTENCES = 4;
export const familyOf = (kind: string): string => (kind === 'visit' || kind.startsWith('meeting') ? 'meeting' : kind.split('.')[0]!);

/** Modifiers that make "the first summit", "the previous round" another occasion than the one just reported. */
const OTHER_OCCASION = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'previous', 'last', 'next', 'earlier', 'inaugural', 'upcoming',
  'future', 'past', 'former', 'later', 'subsequent', 'following', 'preceding', 'original', 'initial', 'final',
]);

/**
 * "the agreement", "this embassy", "the talks": a definite noun phrase at the object or nominal
 * trigger ("the first summit in this format was held …" is another occasion, not the one just reported).
 */
export function definite(tokens: SentenceInput['tokens'], m: Match): boolean {
  const head = m.objFrom >= 0 ? m.objFrom : m.nominal ? m.trigFrom : -1;
  if (head < 0) return false;
  for (let k = head - 1; k >= 0 && k >= head - 3; k--) {
    const w = tokens[k]!.lower;
    // "the first summit in this format was held in X in 2023": a past occasion of its own
    // ("the next session will take place in Baku" still continues the pair just reported; the
    // past verb is looked for in the phrase's own clause, not anywhere in the sentence)
    if (OTHER_OCCASION.has(w) && tokens.slice(head, head + 8).some((t) => t.lower === 'was' || t.lower === 'were')) return false;
    if (w === 'the' || w === 'this' || w === 'that' || w === 'these') return true;
    if (tokens[k]!.pos !== 'ADJ' && tokens[k]!.pos !== 'NOUN') return false;
  }
  return false;
}

/** The parties of the last event of the match's family, if it is recent. */
export function recall(memory: Memory, m: Match, index: number): Parties | null {
  const last = memory.get(familyOf(m.kind));
  if (!last || last.partial || index - last.index > RECALL_SENTENCES) return null;
  const e = last.event;
  return { source: e.source, target: e.target, participants: e.participants, place: null, city: null, person: null, agents: [], explicit: 2 };
}

/**
 * "The agreement was signed by X and Y", "at the meeting, …": a definite noun for an event of the
 * same kind and sides reported in the last few sentences with a stated date takes that date (it is
 * the same fact, not a new one dated with the article).
 */
export function recalledDate(memory: Memory, m: Match, p: Parties, index: number, reach = RECALL_SENTENCES): EventDate | null {
  const last = memory.get(familyOf(m.kind));
  if (!last || last.partial || index - last.index > reach || last.event.kind !== m.kind) return null;
  const e = last.event;
  if (e.date.basis === 'article' || !e.date.value) return null;
  const theirs = new Set([e.source, e.target, ...e.participants].map((a) => a?.country).filter(Boolean));
  const ours = [p.source, p.target, ...p.participants].map((a) => a?.country).filter(Boolean);
  return ours.length > 0 && ours.every((c) => theirs.has(c)) ? e.date : null;
}

const modalityClass = (m: string): string => (m === 'asserted' ? 'a' : m === 'negated' ? 'n' : 'u');

/**
 * "will land in Accra on 3 June … He will see X and head a trade mission",
 * "met on 5 March. The ministers discussed fisheries …": an undated visit by the same visitor
 * to the same host, or a meeting of the pair the clause only points at (`pairOnly`), right after
 * a dated one of the same modality is that occasion and takes its date.
 */
export function sameOccasion(e: CodedDiplo, memory: Memory, index: number, pairOnly: boolean): CodedDiplo {
  if (e.date.basis !== 'article' || !(e.kind === 'visit' || (e.kind === 'meeting' && pairOnly))) return e;
  const last = memory.get(familyOf(e.kind));
  if (!last || last.partial || last.index !== index - 1 || last.event.kind !== e.kind) return e;
  const d = last.event;
  if (d.date.basis === 'article' || !d.date.value || modalityClass(d.modality) !== modalityClass(e.modality)) return e;
  const same = e.kind === 'visit'
    ? d.source?.country === e.source?.country && d.target?.country === e.target?.country
    : [e.source?.country, e.target?.country].every((c) => c && [d.source?.country, d.target?.country].includes(c));
  return same ? { ...e, date: d.date } : e;
}

const LED = new Set(['led', 'headed', 'chaired', 'co-chaired', 'represented']);

/**
 * "The Pakistani delegation was led by Foreign Secretary X while the Uzbek side was headed by
 * Y", "…, and the Lao side by Y": the people heading the delegations (`cued`, the persons after
 * "led by", "side by"…) take part in the meeting just reported (two sentences back at most), when
 * their country is one of its parties.
 */
export function addDelegationHeads(s: SentenceInput, memory: Memory, out: CodedDiplo[][], cued: readonly CuedPeople[]): void {
  const last = memory.get('meeting');
  if (!last?.slot || s.index - last.index > 2) return;
  if (cued.length === 0 || !s.tokens.some((t) => LED.has(t.lower))) return;
  const [i, j] = last.slot;
  const e = out[i]?.[j];
  // the slot is stale when a later rule took an event out of that sentence's list (credentials lists do)
  if (!e || e !== last.event) return;
  const updated = withPersons(e, cued.flatMap((c) => c.persons));
  if (updated === e) return;
  out[i]![j] = updated;
  memory.set('meeting', { ...last, event: updated });
}

/** Sentences back that a dated follow-up ("The visit is scheduled for June") may reach. */
const FOLLOW_UP_REACH = 2;
const DETERMINERS = new Set(['the', 'this', 'that']);

/** Kinds whose two sides are interchangeable ("talks between A and B" = "talks between B and A"). */
const SYMMETRIC = /^(?:meeting|relations|agreement|cooperation)/;

/** The same sides: source and target countries (in either order for symmetric kinds) and participants. */
function sameSides(a: CodedDiplo, b: CodedDiplo): boolean {
  const key = (e: CodedDiplo): string => {
    const pair = [e.source?.country ?? '', e.target?.country ?? ''];
    if (SYMMETRIC.test(e.kind)) pair.sort();
    return [...pair, ...(e.participants ?? []).map((p) => p.country ?? '').sort()].join('|');
  };
  return key(a) === key(b) && (a.source?.country ?? a.participants?.[0]?.country ?? null) !== null;
}

/** Is the event's trigger a definite noun ("the visit", "this trip", "the planned talks")? */
function definiteNoun(s: SentenceInput, e: CodedDiplo): boolean {
  const k = s.tokens.findIndex((t) => t.start === e.trigger.start);
  if (k < 0 || s.tokens[k]!.pos !== 'NOUN') return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = s.tokens[j]!.lower;
    if (DETERMINERS.has(w)) return true;
    if (OTHER_OCCASION.has(w) || (s.tokens[j]!.pos !== 'ADJ' && s.tokens[j]!.pos !== 'VERB')) return false;
  }
  return false;
}

/**
 * "X will visit Y. The visit is scheduled for June": a definite noun for the event of the same
 * kind, sides and modality told in the sentence or two before, which had no date of its own,
 * gives that event its date and is no second event (the mirror of `sameOccasion`, which dates a
 * later undated mention from an earlier dated one). `out` (the article's events so far) is
 * updated in place; the sentence's other events are returned.
 */
export function datedFollowUps(s: SentenceInput, events: readonly CodedDiplo[], memory: Memory, out: CodedDiplo[][]): readonly CodedDiplo[] {
  const merged = new Set<CodedDiplo>();
  for (const e of events) {
    if (e.date.basis === 'article') continue;
    const last = memory.get(familyOf(e.kind));
    if (!last?.slot || last.partial || s.index - last.index > FOLLOW_UP_REACH || last.index === s.index) continue;
    const before = last.event;
    if (before.kind !== e.kind || before.date.basis !== 'article' || before.modality !== e.modality || !sameSides(before, e)) continue;
    const [i, j] = last.slot;
    // the slot is stale when a later rule took an event out of that sentence's list
    if (out[i]?.[j] !== before || !definiteNoun(s, e)) continue;
    const updated: CodedDiplo = { ...before, date: e.date };
    out[i]![j] = updated;
    memory.set(familyOf(e.kind), { ...last, event: updated });
    merged.add(e);
  }
  return merged.size === 0 ? events : events.filter((e) => !merged.has(e));
}

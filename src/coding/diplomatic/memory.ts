import type { Match } from './match.js';
import type { Parties } from './parties.js';
import type { Actor } from '../../model/actor.js';
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

/** "the agreement", "this embassy", "the talks": a definite noun phrase at the object or nominal trigger. */
export function definite(tokens: SentenceInput['tokens'], m: Match): boolean {
  const head = m.objFrom >= 0 ? m.objFrom : m.nominal ? m.trigFrom : -1;
  if (head < 0) return false;
  for (let k = head - 1; k >= 0 && k >= head - 3; k--) {
    const w = tokens[k]!.lower;
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

const LED = new Set(['led', 'headed', 'chaired', 'represented']);

/**
 * "The Pakistani delegation was led by Foreign Secretary X while the Uzbek side was headed by
 * Y": the people heading the delegations take part in the meeting just reported (two sentences
 * back at most), when their country is one of its parties.
 */
export function addDelegationHeads(s: SentenceInput, memory: Memory, out: CodedDiplo[][]): void {
  const last = memory.get('meeting');
  if (!last?.slot || s.index - last.index > 2) return;
  const heads: Actor[] = [];
  for (const a of s.actors) {
    if (a.actor.type !== 'person' || !a.actor.name) continue;
    const before = s.text.slice(Math.max(0, a.start - s.start - 14), a.start - s.start).toLowerCase();
    if (/\b(?:led|headed|chaired|represented) by\s+$/.test(before)) heads.push(a.actor);
  }
  if (heads.length === 0 || !s.tokens.some((t) => LED.has(t.lower))) return;
  const [i, j] = last.slot;
  const e = out[i]?.[j];
  if (!e) return;
  const sides = new Set([e.source, e.target, ...e.participants].map((a) => a?.country));
  const add = heads.filter((h) => sides.has(h.country) && !e.participants.some((p) => p.name === h.name));
  if (add.length === 0) return;
  const updated = { ...e, participants: [...e.participants, ...add] };
  out[i]![j] = updated;
  memory.set('meeting', { ...last, event: updated });
}

import type { Match } from './match.js';
import type { Parties } from './parties.js';
import type { CodedDiplo, SentenceInput } from './types.js';

/** The last event of each family ("agreement", "mission"…) and the sentence it came from. */
export type Memory = Map<string, { readonly event: CodedDiplo; readonly index: number }>;

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
  if (!last || index - last.index > RECALL_SENTENCES) return null;
  const e = last.event;
  return { source: e.source, target: e.target, participants: e.participants, place: null, city: null, person: null, agents: [], explicit: 2 };
}

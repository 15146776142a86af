import type { Actor } from '../../model/actor.js';
import type { Token } from '../../nlp/types.js';

/**
 * An actor mention the coder can use: the shape of `Mention` from src/actors and of the PETRARCH
 * dictionary mention finder (src/petrarch/mentions.ts).
 */
export interface ActorMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly actor: Actor;
  readonly via?: string;
}

/** Actors joined by "and", commas or "as well as": one compound subject or object. */
export interface ActorGroup {
  readonly actors: readonly Actor[];
  /** How each actor was recognised (the mention's `via`), parallel to `actors`. */
  readonly vias: readonly (string | undefined)[];
  /** Token range `[from, to)` covered by the group. */
  readonly from: number;
  readonly to: number;
}

/** Verbs of saying right after a mention: it is the speaker. */
const SAYS = new Set(['say', 'tell', 'report', 'add', 'announce', 'state', 'confirm', 'note']);

const JOINERS = new Set(['and', ',', '&', 'or', 'nor', 'both', 'as', 'well', 'together', 'along', 'with', 'neither', 'either']);
const REAL_JOIN = new Set(['and', ',', '&', 'or', 'nor', 'with']);

/** Token index → index of the first token at or after `offset`, by binary search. */
export function tokenAt(tokens: readonly Token[], offset: number, lo = 0, hi = tokens.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Groups the mentions of one sentence (token range `[from, to)`) into compound actor groups.
 * Mentions overlapping another are dropped in favour of the longer one.
 */
export function actorGroups(tokens: readonly Token[], from: number, to: number, mentions: readonly ActorMention[]): ActorGroup[] {
  const spans = mentions
    .map((m) => ({ m, a: tokenAt(tokens, m.start, from, to), b: tokenAt(tokens, m.end - 1, from, to) + 1 }))
    .filter((s) => s.a < s.b && s.a >= from && s.b <= to)
    .sort((x, y) => x.a - y.a || (y.b - y.a) - (x.b - x.a));
  const kept: typeof spans = [];
  for (const s of spans) {
    const prev = kept[kept.length - 1];
    if (prev && s.a < prev.b) continue;
    kept.push(s);
  }
  const groups: { actors: Actor[]; vias: (string | undefined)[]; from: number; to: number }[] = [];
  for (const s of kept) {
    const g = groups[groups.length - 1];
    // "…near the border, the defence minister said": a speaker after a comma is no list member
    const speaker = g !== undefined && SAYS.has(tokens[s.b]?.lemma ?? '') && tokens.slice(g.to, s.a).every((t) => t.lower === ',');
    if (g && !speaker && joinable(tokens, g.to, s.a)) {
      // "The Norland commander, General Smith, said": a comma-only join that no "and" continues is an
      // appositive naming the same actor; the reading with a country stands for both.
      const last = g.actors.length - 1;
      if (appositive(tokens, g.to, s.a, s.b) && (g.actors[last]!.country === null) !== (s.m.actor.country === null)) {
        if (g.actors[last]!.country === null) { g.actors[last] = s.m.actor; g.vias[last] = s.m.via; }
      } else if (!g.actors.some((x) => sameActor(x, s.m.actor))) { g.actors.push(s.m.actor); g.vias.push(s.m.via); }
      g.to = s.b;
    } else {
      groups.push({ actors: [s.m.actor], vias: [s.m.via], from: s.a, to: s.b });
    }
  }
  return groups;
}

/** True when only joining words (and at least one real joiner) lie between two mentions. */
function joinable(tokens: readonly Token[], a: number, b: number): boolean {
  if (b - a > 6 || b <= a) return false;
  let sawJoin = false;
  let conjunction = false;
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (['and', 'or', 'nor', '&'].includes(t.lower)) conjunction = true;
    // "Arnor and the evil awful Gondor": determiners and adjectives after a conjunction (not
    // after a bare comma: "Baghdad, the U.S. Central Command said" is no list).
    if (sawJoin && (t.pos === 'DET' || t.pos === 'ADJ') && (conjunction || listGoesOn(tokens, b))) continue;
    if (!JOINERS.has(t.lower)) return false;
    if (REAL_JOIN.has(t.lower)) sawJoin = true;
  }
  // "A with B" joins only as "together with" / "along with".
  if (tokens[a]!.lower === 'with') return false;
  return sawJoin;
}

/** Two mentions joined by a comma alone, followed by a comma or a verb, with no "and" to come: an appositive. */
function appositive(tokens: readonly Token[], a: number, b: number, end: number): boolean {
  if (b - a !== 1 || tokens[a]!.lower !== ',') return false;
  const next = tokens[end];
  return !!next && (next.lower === ',' || next.pos === 'VERB' || next.pos === 'AUX') && !listGoesOn(tokens, end);
}

/** True when an "and"/"or" follows within a few words with no verb before it (the list goes on). */
function listGoesOn(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 8); k++) {
    const t = tokens[k]!;
    if (t.lower === 'and' || t.lower === 'or') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === '.' || t.lower === ';') return false;
  }
  return false;
}

export function sameActor(a: Actor, b: Actor): boolean {
  return (a.code ?? a.country ?? a.text) === (b.code ?? b.country ?? b.text);
}

import type { Actor } from '../../model/actor.js';
import type { Modality } from '../../model/event.js';
import type { Token } from '../../nlp/types.js';
import { sameActor, type ActorGroup } from './groups.js';
import type { GovernorKind, VerbLexicon } from './lexicon.js';
import { chainStart } from './syntax.js';

/** One coded clause: a CAMEO event between two actors, found at a verb phrase. */
export interface CodedClause {
  readonly cameo: string;
  readonly source: Actor | null;
  readonly target: Actor | null;
  /** All actors of the compound subject and object the clause came from. */
  readonly participants?: readonly Actor[];
  /** Character span of the verb phrase (verb to particle or complement verb). */
  readonly start: number;
  readonly end: number;
  readonly modality: Modality;
  readonly confidence: number;
  /**
   * Set when the code comes from a governing verb applied to its complement ("refused to meet" →
   * 125, "threatened to break relations" → 1313): the complement's own event did not happen as such.
   */
  readonly governor?: GovernorKind;
  /**
   * How a target no one named was found: `place` — where it happened ("protested in Kirkuk");
   * `home` — the source's own country, for a domestic act with no one else in the sentence.
   */
  readonly targetFrom?: 'place' | 'home';
}

/** Every (source, target) pair of two compound groups; a symmetric verb with a compound subject and no object pairs its members. */
export function pairs(source: ActorGroup | null, target: ActorGroup | null, code: string, reverse: string | null, modality: Modality,
  span: { start: number; end: number }, confidence: number, governor?: GovernorKind, targetFrom?: 'place' | 'home', sourceIsPlace = false): CodedClause[] {
  // "a mine near Veloburg killed two Velorian youths": violence no one is named for is the place's
  // country's, at home (VLR>VLR), as PLOVER codes it
  const targetIsPlace = targetFrom !== undefined || sourceIsPlace;
  const out: CodedClause[] = [];
  const participants = [...(source?.actors ?? []), ...(target?.actors ?? [])];
  const push = (s: Actor | null, t: Actor | null, c: string): void => {
    // "Iraqis demonstrated in Kirkuk": an event at home is directed at the own country (IRQ>IRQ);
    // otherwise an actor does not act on itself
    if (s && t && !targetIsPlace && sameActor(s, t) && s.country !== null && s.code === t.code) return;
    out.push({
      cameo: c, source: s, target: t, participants, start: span.start, end: span.end, modality, confidence,
      ...(governor ? { governor } : {}), ...(t && targetFrom ? { targetFrom } : {}),
    });
  };
  const srcs = source?.actors ?? [null];
  const tgts = target?.actors ?? [null];
  if (!target && reverse && source && source.actors.length > 1) {
    for (const a of source.actors) for (const b of source.actors) if (a !== b) push(a, b, code);
    return out;
  }
  for (const s of srcs) for (const t of tgts) {
    push(s, t, code);
    if (reverse && s && t) push(t, s, reverse);
  }
  // Only self-directed pairs: keep the event, without a target.
  if (!out.length && source) for (const s of source.actors) push(s, null, code);
  return out;
}

export function dedupe(list: readonly CodedClause[]): CodedClause[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    const key = `${c.source?.code ?? c.source?.text ?? '-'}>${c.target?.code ?? c.target?.text ?? '-'}:${c.cameo}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Words before "to" that report a schedule ("is scheduled to attend", "is due to visit"). */
const SCHEDULE = new Set(['scheduled', 'slated', 'due', 'set', 'expected', 'about', 'is', 'are', 'was', 'were']);

/**
 * "is scheduled to attend", "is due to visit", "is to sign": a schedule the text reports is the act
 * itself, still to come (modality planned) — no actor expresses an intent (03) or makes a threat (13).
 */
export function scheduled(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'to' && SCHEDULE.has(tokens[i - 2]?.lower ?? '');
}

const PLANNABLE = new Set(['04', '05', '06', '07', '08', '14', '15', '16', '17', '18', '19', '20']);
const REFUSABLE = new Set(['03', '04', '05', '06', '07', '08']);

/**
 * The code of an action stated as future or possible (intent; a threat when conditioned by
 * "unless") or as refused for the future (rejection).
 */
export function futureCode(lex: VerbLexicon, code: string, modality: Modality, tokens: readonly Token[], i: number, from: number, to: number): string {
  const root = code.slice(0, 2);
  if (modality === 'planned' || modality === 'intended') {
    if (!PLANNABLE.has(root) || scheduled(tokens, i)) return code;
    for (let k = i + 1; k < to; k++) if (tokens[k]!.lower === 'unless') return lex.compose('threaten', code) ?? '130';
    return lex.compose('intent', code) ?? code;
  }
  if (modality === 'negated' && REFUSABLE.has(root)) {
    const chain = tokens.slice(chainStart(tokens, i, from), i).map((t) => t.lower);
    if (chain.some((w) => ['will', 'would', "'ll", 'wo', 'shall'].includes(w))) return lex.compose('reject', code) ?? code;
  }
  return code;
}

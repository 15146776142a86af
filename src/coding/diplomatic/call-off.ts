import type { Clause } from './clauses.js';
import type { CodedDiplo, SentenceInput } from './types.js';

const CALL_OFF_FAMILIES = new Set(['meeting', 'meeting.intent', 'visit']);
const PASSIVE_BE = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'got']);

/**
 * "X had been due to meet Y, but that meeting was cancelled", "… planned to visit Z; the trip was
 * called off": a later clause of the sentence whose definite subject is cancelled makes the
 * meetings and visits still to come before it negated.
 */
export function calledOff(tokens: SentenceInput['tokens'], clauses: readonly Clause[], out: CodedDiplo[], cancelled: ReadonlySet<string>): CodedDiplo[] {
  for (const c of clauses.slice(1)) {
    let hit = -1;
    for (let k = c.from + 1; k < c.to && hit < 0; k++) {
      const t = tokens[k]!;
      const passive = PASSIVE_BE.has(tokens[k - 1]!.lower) || (t.lower === 'off' && PASSIVE_BE.has(tokens[k - 2]?.lower ?? ''));
      if (passive && (cancelled.has(t.lemma) || cancelled.has(t.lower) || (t.lower === 'off' && tokens[k - 1]!.lemma === 'call'))) hit = k;
    }
    if (hit < 0 || !tokens.slice(c.from, hit).some((t) => t.lower === 'that' || t.lower === 'the' || t.lower === 'it' || t.lower === 'this')) continue;
    const start = tokens[c.from]!.start;
    const before = (e: CodedDiplo): boolean => e.clause.end <= start && e.modality !== 'asserted';
    // the cancelled subject itself ("that meeting was cancelled") names the event just negated, not another one
    const subject = (e: CodedDiplo): boolean => e.trigger.start >= start && e.trigger.end <= tokens[hit]!.start;
    return out.filter((e) => !(CALL_OFF_FAMILIES.has(e.kind) && subject(e)))
      .map((e) => CALL_OFF_FAMILIES.has(e.kind) && before(e) ? { ...e, modality: 'negated' as const } : e);
  }
  return out;
}

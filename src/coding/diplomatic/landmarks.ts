import type { Token } from '../../nlp/types.js';
import type { Clause } from './clauses.js';
import type { Match } from './match.js';
import type { DiplomaticPatterns, Rule } from './patterns.js';

const YEAR = /^(?:1[6-9]|20)\d\d$/;

/** A token that can be the year of a landmark ("the 2007 Protocol"). */
export const isYear = (text: string): boolean => text.length === 4 && YEAR.test(text);

/** A year-named agreement: "the 2007 Protocol of Cooperation …", "the 2014 agreement on visas". */
export interface Landmark {
  readonly match: Match;
  /** Token index of the year. */
  readonly year: number;
}

/**
 * Agreements named with their year ("the 2012 Agreement for the Cooperation between …") are
 * background facts: each is an `agreement.sign` in that year, unless a verb in the clause
 * already codes that agreement (the "signed"/"ratified" match wins).
 */
export function findLandmarks(
  tokens: readonly Token[], clause: Clause, patterns: DiplomaticPatterns, taken: readonly Match[],
): Landmark[] {
  const rule = landmarkRule(patterns);
  if (!rule) return [];
  const phrases = patterns.objectIndex.get('agreement')!;
  const entries = patterns.objects.get('agreement')!;
  const out: Landmark[] = [];
  for (let k = clause.from; k < clause.to; k++) {
    if (!isYear(tokens[k]!.text)) continue;
    let h = k + 1;
    while (h < clause.to && h <= k + 3 && (tokens[h]!.pos === 'ADJ' || tokens[h]!.pos === 'PROPN' && !phrases.at(tokens, h, clause.to))) h++;
    const hit = h < clause.to ? phrases.at(tokens, h, clause.to) : null;
    if (!hit) continue;
    if (taken.some((m) => m.objFrom === h)) continue;
    out.push({
      year: k,
      match: { rule, kind: 'agreement.sign', trigFrom: k, trigTo: hit[1], objFrom: h, objTo: hit[1], object: entries[hit[0]]!, nominal: true },
    });
  }
  return out;
}

function landmarkRule(patterns: DiplomaticPatterns): Rule | null {
  return patterns.rules.find((r) => r.kind === 'agreement.sign') ?? null;
}

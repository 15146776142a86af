import type { Triple } from './records.js';

/** Counts of true positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export const tripleKey = (t: Triple): string => `${t.source}>${t.target}:${t.code}`;

/** The root-level view of a triple: the two-digit CAMEO root; actor codes kept whole. */
export const rootTriple = (t: Triple): Triple => ({ ...t, code: t.code.slice(0, 2) });

/** The country + root view: actor codes cut to their country (`USAGOV` → `USA`), the CAMEO root. */
export const countryRootTriple = (t: Triple): Triple => ({ source: t.source.slice(0, 3), target: t.target.slice(0, 3), code: t.code.slice(0, 2) });

/**
 * Matches two triple sets as sets (duplicates collapse): each expected triple found is a true
 * positive, each other one produced a false positive, each expected one missing a false negative.
 */
export function compareTriples(expected: readonly Triple[], got: readonly Triple[], view: (t: Triple) => Triple = (t) => t): Counts {
  const want = new Set(expected.map((t) => tripleKey(view(t))));
  const have = new Set(got.map((t) => tripleKey(view(t))));
  let tp = 0;
  for (const k of have) if (want.has(k)) tp++;
  return { tp, fp: have.size - tp, fn: want.size - tp };
}

/** True when the produced set equals the expected set (PETRARCH's pass criterion). */
export function samePass(expected: readonly Triple[], got: readonly Triple[]): boolean {
  const c = compareTriples(expected, got);
  return c.fp === 0 && c.fn === 0;
}

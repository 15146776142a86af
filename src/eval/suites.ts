import { addCounts, compareTriples, countryRootTriple, prf, rootTriple, samePass, tripleKey, zero, type Counts } from './metrics.js';
import { scorePlover, type PloverOutcome, type PloverRecord, type ScoredEvent } from './plover.js';
import type { PetrRecord, Triple } from './records.js';

/** Codes raw text into clauses (for PLOVER) and triples (for PETRARCH records). */
export interface EvalCoder {
  readonly name: string;
  triples(text: string, date: string | null): readonly Triple[];
  events(text: string, date: string | null): readonly ScoredEvent[];
}

/** The outcome of one PETRARCH record. */
export interface RecordOutcome {
  readonly record: PetrRecord;
  readonly got: readonly Triple[];
  readonly pass: boolean;
}

/** Scores of a PETRARCH-records suite for one coder. */
export interface RecordsScore {
  readonly records: number;
  readonly passed: number;
  readonly full: Counts;
  readonly root: Counts;
  /** Actor codes cut to the country, CAMEO root only. */
  readonly countryRoot: Counts;
  readonly perCategory: ReadonlyMap<string, { full: Counts; root: Counts; records: number; passed: number }>;
  readonly outcomes: readonly RecordOutcome[];
}

/** Codes every scorable record (error records are skipped) and returns the outcomes. */
export function codeRecords(records: readonly PetrRecord[], coder: EvalCoder): RecordOutcome[] {
  return records.filter((r) => !r.error).map((record) => {
    const got = coder.triples(record.text, record.date);
    return { record, got, pass: samePass(record.expected, got) };
  });
}

/** Scores outcomes against their records' expectations (or against `expectations` by id, for the revised unit tests). */
export function scoreRecords(outcomes: readonly RecordOutcome[], expectations?: ReadonlyMap<string, PetrRecord>): RecordsScore {
  const full = zero();
  const root = zero();
  const countryRoot = zero();
  const perCategory = new Map<string, { full: Counts; root: Counts; records: number; passed: number }>();
  let records = 0;
  let passed = 0;
  const scored: RecordOutcome[] = [];
  for (const o of outcomes) {
    const rec = expectations ? expectations.get(o.record.id) : o.record;
    if (!rec || rec.error) continue;
    const f = compareTriples(rec.expected, o.got);
    const r = compareTriples(rec.expected, o.got, rootTriple);
    const pass = samePass(rec.expected, o.got);
    records++;
    if (pass) passed++;
    addCounts(full, f);
    addCounts(root, r);
    addCounts(countryRoot, compareTriples(rec.expected, o.got, countryRootTriple));
    const cat = perCategory.get(rec.category) ?? { full: zero(), root: zero(), records: 0, passed: 0 };
    addCounts(cat.full, f);
    addCounts(cat.root, r);
    cat.records++;
    if (pass) cat.passed++;
    perCategory.set(rec.category, cat);
    scored.push({ record: rec, got: o.got, pass });
  }
  return { records, passed, full, root, countryRoot, perCategory, outcomes: scored };
}

/** One line per failed record: id, text, expected and produced triples. */
export function recordDiff(o: RecordOutcome): string {
  const fmt = (ts: readonly Triple[]): string => ts.map(tripleKey).sort().join(' ') || '(none)';
  return `${o.pass ? 'PASS' : 'FAIL'} ${o.record.id} [${o.record.category}] ${o.record.text.slice(0, 160)}\n    want ${o.record.noEvents ? '(none)' : fmt(o.record.expected)}\n    got  ${fmt(o.got)}`;
}

/** Scores of the PLOVER gold standard for one coder. */
export interface PloverScore {
  readonly records: number;
  readonly eventOk: number;
  readonly sourceOk: number;
  readonly sourceTotal: number;
  readonly targetOk: number;
  readonly targetTotal: number;
  readonly perType: ReadonlyMap<string, { records: number; ok: number }>;
  readonly outcomes: readonly (PloverOutcome & { readonly text: string })[];
}

export function runPlover(records: readonly PloverRecord[], coder: EvalCoder): PloverScore {
  let eventOk = 0, sourceOk = 0, sourceTotal = 0, targetOk = 0, targetTotal = 0;
  const perType = new Map<string, { records: number; ok: number }>();
  const outcomes: (PloverOutcome & { text: string })[] = [];
  for (const rec of records) {
    const o = scorePlover(rec, coder.events(rec.text, rec.date));
    outcomes.push({ ...o, text: rec.text });
    const t = perType.get(rec.event) ?? { records: 0, ok: 0 };
    t.records++;
    if (o.gotEvent === o.wantEvent) { eventOk++; t.ok++; }
    perType.set(rec.event, t);
    if (o.sourceOk !== null) { sourceTotal++; if (o.sourceOk) sourceOk++; }
    if (o.targetOk !== null) { targetTotal++; if (o.targetOk) targetOk++; }
  }
  return { records: records.length, eventOk, sourceOk, sourceTotal, targetOk, targetTotal, perType, outcomes };
}

export { prf };

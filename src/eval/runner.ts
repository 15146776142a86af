import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { readInputs } from '../ingest/index.js';
import type { AttacheError, Result } from '../model/result.js';
import { err, ok } from '../model/result.js';
import { createCoder } from '../pipeline/index.js';
import { createPeopleRegistry } from '../actors/index.js';
import { scoreGold, type GoldFile, type GoldScore } from './gold.js';
import { parsePloverRecords, type PloverRecord } from './plover.js';
import { parsePetrarchRecords, type PetrRecord } from './records.js';
import { codeRecords, runPlover, scoreRecords, type EvalCoder, type PloverScore, type RecordsScore } from './suites.js';

/** One row of the eval report. */
export type SuiteResult =
  | { readonly kind: 'records'; readonly suite: string; readonly coder: string; readonly expectations: string; readonly score: RecordsScore }
  | { readonly kind: 'plover'; readonly suite: string; readonly coder: string; readonly score: PloverScore }
  | { readonly kind: 'gold'; readonly suite: string; readonly coder: string; readonly scores: readonly GoldScore[] }
  | { readonly kind: 'skip'; readonly suite: string; readonly reason: string };

/** What an eval input file holds. */
export type SuiteInput =
  | { readonly kind: 'records'; readonly records: readonly PetrRecord[] }
  | { readonly kind: 'plover'; readonly records: readonly PloverRecord[] }
  | { readonly kind: 'gold'; readonly files: readonly { readonly path: string; readonly gold: GoldFile }[] };

/** Reads an eval input by its content: PETRARCH record XML, the PLOVER JSON array, Attaché gold JSON (or a folder of it). */
export function readSuite(path: string): Result<SuiteInput, AttacheError> {
  try {
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f));
      const golds: { path: string; gold: GoldFile }[] = [];
      for (const f of files) {
        const g = JSON.parse(readFileSync(f, 'utf8')) as GoldFile;
        if (g && Array.isArray(g.facts)) golds.push({ path: f, gold: g });
      }
      if (!golds.length) return err({ code: 'MALFORMED', message: 'no Attaché gold files (*.json with "facts") in this folder', input: path });
      return ok({ kind: 'gold', files: golds });
    }
    const text = readFileSync(path, 'utf8');
    if (/<Sentence\b/.test(text)) return ok({ kind: 'records', records: parsePetrarchRecords(text) });
    const data = JSON.parse(text) as unknown;
    if (Array.isArray(data)) return ok({ kind: 'plover', records: parsePloverRecords(text) });
    if (data && typeof data === 'object' && Array.isArray((data as GoldFile).facts)) return ok({ kind: 'gold', files: [{ path, gold: data as GoldFile }] });
    return err({ code: 'MALFORMED', message: 'not PETRARCH records, PLOVER gold or Attaché gold', input: path });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'EACCES' ? 'UNREADABLE' : 'MALFORMED';
    return err({ code, message: (e as Error).message, input: path });
  }
}

/** Runs PETRARCH records or PLOVER records with each coder. */
export function runRecordsSuite(name: string, input: SuiteInput, coders: readonly EvalCoder[], expectations?: { readonly name: string; readonly records: readonly PetrRecord[] }[]): SuiteResult[] {
  const out: SuiteResult[] = [];
  for (const coder of coders) {
    if (input.kind === 'plover') {
      out.push({ kind: 'plover', suite: name, coder: coder.name, score: runPlover(input.records, coder) });
    } else if (input.kind === 'records') {
      const outcomes = codeRecords(input.records, coder);
      if (!expectations) out.push({ kind: 'records', suite: name, coder: coder.name, expectations: 'own', score: scoreRecords(outcomes) });
      for (const e of expectations ?? []) {
        out.push({ kind: 'records', suite: name, coder: coder.name, expectations: e.name, score: scoreRecords(outcomes, new Map(e.records.map((r) => [r.id, r]))) });
      }
    }
  }
  return out;
}

/**
 * Scores Attaché gold articles with the pipeline (createCoder), reading each through the ingest
 * readers as ../shared/eval/score.mjs does: a `file` as it is (relative to `sharedRoot`), inline
 * text as a one-line JSON Lines file.
 */
export async function runGoldSuite(name: string, files: readonly { path: string; gold: GoldFile }[], sharedRoot: string | null): Promise<SuiteResult> {
  const coder = createCoder();
  const work = mkdtempSync(join(tmpdir(), 'attache-eval-'));
  const scores: GoldScore[] = [];
  try {
    for (const { path, gold } of files) {
      let input: string;
      if (gold.file) input = resolve(sharedRoot ?? dirname(path), gold.file);
      else {
        const src = gold.textFile ? (JSON.parse(readFileSync(resolve(dirname(path), gold.textFile), 'utf8')) as GoldFile) : gold;
        input = join(work, `${basename(gold.id)}.jsonl`);
        writeFileSync(input, `${JSON.stringify({ id: gold.id, url: src.url ?? null, published: src.published ?? null, text: src.text })}\n`);
      }
      const registry = createPeopleRegistry();
      let scored = false;
      for await (const o of readInputs([input])) {
        if (!o.ok) continue;
        scores.push(scoreGold(gold, o.value.article, coder.code(o.value.article, { registry })));
        scored = true;
        break;
      }
      if (!scored) scores.push(scoreGold(gold, null, []));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { kind: 'gold', suite: name, coder: `pipeline:${coder.name}`, scores };
}

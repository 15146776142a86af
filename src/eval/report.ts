import { prf, type Counts } from './metrics.js';
import type { SuiteResult } from './runner.js';
import { recordDiff } from './suites.js';

const f3 = (x: number): string => x.toFixed(3);
const pct = (a: number, b: number): string => (b ? `${a}/${b} ${(a / b).toFixed(3)}` : '-');
const prfCols = (c: Counts): string => {
  const s = prf(c);
  return `${f3(s.precision)} ${f3(s.recall)} ${f3(s.f1)}`;
};

/** The summary table: one row per suite × coder (× expectations). */
export function summaryTable(results: readonly SuiteResult[]): string {
  const rows: string[] = [];
  const sw = Math.max(5, ...results.map((r) => r.suite.length));
  const cw = Math.max(5, ...results.map((r) => (r.kind === 'skip' ? 1 : r.coder.length + (r.kind === 'records' && r.expectations !== 'own' ? r.expectations.length + 4 : 0))));
  rows.push(`${'suite'.padEnd(sw)} ${'coder'.padEnd(cw)} ${'n'.padStart(4)}  result`);
  for (const r of results) {
    const head = (coder: string, n: number): string => `${r.suite.padEnd(sw)} ${coder.padEnd(cw)} ${String(n).padStart(4)}  `;
    if (r.kind === 'skip') rows.push(`${r.suite.padEnd(sw)} ${'-'.padEnd(cw)} ${''.padStart(4)}  skipped: ${r.reason}`);
    else if (r.kind === 'records') {
      const s = r.score;
      const exp = r.expectations === 'own' ? '' : ` vs ${r.expectations}`;
      rows.push(head(r.coder + exp, s.records) + `triples P/R/F1 ${prfCols(s.full)} | root ${prfCols(s.root)} | country+root ${prfCols(s.countryRoot)} | pass ${pct(s.passed, s.records)}`);
    } else if (r.kind === 'plover') {
      const s = r.score;
      rows.push(head(r.coder, s.records) + `event type ${pct(s.eventOk, s.records)} | source country ${pct(s.sourceOk, s.sourceTotal)} | target country ${pct(s.targetOk, s.targetTotal)}`);
    } else {
      const t = { tp: 0, fp: 0, fn: 0 };
      let people = 0, peopleFound = 0, meta = 0, metaOk = 0;
      for (const g of r.scores) { t.tp += g.tp; t.fp += g.fp; t.fn += g.fn; people += g.people; peopleFound += g.peopleFound; meta += g.meta; metaOk += g.metaOk; }
      rows.push(head(r.coder, r.scores.length) + `facts P/R/F1 ${prfCols(t)} (tp ${t.tp} fp ${t.fp} fn ${t.fn}) | people ${peopleFound}/${people} | metadata ${metaOk}/${meta}`);
    }
  }
  return rows.join('\n');
}

/** Per-category (records), per-type (PLOVER) and per-kind (gold) breakdowns. */
export function breakdown(results: readonly SuiteResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.kind === 'records') {
      out.push(`\n${r.suite} — ${r.coder}${r.expectations === 'own' ? '' : ` vs ${r.expectations}`}: per category (triples P R F1 | root P R F1 | pass)`);
      for (const [cat, c] of [...r.score.perCategory].sort()) {
        out.push(`  ${(cat || '(none)').padEnd(12)} ${prfCols(c.full)} | ${prfCols(c.root)} | ${c.passed}/${c.records}`);
      }
    } else if (r.kind === 'plover') {
      out.push(`\n${r.suite} — ${r.coder}: event type accuracy per PLOVER type`);
      out.push('  ' + [...r.score.perType].sort().map(([t, v]) => `${t} ${v.ok}/${v.records}`).join(', '));
    } else if (r.kind === 'gold') {
      const perKind = new Map<string, Counts>();
      for (const g of r.scores) for (const [k, v] of Object.entries(g.perKind)) {
        const c = perKind.get(k) ?? { tp: 0, fp: 0, fn: 0 };
        c.tp += v.tp; c.fp += v.fp; c.fn += v.fn;
        perKind.set(k, c);
      }
      out.push(`\n${r.suite} — ${r.coder}: per kind (tp fp fn)`);
      for (const [k, c] of [...perKind].sort()) out.push(`  ${k.padEnd(28)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`);
    }
  }
  return out.join('\n');
}

/** Per-record differences (failed records; all records when `all`). */
export function details(results: readonly SuiteResult[], all = false): string {
  const out: string[] = [];
  for (const r of results) {
    if (r.kind === 'records') {
      out.push(`\n== ${r.suite} — ${r.coder}${r.expectations === 'own' ? '' : ` vs ${r.expectations}`}`);
      for (const o of r.score.outcomes) if (all || !o.pass) out.push(recordDiff(o));
    } else if (r.kind === 'plover') {
      out.push(`\n== ${r.suite} — ${r.coder}`);
      for (const o of r.score.outcomes) {
        const bad = o.gotEvent !== o.wantEvent || o.sourceOk === false || o.targetOk === false;
        if (!all && !bad) continue;
        out.push(`${bad ? 'FAIL' : 'PASS'} ${o.id} want ${o.wantEvent} got ${o.gotEvent ?? '(none)'}${o.gotCode ? ` (${o.gotCode})` : ''} source ${o.sourceOk ?? '-'} target ${o.targetOk ?? '-'} (want ${o.wantSources.join('/') || '-'}>${o.wantTargets.join('/') || '-'} got ${o.gotSource ?? '-'}>${o.gotTarget ?? '-'})\n    ${o.text.slice(0, 180)}`);
      }
    } else if (r.kind === 'gold') {
      out.push(`\n== ${r.suite} — ${r.coder}`);
      for (const g of r.scores) {
        if (!all && !g.lines.length) continue;
        out.push(`${g.id}: tp ${g.tp} fp ${g.fp} fn ${g.fn}`);
        for (const l of g.lines) out.push(`    ${l}`);
      }
    }
  }
  return out.join('\n');
}

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PetrarchPaths } from '../petrarch/index.js';
import { projectRoot } from '../util/paths.js';
import type { EvalKit } from './coders.js';
import { readSuite, runGoldSuite, runRecordsSuite, type SuiteResult } from './runner.js';
import type { EvalCoder } from './suites.js';

/** The Phoenix operational dictionaries, as the PETR2_GSR records were coded with (paths under peers/petrarch2). */
export function phoenixPaths(peers: string, withVerbs: boolean): PetrarchPaths {
  const p = (f: string): string => join(peers, 'petrarch2', f);
  return {
    actors: ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].map(p),
    agents: [p('Phoenix.agents.txt')],
    ...(withVerbs ? { verbs: [p('CAMEO.2.0.txt')] } : {}),
    discards: [p('Phoenix.discards.txt')],
  };
}

/** The fictional PETR.Validate dictionaries of the unit tests; `revised` picks the CAMEO-2.0 verbs. */
export function validatePaths(peers: string, revised: boolean): PetrarchPaths {
  const p = (f: string): string => join(peers, 'petrarch2', f);
  return {
    actors: [p('PETR.Validate.actors.txt')],
    agents: [p('PETR.Validate.agents.txt')],
    verbs: [revised ? join(peers, 'UniversalPetrarch', 'PETR.Validate.verbs.2.0.txt') : p('PETR.Validate.verbs.txt')],
    discards: [p('PETR.Validate.discards.txt')],
  };
}

/**
 * Every suite found under `shared`: PETR2_GSR and the PLOVER gold standard (Attaché's own
 * dictionaries, then with the Phoenix dictionaries added), the PETRARCH unit tests with the
 * PETR.Validate dictionaries (original and revised expectations), Attaché's dev gold, and the
 * project's own held-out sets (`eval/heldout`, `eval/heldout-2`, `eval/heldout-3`, `eval/heldout-4`, `eval/heldout-5`, `eval/heldout-6`, `eval/heldout-7`).
 */
export async function runAll(shared: string, kit: EvalKit, log: (s: string) => void = () => {}): Promise<SuiteResult[]> {
  const peers = join(shared, 'peers');
  const out: SuiteResult[] = [];
  const list: EvalCoder[] = [kit.attache()];
  // The CAMEO verb coder alone (no diplomatic coder in front), then with the Phoenix dictionaries.
  if (!list[0]!.name.startsWith('attache')) list.push(kit.clauseCoder('cameo-coder', kit.own, kit.lexicon));
  if (existsSync(join(peers, 'petrarch2', 'Phoenix.Countries.actors.txt'))) {
    const phx = kit.withPetrarch('cameo-coder+phoenix-actors', phoenixPaths(peers, false));
    if (phx.ok) list.push(phx.value);
    const full = kit.withPetrarch('phoenix+CAMEO.2.0-verbs', phoenixPaths(peers, true));
    if (full.ok) list.push(full.value);
    // the same, with Attaché's own verbs for a verb no CAMEO.2.0 pattern matches (--verbs-fallback attache)
    const hybrid = kit.withPetrarch('phoenix+CAMEO.2.0+attache', phoenixPaths(peers, true), { verbsFallback: true });
    if (hybrid.ok) list.push(hybrid.value);
  }
  const coders = (): EvalCoder[] => list;
  const gsr = join(peers, 'UniversalPetrarch', 'PETR2_GSR_validation.xml');
  const plover = join(peers, 'PLOVER', 'PLOVER_GSR_CAMEO.txt');
  for (const [name, path] of [['PETR2_GSR_validation', gsr], ['PLOVER_GSR_CAMEO', plover]] as const) {
    if (!existsSync(path)) { out.push({ kind: 'skip', suite: name, reason: `${path} not found` }); continue; }
    log(`eval: ${name}`);
    const input = readSuite(path);
    if (!input.ok) { out.push({ kind: 'skip', suite: name, reason: input.error.message }); continue; }
    out.push(...runRecordsSuite(name, input.value, coders()));
  }
  const unitOrig = join(peers, 'petrarch2', 'PETR.UnitTest.records.xml');
  const unitRev = join(peers, 'UniversalPetrarch', 'PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml');
  if (existsSync(unitOrig) && existsSync(unitRev)) {
    log('eval: PETR.UnitTest');
    const orig = readSuite(unitOrig);
    const rev = readSuite(unitRev);
    if (orig.ok && rev.ok && orig.value.kind === 'records' && rev.value.kind === 'records') {
      // Each expectation set with the verb dictionary it was written for, on its own file's texts.
      const v2 = kit.petrarchOnly('Validate verbs 2.0', validatePaths(peers, true));
      if (v2.ok) out.push(...runRecordsSuite('PETR.UnitTest revised', rev.value, [v2.value]));
      const v1 = kit.petrarchOnly('Validate verbs', validatePaths(peers, false));
      if (v1.ok) out.push(...runRecordsSuite('PETR.UnitTest original', orig.value, [v1.value]));
    }
  } else out.push({ kind: 'skip', suite: 'PETR.UnitTest', reason: 'unit-test records not found' });
  const goldDir = join(shared, 'eval', 'gold');
  if (existsSync(goldDir)) {
    log('eval: dev gold');
    const g = readSuite(goldDir);
    if (g.ok && g.value.kind === 'gold') out.push(await runGoldSuite('dev gold', g.value.files, shared));
    else if (!g.ok) out.push({ kind: 'skip', suite: 'dev gold', reason: g.error.message });
  }
  // The project's own held-out sets (eval/heldout*), scored the same way as the dev gold.
  for (const set of ['heldout', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5', 'heldout-6', 'heldout-7']) {
    const dir = join(projectRoot(), 'eval', set);
    if (!existsSync(dir)) continue;
    log(`eval: ${set}`);
    const h = readSuite(dir);
    if (h.ok && h.value.kind === 'gold') out.push(await runGoldSuite(set, h.value.files, shared));
    else if (!h.ok) out.push({ kind: 'skip', suite: set, reason: h.error.message });
  }
  return out;
}

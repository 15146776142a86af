import { runAll } from '../../eval/all.js';
import { EvalKit } from '../../eval/coders.js';
import { breakdown, details, summaryTable } from '../../eval/report.js';
import { readSuite, runGoldSuite, runRecordsSuite, type SuiteResult } from '../../eval/runner.js';
import type { EvalCoder } from '../../eval/suites.js';
import { basename } from 'node:path';
import { sharedDir } from '../../util/paths.js';
import { UsageError } from '../usage-error.js';
import type { RegisterCommand } from './types.js';

interface Flags {
  readonly actors?: string[];
  readonly agents?: string[];
  readonly verbs?: string[];
  readonly discards?: string[];
  readonly verbose?: boolean;
  readonly all?: boolean;
  readonly petrarchOnly?: boolean;
  readonly coder?: string;
  readonly verbsFallback?: string;
}

const list = (v: string, prev: string[] = []): string[] => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];

/** `attache eval`: scores the coder on PETRARCH validation records, the PLOVER gold standard and Attaché gold files. */
export const register: RegisterCommand = (program, fail) => {
  program
    .command('eval')
    .description('score event coding on PETRARCH validation records (XML), the PLOVER gold standard (JSON) or Attaché gold files (JSON, or a folder of them)')
    .argument('[files...]', 'evaluation files (the kind is read from the content)')
    .option('--actors <paths>', 'PETRARCH actor dictionaries (comma-separated or repeated)', list)
    .option('--agents <paths>', 'PETRARCH agent dictionaries', list)
    .option('--verbs <paths>', 'PETRARCH verb dictionaries (used instead of Attaché\'s verb patterns)', list)
    .option('--discards <paths>', 'PETRARCH discard lists', list)
    .option('--verbs-fallback <lexicon>', '"attache": a verb no pattern of --verbs matches is coded with Attaché\'s own verb lexicon when it knows the verb')
    .option('--petrarch-only', 'find actors with the given PETRARCH dictionaries only (not also with Attaché\'s gazetteer)')
    .option('--coder <name>', 'records and PLOVER: "pipeline" (default: the full coder) or "cameo" (the CAMEO verb coder alone)')
    .option('-v, --verbose', 'per-category breakdown and a diff for every record that is not right')
    .option('--all', 'run every suite found under ../shared (peers and eval gold) and print one table')
    .addHelpText('after', '\nOnly the raw text of each record is coded (never a supplied parse). Records: precision / recall / F1 of\n(source, target, code) triples at full code and at root level, and the pass rate. PLOVER: event type and\nsource/target country accuracy. Gold: facts as ../shared/eval/score.mjs scores them.\nExit status: 0 done (or ../shared absent with --all), 1 an input could not be read, 2 usage error.')
    .action(async (files: string[], flags: Flags) => {
      if (!flags.all && !files.length) throw new UsageError('give evaluation files, or --all');
      if (flags.coder && flags.coder !== 'pipeline' && flags.coder !== 'cameo') throw new UsageError(`--coder: expected pipeline or cameo, got ${flags.coder}`);
      if (flags.verbsFallback && flags.verbsFallback !== 'attache') throw new UsageError(`--verbs-fallback: expected attache, got ${flags.verbsFallback}`);
      if (flags.verbsFallback && !flags.verbs?.length) throw new UsageError('--verbs-fallback needs --verbs');
      const kit = new EvalKit();
      const results: SuiteResult[] = [];
      const log = (s: string): void => { process.stderr.write(`${s}\n`); };
      if (flags.all) {
        const shared = sharedDir();
        if (!shared) {
          process.stdout.write('eval: ../shared not found (set ATTACHE_SHARED); skipping the evaluation suites\n');
          return;
        }
        results.push(...await runAll(shared, kit, log));
      }
      const petr = { actors: flags.actors, agents: flags.agents, verbs: flags.verbs, discards: flags.discards };
      const usesPetrarch = Object.values(petr).some((v) => v && v.length);
      let coder: EvalCoder | null = null;
      for (const f of files) {
        const input = readSuite(f);
        if (!input.ok) {
          process.stderr.write(`attache: ${f}: ${input.error.message} [${input.error.code}]\n`);
          fail(1);
          continue;
        }
        if (input.value.kind === 'gold') {
          if (usesPetrarch) log('eval: gold files are scored with the pipeline; PETRARCH dictionaries are not used for them');
          results.push(await runGoldSuite(basename(f), input.value.files, sharedDir()));
          continue;
        }
        if (!coder) {
          if (usesPetrarch) {
            const c = flags.petrarchOnly ? kit.petrarchOnly('petrarch-dicts', petr) : kit.withPetrarch('attache+petrarch-dicts', petr, { verbsFallback: flags.verbsFallback === 'attache' });
            if (!c.ok) throw new UsageError(c.error.message);
            coder = c.value;
          } else coder = flags.coder === 'cameo' ? kit.clauseCoder('cameo-coder', kit.own, kit.lexicon) : kit.attache();
        }
        results.push(...runRecordsSuite(basename(f), input.value, [coder]));
      }
      if (!results.length) return;
      process.stdout.write(`${summaryTable(results)}\n`);
      if (flags.verbose || !flags.all) process.stdout.write(`${breakdown(results)}\n`);
      if (flags.verbose) process.stdout.write(`${details(results)}\n`);
    });
};

#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './cli/commands/index.js';
import { UsageError } from './cli/usage-error.js';

/** Exit statuses: 0 all good, 1 some inputs failed, 2 usage error. */
async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('attache')
    .description('Attaché: diplomatic events and per-pair dossiers from news text')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  let status = 0;
  for (const register of COMMANDS) register(program, (code) => { status = Math.max(status, code); });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`attache: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`attache: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.ATTACHE_DEBUG) console.error(e);
    return 1;
  }
  return status;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`attache: ${String(e)}\n`); process.exitCode = 1; },
);

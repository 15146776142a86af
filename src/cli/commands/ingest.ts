import type { RegisterCommand } from './types.js';
import { positiveInt, resolveDb } from '../../scale/db-option.js';
import { defaultThreads } from '../../scale/coding-pool.js';
import { ingestCommand } from '../../scale/ingest-command.js';
import { UsageError } from '../usage-error.js';

interface Flags {
  readonly db?: string;
  readonly workers?: string;
  readonly published?: string;
  readonly progress: boolean;
}

/** `attache ingest <inputs...>`: read, code and store; idempotent; exit 1 when an input failed. */
export const register: RegisterCommand = (program, fail) => {
  program
    .command('ingest')
    .description('read inputs (files, folders, - for stdin), code their events and store them')
    .argument('<inputs...>', 'files (.txt .html .xml/.rss/.atom .jsonl), folders, or - for standard input')
    .option('--db <path>', 'SQLite file or postgres:// URL (env ATTACHE_DB, default ./data/attache.db)')
    .option('--workers <n>', `coding threads (default: ${defaultThreads()}, the number of cores; 1 codes in-process)`)
    .option('--published <date>', 'published date (YYYY-MM-DD) for articles that state none')
    .option('--no-progress', 'never show the progress bar')
    .action(async (inputs: string[], flags: Flags) => {
      if (flags.published !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(flags.published)) {
        throw new UsageError(`--published must be a date YYYY-MM-DD (got "${flags.published}")`);
      }
      const summary = await ingestCommand(inputs, {
        db: resolveDb(flags.db),
        workers: positiveInt('--workers', flags.workers, defaultThreads()),
        published: flags.published ?? null,
        progress: flags.progress,
      });
      if (summary.failures > 0) fail(1);
    });
};

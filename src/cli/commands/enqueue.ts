import type { RegisterCommand } from './types.js';
import { isPostgresUrl, resolveDb } from '../../scale/db-option.js';
import { enqueueCommand } from '../../scale/queue-commands.js';
import { UsageError } from '../usage-error.js';

/** `attache enqueue <inputs...> --db postgres://…`: queue articles for `attache worker`. */
export const register: RegisterCommand = (program, fail) => {
  program
    .command('enqueue')
    .description('read inputs and queue their articles in PostgreSQL for `attache worker` processes')
    .argument('<inputs...>', 'files, folders, or - for standard input')
    .option('--db <url>', 'postgres:// URL (env ATTACHE_DB)')
    .option('--published <date>', 'published date (YYYY-MM-DD) for articles that state none')
    .action(async (inputs: string[], flags: { db?: string; published?: string }) => {
      const db = resolveDb(flags.db);
      if (!isPostgresUrl(db)) throw new UsageError('enqueue needs a PostgreSQL database: --db postgres://user@host/db');
      const s = await enqueueCommand(inputs, { db, published: flags.published ?? null });
      process.stderr.write(`enqueue: read ${s.read}, queued ${s.queued}, already queued ${s.alreadyQueued}, failed ${s.failures}\n`);
      for (const e of s.failed.slice(0, 20)) process.stderr.write(`  failed ${e.input ?? '?'}: ${e.code} ${e.message}\n`);
      if (s.failures > 20) process.stderr.write(`  … and ${s.failures - 20} more failures\n`);
      if (s.failures > 0) fail(1);
    });
};

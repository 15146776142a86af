import type { RegisterCommand } from './types.js';
import { isPostgresUrl, positiveInt, resolveDb } from '../../scale/db-option.js';
import { defaultThreads } from '../../scale/coding-pool.js';
import { workerCommand } from '../../scale/queue-commands.js';
import { UsageError } from '../usage-error.js';

interface Flags {
  readonly db?: string;
  readonly concurrency?: string;
  readonly exitWhenEmpty?: boolean;
  readonly lease?: string;
  readonly attempts?: string;
}

/** `attache worker --db postgres://…`: take queued articles, code and store them. */
export const register: RegisterCommand = (program, fail) => {
  program
    .command('worker')
    .description('take queued articles from PostgreSQL, code and store them (run any number, anywhere)')
    .option('--db <url>', 'postgres:// URL (env ATTACHE_DB)')
    .option('--concurrency <n>', `coding threads (default ${defaultThreads()}, the number of cores)`)
    .option('--exit-when-empty', 'stop once nothing is queued or running')
    .option('--lease <seconds>', 'how long a job stays with a silent worker before it is retried (default 300)')
    .option('--attempts <n>', 'tries before a job is marked failed (default 3)')
    .action(async (flags: Flags) => {
      const db = resolveDb(flags.db);
      if (!isPostgresUrl(db)) throw new UsageError('worker needs a PostgreSQL database: --db postgres://user@host/db');
      const controller = new AbortController();
      const stop = (): void => {
        process.stderr.write('worker: stopping after the jobs in flight\n');
        controller.abort();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const s = await workerCommand({
        db,
        concurrency: positiveInt('--concurrency', flags.concurrency, defaultThreads()),
        exitWhenEmpty: flags.exitWhenEmpty === true,
        leaseMs: positiveInt('--lease', flags.lease, 300) * 1000,
        maxAttempts: positiveInt('--attempts', flags.attempts, 3),
        signal: controller.signal,
      });
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      const seconds = s.elapsedMs / 1000;
      process.stderr.write(
        `worker: ${s.jobs} jobs, stored ${s.stored}, already present ${s.alreadyPresent}, failed ${s.failed} ` +
          `in ${seconds.toFixed(1)} s (${seconds > 0 ? (s.jobs / seconds).toFixed(1) : '-'} articles/s)\n`,
      );
      if (s.failed > 0) fail(1);
    });
};

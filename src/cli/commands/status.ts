import type { RegisterCommand } from './types.js';
import { isPostgresUrl, resolveDb } from '../../scale/db-option.js';
import { formatStatus, statusReport } from '../../scale/queue-commands.js';
import { UsageError } from '../usage-error.js';
import { existsSync } from 'node:fs';

/** `attache status [--db …]`: the store's counts and, on PostgreSQL, the ingestion queue's. */
export const register: RegisterCommand = (program) => {
  program
    .command('status')
    .description("show the store's counts and, on PostgreSQL, the queue: queued / running / done / failed jobs and throughput")
    .option('--db <path>', 'SQLite file or postgres:// URL (env ATTACHE_DB, default ./data/attache.db)')
    .option('--format <format>', 'text or json', 'text')
    .action(async (flags: { db?: string; format: string }) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw new UsageError(`--format must be text or json (got "${flags.format}")`);
      const db = resolveDb(flags.db);
      if (!isPostgresUrl(db) && !existsSync(db)) throw new UsageError(`no store at ${db}`);
      const report = await statusReport(db);
      process.stdout.write(flags.format === 'json' ? `${JSON.stringify(report)}\n` : formatStatus(report));
    });
};

import { createWriteStream, existsSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { RegisterCommand } from './types.js';
import { isPostgresUrl, resolveDb } from '../../scale/db-option.js';
import { exportStore } from '../../scale/export-import.js';
import { UsageError } from '../usage-error.js';

/** `attache export [--db PATH] [--format jsonl] [--out FILE]`: the whole store as JSON Lines. */
export const register: RegisterCommand = (program) => {
  program
    .command('export')
    .description('write the whole store (articles, events, facts, people) as JSON Lines, for backups and moves')
    .option('--db <path>', 'SQLite file or postgres:// URL (env ATTACHE_DB, default ./data/attache.db)')
    .option('--format <format>', 'jsonl (the only format)', 'jsonl')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (flags: { db?: string; format: string; out?: string }) => {
      if (flags.format !== 'jsonl') throw new UsageError(`--format must be jsonl (got "${flags.format}")`);
      const db = resolveDb(flags.db);
      if (!isPostgresUrl(db) && !existsSync(db)) throw new UsageError(`no store at ${db}`);
      if (!flags.out) {
        // `attache export | head`: a reader that stops early is not an error.
        process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
      }
      const out = flags.out ? createWriteStream(flags.out) : process.stdout;
      const rows = await exportStore(db, out);
      if (flags.out) {
        out.end();
        await finished(out);
      }
      process.stderr.write(`export: ${rows} rows\n`);
    });
};

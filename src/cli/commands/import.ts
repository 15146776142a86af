import { existsSync } from 'node:fs';
import type { RegisterCommand } from './types.js';
import { resolveDb } from '../../scale/db-option.js';
import { importStore } from '../../scale/export-import.js';
import { UsageError } from '../usage-error.js';

/** `attache import <file> [--db PATH]`: load an export into an empty store. */
export const register: RegisterCommand = (program) => {
  program
    .command('import')
    .description('load a file written by `attache export` into an empty store (all or nothing)')
    .argument('<file>', 'the export file (JSON Lines)')
    .option('--db <path>', 'SQLite file or postgres:// URL (env ATTACHE_DB, default ./data/attache.db)')
    .action(async (file: string, flags: { db?: string }) => {
      if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
      const s = await importStore(file, resolveDb(flags.db));
      const parts = Object.entries(s.tables).map(([t, n]) => `${t} ${n}`).join(', ');
      process.stderr.write(`import: ${s.rows} rows${parts ? ` (${parts})` : ''}\n`);
    });
};

import type { RegisterCommand } from './types.js';
import { UsageError } from '../usage-error.js';
import { asUsage, withStore } from '../../views/cli-support.js';

/** `attache people [QUERY]`: people the store knows, with their roles and when they were seen. */
export const register: RegisterCommand = (program) => {
  program
    .command('people')
    .description('people the store knows (name, title, country, first and last seen); QUERY filters by words')
    .argument('[query...]', 'words of a name, alias, title or country code')
    .option('--db <path>', 'SQLite file or postgres:// URL (env ATTACHE_DB, default ./data/attache.db)')
    .option('--format <format>', 'output: tsv, jsonl', 'tsv')
    .action(async (query: string[], flags: { db?: string; format: string }) => asUsage(async () => {
      if (flags.format !== 'tsv' && flags.format !== 'jsonl') throw new UsageError(`--format must be tsv or jsonl (got "${flags.format}")`);
      await withStore(flags.db, async (store) => {
        const people = await store.people(query.join(' ') || undefined);
        if (flags.format === 'jsonl') {
          process.stdout.write(people.map((p) => `${JSON.stringify(p)}\n`).join(''));
          return;
        }
        const cell = (s: string | null | undefined): string => (s ?? '').replace(/[\t\r\n]+/g, ' ');
        const rows = people.map((p) => [p.name, p.title, p.country, p.firstSeen, p.lastSeen, p.aliases.join('; ')].map(cell).join('\t'));
        process.stdout.write(['name\ttitle\tcountry\tfirst_seen\tlast_seen\taliases', ...rows].map((l) => `${l}\n`).join(''));
        if (people.length === 0) process.stderr.write(query.length ? `no one matches "${query.join(' ')}"\n` : 'no people stored yet\n');
      });
    }, (m) => new UsageError(m)));
};

import type { RegisterCommand } from './types.js';
import { UsageError } from '../usage-error.js';
import { asUsage, countryArg, withStore } from '../../views/cli-support.js';
import { loadCountryResolver } from '../../views/countries.js';
import { buildCountryProfile, countryToMarkdown } from '../../views/country.js';

/** `attache country <X>`: partners ranked by activity, missions abroad, missions hosted. */
export const register: RegisterCommand = (program) => {
  program
    .command('country')
    .description("a country's partners ranked by activity, its missions abroad and the missions it hosts")
    .argument('<X>', 'a country name or ISO code')
    .option('--db <path>', 'SQLite file or postgres:// URL (env ATTACHE_DB, default ./data/attache.db)')
    .option('--format <format>', 'output: md, json', 'md')
    .option('--limit <n>', 'partners to list', '50')
    .action(async (x: string, flags: { db?: string; format: string; limit: string }) => asUsage(async () => {
      if (flags.format !== 'md' && flags.format !== 'json') throw new UsageError(`--format must be md or json (got "${flags.format}")`);
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number (got "${flags.limit}")`);
      const resolver = await loadCountryResolver();
      const c = countryArg(resolver, x);
      await withStore(flags.db, async (store) => {
        const r = await buildCountryProfile(store, c.code, resolver, limit);
        if (!r.ok) throw new UsageError(r.error.message);
        process.stdout.write(flags.format === 'json' ? `${JSON.stringify(r.value, null, 2)}\n` : countryToMarkdown(r.value));
      });
    }, (m) => new UsageError(m)));
};

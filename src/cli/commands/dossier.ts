import type { RegisterCommand } from './types.js';
import { UsageError } from '../usage-error.js';
import { asUsage, countryArg, withStore } from '../../views/cli-support.js';
import { loadCountryResolver } from '../../views/countries.js';
import { buildDossier } from '../../views/dossier.js';
import { buildBoundedDossier } from '../../views/dossier-bounded.js';
import { dossierToMarkdown } from '../../views/dossier-md.js';
import { dossierToHtml } from '../../views/dossier-html.js';

const FORMATS = ['md', 'json', 'html'] as const;

/** `attache dossier <A> <B>`: the state of two countries' relations, every line with its sources. */
export const register: RegisterCommand = (program) => {
  program
    .command('dossier')
    .description('the relations of two countries over time, every line citing its articles and sentences')
    .argument('<A>', 'a country name or ISO code ("Azerbaijan", AZ, AZE)')
    .argument('<B>', 'the other country')
    .option('--db <path>', 'SQLite file or postgres:// URL (env ATTACHE_DB, default ./data/attache.db)')
    .option('--format <format>', `output: ${FORMATS.join(', ')}`, 'md')
    .option('--limit <n>', 'the latest N lines per section (a bounded dossier, as the API gives; default: every line)')
    .option('--sources <n>', 'the first N sources per line (default: every source)')
    .action(async (a: string, b: string, flags: { db?: string; format: string; limit?: string; sources?: string }) => asUsage(async () => {
      if (!(FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${flags.format}")`);
      const count = (flag: string, v: string | undefined): number | undefined => {
        if (v === undefined) return undefined;
        if (!/^[1-9]\d{0,8}$/.test(v)) throw new UsageError(`--${flag} must be a whole number ≥ 1 (got "${v}")`);
        return Number(v);
      };
      const limit = count('limit', flags.limit), sources = count('sources', flags.sources);
      const resolver = await loadCountryResolver();
      const A = countryArg(resolver, a), B = countryArg(resolver, b);
      if (A.code === B.code) throw new UsageError(`a dossier needs two different countries (both are ${A.code})`);
      await withStore(flags.db, async (store) => {
        const r = limit === undefined && sources === undefined ? await buildDossier(store, A.code, B.code, resolver)
          : await buildBoundedDossier(store, A.code, B.code, { limit: limit ?? 1_000_000_000, sourceLimit: sources ?? 1_000_000_000 }, resolver);
        if (!r.ok) throw new UsageError(r.error.message);
        const out = flags.format === 'json' ? `${JSON.stringify(r.value, null, 2)}\n`
          : flags.format === 'html' ? dossierToHtml(r.value) : dossierToMarkdown(r.value);
        process.stdout.write(out);
      });
    }, (m) => new UsageError(m)));
};

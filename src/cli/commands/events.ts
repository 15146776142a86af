import type { RegisterCommand } from './types.js';
import { UsageError } from '../usage-error.js';
import { DIPLOMATIC_KINDS } from '../../model/event.js';
import type { EventQuery } from '../../store/store.js';
import { filterBound } from '../../store/dates.js';
import { asUsage, countryArg, withStore } from '../../views/cli-support.js';
import { loadCountryResolver } from '../../views/countries.js';
import { EVENT_FORMATS, eventHeader, formatEvent, type EventFormat } from '../../views/event-format.js';

interface Flags {
  readonly db?: string;
  readonly pair?: string;
  readonly country?: string;
  readonly kind?: string;
  readonly cameo?: string;
  readonly from?: string;
  readonly to?: string;
  readonly text?: string;
  readonly format: string;
  readonly limit?: string;
  readonly duplicates?: boolean;
}

const PAGE = 1000;

function checkDate(flag: string, v: string | undefined): void {
  if (v === undefined) return;
  try { filterBound(v, 'start'); } catch { throw new UsageError(`${flag} must be YYYY, YYYY-MM or YYYY-MM-DD (got "${v}")`); }
}

async function toQuery(f: Flags): Promise<EventQuery> {
  const resolver = await loadCountryResolver();
  let pair: [string, string] | undefined;
  if (f.pair !== undefined) {
    const parts = f.pair.split(',').map((s) => s.trim()).filter(Boolean);
    if (parts.length !== 2) throw new UsageError(`--pair needs two countries separated by a comma (got "${f.pair}")`);
    pair = [countryArg(resolver, parts[0]!).code, countryArg(resolver, parts[1]!).code];
  }
  const kinds: readonly string[] = DIPLOMATIC_KINDS;
  if (f.kind !== undefined && !kinds.includes(f.kind) && !(f.kind.endsWith('*') && kinds.some((k) => k.startsWith(f.kind!.slice(0, -1))))) {
    throw new UsageError(`--kind must be one of ${kinds.join(', ')} or a prefix ending in * (got "${f.kind}")`);
  }
  if (f.cameo !== undefined && !/^\d{1,4}\*?$/.test(f.cameo)) throw new UsageError(`--cameo must be a CAMEO code or a prefix ending in * (got "${f.cameo}")`);
  checkDate('--from', f.from); checkDate('--to', f.to);
  let limit: number | undefined;
  if (f.limit !== undefined) {
    limit = Number(f.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number (got "${f.limit}")`);
  }
  return {
    ...(pair ? { pair } : {}), ...(f.country ? { country: countryArg(resolver, f.country).code } : {}),
    ...(f.kind ? { kind: f.kind } : {}), ...(f.cameo ? { cameo: f.cameo } : {}),
    ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}), ...(f.text ? { text: f.text } : {}),
    ...(limit !== undefined ? { limit } : {}), ...(f.duplicates ? { includeDuplicates: true } : {}),
  };
}

/** `attache events`: stored events matching filters, as JSON Lines, TSV or CSV, streamed page by page. */
export const register: RegisterCommand = (program) => {
  program
    .command('events')
    .description('stored events matching filters (all combined), in date order')
    .option('--db <path>', 'SQLite file or postgres:// URL (env ATTACHE_DB, default ./data/attache.db)')
    .option('--pair <A,B>', 'both countries take part (names or ISO codes)')
    .option('--country <X>', 'the country takes part')
    .option('--kind <kind>', 'a diplomatic kind (mission.open) or a prefix (mission.*)')
    .option('--cameo <code>', 'a CAMEO code (057) or a prefix (05*)')
    .option('--from <date>', 'on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'on or before')
    .option('--text <words>', 'words the evidence sentence contains (all, any case)')
    .option('--format <format>', `output: ${EVENT_FORMATS.join(', ')}`, 'jsonl')
    .option('--limit <n>', 'at most this many events')
    .option('--duplicates', 'include events of near-duplicate articles')
    .action(async (flags: Flags) => asUsage(async () => {
      if (!(EVENT_FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`--format must be one of ${EVENT_FORMATS.join(', ')} (got "${flags.format}")`);
      const format = flags.format as EventFormat;
      const query = await toQuery(flags);
      await withStore(flags.db, async (store) => {
        const header = eventHeader(format);
        if (header) process.stdout.write(`${header}\n`);
        let done = 0;
        for (;;) {
          const size = Math.min(PAGE, (query.limit ?? Infinity) - done);
          if (size <= 0) break;
          const page = await store.queryEvents({ ...query, limit: size, offset: done });
          if (page.events.length === 0) break;
          const info = new Map((await store.articleInfo(page.events.map((e) => e.articleId))).map((a) => [a.id, a]));
          process.stdout.write(page.events.map((e) => `${formatEvent(e, format, info)}\n`).join(''));
          done += page.events.length;
          if (page.events.length < size) break;
        }
      });
    }, (m) => new UsageError(m)));
};

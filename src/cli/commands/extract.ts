import type { RegisterCommand } from './types.js';
import { readInputs } from '../../ingest/index.js';
import { jsonlLine, OUTPUT_FORMATS, tsvHeader, tsvRows, type OutputFormat } from '../format.js';
import { UsageError } from '../usage-error.js';
import type { AttacheError } from '../../model/result.js';

interface Flags {
  readonly format: string;
  readonly published?: string;
  readonly quiet?: boolean;
}

/** Writes to stdout, waiting when the pipe is full (memory stays bounded on big runs). */
function write(s: string): Promise<void> | void {
  if (!process.stdout.write(s)) return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

/** One stderr line for a failed input: `attache: <input>: <reason> [CODE]`. */
export const errorLine = (e: AttacheError): string => `attache: ${e.input ?? '(input)'}: ${e.message} [${e.code}]\n`;

/** `attache extract <inputs...>`: read and code articles, print `{article, events}` lines or a TSV event table. */
export const register: RegisterCommand = (program, fail) => {
  program
    .command('extract')
    .description('read articles and print their events (no store): one {article, events} JSON line per article, or a TSV event table')
    .argument('<inputs...>', 'files (.txt .html .xml/.rss/.atom .jsonl), folders (recursive), globs, or - for standard input')
    .option('--format <format>', `output format: ${OUTPUT_FORMATS.join(' or ')}`, 'jsonl')
    .option('--published <date>', 'published date (YYYY-MM-DD) for articles that state none')
    .option('-q, --quiet', 'no warnings on stderr (errors are still printed)')
    .addHelpText('after', '\nExit status: 0 all inputs read, 1 some inputs failed (one stderr line each), 2 usage error.')
    .action(async (inputs: string[], flags: Flags) => {
      if (!(OUTPUT_FORMATS as readonly string[]).includes(flags.format)) {
        throw new UsageError(`--format must be ${OUTPUT_FORMATS.join(' or ')} (got "${flags.format}")`);
      }
      if (flags.published !== undefined && !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/.test(flags.published)) {
        throw new UsageError(`--published must be a date YYYY-MM-DD (got "${flags.published}")`);
      }
      const format = flags.format as OutputFormat;
      // A closed pipe (`attache extract … | head`) ends the run quietly.
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw e;
      });
      // Loaded only when there is work to do: usage errors and --help stay fast.
      const { createCoder } = await import('../../pipeline/index.js');
      const coder = createCoder();
      let failed = false;
      if (format === 'tsv') await write(tsvHeader());
      for await (const outcome of readInputs(inputs, { published: flags.published ?? null })) {
        if (!outcome.ok) {
          failed = true;
          process.stderr.write(errorLine(outcome.error));
          continue;
        }
        const { article, warnings } = outcome.value;
        if (!flags.quiet) for (const w of warnings) process.stderr.write(`attache: ${article.origin ?? article.id}: warning: ${w}\n`);
        const events = coder.code(article);
        await write(format === 'tsv' ? tsvRows(article, events) : jsonlLine(article, events));
      }
      if (failed) fail(1);
    });
};

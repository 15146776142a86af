import v8 from 'node:v8';
import { readInputs } from '../ingest/index.js';
import { openStore } from '../store/open.js';
import { createCodingPool, defaultThreads } from './coding-pool.js';
import { runIngest, type IngestItem, type IngestSummary } from './ingest-run.js';
import { createProgress, formatSummary } from './progress.js';
import { estimateArticles } from './estimate.js';

/** Options of `attache ingest` after parsing. */
export interface IngestCommandOptions {
  readonly db: string;
  /** Coding threads (1: in-process). Default: the machine's cores. */
  readonly workers?: number;
  /** Published date for articles that state none. */
  readonly published?: string | null;
  /** Show the progress bar (default: on a terminal, or after 10 s elapsed). */
  readonly progress?: boolean;
  readonly stderr?: NodeJS.WriteStream;
}

/**
 * Smaller young generations for the coding threads started after this (and this thread's next
 * growth): V8's default lets each isolate keep up to ~48 MB of short-lived garbage, which with a
 * thread per core is most of the difference between 350 and 500 MB of peak RSS on a long run.
 * Costs a few percent more minor collections.
 */
function boundYoungGeneration(): void {
  if (!process.execArgv.some((a) => a.startsWith('--max-semi-space-size'))) v8.setFlagsFromString('--max-semi-space-size=4');
}

/**
 * `attache ingest`: reads the inputs, codes them in a thread pool and stores them, printing a
 * progress bar and a summary on standard error. Returns the summary (the caller sets the exit
 * status: 1 when anything failed).
 */
export async function ingestCommand(inputs: readonly string[], options: IngestCommandOptions): Promise<IngestSummary> {
  boundYoungGeneration();
  const stderr = options.stderr ?? process.stderr;
  const store = await openStore(options.db);
  try {
    const people = await store.people();
    const pool = createCodingPool({ threads: options.workers ?? defaultThreads(), people });
    const progress = createProgress({ stream: stderr, enabled: options.progress !== false });
    if (options.progress !== false) void estimateArticles(inputs).then((n) => { if (n) progress.setTotal(n); });
    try {
      // Duplicates are found by the store as each batch is written (it holds every earlier
      // article of the run), not by the readers' whole-run index: memory stays bounded.
      const items = readInputs(inputs, { published: options.published ?? null, markDuplicates: false }) as AsyncIterable<IngestItem>;
      const summary = await runIngest(items, { store, pool, window: Math.max(128, pool.threads * 16), batchSize: 64, onProgress: (c) => progress.update(c) });
      progress.stop();
      stderr.write(formatSummary(summary));
      return summary;
    } finally {
      progress.stop();
      await pool.close();
    }
  } finally {
    await store.close();
  }
}

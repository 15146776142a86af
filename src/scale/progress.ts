import cliProgress from 'cli-progress';
import type { IngestCounts, IngestSummary } from './ingest-run.js';

/** Shows how a long run is going. */
export interface ProgressReporter {
  update(counts: IngestCounts): void;
  /** The articles expected, once known (adds the bar and the ETA). */
  setTotal(total: number): void;
  stop(): void;
}

export interface ProgressOptions {
  readonly stream?: NodeJS.WriteStream;
  /** Articles expected, when known: adds a bar and an ETA. */
  readonly total?: number | null;
  /** On a stream that is not a terminal, start reporting only after this long (ms). Default 10 s. */
  readonly quietFor?: number;
  readonly enabled?: boolean;
}

/**
 * A progress bar on standard error: live on a terminal; on a pipe or file, one line every 10 s
 * once the run has lasted `quietFor` (so short runs print only their summary).
 */
export function createProgress(options: ProgressOptions = {}): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  if (options.enabled === false) return { update: () => {}, setTotal: () => {}, stop: () => {} };
  const tty = stream.isTTY === true;
  let total = options.total ?? 0;
  const quietFor = tty ? 1000 : options.quietFor ?? 10_000;
  const formatFor = (known: boolean): string => known
    ? 'ingest [{bar}] {percentage}% {value}/{total} | {rate} articles/s | ETA {eta_formatted} | stored {stored} dup {dup} present {present} failed {failed}'
    : 'ingest {value} articles | {rate} articles/s | stored {stored} dup {dup} present {present} failed {failed} | {elapsed}s';
  let bar: cliProgress.SingleBar | null = null;
  let started = false;

  const payload = (c: IngestCounts): Record<string, string | number> => ({
    rate: c.elapsedMs > 0 ? Math.round((c.read * 1000) / c.elapsedMs) : 0,
    stored: c.stored, dup: c.duplicates, present: c.alreadyPresent, failed: c.failures,
    elapsed: Math.round(c.elapsedMs / 1000),
  });

  return {
    update(counts) {
      if (!started) {
        if (counts.elapsedMs < quietFor) return;
        started = true;
        bar = new cliProgress.SingleBar({
          format: formatFor(total > 0), stream, noTTYOutput: !tty, notTTYSchedule: 10_000, fps: 5, etaBuffer: 200,
          hideCursor: tty, clearOnComplete: false,
        }, cliProgress.Presets.shades_classic);
        bar.start(total > 0 ? total : counts.read, counts.read, payload(counts));
      }
      bar!.setTotal(total > 0 ? Math.max(total, counts.read) : counts.read);
      bar!.update(counts.read, payload(counts));
    },
    setTotal(n) {
      // The format is fixed when the bar starts: a total learnt later only feeds the ETA if known by then.
      if (!started) total = n;
    },
    stop() {
      bar?.stop();
    },
  };
}

/** The end-of-run summary: one line of counts, then one line per failure (at most `maxShown`). */
export function formatSummary(summary: IngestSummary, maxShown = 50): string {
  const seconds = summary.elapsedMs / 1000;
  const rate = seconds > 0 ? (summary.read / seconds).toFixed(1) : '-';
  const lines = [
    `ingest: read ${summary.read}, stored ${summary.stored} (${summary.duplicates} near-duplicates), ` +
      `already present ${summary.alreadyPresent}, failed ${summary.failures}, events ${summary.events} ` +
      `in ${seconds.toFixed(1)} s (${rate} articles/s)`,
  ];
  for (const e of summary.failed.slice(0, maxShown)) lines.push(`  failed ${oneLine(e.input ?? '?')}: ${e.code} ${oneLine(e.message)}`);
  if (summary.failures > maxShown) lines.push(`  … and ${summary.failures - maxShown} more failures`);
  return `${lines.join('\n')}\n`;
}

/** A message on one line, at most 300 characters (inputs may carry anything). */
export function oneLine(s: string): string {
  const flat = s.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '?');
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}

import { createReadStream } from 'node:fs';
import { expandInputs, extOf } from '../ingest/source.js';

const LINES = new Set(['jsonl', 'ndjson']);
const FEEDS = new Set(['xml', 'rss', 'atom', 'rdf']);

/** Counts lines that hold something (JSON Lines records) without holding the file in memory. */
async function countRecords(path: string): Promise<number> {
  let n = 0;
  let filled = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c === 10) {
        if (filled) n++;
        filled = false;
      } else if (c !== 13 && c !== 32 && c !== 9) filled = true;
    }
  }
  return filled ? n + 1 : n;
}

/** Counts `<item` and `<entry` openings (feed items), streaming; at least 1. */
async function countItems(path: string): Promise<number> {
  let n = 0;
  let tail = '';
  for await (const chunk of createReadStream(path, 'latin1') as AsyncIterable<string>) {
    const text = tail + chunk;
    n += text.match(/<(?:item|entry)[\s>]/g)?.length ?? 0;
    tail = text.slice(-6).replace(/<(?:item|entry)[\s>]/g, '');
  }
  return Math.max(1, n);
}

/**
 * About how many articles the inputs hold, for the progress bar's ETA: one per plain or HTML
 * file, one per JSON line, one per feed item. Null for standard input or when the inputs cannot
 * be listed. Reads files as a stream (cheap next to coding them).
 */
export async function estimateArticles(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  try {
    for await (const ref of expandInputs(inputs)) {
      if (!ref.ok) { total++; continue; }
      if (ref.value.kind === 'stdin') return null;
      const ext = extOf(ref.value.path);
      total += LINES.has(ext) ? await countRecords(ref.value.path) : FEEDS.has(ext) ? await countItems(ref.value.path) : 1;
    }
  } catch {
    return null;
  }
  return total;
}

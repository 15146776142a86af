import { createReadStream, promises as fsp } from 'node:fs';
import { extname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { err, ok, type AttacheError, type Result } from '../model/result.js';
import type { InputSource } from './types.js';

const HEAD_BYTES = 64 * 1024;

/** Extensions read when walking a folder (files named explicitly are always read). */
export const FOLDER_EXTENSIONS: ReadonlySet<string> = new Set([
  'txt', 'text', 'html', 'htm', 'xhtml', 'xml', 'rss', 'atom', 'rdf', 'jsonl', 'ndjson', 'json', '',
]);

const GLOB_CHARS = /[*?[\]{}]/;

/** An input to open: a file path, or `-` for standard input. */
export type InputRef = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' };

/**
 * Expands the command-line inputs into files: folders recursively (sorted, hidden entries and
 * unknown extensions skipped), globs through tinyglobby, `-` as standard input.
 */
export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<Result<InputRef, AttacheError>> {
  for (const input of inputs) {
    if (input === '-') { yield ok({ kind: 'stdin' }); continue; }
    const stat = await fsp.stat(input).catch(() => null);
    if (stat?.isDirectory()) {
      let found = 0;
      for await (const path of walk(input)) { found++; yield ok({ kind: 'file', path }); }
      if (!found) yield err({ code: 'UNREADABLE', message: 'folder holds no readable files (.txt .html .xml .rss .atom .jsonl .json)', input });
    } else if (stat) {
      yield ok({ kind: 'file', path: input });
    } else if (GLOB_CHARS.test(input)) {
      const paths = (await glob(input, { onlyFiles: true, dot: false })).sort();
      if (paths.length === 0) yield err({ code: 'UNREADABLE', message: 'no file matches this pattern', input });
      for (const path of paths) yield ok({ kind: 'file', path });
    } else {
      yield err({ code: 'UNREADABLE', message: 'no such file or folder', input });
    }
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await fsp.readdir(dir, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile() && FOLDER_EXTENSIONS.has(extOf(path))) yield path;
  }
}

/** Lower-case extension without the dot. */
export const extOf = (path: string): string => extname(path).slice(1).toLowerCase();

/** Opens an input: reads its head (for sniffing) and gives a replaying byte stream. */
export async function openInput(ref: InputRef, stdin?: NodeJS.ReadableStream): Promise<Result<InputSource, AttacheError>> {
  return ref.kind === 'stdin' ? openStream('-', stdin ?? process.stdin) : openFile(ref.path);
}

async function openFile(path: string): Promise<Result<InputSource, AttacheError>> {
  let handle: fsp.FileHandle | null = null;
  try {
    handle = await fsp.open(path, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) return err({ code: 'UNREADABLE', message: 'not a regular file', input: path });
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return ok({
      name: path, ext: extOf(path), size: stat.size, head: buf.subarray(0, bytesRead),
      chunks: () => createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>,
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' ? 'permission denied' : code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? 'error'})`;
    return err({ code: 'UNREADABLE', message: why, input: path });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** A stream (standard input): buffers the first 64 KiB, then replays them before the rest. */
async function openStream(name: string, stream: NodeJS.ReadableStream): Promise<Result<InputSource, AttacheError>> {
  const it = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let size = 0;
  let done = false;
  try {
    while (size < HEAD_BYTES) {
      const r = await it.next();
      if (r.done) { done = true; break; }
      const b = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
      first.push(b);
      size += b.length;
    }
  } catch (e) {
    return err({ code: 'UNREADABLE', message: `cannot read standard input (${(e as Error).message})`, input: name });
  }
  const head = Buffer.concat(first);
  let used = false;
  async function* chunks(): AsyncGenerator<Buffer> {
    if (used) throw new Error('attache: standard input can be read once');
    used = true;
    if (head.length) yield head;
    while (!done) {
      const r = await it.next();
      if (r.done) break;
      yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    }
  }
  return ok({ name, ext: '', size: done ? head.length : null, head: head.subarray(0, HEAD_BYTES), chunks });
}

/**
 * Reads a whole input into memory, refusing (TOO_LARGE) past `max` bytes without reading on.
 */
export async function readAll(src: InputSource, max: number): Promise<Result<Buffer, AttacheError>> {
  if (src.size !== null && src.size > max) return err(tooLarge(src.name, src.size, max));
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of src.chunks()) {
      size += chunk.length;
      if (size > max) return err(tooLarge(src.name, src.size, max));
      parts.push(chunk);
    }
  } catch (e) {
    return err({ code: 'UNREADABLE', message: `read failed (${(e as Error).message})`, input: src.name });
  }
  return ok(Buffer.concat(parts));
}

export const tooLarge = (input: string, size: number | null, max: number): AttacheError => ({
  code: 'TOO_LARGE', input,
  message: size === null ? `too large (over the ${mb(max)} limit)` : `too large: ${mb(size)} (limit ${mb(max)})`,
});

const mb = (n: number): string => (n >= 1 << 20 ? `${Math.round(n / (1 << 20) * 10) / 10} MB` : `${Math.ceil(n / 1024)} KB`);

import { err, ok } from '../model/result.js';
import { draftFromHtml, draftFromText } from './compose.js';
import { decode, isBlank } from './decode.js';
import { parseFeed } from './feed.js';
import { readJsonl } from './jsonl.js';
import { readAll, tooLarge } from './source.js';
import type { DraftOutcome, InputFormat, InputSource, Reader, ResolvedReadOptions } from './types.js';

/** Reads a whole document and decodes it; yields an error outcome or the text and its warning. */
async function wholeText(src: InputSource, opts: ResolvedReadOptions) {
  const bytes = await readAll(src, opts.maxFileBytes);
  if (!bytes.ok) return bytes;
  const dec = decode(bytes.value, src.name);
  if (!dec.ok) return dec;
  if (isBlank(dec.value.text)) return err({ code: 'EMPTY_INPUT', message: 'empty (no text)', input: src.name });
  return ok(dec.value);
}

const withWarning = (o: DraftOutcome, warning: string | null): DraftOutcome =>
  warning && o.ok ? ok({ ...o.value, warnings: [...(o.value.warnings ?? []), warning] }) : o;

/** Plain text, including the dump shape of EVENTS.md §1. */
export const textReader: Reader = {
  format: 'text',
  extensions: ['txt', 'text'],
  sniff: () => true,
  async *read(src, opts) {
    // Plain text is all article text: refuse it by the article limit before any parsing.
    if (src.size !== null && src.size > opts.maxArticleBytes * 4) { yield err(tooLarge(src.name, src.size, opts.maxArticleBytes)); return; }
    const t = await wholeText(src, opts);
    if (!t.ok) { yield t; return; }
    if (t.value.text.length > opts.maxArticleBytes) { yield err(tooLarge(src.name, t.value.text.length, opts.maxArticleBytes)); return; }
    yield withWarning(ok(draftFromText(t.value.text, src.name, {}, opts.places)), t.value.warning);
  },
};

/** HTML pages: reader-view text (Readability on linkedom) plus meta tags, JSON-LD, `<time>`. */
export const htmlReader: Reader = {
  format: 'html',
  extensions: ['html', 'htm', 'xhtml'],
  sniff: (head) => /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b/i.test(head),
  async *read(src, opts) {
    const t = await wholeText(src, opts);
    if (!t.ok) { yield t; return; }
    yield withWarning(draftFromHtml(t.value.text, src.name, {}, opts.places, opts.maxDepth), t.value.warning);
  },
};

/** RSS and Atom feeds: one article per item. */
export const feedReader: Reader = {
  format: 'feed',
  extensions: ['xml', 'rss', 'atom', 'rdf'],
  sniff: (head) => /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF|!DOCTYPE(?!\s+html\b)|!ENTITY)\b/i.test(head),
  async *read(src, opts) {
    const t = await wholeText(src, opts);
    if (!t.ok) { yield t; return; }
    const feed = parseFeed(t.value.text, src.name, opts.places, opts.maxDepth);
    if (!feed.ok) { yield feed; return; }
    for (const item of feed.value) yield withWarning(item, t.value.warning);
  },
};

/** JSON Lines, streamed line by line. */
export const jsonlReader: Reader = {
  format: 'jsonl',
  extensions: ['jsonl', 'ndjson', 'json'],
  sniff: (head) => /^(?:\{|\[\s*(?:\{|$))/.test(head),
  read: (src, opts) => readJsonl(src, opts),
};

/** Every reader, in sniffing order (plain text last: it accepts anything). */
export const READERS: readonly Reader[] = [jsonlReader, htmlReader, feedReader, textReader];

/** The reader for an input: forced format, else by extension, else by sniffing the first characters. */
export function pickReader(src: InputSource, format?: InputFormat | null): Reader {
  if (format) return READERS.find((r) => r.format === format)!;
  const byExt = READERS.find((r) => r.extensions.includes(src.ext));
  if (byExt) return byExt;
  const head = src.head.toString('utf8').replace(/^\ufeff/, '').trimStart();
  return READERS.find((r) => r.sniff(head))!;
}

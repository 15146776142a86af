import { err, ok, type AttacheError } from '../model/result.js';
import { draftFromHtml, draftFromText, type GivenMeta } from './compose.js';
import { decode, isBlank } from './decode.js';
import { splitLines } from './lines.js';
import { readAll } from './source.js';
import type { DraftOutcome, InputSource, ResolvedReadOptions } from './types.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

/**
 * JSON Lines: one record a line with `text` or `html`, optional `id`, `url`, `title`,
 * `published`, `source`, `author` (given fields win). Streams; a bad line fails alone.
 */
export async function* readJsonl(src: InputSource, opts: ResolvedReadOptions): AsyncGenerator<DraftOutcome> {
  if (src.ext === 'json' || src.head.toString('utf8', 0, 256).replace(/^\ufeff/, '').trimStart().startsWith('[')) {
    yield* readJsonDocument(src, opts);
    return;
  }
  let records = 0;
  for await (const line of splitLines(src.chunks(), opts.maxArticleBytes)) {
    const input = `${src.name}:${line.number}`;
    if (line.bytes === null) {
      yield err({ code: 'TOO_LARGE', message: `line over the ${Math.round(opts.maxArticleBytes / 1048576)} MB limit`, input });
      continue;
    }
    if (!line.bytes.length || !/\S/.test(line.bytes.toString('latin1'))) continue;
    records++;
    const dec = decode(line.bytes, input);
    if (!dec.ok) { yield dec; continue; }
    const r = recordDraft(dec.value.text, input, opts);
    yield dec.value.warning && r.ok ? ok({ ...r.value, warnings: [dec.value.warning] }) : r;
  }
  if (records === 0) yield err({ code: 'EMPTY_INPUT', message: 'no JSON records', input: src.name });
}

/** One JSON record (already decoded) → draft. */
export function recordDraft(json: string, input: string, opts: ResolvedReadOptions): DraftOutcome {
  let rec: unknown;
  try {
    rec = JSON.parse(json);
  } catch (e) {
    return err(malformed(input, `not JSON (${(e as Error).message.split('\n')[0].slice(0, 80)})`));
  }
  return recordFrom(rec, input, opts);
}

/** A JSON document (`.json`): one record, or an array of records (read whole, within the file size limit). */
async function* readJsonDocument(src: InputSource, opts: ResolvedReadOptions): AsyncGenerator<DraftOutcome> {
  const bytes = await readAll(src, opts.maxFileBytes);
  if (!bytes.ok) { yield bytes; return; }
  const dec = decode(bytes.value, src.name);
  if (!dec.ok) { yield dec; return; }
  let list: unknown;
  try { list = JSON.parse(dec.value.text); } catch (e) {
    yield err(malformed(src.name, `not JSON (${(e as Error).message.split('\n')[0].slice(0, 80)})`));
    return;
  }
  if (!Array.isArray(list)) { yield recordFrom(list, src.name, opts); return; }
  if (!list.length) { yield err({ code: 'EMPTY_INPUT', message: 'no JSON records', input: src.name }); return; }
  for (let i = 0; i < list.length; i++) yield recordFrom(list[i], `${src.name}#${i + 1}`, opts);
}

/** One parsed record → draft. */
export function recordFrom(rec: unknown, input: string, opts: ResolvedReadOptions): DraftOutcome {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return err(malformed(input, 'not a JSON object'));
  const r = rec as Record<string, unknown>;
  const given: GivenMeta = {
    id: str(r.id), url: str(r.url) ?? str(r.link), title: str(r.title) ?? str(r.headline),
    published: str(r.published) ?? str(r.date) ?? str(r.datePublished), source: str(r.source), author: str(r.author),
  };
  const text = typeof r.text === 'string' ? r.text : typeof r.content === 'string' ? r.content : null;
  const html = typeof r.html === 'string' ? r.html : null;
  if (text === null && html === null) return err(malformed(input, 'record has no "text" or "html" field'));
  if (isBlank(text ?? html ?? '')) return err({ code: 'EMPTY_INPUT', message: 'record text is empty', input });
  // Some scrapers put the page's markup in `text`: read it as HTML then.
  if (text !== null && !/^\s*<(?:!doctype\s+html|html|body|article|p|div)\b/i.test(text)) return ok(draftFromText(text, input, given, opts.places));
  return draftFromHtml(html ?? text!, input, given, opts.places, opts.maxDepth);
}

const malformed = (input: string, message: string): AttacheError => ({ code: 'MALFORMED', message, input });

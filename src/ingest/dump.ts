import { cleanBody, cleanTitle, isBoilerplate, looksLikeHeadline, parseByline, titleFrom, toParagraphs } from './boilerplate.js';
import { parseDatelineLine, splitInlineDateline } from './dateline.js';
import type { PlaceResolver } from './places.js';
import { normaliseText } from './signature.js';
import type { DatelineDraft, Draft } from './types.js';

const DATE_LINE = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$/s;
const HOST_LINE = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}):(\d{2}))?\s*\|\s*([^|]+?)\s*\|\s*\d*\s*$/;

interface Meta {
  published: string | null;
  source: string | null;
  host: string | null;
  author: string | null;
  dateline: DatelineDraft | null;
  headline: string | null;
}

/**
 * Plain text → draft. Understands the dump shape (EVENTS.md §1): ` date YYYY-MM-DD <headline>`,
 * a `YYYY-MM-DD HH:MM | host | n` line, a dateline line, a byline, body, social lines; and
 * datelines that open the first paragraph ("ISLAMABAD - …", "BEIJING, (APP - … ) :…"), which are
 * stripped from the text. Plain text without any of that gives a draft too.
 */
export function parseText(text: string, origin: string, places: PlaceResolver): Draft {
  const blocks = toParagraphs(text);
  const meta: Meta = { published: null, source: null, host: null, author: null, dateline: null, headline: null };
  const body = readHeader(blocks, meta);
  readLeadMetadata(body, meta, places);
  // The dateline opens the first body paragraph (the second when the first is a headline).
  const firstBody = !meta.headline && body.length > 1 && looksLikeHeadline(body[0]) ? 1 : 0;
  for (let i = 0; i <= firstBody && !meta.dateline && i < body.length; i++) {
    const split = splitInlineDateline(body[i], places);
    if (!split) continue;
    meta.dateline = split.dateline;
    meta.source ??= split.agency;
    const rest = body[i].slice(split.length).trim();
    if (rest) body[i] = rest; else body.splice(i, 1);
  }
  const cleaned = cleanBody(body);
  let headlineFirst = false;
  let title = meta.headline ? cleanTitle(meta.headline) : null;
  const paragraphs = cleaned;
  if (title) {
    // Some dumps repeat the headline as the first body line.
    if (paragraphs.length && normaliseText(paragraphs[0]) === normaliseText(title)) paragraphs.shift();
    paragraphs.unshift(title);
    headlineFirst = true;
  } else if (paragraphs.length > 1 && looksLikeHeadline(paragraphs[0])) {
    title = cleanTitle(paragraphs[0]);
    paragraphs[0] = title;
    headlineFirst = true;
  }
  return {
    origin, paragraphs, headlineFirst,
    title: title ?? (paragraphs.length ? titleFrom(paragraphs[0]) : null),
    published: meta.published,
    source: meta.source ?? meta.host,
    author: meta.author,
    dateline: meta.dateline,
  };
}

/** Consumes the ` date …` line and the host line; returns the remaining blocks. */
function readHeader(blocks: string[], meta: Meta): string[] {
  const rest = [...blocks];
  const d = rest.length && /^date\s/.test(rest[0]) ? DATE_LINE.exec(rest[0]) : null;
  if (!d) return rest;
  rest.shift();
  meta.published = d[1];
  const after = d[2].trim();
  const h = rest.length && rest[0].length < 300 ? HOST_LINE.exec(rest[0]) : null;
  if (h) {
    rest.shift();
    meta.published = h[2] ? `${h[1]}T${h[2].padStart(2, '0')}:${h[3]}` : h[1];
    meta.host = h[4].replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '') || null;
    if (after) meta.headline = after;
    return rest;
  }
  if (!after) return rest;
  const by = parseByline(after);
  if (by) {
    // "date … By Azernews": an outlet on the date line; a later byline names the author.
    meta.source = by.outlet ?? by.author;
    return rest;
  }
  if (isBoilerplate(after)) return rest;
  if (looksLikeHeadline(after) && rest.length > 0 && !/^[A-Z][A-Z .'-]+\s[-–—]\s/.test(after)) meta.headline = after;
  else rest.unshift(after);
  return rest;
}

/** Takes dateline, byline and credit lines out of the first few blocks. */
function readLeadMetadata(body: string[], meta: Meta, places: PlaceResolver): void {
  for (let i = 0; i < Math.min(body.length, 6); ) {
    const p = body[i];
    const { dateline, byline } = leadLine(p, meta.dateline === null, places);
    if (dateline) meta.dateline = dateline;
    if (byline) {
      if (byline.author && !meta.author) meta.author = byline.author;
      if (byline.outlet && !meta.source) meta.source = byline.outlet;
    }
    if (!dateline && !byline && !isBoilerplate(p)) {
      if (i === 0 && !meta.headline && body.length > 2 && looksLikeHeadline(p) && isMetaAhead(body, places)) { i++; continue; }
      break;
    }
    body.splice(i, 1);
  }
}

/**
 * A lead line that is a dateline, a byline, or both on one line
 * ("Baku, Azerbaijan, Aug.17 By Leman Zeynalova – Trend:").
 */
function leadLine(p: string, wantDateline: boolean, places: PlaceResolver) {
  const dateline = wantDateline && p.length <= 90 ? parseDatelineLine(p, places) : null;
  if (dateline) return { dateline, byline: null };
  const byline = p.length <= 120 ? parseByline(p) : null;
  if (byline) return { dateline: null, byline };
  const both = wantDateline && p.length <= 200 ? /^(.{4,90}?)\s+(By:?\s.{2,110})$/.exec(p) : null;
  const dl = both ? parseDatelineLine(both[1], places) : null;
  const by = dl ? parseByline(both![2]) : null;
  return dl && by ? { dateline: dl, byline: by } : { dateline: null, byline: null };
}

/** Whether a dateline or byline follows within the next two blocks (so block 0 is a headline). */
function isMetaAhead(body: readonly string[], places: PlaceResolver): boolean {
  return body.slice(1, 3).some((p) => p.length <= 120 && (parseByline(p) !== null || parseDatelineLine(p, places) !== null));
}

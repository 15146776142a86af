import { cleanTitle, looksLikeHeadline } from './boilerplate.js';
import { parseDatelineLine, splitInlineDateline } from './dateline.js';
import { parseText } from './dump.js';
import { extractPage } from './html.js';
import { normaliseText } from './signature.js';
import type { Draft, DraftOutcome } from './types.js';
import type { PlaceResolver } from './places.js';
import { err, ok } from '../model/result.js';

/** Metadata given by the input (a JSONL record, a feed item, page meta tags): it wins over inference. */
export interface GivenMeta {
  readonly id?: string | null;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly published?: string | null;
  readonly source?: string | null;
  readonly author?: string | null;
}

/** Overlays given metadata on a draft; a given title becomes the first paragraph unless already there. */
export function mergeGiven(d: Draft, g: GivenMeta): Draft {
  const title = g.title ? cleanTitle(g.title) || null : null;
  let paragraphs = d.paragraphs;
  let headlineFirst = d.headlineFirst;
  if (title) {
    const first = paragraphs[0];
    if (!(first && normaliseText(first) === normaliseText(title))) paragraphs = [title, ...paragraphs];
    headlineFirst = true;
  }
  const pick = <T>(a: T | null | undefined, b: T | null | undefined): T | null => (a ?? b ?? null);
  // every field by name: an object spread with extra keys takes a slow path in V8
  const out: { -readonly [K in keyof Draft]: Draft[K] } = {
    origin: d.origin, paragraphs, headlineFirst,
    title: title ?? d.title,
    id: pick(g.id, d.id), url: pick(g.url, d.url), published: pick(g.published, d.published),
    source: pick(g.source, d.source), author: pick(g.author, d.author),
  };
  if (d.dateline !== undefined) out.dateline = d.dateline;
  if (d.warnings !== undefined) out.warnings = d.warnings;
  return out;
}

/** Plain text (possibly in the dump shape) + given metadata → draft. */
export const draftFromText = (text: string, origin: string, given: GivenMeta, places: PlaceResolver): Draft =>
  mergeGiven(datelineAfterNotes(parseText(text, origin, places), places), given);

/** An HTML page + given metadata → draft: page meta tags are given metadata too (the record's win). */
export function draftFromHtml(html: string, origin: string, given: GivenMeta, places: PlaceResolver, maxDepth: number): DraftOutcome {
  const page = extractPage(html, origin, maxDepth);
  if (!page.ok) return err(page.error);
  const m = page.value.meta;
  const inner = datelineAfterNotes(parseText(page.value.paragraphs.join('\n\n'), origin, places), places);
  // The page's own headline is usually repeated at the top of the body: drop the repeat.
  const body = m.title && inner.paragraphs[0] && normaliseText(inner.paragraphs[0]) === normaliseText(m.title)
    ? { ...inner, paragraphs: inner.paragraphs.slice(1), headlineFirst: false } : inner;
  const pageGiven: GivenMeta = {
    url: given.url ?? m.url, title: given.title ?? m.title, published: given.published ?? m.published,
    source: given.source ?? m.source, author: given.author ?? m.author, id: given.id,
  };
  return ok(mergeGiven(body, pageGiven));
}

/**
 * A line an editor sets above the story: "Correction appended", "Correction: …", "Editor's note: …",
 * "UPDATED 14:05", "(Adds minister's comment)", "This article has been updated…".
 */
const NOTE_LINE = /^\(?(?:corrections?|corrected|clarifications?|updated?|updates|editor['’]?s['’]? note|note to (?:editors|readers)|adds|corrects|recasts|refiles|this (?:article|story|report|version) (?:has been|was) (?:updated|corrected|amended|changed))\b/i;

/** The longest note line taken for one (an editor's note can be a sentence or two). */
const NOTE_MAX = 400;

/**
 * A dateline below one or more editor's notes ("Correction appended" above "CITY, May 4 — …"):
 * the reader looks for a dateline only in the first body paragraph, so it is looked for again
 * after the notes (and a headline between them). Unchanged when the draft has a dateline.
 */
export function datelineAfterNotes(d: Draft, places: PlaceResolver): Draft {
  if (d.dateline) return d;
  const ps = d.paragraphs;
  let notes = 0;
  let k = 0;
  for (; k < Math.min(ps.length, 5); k++) {
    const p = ps[k]!;
    if (k === 0 && d.headlineFirst) continue;
    if (p.length <= NOTE_MAX && NOTE_LINE.test(p)) { notes++; continue; }
    // "Correction appended" above the headline
    if (notes > 0 && k <= 1 && looksLikeHeadline(p)) continue;
    break;
  }
  if (notes === 0 || k >= ps.length) return d;
  // a dateline on a line of its own ("OSLO, April 8"), or opening the story's first paragraph
  const line = ps[k]!.length <= 90 ? parseDatelineLine(ps[k]!, places) : null;
  if (line) return { ...d, paragraphs: ps.filter((_p, j) => j !== k), dateline: line };
  const split = splitInlineDateline(ps[k]!, places);
  if (!split) return d;
  const rest = ps[k]!.slice(split.length).trim();
  const paragraphs = rest ? ps.map((p, j) => (j === k ? rest : p)) : ps.filter((_p, j) => j !== k);
  return { ...d, paragraphs, dateline: split.dateline, source: d.source ?? split.agency };
}

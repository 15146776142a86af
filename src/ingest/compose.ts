import { cleanTitle } from './boilerplate.js';
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
  mergeGiven(parseText(text, origin, places), given);

/** An HTML page + given metadata → draft: page meta tags are given metadata too (the record's win). */
export function draftFromHtml(html: string, origin: string, given: GivenMeta, places: PlaceResolver, maxDepth: number): DraftOutcome {
  const page = extractPage(html, origin, maxDepth);
  if (!page.ok) return err(page.error);
  const m = page.value.meta;
  const inner = parseText(page.value.paragraphs.join('\n\n'), origin, places);
  // The page's own headline is usually repeated at the top of the body: drop the repeat.
  const body = m.title && inner.paragraphs[0] && normaliseText(inner.paragraphs[0]) === normaliseText(m.title)
    ? { ...inner, paragraphs: inner.paragraphs.slice(1), headlineFirst: false } : inner;
  const pageGiven: GivenMeta = {
    url: given.url ?? m.url, title: given.title ?? m.title, published: given.published ?? m.published,
    source: given.source ?? m.source, author: given.author ?? m.author, id: given.id,
  };
  return ok(mergeGiven(body, pageGiven));
}

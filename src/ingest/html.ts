import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { err, ok, type AttacheError, type Result } from '../model/result.js';
import { domParagraphs, nestingDepth, type DomNode } from './html-text.js';

/** Metadata found in a page's head: meta tags, JSON-LD, `<time>`, canonical link. */
export interface PageMeta {
  readonly title: string | null;
  readonly published: string | null;
  readonly author: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly lang: string | null;
}

/** What the HTML extractor returns: metadata and the body paragraphs (headline excluded). */
export interface PageText {
  readonly meta: PageMeta;
  readonly paragraphs: readonly string[];
}

interface El {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
interface Doc {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
  readonly documentElement: El | null;
  readonly body: unknown;
}

/**
 * HTML page → metadata + main text. Refuses (MALFORMED) nesting deeper than `maxDepth` before
 * parsing, so deep or hostile markup cannot exhaust the stack.
 */
export function extractPage(html: string, input: string, maxDepth: number): Result<PageText, AttacheError> {
  const depth = nestingDepth(html, maxDepth);
  if (depth > maxDepth) return err({ code: 'MALFORMED', message: `HTML nested deeper than ${maxDepth} levels`, input });
  try {
    const page = /<(?:html|body)\b/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
    const { document } = parseHTML(page);
    const doc = document as unknown as Doc;
    let meta = pageMeta(doc);
    let paragraphs: string[] = [];
    try {
      const parsed = new Readability(document as never, { serializer: (n: unknown) => n, charThreshold: 200, maxElemsToParse: 200000 }).parse();
      if (parsed?.content) paragraphs = domParagraphs(parsed.content as unknown as DomNode);
      const byline = parsed?.byline?.replace(/^by:?\s+/i, '').trim() || null;
      meta = { ...meta, title: meta.title ?? (parsed?.title?.trim() || null), author: meta.author ?? byline };
    } catch (e) {
      if (e instanceof RangeError) throw e;
    }
    if (!paragraphs.length) {
      const fresh = parseHTML(page).document;
      paragraphs = domParagraphs((fresh.body ?? fresh.documentElement ?? fresh) as unknown as DomNode);
    }
    return ok({ meta, paragraphs });
  } catch (e) {
    const why = e instanceof RangeError ? 'HTML too deeply nested' : `HTML could not be parsed (${(e as Error).message})`;
    return err({ code: 'MALFORMED', message: why, input });
  }
}

const metaContent = (doc: Doc, ...keys: string[]): string | null => {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"]`) ?? doc.querySelector(`meta[name="${k}"]`) ?? doc.querySelector(`meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
};

function pageMeta(doc: Doc): PageMeta {
  const ld = jsonLd(doc);
  const titleTag = doc.querySelector('title')?.textContent?.trim() || null;
  const site = metaContent(doc, 'og:site_name', 'application-name') ?? ld.publisher;
  const rawAuthor = metaContent(doc, 'author', 'article:author', 'dc.creator', 'DC.creator', 'parsely-author', 'sailthru.author');
  const time = doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]');
  return {
    title: ld.headline ?? metaContent(doc, 'og:title', 'twitter:title', 'dc.title', 'DC.title') ?? stripSiteSuffix(titleTag, site),
    published: metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date', 'date',
      'dc.date', 'DC.date', 'dc.date.issued', 'DC.date.issued', 'parsely-pub-date', 'sailthru.date', 'og:published_time')
      ?? ld.datePublished ?? time?.getAttribute('datetime')?.trim() ?? null,
    author: ld.author ?? (rawAuthor && !/^https?:/.test(rawAuthor) ? rawAuthor : null),
    source: site,
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || metaContent(doc, 'og:url') || ld.url,
    lang: doc.documentElement?.getAttribute('lang')?.trim() || null,
  };
}

function stripSiteSuffix(title: string | null, site: string | null): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && (site ? parts.at(-1)!.toLowerCase().includes(site.toLowerCase()) || site.toLowerCase().includes(parts.at(-1)!.toLowerCase()) : parts.at(-1)!.length < 30)) {
    return parts.slice(0, -1).join(' - ');
  }
  return title;
}

interface LdInfo { headline: string | null; datePublished: string | null; author: string | null; publisher: string | null; url: string | null }

/** The first NewsArticle-like object in the page's JSON-LD. */
function jsonLd(doc: Doc): LdInfo {
  const none: LdInfo = { headline: null, datePublished: null, author: null, publisher: null, url: null };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try { data = JSON.parse(scripts[i].textContent ?? ''); } catch { continue; }
    const items = flattenLd(data);
    const art = items.find((o) => /Article|Posting|Report/.test(String(o['@type']))) ?? items.find((o) => o.headline);
    if (!art) continue;
    const name = (v: unknown): string | null => {
      const first = Array.isArray(v) ? v[0] : v;
      if (typeof first === 'string') return first.trim() || null;
      if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string') return ((first as { name: string }).name).trim() || null;
      return null;
    };
    const names = Array.isArray(art.author) ? art.author.map(name).filter(Boolean).join(', ') || null : name(art.author);
    return {
      headline: typeof art.headline === 'string' ? art.headline.trim() : null,
      datePublished: typeof art.datePublished === 'string' ? art.datePublished.trim() : null,
      author: names,
      publisher: name(art.publisher),
      url: typeof art.url === 'string' ? art.url : name(art.mainEntityOfPage) ?? null,
    };
  }
  return none;
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const stack = [data];
  while (stack.length && out.length < 200) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as { '@graph'?: unknown })['@graph'];
      if (graph) stack.push(graph);
    }
  }
  return out;
}

import { XMLParser } from 'fast-xml-parser';
import { err, ok, type AttacheError, type Result } from '../model/result.js';
import { draftFromText, type GivenMeta } from './compose.js';
import { fragmentParagraphs, nestingDepth } from './html-text.js';
import type { Draft } from './types.js';
import type { PlaceResolver } from './places.js';

type Node = Record<string, unknown>;

/** Refuses XML with a DOCTYPE or entity declarations (entity expansion, external entities). */
export function refuseEntities(xml: string, input: string): AttacheError | null {
  return /<!(?:DOCTYPE|ENTITY)\b/i.test(xml)
    ? { code: 'XML_ENTITY', message: 'XML with a DOCTYPE or entity declarations is refused', input }
    : null;
}

/** Text of a parsed XML value (string, number, `#text`, CDATA). */
function text(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return text((v as Node)['#text'] ?? (v as Node)['__cdata'] ?? (v as Node)['name']);
  return null;
}

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Raw XML character data → text: CDATA sections unwrapped, the five XML entities and character references decoded. */
function decodeXml(raw: string): string {
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_m, cdata: string | undefined, ent: string | undefined) => {
    if (cdata !== undefined) return cdata;
    const e = ent!.toLowerCase();
    if (e.startsWith('#x')) return safeChar(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return safeChar(parseInt(e.slice(1), 10));
    return XML_ENTITIES[e] ?? '';
  });
}

const safeChar = (n: number): string => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');

/** Atom `content`/`summary` (kept raw by the parser): xhtml as markup, html/text decoded. */
function atomText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return atomText(v[0]);
  if (typeof v !== 'object') return text(v);
  const raw = typeof (v as Node)['#text'] === 'string' ? ((v as Node)['#text'] as string) : '';
  const out = (v as Node)['@_type'] === 'xhtml' ? raw : decodeXml(raw);
  return out.trim() || null;
}

const list = (v: unknown): Node[] => (Array.isArray(v) ? v : v ? [v] : []).filter((x): x is Node => !!x && typeof x === 'object');

/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom → one draft per item: full content when present (content:encoded,
 * Atom content), else the description/summary; with link, date, author; source = feed title.
 */
export function parseFeed(xml: string, input: string, places: PlaceResolver, maxDepth: number): Result<Iterable<Result<Draft, AttacheError>>, AttacheError> {
  const refused = refuseEntities(xml, input);
  if (refused) return err(refused);
  if (nestingDepth(xml, maxDepth) > maxDepth) return err({ code: 'MALFORMED', message: `XML nested deeper than ${maxDepth} levels`, input });
  let doc: Node;
  try {
    const parser = new XMLParser({
      ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, processEntities: true,
      htmlEntities: true, cdataPropName: '__cdata', trimValues: true, removeNSPrefix: false,
      // Atom content stays raw: xhtml content is markup with mixed text that must keep its order.
      stopNodes: ['feed.entry.content', 'feed.entry.summary'],
    });
    doc = parser.parse(xml, true) as Node;
  } catch (e) {
    return err({ code: 'MALFORMED', message: `not well-formed XML (${(e as Error).message.split('\n')[0].slice(0, 80)})`, input });
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const channel = rss ?? (rdf?.channel as Node | undefined) ?? atom;
  if (!channel) return err({ code: 'MALFORMED', message: 'XML is not an RSS or Atom feed', input });
  const feedTitle = text(channel.title);
  const items = atom ? list(atom.entry) : list(rss ? rss.item : rdf?.item);
  if (!items.length) return err({ code: 'EMPTY_INPUT', message: 'feed has no items', input });
  // Drafts are built one at a time, as the caller asks for them.
  function* drafts(): Generator<Result<Draft, AttacheError>> {
    for (let i = 0; i < items.length; i++) yield itemDraft(items[i], `${input}#item-${i + 1}`, feedTitle, places);
  }
  return ok(drafts());
}

function itemDraft(item: Node, origin: string, feedTitle: string | null, places: PlaceResolver): Result<Draft, AttacheError> {
  const body = text(item['content:encoded']) ?? atomText(item.content) ?? text(item.description) ?? atomText(item.summary);
  const title = text(item.title);
  if (!body && !title) return err({ code: 'EMPTY_INPUT', message: 'feed item has no text', input: origin });
  const given: GivenMeta = {
    title, url: itemLink(item), source: feedTitle,
    published: text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated),
    author: text(item['dc:creator']) ?? text((list(item.author)[0] ?? {}).name) ?? text(item.author),
    id: null,
  };
  const paragraphs = body ? fragmentParagraphs(body) : [];
  return ok(draftFromText(paragraphs.join('\n\n'), origin, given, places));
}

function itemLink(item: Node): string | null {
  for (const l of list(item.link)) {
    const rel = l['@_rel'];
    if (typeof l['@_href'] === 'string' && (!rel || rel === 'alternate')) return l['@_href'] as string;
  }
  return text(item.link) ?? (text(item.guid)?.startsWith('http') ? text(item.guid) : null);
}

/**
 * HTML → paragraphs, and a nesting-depth pre-check, shared by the HTML and feed readers.
 * Uses linkedom (a DOM without scripts: page scripts never run).
 */
import { parseHTML } from 'linkedom';

/** A minimal view of the DOM nodes we walk (linkedom's). */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TD', 'TH', 'TR',
  'DD', 'DT', 'FIGCAPTION', 'HEADER', 'FOOTER', 'MAIN', 'UL', 'OL', 'TABLE', 'TBODY', 'ASIDE', 'ADDRESS', 'FIGURE', 'DL', 'HR', 'BR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'NAV', 'BUTTON', 'FORM', 'SELECT', 'OBJECT', 'CANVAS', 'HEAD']);

/** Text paragraphs of a DOM subtree: one per block element, inline text joined (iterative walk). */
export function domParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = buf.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (t) out.push(t);
    buf = '';
  };
  const stack: (DomNode | 'end-block')[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === 'end-block') { flush(); continue; }
    if (n.nodeType === 3) { buf += n.textContent ?? ''; continue; }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) continue;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const block = BLOCK.has(name);
    if (block) { flush(); stack.push('end-block'); }
    const kids = n.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return out;
}

/** Paragraphs of an HTML fragment (feed item content, JSONL `html` without a page around it). */
export function fragmentParagraphs(html: string): string[] {
  if (!/<[a-z!/]/i.test(html)) return html.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domParagraphs(document.body as unknown as DomNode);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'command']);
const OPTIONAL_CLOSE = new Set(['p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'thead', 'tbody', 'tfoot', 'colgroup', 'optgroup', 'rb', 'rt', 'rp']);

/**
 * The deepest element nesting of a markup string (approximate: void elements, self-closing
 * tags and elements with optional end tags are not counted; comments, CDATA, scripts and styles
 * skipped). One linear pass without backtracking regexes; stops once past `limit`.
 */
export function nestingDepth(markup: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let i = markup.indexOf('<');
  while (i !== -1 && i < markup.length) {
    const next = skipSpecial(markup, i);
    if (next !== null) { if (next < 0) break; i = markup.indexOf('<', next); continue; }
    let j = i + 1;
    const closing = markup[j] === '/';
    if (closing) j++;
    const start = j;
    while (j < markup.length && /[\w:.-]/.test(markup[j])) j++;
    if (j === start) { i = markup.indexOf('<', i + 1); continue; }
    const name = markup.slice(start, j).toLowerCase();
    let quote = '';
    for (; j < markup.length; j++) {
      const c = markup[j];
      if (quote) { if (c === quote) quote = ''; } else if (c === '"' || c === "'") quote = c; else if (c === '>') break;
    }
    if (j >= markup.length) break;
    const selfClosing = markup[j - 1] === '/';
    if (!closing && (name === 'script' || name === 'style')) {
      const end = new RegExp(`</${name}\\s*>`, 'gi');
      end.lastIndex = j;
      if (!end.exec(markup)) break;
      i = markup.indexOf('<', end.lastIndex);
      continue;
    }
    if (!VOID.has(name) && !OPTIONAL_CLOSE.has(name) && !selfClosing) {
      if (closing) depth = Math.max(0, depth - 1);
      else if (++depth > max) { max = depth; if (max > limit) break; }
    }
    i = markup.indexOf('<', j + 1);
  }
  return max;
}

/** Skips a comment, CDATA section or declaration at `i`: the index after it, -1 when unterminated, null when none. */
function skipSpecial(s: string, i: number): number | null {
  const pairs: readonly (readonly [string, string])[] = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<!', '>'], ['<?', '>']];
  for (const [open, close] of pairs) {
    if (s.startsWith(open, i)) {
      const e = s.indexOf(close, i + open.length);
      return e < 0 ? -1 : e + close.length;
    }
  }
  return null;
}

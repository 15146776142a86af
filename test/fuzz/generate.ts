import { generateArticle } from '../../bench/corpus.js';
import type { Rng } from '../../src/scale/prng.js';

/** Pieces of text that trip parsers: odd whitespace, scripts, marks, surrogates, controls. */
const ODD = ['\r\n', '\r', '\t', '\u00a0', '\u2028', '\u2029', '\u200b', '\u200f', '\u202e', '\ufeff', '\u0301', '\u0000', '\u001b[31m',
  'שלום', 'مرحبا', 'Привет', '北京', '🇦🇿', '👩‍👩‍👧', '\ud800', '\udfff', '&amp;', '&#0;', '&#x110000;', '&nbsp;', '&bogus;', ']]>', '<!--', '-->',
  '"', "'", '\\', '{', '}', '[', ']', ',', ':', '<', '>', '/', '=', '.', '...', ' ', '  ', '\n', '\n\n'];
const TAGS = ['html', 'head', 'body', 'title', 'p', 'div', 'span', 'article', 'main', 'script', 'style', 'noscript', 'iframe', 'img', 'a',
  'table', 'tr', 'td', 'ul', 'li', 'h1', 'br', 'meta', 'svg', 'math', 'template', 'time', 'figure', 'blockquote'];
const ATTRS = ['class="x"', 'onerror="alert(1)"', 'onclick=alert(2)', 'href="javascript:alert(3)"', 'src=x', 'style="x:expression(1)"',
  'property="article:published_time" content="2019-02-30T99:99"', 'name="author" content="A. B."', 'datetime="9999-12-31"', 'lang="ar" dir="rtl"'];
const FIELDS = ['id', 'url', 'title', 'text', 'html', 'published', 'source', 'author', 'extra'];
const DATES = ['2017-08-17', '0000-01-01', '9999-12-31', '2019-02-30', '17/08/2017', 'yesterday', '', '1e309', '2017-08-17T25:61:00Z'];

function sentence(rng: Rng): string {
  const text = generateArticle(rng.int(1, 1000), rng.int(0, 10_000), 1).text.split('\n\n')[1] ?? 'Peru and Chile met.';
  return mutate(rng, text);
}

/** Random edits: insert odd pieces, drop, duplicate or truncate. */
function mutate(rng: Rng, text: string): string {
  let s = text;
  for (let i = rng.int(0, 4); i > 0; i--) {
    const at = rng.int(0, s.length);
    switch (rng.int(0, 3)) {
      case 0: s = s.slice(0, at) + rng.pick(ODD) + s.slice(at); break;
      case 1: s = s.slice(0, at) + s.slice(at + rng.int(1, 20)); break;
      case 2: s = s.slice(0, at) + s.slice(at, at + 30).repeat(rng.int(2, 5)) + s.slice(at + 30); break;
      default: s = s.slice(0, at);
    }
  }
  return s;
}

function html(rng: Rng, depth = 0): string {
  const parts: string[] = [];
  for (let i = rng.int(1, 3); i > 0; i--) {
    if (depth > 3 || rng.chance(0.5)) { parts.push(sentence(rng)); continue; }
    const tag = rng.pick(TAGS);
    const attrs = rng.chance(0.5) ? ` ${rng.pick(ATTRS)}` : '';
    const close = rng.chance(0.85) ? `</${tag}>` : '';
    parts.push(`<${tag}${attrs}>${html(rng, depth + 1)}${close}`);
  }
  return parts.join(rng.chance(0.5) ? '\n' : '');
}

function feed(rng: Rng): string {
  const atom = rng.chance(0.3);
  const items = Array.from({ length: rng.int(0, 6) }, () => {
    const body = rng.chance(0.3) ? `<![CDATA[${html(rng)}]]>` : sentence(rng).replace(/[<&]/g, ' ');
    return atom
      ? `<entry><title>${mutate(rng, 'Talks held')}</title><updated>${rng.pick(DATES)}</updated><content type="html">${body}</content></entry>`
      : `<item><title>${mutate(rng, 'Talks held')}</title><pubDate>${rng.pick(DATES)}</pubDate><description>${body}</description>${rng.chance(0.2) ? '<item>' : ''}</item>`;
  });
  const doc = atom
    ? `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>${items.join('')}</feed>`
    : `<rss version="2.0"><channel><title>F</title>${items.join('')}</channel></rss>`;
  return (rng.chance(0.7) ? '<?xml version="1.0" encoding="utf-8"?>\n' : '') + mutate(rng, doc);
}

function jsonl(rng: Rng): string {
  const lines = Array.from({ length: rng.int(1, 6) }, () => {
    if (rng.chance(0.15)) return mutate(rng, '{"title": "x", "text": "Peru and Chile');
    const rec: Record<string, unknown> = {};
    for (const f of FIELDS) {
      if (!rng.chance(0.6)) continue;
      rec[f] = rng.pick<unknown>([sentence(rng), rng.pick(DATES), 42, null, true, [], { nested: sentence(rng) }, html(rng), '']);
    }
    if (rng.chance(0.7)) rec.text = sentence(rng) + ' ' + sentence(rng);
    return JSON.stringify(rec);
  });
  return lines.join(rng.pick(['\n', '\r\n', '\n\n']));
}

function bytes(rng: Rng): Buffer {
  return Buffer.from(Array.from({ length: rng.int(0, 600) }, () => rng.int(0, 255)));
}

/** One generated input: mostly near-valid documents of each format, some pure noise. */
export function fuzzInput(rng: Rng): Buffer {
  switch (rng.int(0, 6)) {
    case 0: return bytes(rng);
    case 1: return Buffer.from(`${html(rng)}`);
    case 2: return Buffer.from(feed(rng));
    case 3: return Buffer.from(jsonl(rng));
    case 4: return Buffer.from(Array.from({ length: rng.int(1, 5) }, () => sentence(rng)).join(rng.pick(['\n\n', ' ', '\n'])));
    case 5: return Buffer.from(` date ${rng.pick(DATES)} ${sentence(rng)}\n${rng.pick(DATES)} 11:27 | trend.az | 1\nBaku, Azerbaijan, Aug.17\n\nBy A. Writer – Trend:\n\n${sentence(rng)}\n`);
    default: {
      const enc = Buffer.from(sentence(rng), 'latin1');
      return rng.chance(0.5) ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc]) : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence(rng), 'utf16le')]);
    }
  }
}

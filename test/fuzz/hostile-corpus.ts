import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from '../../bench/corpus.js';

const MB = 1 << 20;
export const GOOD = 'Azerbaijan and Peru established diplomatic relations on 25 June 1996, the ministry said.';

/** Writes the nasty corpus of issue 8 into `dir`, one file per kind of trouble (generated, never stored in the repo). */
export function writeHostileCorpus(dir: string): void {
  const w = (name: string, data: string | Buffer): void => writeFileSync(join(dir, name), data);
  w('01-empty.txt', '');
  w('02-binary.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  w('03-invalid-utf8.txt', Buffer.concat([Buffer.from(`${GOOD} Invalid bytes follow: `), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xff, 0xfe]), Buffer.from(' and the talks went on.\n')]));
  // "Азербайджан и Перу…" in windows-1251, and Latin-1 French.
  w('04-cp1251.txt', Buffer.from([0xc0, 0xe7, 0xe5, 0xf0, 0xe1, 0xe0, 0xe9, 0xe4, 0xe6, 0xe0, 0xed, 0x20, 0xe8, 0x20, 0xcf, 0xe5, 0xf0, 0xf3, 0x2e, 0x0a]));
  w('05-latin1.txt', Buffer.from('Le ministre des Affaires étrangères a reçu l\'ambassadeur du Pérou à Bakou.\n', 'latin1'));
  w('06-huge-article.txt', `${'The delegation discussed trade and energy at length. '.repeat(Math.ceil((50 * MB) / 52))}\n`);
  w('07-one-long-line.jsonl', `${JSON.stringify({ title: 'Long', text: 'word '.repeat((30 * MB) / 5) })}\n${JSON.stringify({ title: 'After the long line', text: `${GOOD} Second record after a 30 MB line.` })}\n`);
  w('08-deep.html', `<html><body>${'<div>'.repeat(20_000)}${GOOD}${'</div>'.repeat(20_000)}</body></html>`);
  w('09-scripts.html', `<html><head><title>Embassy opens</title><script>alert("pwned-script")</script></head><body><article><h1>Embassy opens</h1>
<p onclick="alert('pwned-handler')">${GOOD}</p><img src=x onerror="alert('pwned-img')"><p><a href="javascript:alert('pwned-link')">more</a> Peru opened its embassy in Baku in June 2017.</p>
<style>body{background:url(javascript:alert('pwned-style'))}</style><iframe src="https://evil.example/"></iframe></article></body></html>`);
  w('10-bomb.xml', `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>\n<rss version="2.0"><channel><title>x</title><item><title>&lol4;</title><description>&lol4;</description></item></channel></rss>\n`);
  w('11-external.rss', `<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<rss version="2.0"><channel><title>x</title><item><title>Leak</title><description>&xxe; ${GOOD}</description></item></channel></rss>\n`);
  w('13-broken.jsonl', [
    JSON.stringify({ title: 'Fine one', text: `${GOOD} First fine line.` }),
    '{"title": "truncated", "text": "Azerbaijan and',
    'not json at all',
    JSON.stringify({ title: 'No text' }),
    JSON.stringify({ title: 'Text is a number', text: 42 }),
    JSON.stringify([1, 2, 3]),
    JSON.stringify({ title: 'Fine two', text: `${GOOD} Second fine line.` }),
  ].join('\n'));
  w('14-dates.jsonl', [
    JSON.stringify({ title: 'Year zero', published: '0000-01-01', text: 'In the year 0, Rome and Parthia exchanged envoys, the chronicle says. They met again on 1 January 0000.' }),
    JSON.stringify({ title: 'Year 9999', published: '9999-12-31', text: 'On 31 December 9999 Peru will open an embassy in Baku, officials joked. Talks are set for 9999.' }),
    JSON.stringify({ title: 'Bad date', published: 'not a date', text: 'Peru and Chile held talks on 99 Februar 2020 and on 2020-13-45.' }),
  ].join('\n'));
  w('15-french.txt', 'Le président de la République a reçu hier le Premier ministre du Pérou. Les deux pays ont signé un accord de coopération.\n');
  w('16-arabic.txt', 'وقعت أذربيجان وبيرو اتفاقية للتعاون في مجال التعليم في باكو يوم الاثنين. واستقبل وزير الخارجية السفير.\n');
  w('17-mixed-rtl.txt', `${GOOD} The Israeli envoy, \u202Eרגוש\u202C, met the Iranian foreign minister in Geneva \u200F(ژنو)\u200F on Monday. Zero\u200Bwidth\u200B joiners and \uFEFF marks.\n`);
  w('18-chinese.txt', '阿塞拜疆和秘鲁于1996年6月25日建立外交关系。两国外长在利马举行会谈。\n');
  w('zz-control.txt', `${GOOD} This control article must always be stored.\n`);
}


/** A feed of `n` items (RSS 2.0), each a short generated story. */
export function writeBigFeed(path: string, n = 10_000): void {
  const items = Array.from({ length: n }, (_, i) => {
    const a = generateArticle(99, i, 1);
    return `<item><title>${a.title}</title><link>${a.url}</link><pubDate>Mon, 0${1 + (i % 9)} Jan 2024 10:00:00 GMT</pubDate><description>${a.text.replace(/[<&]/g, ' ')}</description></item>`;
  });
  writeFileSync(path, `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Wire</title>${items.join('\n')}</channel></rss>\n`);
}

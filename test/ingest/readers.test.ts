import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { readAllOutcomes, tempDir, writeFiles, DUMP_STORY } from './helpers.js';
import type { ReadOutcome } from '../../src/ingest/index.js';

const articles = (outs: ReadOutcome[]) => outs.map((o) => {
  assert.ok(o.ok, o.ok ? '' : `${o.error.input}: ${o.error.message}`);
  return o.value.article;
});

const HTML_PAGE = `<!doctype html><html lang="en"><head>
<title>Rwanda severs ties with Belgium | Lake Post</title>
<meta property="og:title" content="Rwanda severs diplomatic ties with Belgium">
<meta property="og:site_name" content="Lake Post">
<meta property="article:published_time" content="2025-03-17T14:05:00+02:00">
<meta name="author" content="Jean Habimana">
<link rel="canonical" href="https://lakepost.example/rwanda-belgium">
<script>globalThis.__ranPageScript = true; document.write('<p>INJECTED BY SCRIPT</p>');</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news menu</a></li></ul></nav>
<article><h1>Rwanda severs diplomatic ties with Belgium</h1>
<p>Rwanda has cut diplomatic relations with Belgium and told Belgian diplomats to leave Kigali within 48 hours, the foreign ministry said on Monday.</p>
<p>Belgium answered by declaring Rwandan diplomats persona non grata and called the decision disproportionate.</p>
<p>The break follows months of tension over the conflict in the east of the Democratic Republic of the Congo, where both governments accuse each other of taking sides.</p>
</article>
<div class="comments"><h3>Comments</h3><p>Log in to comment.</p></div>
</body></html>`;

test('HTML: reader-view text, metadata from meta tags, scripts never run, menus dropped', async () => {
  const dir = tempDir();
  const [path] = writeFiles(dir, { 'page.html': HTML_PAGE });
  const [a] = articles(await readAllOutcomes([path]));
  assert.equal(a.title, 'Rwanda severs diplomatic ties with Belgium');
  assert.equal(a.published, '2025-03-17T14:05');
  assert.equal(a.source, 'Lake Post');
  assert.equal(a.author, 'Jean Habimana');
  assert.equal(a.url, 'https://lakepost.example/rwanda-belgium');
  const paras = a.text.split('\n\n');
  assert.equal(paras[0], 'Rwanda severs diplomatic ties with Belgium');
  assert.match(paras[1], /^Rwanda has cut diplomatic relations/);
  assert.equal(paras.filter((p) => p === 'Rwanda severs diplomatic ties with Belgium').length, 1);
  for (const junk of ['INJECTED', 'World news menu', 'Log in to comment']) assert.ok(!a.text.includes(junk), junk);
  assert.equal((globalThis as { __ranPageScript?: boolean }).__ranPageScript, undefined);
});

test('HTML: JSON-LD and <time> when meta tags are missing', async () => {
  const html = `<html><head><title>x</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"Fiji and India agree a visa waiver","datePublished":"2023-02-16","author":[{"@type":"Person","name":"Mere Tuilau"}],"publisher":{"@type":"Organization","name":"Pacific Post"}}]}</script></head>
  <body><article><time datetime="2023-02-15">yesterday</time><p>Fiji and India will exempt holders of diplomatic and official passports from visas under an agreement endorsed by the Fijian cabinet this week.</p><p>The agreement is expected to be signed during the World Hindi Conference in Nadi.</p></article></body></html>`;
  const [path] = writeFiles(tempDir(), { 'ld.htm': html });
  const [a] = articles(await readAllOutcomes([path]));
  assert.equal(a.title, 'Fiji and India agree a visa waiver');
  assert.equal(a.published, '2023-02-16');
  assert.equal(a.author, 'Mere Tuilau');
  assert.equal(a.source, 'Pacific Post');
});

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Envoy Weekly</title>
<item><title>Peru opens embassy in Baku</title><link>https://envoy.example/1</link><pubDate>Fri, 30 Jun 2017 12:00:00 +0400</pubDate><dc:creator>Ana Ruiz</dc:creator>
<description>Short teaser only.</description>
<content:encoded><![CDATA[<p>Peru's embassy in Baku started functioning in June 2017, two years after Azerbaijan opened its embassy in Lima.</p><p>It is led by a chargé d'affaires.</p>]]></content:encoded></item>
<item><title>Maldives reopens embassy in Washington</title><link>https://envoy.example/2</link><pubDate>Mon, 01 May 2023 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The Maldives has reopened its embassy in the United States after an absence of 14 years, its foreign ministry said.&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>India and Pakistan sign the Lahore Declaration</title><link rel="alternate" href="https://atom.example/lahore"/><published>1999-02-21T17:00:00+05:00</published><author><name>Sana Mir</name></author>
<content type="html">&lt;p&gt;The prime ministers of India and Pakistan signed the Lahore Declaration on February 21, 1999, during a visit to Lahore by the Indian prime minister.&lt;/p&gt;</content></entry></feed>`;

test('RSS: one article per item, full content preferred, link, date, author, feed title as source', async () => {
  const [path] = writeFiles(tempDir(), { 'feed.rss': RSS });
  const [a, b] = articles(await readAllOutcomes([path]));
  assert.equal(a.title, 'Peru opens embassy in Baku');
  assert.equal(a.url, 'https://envoy.example/1');
  assert.equal(a.published, '2017-06-30T12:00');
  assert.equal(a.author, 'Ana Ruiz');
  assert.equal(a.source, 'Envoy Weekly');
  assert.ok(a.text.includes('started functioning in June 2017') && !a.text.includes('teaser'));
  assert.equal(a.origin, `${path}#item-1`);
  assert.equal(b.title, 'Maldives reopens embassy in Washington');
  assert.match(b.text, /^Maldives reopens embassy in Washington\n\nThe Maldives has reopened/);
});

test('Atom: entries with alternate link, published date and author name', async () => {
  const [path] = writeFiles(tempDir(), { 'feed.atom': ATOM });
  const [a] = articles(await readAllOutcomes([path]));
  assert.equal(a.url, 'https://atom.example/lahore');
  assert.equal(a.published, '1999-02-21T17:00');
  assert.equal(a.author, 'Sana Mir');
  assert.equal(a.source, 'Atom Desk');
});

test('JSONL: given fields win over inferred ones; dump-shaped text is understood; html records work', async () => {
  const lines = [
    { id: 'given-id', url: 'https://x.example/1', published: '2017-08-20', text: DUMP_STORY },
    { title: 'Given title', text: DUMP_STORY, author: 'Given Author' },
    { html: '<p>Peru and Azerbaijan held political consultations between their foreign ministries in Lima on Tuesday.</p><p>They agreed to meet again next year.</p>', title: 'Consultations in Lima' },
    { text: '<p>Markup in the text field: Peru and Azerbaijan signed a memorandum.</p><p>It covers culture.</p>' },
  ].map((r) => JSON.stringify(r)).join('\n');
  const [path] = writeFiles(tempDir(), { 'recs.jsonl': `${lines}\n` });
  const [a, b, c, d] = articles(await readAllOutcomes([path]));
  assert.equal(d.text, 'Markup in the text field: Peru and Azerbaijan signed a memorandum.\n\nIt covers culture.');
  assert.equal(a.id, 'given-id');
  assert.equal(a.url, 'https://x.example/1');
  assert.equal(a.published, '2017-08-20');
  assert.equal(a.author, 'Nigar Aliyeva');
  assert.equal(a.title, 'Azerbaijan and Peru eye closer ties, says envoy');
  assert.deepEqual(a.dateline, { place: 'Baku', country: 'AZE', date: '2017-08-17' });
  assert.equal(a.origin, `${path}:1`);
  assert.equal(b.title, 'Given title');
  assert.equal(b.author, 'Given Author');
  assert.equal(b.published, '2017-08-17T11:27');
  assert.ok(b.text.startsWith('Given title\n\n'));
  assert.equal(c.title, 'Consultations in Lima');
  assert.match(c.text, /^Consultations in Lima\n\nPeru and Azerbaijan held political consultations/);
});

test('folders recursively, globs, format by sniffing when the extension says nothing', async () => {
  const dir = tempDir();
  writeFiles(dir, {
    'a/story.txt': DUMP_STORY,
    'a/b/page': HTML_PAGE,
    'a/b/feed': ATOM,
    'a/.hidden.txt': 'Hidden files are skipped when a folder is walked, even long ones with words.',
    'a/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
  });
  const fromFolder = articles(await readAllOutcomes([join(dir, 'a')]));
  assert.deepEqual(fromFolder.map((a) => a.title).sort(), [
    'Azerbaijan and Peru eye closer ties, says envoy', 'India and Pakistan sign the Lahore Declaration', 'Rwanda severs diplomatic ties with Belgium',
  ]);
  const fromGlob = articles(await readAllOutcomes([join(dir, 'a', '**', '*.txt')]));
  assert.equal(fromGlob.length, 1);
});

test('standard input (-), sniffed', async () => {
  const outs = await readAllOutcomes(['-'], { stdin: Readable.from([Buffer.from(RSS)]) });
  const as = articles(outs);
  assert.equal(as.length, 2);
  assert.equal(as[0].origin, '-#item-1');
});

test('--published default applies only to articles without a date', async () => {
  const dir = tempDir();
  const [p1, p2] = writeFiles(dir, { 'x.txt': 'Peru and Azerbaijan agreed to hold consultations on trade next month, officials said.', 'y.txt': DUMP_STORY });
  const [a, b] = articles(await readAllOutcomes([p1, p2], { published: '2020-05-01' }));
  assert.equal(a.published, '2020-05-01');
  assert.equal(b.published, '2017-08-17T11:27');
});

test('JSON documents: one record, or an array of records', async () => {
  const rec = { id: 'j1', title: 'Peru closes embassy', text: 'Peru has temporarily closed its embassy in Baku, the government said.' };
  const [one, many] = writeFiles(tempDir(), {
    'one.json': JSON.stringify(rec, null, 2),
    'many.json': JSON.stringify([rec, { ...rec, id: 'j2', text: 'Azerbaijan and Peru agreed to hold political consultations in Lima.' }], null, 2),
  });
  const as = articles(await readAllOutcomes([one, many]));
  assert.deepEqual(as.map((a) => a.id), ['j1', 'j1', 'j2']);
  assert.equal(as[1].duplicateOf, 'j1');
  assert.equal(as[2].origin, `${many}#2`);
});

const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Maldives reopens embassy in Washington after 14 years - Island Times</title>
<meta name="description" content="The Maldives has reopened its embassy in the United States.">
<meta property="og:title" content="Maldives reopens embassy in Washington after 14 years">
<meta property="og:site_name" content="Island Times">
<meta property="article:published_time" content="2021-12-10T08:15:00+05:00">
</head><body class="single">
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header class="site-header"><div class="logo">Island Times</div><nav class="menu"><a href="/">News</a><a href="/politics">Politics</a><a href="/business">Business</a><a href="/sports">Sports</a><a href="/opinion">Opinion</a></nav>
<form class="search"><input name="q"><button>Search</button></form></header>
<div class="breaking">Breaking: Parliament passes budget</div>
<main><div class="container"><div class="row"><div class="col-8">
<article class="post">
<header><h1 class="entry-title">Maldives reopens embassy in Washington after 14 years</h1>
<div class="meta"><span class="author">By <a href="/author/aishath">Aishath Shaana</a></span> <time datetime="2021-12-10T08:15:00+05:00">December 10, 2021</time></div></header>
<div class="social-share"><a class="fb">Facebook</a><a class="tw">Twitter</a><a class="wa">WhatsApp</a></div>
<figure><img src="embassy.jpg"><figcaption>Photo: Foreign Ministry</figcaption></figure>
<div class="entry-content">
<p>The Maldives has reopened its embassy in Washington, D.C., restoring a resident diplomatic mission in the United States after 14 years, the Foreign Ministry said on Thursday.</p>
<p>Foreign Minister Abdulla Shahid said the embassy would serve as a bridge between the two countries and would strengthen cooperation in trade, climate action and security.</p>
<div class="ad-slot">Advertisement</div>
<p>The opening ceremony was attended by officials from the State Department and members of the diplomatic community in Washington.</p>
<p>The Maldives had closed its embassy in the United States in 2007 and has since handled relations through its permanent mission to the United Nations in New York.</p>
<div class="newsletter"><h4>Get the latest news</h4><p>Subscribe to our daily newsletter for the top stories.</p><input type="email"><button>Sign up</button></div>
</div>
<div class="tags">Tags: <a>Maldives</a> <a>United States</a> <a>Diplomacy</a></div>
<div class="author-bio"><p>Aishath Shaana is a political reporter at Island Times.</p></div>
</article>
<section class="related"><h3>Related articles</h3><ul><li><a>Maldives and India sign water deal</a></li><li><a>President visits Sri Lanka</a></li><li><a>Tourism hits record high</a></li></ul></section>
<section id="comments"><h3>2 comments</h3><div class="comment"><p>Great news for our country!</p></div><div class="comment"><p>About time.</p></div></section>
</div><aside class="col-4 sidebar"><h3>Most read</h3><ol><li>Budget passed</li><li>Flights resume</li></ol></aside></div></div></main>
<footer><p>© 2021 Island Times. All rights reserved.</p><a>Privacy</a><a>Contact</a></footer>
</body></html>
`;

test('HTML: a busy news page keeps only the story (no cookie banner, newsletter, tags, bio, related, comments, sidebar)', async () => {
  const [path] = writeFiles(tempDir(), { 'busy.html': NEWS_PAGE });
  const [a] = articles(await readAllOutcomes([path]));
  assert.equal(a.author, 'Aishath Shaana');
  const paras = a.text.split('\n\n');
  assert.equal(paras.length, 5, a.text);
  assert.equal(paras[0], 'Maldives reopens embassy in Washington after 14 years');
  assert.match(paras[4], /^The Maldives had closed its embassy/);
  for (const junk of ['cookies', 'Breaking', 'Facebook', 'Photo:', 'Advertisement', 'Subscribe', 'latest news', 'Tags', 'political reporter', 'Related', 'comments', 'Great news', 'Most read', 'rights reserved']) {
    assert.ok(!a.text.includes(junk), junk);
  }
});

test('dates as inputs write them become ISO dates', async () => {
  const { normaliseDate } = await import('../../src/ingest/index.js');
  const cases: [string, string | null][] = [
    ['2017-08-17T11:27:00+04:00', '2017-08-17T11:27'], ['2017-08-17', '2017-08-17'], ['Sat, 21 Sep 2019 10:00:00 +0500', '2019-09-21T10:00'],
    ['21 September 2019', '2019-09-21'], ['June 20, 2015', '2015-06-20'], ['not a date', null],
  ];
  for (const [input, want] of cases) assert.equal(normaliseDate(input), want, input);
});

test('an empty folder is reported', async () => {
  const outs = await readAllOutcomes([tempDir()]);
  assert.equal(outs.length, 1);
  assert.ok(!outs[0].ok && outs[0].error.code === 'UNREADABLE');
});

test('RSS 1.0 (RDF) items and Atom xhtml content keep their text in order', async () => {
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://rdf.example/"><title>RDF Desk</title></channel>
<item rdf:about="http://rdf.example/1"><title>Peru and Azerbaijan sign protocol</title><link>http://rdf.example/1</link><dc:date>2007-05-10</dc:date><dc:creator>Rui Costa</dc:creator>
<description>The foreign ministries of Peru and Azerbaijan signed a protocol of cooperation.</description></item></rdf:RDF>`;
  const xhtml = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>X Desk</title>
<entry><title type="text">Fiji and India waive visas</title><link href="https://x.example/fiji"/><updated>2023-02-16T09:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Fiji and India agreed to waive visas for <b>diplomatic</b> passport holders.</p><p>The cabinet endorsed it &amp; the deal.</p></div></content></entry></feed>`;
  const [a, b] = writeFiles(tempDir(), { 'feed.rdf': rdf, 'x.atom': xhtml });
  const [r, x] = articles(await readAllOutcomes([a, b]));
  assert.equal(r.source, 'RDF Desk');
  assert.equal(r.author, 'Rui Costa');
  assert.equal(r.published, '2007-05-10');
  assert.match(r.text, /signed a protocol of cooperation/);
  assert.equal(x.text, 'Fiji and India waive visas\n\nFiji and India agreed to waive visas for diplomatic passport holders.\n\nThe cabinet endorsed it & the deal.');
});

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/util/paths.js';
import { chromiumPath, CHROMIUM_ARGS, ingest, outputDir, serve, webBuilt, type ServeChild } from './harness.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { article, country, day, event } from '../store/fixtures.js';

const TOKEN = 'browser-test-token';
const exe = chromiumPath();
const why = !exe ? 'no chromium (set ATTACHE_CHROMIUM or apt-get install chromium)' : !webBuilt() ? 'the web app is not built (npm run build)' : null;
if (why) console.log(`# browser tests skipped: ${why}`);

let dir: string;
let server: ServeChild | null = null;
let context: BrowserContext | null = null;
const external: string[] = [];
const problems: string[] = [];

before(async () => {
  if (why) return;
  dir = mkdtempSync(join(tmpdir(), 'attache-browser-'));
  const db = join(dir, 'attache.db');
  // A record whose url is a javascript: URL and whose title is markup: it must never become a link or an element.
  const hostile = join(dir, 'hostile.jsonl');
  writeFileSync(hostile, `${JSON.stringify({
    id: 'hostile-url', url: 'javascript:window.__pwned=11', title: 'Chile and Norway <img src=x onerror="window.__pwned=12">',
    source: '<b onmouseover="window.__pwned=13">Wire</b>', published: '2021-03-04',
    text: 'Chile and Norway signed a memorandum on Antarctic research in Santiago on Thursday, the foreign ministry said.',
  })}\n`);
  const r = ingest([join(projectRoot(), 'samples'), hostile], db);
  assert.ok(r.status === 0 || r.status === 1, `ingest failed:\n${r.output}`);
  await addBusyPair(db);
  server = await serve(db, TOKEN);
  // Say plainly when the stages before the web app are what failed.
  const health = (await (await fetch(`${server.url}/api/health`)).json()) as { stats: { articles: number } };
  assert.ok(health.stats.articles >= 10, `the samples were not ingested (${JSON.stringify(health)}):\n${r.output}`);
  const dossier = await fetch(`${server.url}/api/dossier/AZE/PER`);
  const text = await dossier.text();
  assert.ok(dossier.ok && text.includes('relations.establish'), `the AZE–PER dossier has no establishment: ${dossier.status} ${text.slice(0, 500)}`);
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: exe!, headless: true, args: CHROMIUM_ARGS,
    // A zone far west of UTC: a date parsed with new Date() would show the day before.
    timezoneId: 'Pacific/Pago_Pago', locale: 'de-DE', viewport: { width: 1280, height: 900 },
  });
  const origin = new URL(server.url).origin;
  // Works offline: nothing may leave the server's origin.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:')) return route.continue();
    external.push(u);
    return route.abort();
  });
  context.setDefaultTimeout(15_000);
  context.on('console', (m) => { if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(m.text()); });
  context.on('weberror', (e) => problems.push(String(e.error())));
});

after(async () => {
  await context?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Iceland and Uruguay meet 60 times (one hand-built article of ours): more than a bounded dossier shows at once. */
async function addBusyPair(db: string): Promise<void> {
  const store = await SqliteStore.open(db);
  try {
    const sentences = Array.from({ length: 60 }, (_, i) => `Iceland and Uruguay held talks, round ${i + 1}, on ${1960 + i}-04-0${1 + (i % 9)}.`);
    const a = article('busy-isl-ury', 'Sixty years of talks', sentences, { published: '2021-01-01', dateline: null });
    await store.putArticle(a, sentences.map((s, i) => event(a, i, {
      kind: 'meeting', source: country('ISL', 'Iceland'), target: country('URY', 'Uruguay'), date: day(`${1960 + i}-04-0${1 + (i % 9)}`), sentence: s,
    })));
  } finally {
    await store.close();
  }
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(outputDir(), `${name}.png`), fullPage: true });

test('the Azerbaijan–Peru dossier shows the 1996 establishment and both embassies; a fact opens its source sentence', { skip: why ?? false, timeout: 120_000 }, async () => {
  const page = await context!.newPage();
  await page.goto(`${server!.url}/#/pair/AZE/PER`);
  await page.getByRole('heading', { name: 'Azerbaijan – Peru' }).waitFor();
  const established = page.locator('button.fact', { hasText: 'Diplomatic relations established' }).first();
  await established.waitFor();
  const date = (await established.locator('.date').textContent())!;
  assert.match(date, /1996$/);
  if (/1996-06-25/.test(await page.evaluate(async () => JSON.stringify(await (await fetch('/api/dossier/AZE/PER')).json())))) {
    assert.equal(date, '25 Jun 1996', 'dates render from the ISO string, not the browser time zone');
  }
  const missions = page.getByRole('region', { name: 'Missions' });
  assert.equal(await missions.locator('button.fact', { hasText: /^.*Azerbaijan (re)?opened its embassy/ }).count() > 0, true, 'Azerbaijan embassy');
  assert.equal(await missions.locator('button.fact', { hasText: /Peru (re)?opened its embassy/ }).count() > 0, true, 'Peru embassy');
  await shot(page, 'dossier-aze-per');

  await established.click();
  const sources = page.locator('#sources');
  await sources.waitFor();
  const quote = (await sources.locator('blockquote').first().textContent())!;
  assert.match(quote, /1996/);
  assert.match(page.url(), /#\/pair\/AZE\/PER\?fact=/);
  await shot(page, 'dossier-sources');

  await sources.getByRole('link', { name: 'Show in the article' }).first().click();
  const current = page.locator('mark.current');
  await current.first().waitFor();
  const highlighted = (await current.allTextContents()).join('');
  assert.equal(highlighted, quote, 'the source sentence is the highlighted one');
  assert.match(page.url(), /#\/article\/[^?]+\?event=/);
  await shot(page, 'evidence');
  await page.close();
});

const HOSTILE = [
  'Chile and Norway sign a fisheries agreement <img src=x onerror="window.__pwned=1">',
  'Chile and Norway signed a fisheries agreement in Oslo on Monday <script>window.__pwned=2</script>, officials said.',
  'Details are at <a href="javascript:window.__pwned=3">this link</a> and <svg onload="window.__pwned=4"></svg>.',
].join('\n\n');

const HOSTILE_HTML = '<html><head><title>Norway and Chile talk <script>window.__pwned=5</script></title>'
  + '<link rel="canonical" href="javascript:window.__pwned=6"><meta property="og:url" content="javascript:window.__pwned=7"></head>'
  + '<body><article><h1>Norway and Chile hold talks</h1><p>Norway and Chile held political consultations in Santiago on Tuesday, the ministry said.'
  + '<img src="x" onerror="window.__pwned=8"></p><p>Read <a href="javascript:window.__pwned=9">more</a>.</p></article></body></html>';

async function paste(page: Page, body: string, format: 'text' | 'html', title?: string) {
  await page.goto(`${server!.url}/#/paste`);
  await page.getByLabel('Article text or HTML').fill(body);
  await page.getByRole('radio', { name: format }).check();
  if (title) await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Write token').fill(TOKEN);
  await page.getByRole('button', { name: 'Find events' }).click();
  await page.locator('.outcome').waitFor();
}

async function assertInert(page: Page, where: string) {
  assert.equal(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned), undefined, `no script ran (${where})`);
  assert.equal(await page.locator('main img, main script, main iframe, main svg foreignObject').count(), 0, `no injected elements (${where})`);
  assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, `no javascript: links (${where})`);
}

test('a pasted story with <script>, <img onerror> and javascript: links shows as text and runs nothing', { skip: why ?? false, timeout: 120_000 }, async () => {
  const page = await context!.newPage();
  await paste(page, HOSTILE, 'text', 'Fisheries <script>window.__pwned=10</script>');
  await assertInert(page, 'paste outcome');
  await shot(page, 'paste-hostile');
  await page.locator('.outcome h3 a').click();
  await page.locator('.evidence .text').waitFor();
  const text = (await page.locator('.evidence .text').textContent())!;
  assert.ok(text.includes('<script>window.__pwned=2</script>'), 'the script tag shows as text');
  assert.ok(text.includes('<img src=x onerror="window.__pwned=1">'), 'the img tag shows as text');
  assert.ok((await page.locator('.evidence h2').textContent())!.includes('<script>'), 'the title shows as text');
  await assertInert(page, 'evidence view');
  await shot(page, 'evidence-hostile');

  await page.goto(`${server!.url}/#/article/hostile-url`);
  await page.locator('.evidence .text').waitFor();
  assert.match((await page.locator('.evidence h2').textContent())!, /<img src=x onerror=/);
  assert.match((await page.locator('.evidence .meta').textContent())!, /<b onmouseover=/);
  assert.equal(await page.getByRole('link', { name: 'original' }).count(), 0, 'a javascript: url is not a link');
  await assertInert(page, 'stored hostile record');
  await page.goto(`${server!.url}/#/pair/CHL/NOR`);
  await page.locator('button.fact').first().click();
  await page.locator('#sources').waitFor();
  await assertInert(page, 'sources of a hostile record');

  await paste(page, HOSTILE_HTML, 'html');
  await assertInert(page, 'html paste outcome');
  await page.locator('.outcome h3 a').click();
  await page.locator('.evidence .text').waitFor();
  await assertInert(page, 'html evidence view');
  await page.close();
  assert.deepEqual(external, [], 'no request left the server');
  assert.deepEqual(problems.filter((p) => !/status of 4\d\d/.test(p)), [], 'no page errors or CSP violations');
});

test('the world map: pick a country, its partners are listed and shaded; a partner opens the pair, by keyboard too', { skip: why ?? false, timeout: 60_000 }, async () => {
  const page = await context!.newPage();
  await page.goto(`${server!.url}/#/`);
  await page.getByLabel('Country').selectOption('AZE');
  await page.waitForURL(/#\/country\/AZE/);
  const partners = page.getByRole('region', { name: 'Partners' });
  await partners.getByRole('link', { name: 'Peru' }).waitFor();
  assert.ok((await page.locator('svg.world path.selected').count()) >= 1, 'Azerbaijan is marked');
  assert.ok((await page.locator('svg.world path.act').count()) >= 1, 'partners are shaded');
  await shot(page, 'map-aze');
  const factsOf = async () => Number(await partners.getByRole('row', { name: /Peru/ }).getByRole('cell').nth(1).textContent());
  const all = await factsOf();
  await page.getByLabel('From year').fill('2018');
  await page.getByLabel('To year').fill('2030');
  await page.getByRole('button', { name: 'Show period' }).click();
  await page.waitForURL(/from=2018&to=2030/);
  // The period's count for Peru replaces the all-time one (the page's CSP forbids waitForFunction's eval).
  let inPeriod = all;
  for (let i = 0; i < 100 && inPeriod >= all; i++) {
    await page.waitForTimeout(100);
    inPeriod = await factsOf();
  }
  assert.ok(inPeriod < all && inPeriod > 0, `Peru's facts since 2018 (${inPeriod}) are fewer than all (${all}) and not none`);
  const peru = page.locator('svg.world path[aria-label^="Peru:"]');
  await peru.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/pair\/AZE\/PER/);
  await page.getByRole('heading', { name: 'Azerbaijan – Peru' }).waitFor();
  await page.close();
});

test('a busy pair shows the latest lines of a section with its count, and "show more" loads the older ones', { skip: why ?? false, timeout: 60_000 }, async () => {
  const page = await context!.newPage();
  await page.goto(`${server!.url}/#/pair/ISL/URY`);
  const more = page.locator('.more[data-section="meetings"]');
  await more.waitFor();
  assert.match((await more.textContent())!, /Showing the latest 50 of 60 meetings and visits/);
  const meetings = page.locator('section[aria-label="Meetings and visits"] button.fact');
  assert.equal(await meetings.count(), 50);
  assert.match((await meetings.first().textContent())!, /1970/);
  await more.getByRole('button', { name: /Show 10 earlier/ }).click();
  await page.locator('.more[data-section="meetings"]', { hasText: 'latest 60 of 60' }).waitFor();
  assert.equal(await meetings.count(), 60);
  assert.equal(await more.getByRole('button').count(), 0, 'nothing more to load');
  await page.locator('section[aria-label="Meetings and visits"] .earlier button.fact').first().click();
  await page.locator('#sources blockquote', { hasText: 'round 1,' }).waitFor();
  await shot(page, 'dossier-show-more');
  await page.close();
  assert.deepEqual(problems.filter((p) => !/status of 4\d\d/.test(p)), [], 'no page errors');
});

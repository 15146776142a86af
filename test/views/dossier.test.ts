import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { buildDossier, type Dossier } from '../../src/views/dossier.js';
import { dossierToMarkdown } from '../../src/views/dossier-md.js';
import { dossierToHtml } from '../../src/views/dossier-html.js';
import { outline } from '../../src/views/dossier-outline.js';
import { Gazetteer } from '../../src/actors/gazetteer.js';
import { buildCountryProfile, countryToMarkdown } from '../../src/views/country.js';
import { projectRoot } from '../../src/util/paths.js';
import { loadPair } from './pair-fixture.js';

let dir: string;
let store: SqliteStore;
let dossier: Dossier;
const resolver = Gazetteer.load();

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'attache-dossier-'));
  store = await SqliteStore.open(join(dir, 'd.db'));
  await loadPair(store);
  const r = await buildDossier(store, 'Azerbaijan', 'PE', resolver);
  assert.ok(r.ok);
  dossier = r.value;
});
after(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

test('relations: established 25 June 1996, from more than one article', () => {
  assert.equal(dossier.relations.status, 'established');
  assert.equal(dossier.relations.since?.value, '1996-06-25');
  const est = dossier.relations.lines.find((l) => l.kind === 'relations.establish')!;
  assert.deepEqual([...new Set(est.sources.map((s) => s.articleId))].sort(), ['pair-1', 'pair-1-copy', 'pair-2']);
});

test('missions: opened, temporarily closed, reopened; conflicting dates shown', () => {
  const m = dossier.missions.map((x) => [x.sender, x.city, x.status, x.opened?.value, x.closed?.value ?? null, x.reopened?.value ?? null]);
  assert.deepEqual(m, [
    ['AZE', 'Lima', 'open', '2015-06', null, null],
    ['PER', 'Baku', 'open', '2017-06', '2020-03', '2021-05-10'],
  ]);
  const lima = dossier.missions[0]!;
  assert.equal(lima.lines.length, 2);
  assert.ok(lima.lines.every((l) => l.conflictsWith.length === 1));
});

test('heads of mission, agreements, meetings, mechanisms, memberships', () => {
  assert.deepEqual(dossier.headsOfMission.map((e) => [e.person, e.rank, e.appointed?.value, e.credentials?.value]),
    [['Rashad Aliyev', 'ambassador', '2020-03-20', '2021-06-02']]);
  assert.deepEqual(dossier.agreements.map((a) => [a.title, a.type, a.signed?.value, a.status]), [
    ['Agreement on visa exemption', 'agreement', '2007', 'ratified'],
    ['Memorandum on political consultations', 'memorandum', '2012', 'signed'],
    ['Agreement on cultural cooperation', 'agreement', '2014', 'signed'],
  ]);
  assert.equal(dossier.agreements[0]!.ratified?.value, '2008');
  // the consultation round held is both a meeting (in time order) and a mechanism
  const round = dossier.mechanisms.find((l) => l.kind === 'meeting')!;
  assert.deepEqual(dossier.meetings.map((l) => l.factId).sort(), [dossier.meetings[0]!.factId, round.factId].sort());
  assert.equal(dossier.meetings.length, 2);
  assert.equal(dossier.meetings[0]!.date.value, '2017-07-28');
  assert.match(dossier.meetings[0]!.text, /Luis Chang Boldrini \(chargé d'affaires, Peru\).*Elmar Mammadyarov \(foreign minister, Azerbaijan\)/);
  assert.deepEqual(dossier.mechanisms.map((l) => l.kind), ['parliament.friendship-group', 'meeting']);
  assert.deepEqual(dossier.memberships.map((m) => m.organisation.code), ['UNO']);
  assert.deepEqual(dossier.plans.map((l) => l.kind), ['cooperation.intent']);
  assert.equal(dossier.summary.articles, 6);
});

test('every dated line cites at least one source sentence', () => {
  const o = outline(dossier);
  const items = o.sections.flatMap((s) => s.items.flatMap((i) => [i, ...i.children]));
  assert.ok(items.length > 10);
  for (const it of items) if (it.date) assert.ok(it.refs.length > 0, it.text);
  for (const s of o.sources) assert.ok(s.sentence.length > 0);
});

test('markdown matches the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
  const golden = join(projectRoot(), 'test', 'views', 'golden', 'aze-per.md');
  const md = dossierToMarkdown(dossier);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, md);
  assert.equal(md, readFileSync(golden, 'utf8'));
});

test('HTML escapes everything from articles', () => {
  const html = dossierToHtml(dossier);
  assert.ok(!html.includes('<b>hold talks</b>'));
  assert.ok(html.includes('Peru &amp; Azerbaijan &lt;b&gt;hold talks&lt;/b&gt;'));
  assert.ok(html.includes('href="https://news.example/p2?x=&quot;1&quot;&amp;y=&lt;2&gt;"'));
  assert.ok(!/<script/i.test(html));
  assert.deepEqual(JSON.parse(JSON.stringify(dossier)), dossier);
});

test('unknown countries are an UNKNOWN_COUNTRY error', async () => {
  const r = await buildDossier(store, 'Atlantis', 'PER', resolver);
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.error.code, 'UNKNOWN_COUNTRY');
});

test('country profile: partners and missions both ways', async () => {
  const r = await buildCountryProfile(store, 'Peru', resolver);
  assert.ok(r.ok);
  assert.deepEqual(r.value.partners.map((p) => p.country.code), ['AZE', 'UNO']);
  assert.deepEqual(r.value.missionsAbroad.map((m) => [m.city, m.status]), [['Baku', 'open']]);
  assert.deepEqual(r.value.missionsHosted.map((m) => [m.city, m.status]), [['Lima', 'open']]);
  assert.match(countryToMarkdown(r.value), /embassy in Baku \(Azerbaijan\): open — opened June 2017, closed March 2020, reopened 10 May 2021/);
});

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { buildDossier, type Dossier } from '../../src/views/dossier.js';
import { buildBoundedDossier, buildDossierSection, DOSSIER_SECTIONS } from '../../src/views/dossier-bounded.js';
import { dossierToMarkdown } from '../../src/views/dossier-md.js';
import { Gazetteer } from '../../src/actors/gazetteer.js';
import { projectRoot } from '../../src/util/paths.js';
import type { DiploEvent } from '../../src/model/event.js';
import { article, country, day, event } from '../store/fixtures.js';
import { loadPair } from './pair-fixture.js';

let dir: string;
let store: SqliteStore;
let full: Dossier;
const resolver = Gazetteer.load();
const CHL = country('CHL', 'Chile');
const NOR = country('NOR', 'Norway');

/** Chile and Norway meet 30 times (one article, distinct days) and establish relations in 1961, reported by 8 articles. */
async function loadBusyPair(s: SqliteStore): Promise<void> {
  const sentences = Array.from({ length: 30 }, (_, i) => `Chile and Norway held talks number ${i + 1} on ${2000 + i}-05-0${1 + (i % 9)}.`);
  const a = article('busy-1', 'Thirty rounds of talks', sentences, { published: '2030-01-01' });
  const events: DiploEvent[] = sentences.map((s, i) => event(a, i, { kind: 'meeting', source: CHL, target: NOR, date: day(`${2000 + i}-05-0${1 + (i % 9)}`), sentence: s }));
  await s.putArticle(a, events);
  for (let i = 0; i < 8; i++) {
    const t = `Chile and Norway established diplomatic relations in 1961, report ${i} said.`;
    const r = article(`busy-est-${i}`, `Report ${i}`, [t], { published: `2020-01-0${i + 1}` });
    await s.putArticle(r, [event(r, 0, { kind: 'relations.establish', source: CHL, target: NOR, date: day('1961'), sentence: t })]);
  }
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'attache-bounded-'));
  store = await SqliteStore.open(join(dir, 'd.db'));
  await loadPair(store);
  await loadBusyPair(store);
  const r = await buildDossier(store, 'AZE', 'PER', resolver);
  assert.ok(r.ok);
  full = r.value;
});
after(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

test('a pair whose sections fit: the bounded dossier is the full one, plus its bounds', async () => {
  const r = await buildBoundedDossier(store, 'Azerbaijan', 'PE', { limit: 50, sourceLimit: 20 }, resolver);
  assert.ok(r.ok);
  const { bounds, ...rest } = r.value;
  assert.deepEqual(rest, full);
  assert.equal(bounds?.complete, true);
  assert.equal(bounds?.sections.relations.total, full.relations.lines.length);
  assert.ok(DOSSIER_SECTIONS.every((s) => bounds?.sections[s].next === null));
  // and it renders like the golden file
  assert.equal(dossierToMarkdown({ ...rest }), readFileSync(join(projectRoot(), 'test', 'views', 'golden', 'aze-per.md'), 'utf8'));
});

test('a busy pair: the latest N lines per section, counts, cursors, and a line\'s first sources', async () => {
  const r = await buildBoundedDossier(store, 'CHL', 'NOR', { limit: 7, sourceLimit: 3 }, resolver);
  assert.ok(r.ok);
  const d = r.value;
  assert.equal(d.bounds?.complete, false);
  assert.deepEqual(d.meetings.map((l) => l.date.value?.slice(0, 4)), ['2023', '2024', '2025', '2026', '2027', '2028', '2029']);
  assert.deepEqual({ ...d.bounds!.sections.meetings, next: typeof d.bounds!.sections.meetings.next }, { total: 30, shown: 7, next: 'string' });
  const est = d.relations.lines[0]!;
  assert.equal(est.sources.length, 3);
  assert.equal(est.sourceCount, 8);
  assert.deepEqual(est.sources.map((s) => s.articleId), ['busy-est-0', 'busy-est-1', 'busy-est-2']);
  assert.equal(d.relations.status, 'established');
  assert.equal(d.summary.facts, 31);
  assert.equal(d.summary.first, '1961');
  assert.equal(d.summary.last, '2029-05-03');
  assert.ok(dossierToMarkdown(d).includes('The latest 7 of 30'));
});

test('paging a section with its cursor walks every line once, oldest last', async () => {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < 10; n++) {
    const r = await buildDossierSection(store, 'NOR', 'CHL', 'meetings', { limit: 8, sourceLimit: 20, ...(cursor ? { cursor } : {}) }, resolver);
    assert.ok(r.ok);
    assert.equal(r.value.total, 30);
    seen.unshift(...r.value.lines.map((l) => l.date.value!));
    if (!r.value.next) break;
    cursor = r.value.next;
  }
  assert.equal(seen.length, 30);
  assert.deepEqual(seen, [...seen].sort());
  assert.equal(new Set(seen).size, 30);
  const rel = await buildDossierSection(store, 'CHL', 'NOR', 'relations', { limit: 5, sourceLimit: 20 }, resolver);
  assert.ok(rel.ok && rel.value.relations?.status === 'established');
});

test('a cursor the server did not give is a BAD_REQUEST; an unknown country UNKNOWN_COUNTRY', async () => {
  const bad = await buildDossierSection(store, 'CHL', 'NOR', 'meetings', { limit: 5, sourceLimit: 5, cursor: 'not-a-cursor' }, resolver);
  assert.equal(!bad.ok && bad.error.code, 'BAD_REQUEST');
  const unknown = await buildBoundedDossier(store, 'CHL', 'Atlantis', { limit: 5, sourceLimit: 5 }, resolver);
  assert.equal(!unknown.ok && unknown.error.code, 'UNKNOWN_COUNTRY');
});

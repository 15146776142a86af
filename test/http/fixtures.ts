import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../src/model/actor.js';
import type { Article } from '../../src/model/article.js';
import type { DiploEvent, DiplomaticKind, EventAttributes } from '../../src/model/event.js';
import type { Store } from '../../src/store/store.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

/** A fresh SQLite store in its own temp folder; `done()` closes it and removes the folder. */
export async function tempStore(): Promise<{ store: Store; dir: string; done: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'attache-http-'));
  const store = await SqliteStore.open(join(dir, 'test.db'));
  return { store, dir, done: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Two short stories written for these tests (not from any real article). */
export const STORY_A = [
  'Norvania and Chile open a new chapter',
  'Chile and Norway established diplomatic relations in 1961, the foreign minister recalled on Monday.',
  'Norway opened its embassy in Santiago in March 1968, and Chile opened its embassy in Oslo in 1970.',
  'The minister said the two sides signed a protocol on visas.',
].join('\n\n');

export const STORY_B = [
  'Talks in Oslo',
  'Chilean Foreign Minister Ana Rojas met Norwegian Foreign Minister Eirik Berg in Oslo on 3 May 2021.',
  'The ministers discussed trade =SUM(A1) and the climate.',
].join('\n\n');

export function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return {
    id, url: `https://news.example.org/${id}`, title: text.split('\n')[0], published: '2021-05-04T10:00', source: 'Example News',
    author: 'A. Writer', dateline: null, language: 'en', duplicateOf: null, text, ...extra,
  };
}

export function actor(text: string, country: string, start: number, extra: Partial<Actor> = {}): Actor {
  return { text, country, sectors: ['GOV'], code: `${country}GOV`, name: null, title: null, type: 'country', start, end: start + text.length, ...extra };
}

interface EventSpec {
  readonly n: number;
  readonly kind: DiplomaticKind | null;
  readonly cameo: string;
  readonly sentence: string;
  readonly source: [string, string];
  readonly target: [string, string];
  readonly date: string;
  readonly precision: 'year' | 'month' | 'day';
  readonly attributes?: EventAttributes;
}

/** An event of `art` whose evidence is `sentence` (found in the text) and actors found in the sentence. */
export function event(art: Article, s: EventSpec): DiploEvent {
  const start = art.text.indexOf(s.sentence);
  if (start < 0) throw new Error(`fixture: sentence not in article: ${s.sentence}`);
  const at = (t: string) => start + s.sentence.indexOf(t);
  return {
    id: `${art.id}-e${s.n}`, articleId: art.id, kind: s.kind, cameo: s.cameo, quadClass: 1, goldstein: 3.5,
    plover: { type: 'COOPERATE', mode: null, context: null },
    source: actor(s.source[0], s.source[1], at(s.source[0])), target: actor(s.target[0], s.target[1], at(s.target[0])),
    participants: [], date: { value: s.date, precision: s.precision, basis: 'explicit', text: s.date },
    place: null, modality: 'asserted', attributes: s.attributes ?? {},
    evidence: { sentence: s.sentence, start, end: start + s.sentence.length }, confidence: 0.9,
  };
}

/** Stores the two stories with hand-coded events: CHL–NOR relations, two embassies, a protocol, a meeting. */
export async function seed(store: Store): Promise<{ a: Article; b: Article; events: DiploEvent[] }> {
  const a = article('story-a', STORY_A);
  const b = article('story-b', STORY_B, { url: null, title: 'Talks in <b>Oslo</b>' });
  const s1 = 'Chile and Norway established diplomatic relations in 1961, the foreign minister recalled on Monday.';
  const s2 = 'Norway opened its embassy in Santiago in March 1968, and Chile opened its embassy in Oslo in 1970.';
  const s3 = 'The minister said the two sides signed a protocol on visas.';
  const s4 = 'Chilean Foreign Minister Ana Rojas met Norwegian Foreign Minister Eirik Berg in Oslo on 3 May 2021.';
  const ea = [
    event(a, { n: 1, kind: 'relations.establish', cameo: '054', sentence: s1, source: ['Chile', 'CHL'], target: ['Norway', 'NOR'], date: '1961', precision: 'year' }),
    event(a, { n: 2, kind: 'mission.open', cameo: '054', sentence: s2, source: ['Norway', 'NOR'], target: ['Santiago', 'CHL'], date: '1968-03', precision: 'month', attributes: { missionType: 'embassy', city: 'Santiago' } }),
    event(a, { n: 3, kind: 'mission.open', cameo: '054', sentence: s2, source: ['Chile', 'CHL'], target: ['Oslo', 'NOR'], date: '1970', precision: 'year', attributes: { missionType: 'embassy', city: 'Oslo' } }),
    event(a, { n: 4, kind: 'agreement.sign', cameo: '057', sentence: s3, source: ['the minister', 'CHL'], target: ['two sides', 'NOR'], date: '2021-05', precision: 'month', attributes: { agreementType: 'protocol', topics: ['visa'] } }),
  ];
  const eb = [
    event(b, { n: 1, kind: 'meeting', cameo: '040', sentence: s4, source: ['Chilean Foreign Minister Ana Rojas', 'CHL'], target: ['Norwegian Foreign Minister Eirik Berg', 'NOR'], date: '2021-05-03', precision: 'day' }),
  ];
  await store.putArticle(a, ea);
  await store.putArticle(b, eb);
  return { a, b, events: [...ea, ...eb] };
}

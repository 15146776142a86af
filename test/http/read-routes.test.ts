import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import { createApp } from '../../src/http/app.js';
import type { Store } from '../../src/store/store.js';
import {
  ArticleWithEventsSchema, CountryListSchema, CountryProfileSchema, DossierSchema, DossierSectionSchema, EventsPageSchema, HealthSchema, PeopleSchema,
} from '../../src/http/responses.js';
import { seed, tempStore } from './fixtures.js';

let app: Hono;
let store: Store;
let done: () => Promise<void>;

before(async () => {
  ({ store, done } = await tempStore());
  await seed(store);
  app = createApp({ store, token: 'secret', webRoot: null, log: () => {} });
});
after(() => done());

const getJson = async (path: string, init?: RequestInit) => {
  const res = await app.request(path, init);
  return { res, body: (await res.json()) as any };
};

describe('GET /api/health', () => {
  test('answers ok with the store counts', async () => {
    const { res, body } = await getJson('/api/health');
    assert.equal(res.status, 200);
    HealthSchema.parse(body);
    assert.equal(body.status, 'ok');
    assert.equal(body.store, 'sqlite');
    assert.equal(body.stats.articles, 2);
    assert.equal(body.stats.events, 5);
  });
});

describe('GET /api/events', () => {
  test('all events, paged', async () => {
    const { res, body } = await getJson('/api/events');
    assert.equal(res.status, 200);
    EventsPageSchema.parse(body);
    assert.equal(body.total, 5);
    assert.equal(body.events.length, 5);
    const page = (await getJson('/api/events?limit=2&offset=1')).body;
    assert.equal(page.total, 5);
    assert.equal(page.limit, 2);
    assert.equal(page.offset, 1);
    assert.equal(page.events.length, 2);
  });

  const cases: [string, number][] = [
    ['kind=mission.open', 2], ['cameo=05*', 4], ['cameo=040', 1], ['pair=CHL,NOR', 5], ['pair=Chile,Norway', 5],
    ['country=NOR', 5], ['country=PER', 0], ['from=1965&to=1975', 2], ['text=embassy%20Oslo', 2], ['article=story-b', 1],
  ];
  for (const [qs, n] of cases) {
    test(`filter ${qs} → ${n}`, async () => {
      const { res, body } = await getJson(`/api/events?${qs}`);
      assert.equal(res.status, 200, JSON.stringify(body));
      assert.equal(body.total, n);
    });
  }

  const bad: [string, number, string][] = [
    ['limit=0', 400, 'BAD_REQUEST'], ['limit=5000', 400, 'BAD_REQUEST'], ['offset=-1', 400, 'BAD_REQUEST'],
    ['from=1999-13', 400, 'BAD_REQUEST'], ['cameo=abc', 400, 'BAD_REQUEST'], ['kind=party', 400, 'BAD_REQUEST'],
    ['pair=CHL', 400, 'BAD_REQUEST'], ['bogus=1', 400, 'BAD_REQUEST'], ['country=Atlantis', 404, 'UNKNOWN_COUNTRY'],
  ];
  for (const [qs, status, code] of bad) {
    test(`invalid ${qs} → ${status} ${code}`, async () => {
      const { res, body } = await getJson(`/api/events?${qs}`);
      assert.equal(res.status, status);
      assert.equal(body.error.code, code);
      assert.ok(body.error.message.length > 0);
    });
  }

  test('CSV by Accept, with a header line and quoted cells', async () => {
    const res = await app.request('/api/events?kind=mission.open', { headers: { accept: 'text/csv' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /^text\/csv/);
    assert.equal(res.headers.get('x-total-count'), '2');
    const lines = (await res.text()).trimEnd().split(/\r?\n/);
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^event_id,date,/);
    assert.match(lines[1], /,mission\.open,054,/);
    assert.match(lines[1], /"Norway opened its embassy in Santiago in March 1968, and Chile opened its embassy in Oslo in 1970\."$/);
  });

  test('TSV by Accept, and by ?format=', async () => {
    for (const init of [{ headers: { accept: 'text/tab-separated-values' } }, undefined]) {
      const res = await app.request(`/api/events?cameo=040${init ? '' : '&format=tsv'}`, init);
      assert.match(res.headers.get('content-type')!, /^text\/tab-separated-values/);
      const lines = (await res.text()).trimEnd().split('\n');
      assert.equal(lines.length, 2);
      assert.equal(lines[1].split('\t').length, lines[0].split('\t').length);
      assert.ok(lines[1].includes('\tmeeting\t040\t'));
    }
  });
});

describe('GET /api/articles/:id', () => {
  test('text, metadata and events with offsets', async () => {
    const { res, body } = await getJson('/api/articles/story-a');
    assert.equal(res.status, 200);
    ArticleWithEventsSchema.parse(body);
    assert.equal(body.article.id, 'story-a');
    assert.equal(body.events.length, 4);
    for (const e of body.events) assert.equal(body.article.text.slice(e.evidence.start, e.evidence.end), e.evidence.sentence);
  });
  test('unknown id → 404 NOT_FOUND', async () => {
    const { res, body } = await getJson('/api/articles/nope');
    assert.equal(res.status, 404);
    assert.equal(body.error.code, 'NOT_FOUND');
  });
});

describe('GET /api/dossier/:a/:b', () => {
  const allLines = (d: any): any[] => [
    ...d.relations.lines, ...d.missions.flatMap((m: any) => m.lines), ...d.headsOfMission.flatMap((h: any) => h.lines),
    ...d.agreements.flatMap((a: any) => a.lines), ...d.meetings, ...d.mechanisms, ...d.memberships.flatMap((m: any) => m.lines), ...d.plans, ...d.other,
  ];
  test('by codes and by names; every line carries its sources', async () => {
    for (const path of ['/api/dossier/CHL/NOR', '/api/dossier/Chile/Norway', '/api/dossier/nor/chl']) {
      const { res, body } = await getJson(path);
      assert.equal(res.status, 200, path);
      DossierSchema.parse(body);
      assert.deepEqual(body.pair.map((p: any) => p.code).sort(), ['CHL', 'NOR']);
      const kinds = allLines(body).map((l: any) => l.kind).sort();
      assert.deepEqual(kinds, ['agreement.sign', 'meeting', 'mission.open', 'mission.open', 'relations.establish']);
      assert.equal(body.relations.status, 'established');
      assert.deepEqual(body.missions.map((m: any) => `${m.sender}:${m.city}:${m.status}`).sort(), ['CHL:Oslo:open', 'NOR:Santiago:open']);
      const est = body.relations.lines[0];
      assert.equal(est.sources[0].articleId, 'story-a');
      assert.match(est.sources[0].sentence, /established diplomatic relations in 1961/);
    }
  });
  test('bounded: a small pair is complete, with counts per section and no cursor', async () => {
    const { body } = await getJson('/api/dossier/CHL/NOR');
    assert.equal(body.bounds.complete, true);
    assert.equal(body.bounds.limit, 50);
    assert.equal(body.bounds.sourceLimit, 20);
    assert.deepEqual(body.bounds.sections.missions, { total: 2, shown: 2, next: null });
    const cut = (await getJson('/api/dossier/CHL/NOR?limit=1&sources=1')).body;
    DossierSchema.parse(cut);
    assert.equal(cut.bounds.complete, false);
    assert.equal(cut.missions.flatMap((m: any) => m.lines).length, 1);
    assert.equal(typeof cut.bounds.sections.missions.next, 'string');
    assert.equal(cut.bounds.sections.missions.total, 2);
  });
  test('a section is paged with its cursor', async () => {
    const first = await getJson('/api/dossier/CHL/NOR/sections/missions?limit=1');
    assert.equal(first.res.status, 200);
    DossierSectionSchema.parse(first.body);
    assert.equal(first.body.total, 2);
    assert.equal(first.body.lines.length, 1);
    assert.equal(first.body.missions.length, 1);
    const second = (await getJson(`/api/dossier/CHL/NOR/sections/missions?limit=1&cursor=${first.body.next}`)).body;
    assert.equal(second.lines.length, 1);
    assert.equal(second.next, null);
    assert.notEqual(second.lines[0].factId, first.body.lines[0].factId);
    const all = (await getJson('/api/dossier/CHL/NOR')).body.missions.flatMap((m: any) => m.lines.map((l: any) => l.factId)).sort();
    assert.deepEqual([first.body.lines[0].factId, second.lines[0].factId].sort(), all);
  });
  const bad: [string, number, string][] = [
    ['/api/dossier/CHL/NOR?limit=0', 400, 'BAD_REQUEST'], ['/api/dossier/CHL/NOR?limit=501', 400, 'BAD_REQUEST'],
    ['/api/dossier/CHL/NOR?sources=x', 400, 'BAD_REQUEST'], ['/api/dossier/CHL/NOR?page=2', 400, 'BAD_REQUEST'],
    ['/api/dossier/CHL/NOR/sections/gossip', 400, 'BAD_REQUEST'], ['/api/dossier/CHL/NOR/sections/meetings?cursor=abc', 400, 'BAD_REQUEST'],
    ['/api/dossier/CHL/NOR/sections/meetings?cursor=a%20b', 400, 'BAD_REQUEST'], ['/api/dossier/CHL/Narnia/sections/meetings', 404, 'UNKNOWN_COUNTRY'],
  ];
  for (const [path, status, code] of bad) {
    test(`${path} → ${status} ${code}`, async () => {
      const { res, body } = await getJson(path);
      assert.equal(res.status, status);
      assert.equal(body.error.code, code);
    });
  }
  test('unknown country → 404 UNKNOWN_COUNTRY', async () => {
    const { res, body } = await getJson('/api/dossier/CHL/Narnia');
    assert.equal(res.status, 404);
    assert.equal(body.error.code, 'UNKNOWN_COUNTRY');
  });
});

describe('GET /api/countries', () => {
  test('the list has codes, names and ISO numeric ids for the map', async () => {
    const { body } = await getJson('/api/countries');
    CountryListSchema.parse(body);
    const peru = body.countries.find((c: any) => c.code === 'PER');
    assert.deepEqual(peru, { code: 'PER', name: 'Peru', numeric: '604', capital: 'Lima' });
    assert.ok(body.countries.length > 190);
  });
  test('a profile ranks partners, in a period too', async () => {
    const { res, body } = await getJson('/api/countries/Norway');
    assert.equal(res.status, 200);
    CountryProfileSchema.parse(body);
    assert.equal(body.country.code, 'NOR');
    assert.equal(body.partners[0].country.code, 'CHL');
    assert.equal(body.partners[0].facts, 5);
    assert.deepEqual(body.missionsAbroad.map((m: any) => m.city), ['Santiago']);
    assert.deepEqual(body.missionsHosted.map((m: any) => m.city), ['Oslo']);
    const period = (await getJson('/api/countries/NOR?from=2000&to=2022')).body;
    assert.equal(period.partners[0].facts, 2);
    const none = (await getJson('/api/countries/NOR?from=1900&to=1950')).body;
    assert.equal(none.partners.length, 0);
  });
  test('bad period → 400, unknown → 404', async () => {
    assert.equal((await app.request('/api/countries/NOR?from=19')).status, 400);
    assert.equal((await app.request('/api/countries/Atlantis')).status, 404);
  });
});

describe('GET /api/people', () => {
  test('answers a list (filtered by q)', async () => {
    const { res, body } = await getJson('/api/people?q=zzzz-nobody');
    assert.equal(res.status, 200);
    assert.deepEqual(body.people, []);
    PeopleSchema.parse((await getJson('/api/people')).body);
  });
});

describe('unknown routes', () => {
  test('404 JSON for an unknown API path and for a wrong method', async () => {
    for (const [path, method] of [['/api/nothing', 'GET'], ['/api/events', 'POST'], ['/api/articles', 'GET']]) {
      const { res, body } = await getJson(path, { method });
      assert.equal(res.status, 404, `${method} ${path}`);
      assert.equal(body.error.code, 'NOT_FOUND');
    }
  });
});

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp, type AppOptions } from '../../src/http/app.js';
import { createCoder } from '../../src/pipeline/index.js';
import type { EventCoder } from '../../src/pipeline/types.js';
import type { Store } from '../../src/store/store.js';
import { IngestOutcomeSchema } from '../../src/http/responses.js';
import { tempStore } from './fixtures.js';

let store: Store;
let done: () => Promise<void>;
let coder: EventCoder;
before(async () => {
  ({ store, done } = await tempStore());
  coder = createCoder(); // the real coder, built once for the file (it loads its models)
});
after(() => done());

const TOKEN = 'correct horse battery staple';
const appWith = (o: Partial<AppOptions> = {}) => createApp({ store, coder, token: TOKEN, webRoot: null, log: () => {}, ...o });

const STORY = [
  'Peru and Azerbaijan mark 25 years of ties',
  'Lima, June 25',
  'Peru and Azerbaijan established diplomatic relations in 1996, the Peruvian foreign ministry said on Tuesday.',
  'Azerbaijan opened its embassy in Lima in 2015.',
].join('\n\n');

const post = (app: ReturnType<typeof appWith>, body: unknown, headers: Record<string, string> = {}, env?: unknown) =>
  app.request('/api/articles', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }, env);

describe('auth on writes', () => {
  test('no token configured → 403, even with a header', async () => {
    for (const token of [null, '']) {
      const res = await post(appWith({ token }), { text: STORY });
      assert.equal(res.status, 403);
      const body = (await res.json()) as any;
      assert.equal(body.error.code, 'FORBIDDEN');
      assert.match(body.error.message, /ATTACHE_TOKEN/);
    }
  });
  test('missing or malformed Authorization → 401 with WWW-Authenticate', async () => {
    for (const authorization of ['', 'Basic dXNlcjpwdw==', 'Bearer', TOKEN]) {
      const res = await post(appWith(), { text: STORY }, { authorization });
      assert.equal(res.status, 401, authorization);
      assert.equal(res.headers.get('www-authenticate'), 'Bearer');
      assert.equal(((await res.json()) as any).error.code, 'UNAUTHORIZED');
    }
  });
  test('wrong token → 403, nothing stored', async () => {
    for (const t of ['wrong', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      const res = await post(appWith(), { text: STORY }, { authorization: `Bearer ${t}` });
      assert.equal(res.status, 403);
      assert.equal(((await res.json()) as any).error.code, 'FORBIDDEN');
    }
    assert.equal((await store.stats()).articles, 0);
  });
  test('reads need the token when readAuth is on (health and the OpenAPI document stay open)', async () => {
    const app = appWith({ readAuth: true });
    assert.equal((await app.request('/api/events')).status, 401);
    assert.equal((await app.request('/api/events', { headers: { authorization: 'Bearer nope' } })).status, 403);
    assert.equal((await app.request('/api/events', { headers: { authorization: `Bearer ${TOKEN}` } })).status, 200);
    assert.equal((await app.request('/api/health')).status, 200);
    assert.equal((await app.request('/api/openapi.json')).status, 200);
    assert.equal((await appWith().request('/api/events')).status, 200);
  });
});

describe('POST /api/articles', () => {
  test('the right token stores a JSON record, codes it, and answers the article and its events', async () => {
    const app = appWith();
    const res = await post(app, { text: STORY, title: 'Peru and Azerbaijan mark 25 years of ties', published: '2021-06-25', source: 'Test Wire', url: 'https://wire.example.org/peru-aze' });
    const body = (await res.json()) as any;
    assert.equal(res.status, 201, JSON.stringify(body));
    IngestOutcomeSchema.parse(body);
    assert.equal(body.status, 'stored');
    assert.equal(body.article.source, 'Test Wire');
    assert.equal(body.article.published, '2021-06-25');
    assert.match(body.article.text, /established diplomatic relations in 1996/);
    const est = body.events.find((e: any) => e.kind === 'relations.establish');
    assert.ok(est, `a relations.establish event in ${JSON.stringify(body.events.map((e: any) => e.kind))}`);
    assert.equal(body.article.text.slice(est.evidence.start, est.evidence.end), est.evidence.sentence);
    const stored = (await (await app.request(`/api/articles/${body.article.id}`)).json()) as any;
    assert.equal(stored.events.length, body.events.length);
    // The same record again adds nothing.
    const again = await post(app, { text: STORY, title: 'Peru and Azerbaijan mark 25 years of ties', published: '2021-06-25', source: 'Test Wire' });
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as any).status, 'exists');
    assert.equal((await store.stats()).articles, 1);
  });

  test('raw text/plain and text/html bodies, metadata in the query', async () => {
    const app = appWith();
    const text = await app.request('/api/articles?title=Plain%20note&published=2020-01-02', {
      method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8', authorization: `Bearer ${TOKEN}` },
      body: 'Plain note\n\nChile and Norway agreed to hold political consultations in Oslo next year.',
    });
    const tb = (await text.json()) as any;
    assert.equal(text.status, 201, JSON.stringify(tb));
    assert.equal(tb.article.published, '2020-01-02');
    const html = await app.request('/api/articles', {
      method: 'POST', headers: { 'content-type': 'text/html', authorization: `Bearer ${TOKEN}` },
      body: '<html><head><title>Page title</title><script>alert(1)</script></head><body><article><h1>Page title</h1><p>Chile and Norway signed a trade agreement in Santiago on Monday, officials said.</p><p>The agreement covers fisheries and wine.</p></article></body></html>',
    });
    const hb = (await html.json()) as any;
    assert.equal(html.status, 201, JSON.stringify(hb));
    assert.doesNotMatch(hb.article.text, /alert\(1\)/);
    assert.match(hb.article.text, /signed a trade agreement/);
  });

  const invalid: [string, unknown, number, string][] = [
    ['neither text nor html', { title: 'x' }, 400, 'BAD_REQUEST'],
    ['both text and html', { text: 'a', html: '<p>a</p>' }, 400, 'BAD_REQUEST'],
    ['unknown field', { text: 'Some text here.', colour: 'red' }, 400, 'BAD_REQUEST'],
    ['javascript: url', { text: 'Some text here.', url: 'javascript:alert(1)' }, 400, 'BAD_REQUEST'],
    ['bad date', { text: 'Some text here.', published: 'yesterday' }, 400, 'BAD_REQUEST'],
    ['text of a wrong type', { text: 42 }, 400, 'BAD_REQUEST'],
    ['not JSON', '{"text": ', 400, 'MALFORMED'],
    ['a JSON array', '[1,2]', 400, 'BAD_REQUEST'],
    ['blank text', { text: '   \n  ' }, 422, 'EMPTY_INPUT'],
  ];
  for (const [name, body, status, code] of invalid) {
    test(`invalid record: ${name} → ${status} ${code}`, async () => {
      const res = await post(appWith(), body);
      assert.equal(res.status, status);
      assert.equal(((await res.json()) as any).error.code, code);
    });
  }

  test('a binary raw body → 415 BINARY_INPUT; a Latin-1 raw body is decoded', async () => {
    const app = appWith();
    const png = await app.request('/api/articles', {
      method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
      body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    assert.equal(png.status, 415);
    assert.equal(((await png.json()) as any).error.code, 'BINARY_INPUT');
    const latin1 = Buffer.from('Chile and Norway held talks in Bogot\u00e1 on Monday about caf\u00e9 exports and fisheries, officials said.', 'latin1');
    const res = await app.request('/api/articles?title=Caf%C3%A9%20talks', {
      method: 'POST', headers: { 'content-type': 'text/plain; charset=iso-8859-1', authorization: `Bearer ${TOKEN}` }, body: latin1,
    });
    const body = (await res.json()) as any;
    assert.equal(res.status, 201, JSON.stringify(body));
    assert.match(body.article.text, /Bogotá/);
  });

  test('another content type → 415', async () => {
    const res = await post(appWith(), 'a=b', { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(res.status, 415);
    assert.equal(((await res.json()) as any).error.code, 'UNSUPPORTED_TYPE');
  });

  test('a body over the limit → 413 TOO_LARGE, with or without Content-Length', async () => {
    const app = appWith({ bodyLimit: 1024 });
    const big = JSON.stringify({ text: 'word '.repeat(1000) });
    const res = await post(app, big);
    assert.equal(res.status, 413);
    assert.equal(((await res.json()) as any).error.code, 'TOO_LARGE');
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(big)); c.close(); } });
    const chunked = await app.request('/api/articles', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: stream, duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
  });
});

describe('rate limit on writes', () => {
  test('a client over its burst gets 429 with Retry-After; another client does not; tokens come back', async () => {
    let now = 1_000_000;
    const app = appWith({ rateLimit: { capacity: 3, refillPerSecond: 0.5, now: () => now } });
    const env = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(app, { title: 'x' }, {}, env('10.0.0.1'))).status);
    assert.deepEqual(statuses, [400, 400, 400, 429, 429]);
    const limited = await post(app, { title: 'x' }, {}, env('10.0.0.1'));
    assert.equal(((await limited.json()) as any).error.code, 'RATE_LIMITED');
    assert.equal(limited.headers.get('retry-after'), '2');
    assert.equal((await post(app, { title: 'x' }, {}, env('10.0.0.2'))).status, 400);
    // Wrong tokens count too (no free guessing).
    assert.equal((await post(app, { title: 'x' }, { authorization: 'Bearer guess' }, env('10.0.0.2'))).status, 403);
    now += 2000;
    assert.equal((await post(app, { title: 'x' }, {}, env('10.0.0.1'))).status, 400);
    assert.equal((await post(app, { title: 'x' }, {}, env('10.0.0.1'))).status, 429);
    // Reads are not limited.
    for (let i = 0; i < 10; i++) assert.equal((await app.request('/api/health', undefined, env('10.0.0.1'))).status, 200);
  });
});

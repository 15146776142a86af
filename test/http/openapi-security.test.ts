import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { createApp } from '../../src/http/app.js';
import { openapiPath } from '../../src/http/openapi.js';
import { ERROR_CODES } from '../../src/model/errors.js';
import type { Store } from '../../src/store/store.js';
import { tempStore } from './fixtures.js';

let store: Store;
let done: () => Promise<void>;
let web: string;
let app: Hono;
before(async () => {
  ({ store, done } = await tempStore());
  web = mkdtempSync(join(tmpdir(), 'attache-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>t</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(web, '.secret'), 'no');
  writeFileSync(join(web, '..', 'outside-attache.txt'), 'no');
  app = createApp({ store, token: 't', webRoot: web, log: () => {} });
});
after(async () => {
  rmSync(web, { recursive: true, force: true });
  rmSync(join(web, '..', 'outside-attache.txt'), { force: true });
  await done();
});

describe('OpenAPI document', () => {
  test('every route is documented and every documented operation is a route', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as any;
    assert.equal(doc.openapi, '3.1.0');
    const routed = new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api')).map((r) => `${r.method.toLowerCase()} ${openapiPath(r.path)}`));
    const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m} ${p}`)));
    assert.deepEqual([...documented].sort(), [...routed].sort());
    assert.ok(routed.size >= 9);
    for (const must of ['get /api/health', 'get /api/events', 'get /api/articles/{id}', 'post /api/articles', 'get /api/dossier/{a}/{b}', 'get /api/dossier/{a}/{b}/sections/{section}', 'get /api/countries/{c}', 'get /api/people', 'get /api/openapi.json']) {
      assert.ok(routed.has(must), must);
    }
  });
  test('path parameters, query parameters, the write security and the body schema are described', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as any;
    const dossier = doc.paths['/api/dossier/{a}/{b}'].get;
    assert.deepEqual(dossier.parameters.map((p: any) => `${p.in}:${p.name}:${p.required}`), ['path:a:true', 'path:b:true', 'query:limit:false', 'query:sources:false']);
    const section = doc.paths['/api/dossier/{a}/{b}/sections/{section}'].get;
    assert.deepEqual(section.parameters.map((p: any) => `${p.in}:${p.name}:${p.required}`),
      ['path:a:true', 'path:b:true', 'path:section:true', 'query:limit:false', 'query:sources:false', 'query:cursor:false']);
    assert.ok(section.parameters.find((p: any) => p.name === 'section').schema.enum.includes('meetings'));
    assert.ok(dossier.responses['200'].content['application/json'].schema.properties.bounds);
    const events = doc.paths['/api/events'].get;
    const names = events.parameters.map((p: any) => p.name);
    for (const n of ['pair', 'country', 'kind', 'cameo', 'from', 'to', 'text', 'limit', 'offset']) assert.ok(names.includes(n), n);
    assert.ok(events.responses['200'].content['text/csv']);
    const postOp = doc.paths['/api/articles'].post;
    assert.deepEqual(postOp.security, [{ bearer: [] }]);
    assert.ok(postOp.requestBody.content['application/json'].schema.properties.text);
    assert.ok(postOp.requestBody.content['text/html']);
    for (const s of ['401', '403', '413', '429']) assert.ok(postOp.responses[s], s);
    assert.deepEqual(doc.components.schemas.Error.properties.error.properties.code.enum, Object.keys(ERROR_CODES));
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops as Record<string, any>)) {
        for (const [status, r] of Object.entries(op.responses as Record<string, any>)) {
          const schema = r.content['application/json']?.schema;
          assert.ok(schema && (schema.type === 'object' || schema.$ref), `${method} ${path} ${status} has a JSON schema`);
        }
      }
    }
    assert.deepEqual(doc.paths['/api/events'].get.responses['200'].content['application/json'].schema.properties.events.items.required.slice(0, 3), ['id', 'articleId', 'kind']);
  });
});

describe('security headers, CORS and the web app files', () => {
  test('CSP and friends on API answers, errors and the web app', async () => {
    for (const path of ['/api/health', '/api/nothing', '/', '/assets/app.js']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
    }
  });
  test('no CORS headers unless an origin is configured, then only for it', async () => {
    const res = await app.request('/api/health', { headers: { origin: 'https://evil.example' } });
    assert.equal(res.headers.get('access-control-allow-origin'), null);
    const pre = await app.request('/api/articles', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
    const withCors = createApp({ store, webRoot: null, cors: 'https://app.example', log: () => {} });
    const ok = await withCors.request('/api/health', { headers: { origin: 'https://app.example' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://app.example');
    const other = await withCors.request('/api/health', { headers: { origin: 'https://evil.example' } });
    assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://evil.example');
  });
  test('with allowedHosts, another Host header (DNS rebinding) is refused', async () => {
    const local = createApp({ store, webRoot: web, allowedHosts: ['localhost', '127.0.0.1'], log: () => {} });
    assert.equal((await local.request('http://127.0.0.1:8080/api/health')).status, 200);
    assert.equal((await local.request('/api/health', { headers: { host: 'localhost:9999' } })).status, 200);
    for (const host of ['evil.example', 'evil.example:8080', '127.0.0.1.evil.example']) {
      const res = await local.request('/', { headers: { host } });
      assert.equal(res.status, 403, host);
      assert.equal(((await res.json()) as any).error.code, 'FORBIDDEN');
    }
  });
  test('serves index.html at / and for unknown page paths, assets with their type', async () => {
    const root = await app.request('/');
    assert.equal(root.status, 200);
    assert.match(root.headers.get('content-type')!, /^text\/html/);
    assert.match(await root.text(), /<script type="module" src="\/assets\/app.js">/);
    assert.equal((await app.request('/pair')).status, 200);
    const js = await app.request('/assets/app.js');
    assert.match(js.headers.get('content-type')!, /^text\/javascript/);
    assert.match(js.headers.get('cache-control')!, /immutable/);
  });
  test('never serves dotfiles, files outside the folder, or missing assets', async () => {
    for (const path of ['/.secret', '/../outside-attache.txt', '/%2e%2e/outside-attache.txt', '/assets/%2e%2e/%2e%2e/outside-attache.txt', '/assets/missing.js', '/%00']) {
      const res = await app.request(path);
      assert.equal(res.status, 404, path);
      assert.doesNotMatch(await res.text(), /^no$/, path);
    }
  });
  test('without a built web app, / says how to build it', async () => {
    const bare = createApp({ store, webRoot: join(web, 'nope'), log: () => {} });
    const res = await bare.request('/');
    assert.equal(res.status, 503);
    assert.match(await res.text(), /npm run build/);
  });
  test('an unexpected error answers 500 INTERNAL without its details, and is logged', async () => {
    const lines: string[] = [];
    const closed = await tempStore();
    await closed.store.close();
    const broken = createApp({ store: closed.store, webRoot: null, log: (l) => lines.push(l) });
    const res = await broken.request('/api/health');
    assert.equal(res.status, 500);
    const body = (await res.json()) as any;
    assert.equal(body.error.code, 'INTERNAL');
    assert.doesNotMatch(body.error.message, /sqlite|database|closed/i);
    assert.equal(lines.length, 1);
    rmSync(closed.dir, { recursive: true, force: true });
  });
});

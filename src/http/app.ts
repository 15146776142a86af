import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { createCoder } from '../pipeline/index.js';
import type { EventCoder } from '../pipeline/types.js';
import { decode } from '../ingest/decode.js';
import type { Store } from '../store/store.js';
import { projectRoot } from '../util/paths.js';
import { TokenCheck } from './auth.js';
import { CountryIndex } from './countries.js';
import { errorResponse, handleError, HttpError } from './errors.js';
import { createIngestService, type IngestService } from './ingest.js';
import { buildOpenApi } from './openapi.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import type { RouteSpec } from './route.js';
import { apiRoutes, type Services } from './routes.js';
import { securityHeaders } from './security.js';
import { staticFiles } from './static.js';
import { createViewService } from './views.js';

/** Options of the HTTP app. Only `store` is required. */
export interface AppOptions {
  readonly store: Store;
  /** The coder of POST /api/articles (default: createCoder(), built on the first write). */
  readonly coder?: EventCoder;
  /** The write token (ATTACHE_TOKEN); none → every write is refused with 403. */
  readonly token?: string | null;
  /** Ask the token for reads too (the server listens beyond loopback). Default false. */
  readonly readAuth?: boolean;
  /** The one origin allowed cross-origin requests; none → no CORS headers at all. */
  readonly cors?: string | null;
  /** Largest request body in bytes (default 5 MB). */
  readonly bodyLimit?: number;
  /** Write rate limit per client (default 30 burst, 1 per second); false disables it. */
  readonly rateLimit?: RateLimitOptions | false;
  /** Folder of the built web app (default web/dist of the project when it exists); null serves none. */
  readonly webRoot?: string | null;
  /**
   * Host names the Host header may carry (any port); others get 403. `attache serve` sets the
   * loopback names when it listens on loopback, so a DNS-rebinding page cannot read the API.
   */
  readonly allowedHosts?: readonly string[];
  /** Trust X-Forwarded-For for the client's address (only behind your own proxy). */
  readonly trustProxy?: boolean;
  readonly countries?: CountryIndex;
  /** Replaces the default ingest of POST /api/articles (reader → coder → store). */
  readonly ingest?: IngestService;
  readonly log?: (line: string) => void;
}

/** The address a request comes from: the socket's, or the first X-Forwarded-For hop when trusted. */
function clientOf(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

async function readBody(c: Context, route: RouteSpec): Promise<unknown> {
  if (!route.body) return undefined;
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') {
    try {
      return JSON.parse(await c.req.text()) as unknown;
    } catch {
      throw new HttpError('MALFORMED', 'the body is not valid JSON');
    }
  }
  if (route.body.rawTypes?.includes(type)) {
    const query = route.query ? route.query.parse(c.req.query()) : {};
    // Raw bodies are decoded like files: UTF-8 or UTF-16 with a BOM, else the detected legacy encoding; binary is refused.
    const decoded = decode(new Uint8Array(await c.req.arrayBuffer()), 'request body');
    if (!decoded.ok) throw new HttpError(decoded.error.code as HttpError['code'], decoded.error.message);
    return { ...(query as object), [type === 'text/html' ? 'html' : 'text']: decoded.value.text };
  }
  const takes = ['application/json', ...(route.body.rawTypes ?? [])].join(', ');
  throw new HttpError('UNSUPPORTED_TYPE', `send the body as ${takes}`);
}

/**
 * The Attaché HTTP app: the JSON API under /api (routes and OpenAPI from one table), the web app
 * at /, security headers on every answer, and one error handler. Call `app.request()` in tests;
 * `attache serve` hands `app.fetch` to @hono/node-server.
 */
export function createApp(options: AppOptions): Hono {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const tokens = new TokenCheck(options.token);
  const limiter = options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? { capacity: 30, refillPerSecond: 1 });
  const maxBody = options.bodyLimit ?? 5 * 1024 * 1024;
  const countries = options.countries ?? CountryIndex.load();
  const webDir = options.webRoot === undefined ? join(projectRoot(), 'web', 'dist') : options.webRoot;
  const serveStatic = staticFiles(webDir && existsSync(webDir) ? webDir : null);
  const ver = version();

  let routes: readonly RouteSpec[] = [];
  let doc: unknown = null;
  const svc: Services = {
    store: options.store, countries, version: ver,
    ingest: options.ingest ?? createIngestService(options.store, options.coder ?? createCoder),
    views: createViewService(options.store),
    openapi: () => (doc ??= buildOpenApi(routes, ver)),
  };
  routes = apiRoutes(svc);

  const app = new Hono();
  app.use('*', securityHeaders());
  if (options.allowedHosts?.length) {
    const allowed = new Set(options.allowedHosts.map((h) => h.toLowerCase()));
    app.use('*', async (c, next) => {
      const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase().replace(/:\d+$/, '');
      if (!allowed.has(host)) throw new HttpError('FORBIDDEN', 'this server does not answer for that Host');
      await next();
    });
  }
  if (options.cors) {
    app.use('/api/*', cors({ origin: options.cors, allowMethods: ['GET', 'POST'], allowHeaders: ['Authorization', 'Content-Type'], maxAge: 600 }));
  }

  const rateLimit: MiddlewareHandler = async (c, next) => {
    const wait = limiter ? limiter.take(clientOf(c, options.trustProxy ?? false)) : 0;
    if (wait > 0) throw new HttpError('RATE_LIMITED', `too many writes; try again in ${wait} s`, { 'retry-after': String(wait) });
    await next();
  };
  const auth = (what: string): MiddlewareHandler => async (c, next) => {
    tokens.require(c.req.header('authorization'), what);
    await next();
  };
  const limitBody = bodyLimit({ maxSize: maxBody, onError: () => errorResponse('TOO_LARGE', `the body is over ${maxBody} bytes`) });

  for (const route of routes) {
    const guards: MiddlewareHandler[] = route.write
      ? [rateLimit, auth('writes'), limitBody]
      : options.readAuth && !route.alwaysOpen ? [auth('reads')] : [];
    app.on(route.method.toUpperCase(), [route.path], ...guards, async (c) => {
      const params = route.params ? route.params.parse(c.req.param()) : {};
      const body = route.body ? route.body.schema.parse(await readBody(c, route)) : undefined;
      const query = route.query && !route.body ? route.query.parse(c.req.query()) : {};
      const out = await route.handler({ params, query, body, c });
      return out instanceof Response ? out : c.json(out as object);
    });
  }

  app.notFound(async (c) => {
    const path = new URL(c.req.url).pathname;
    if (path === '/api' || path.startsWith('/api/') || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) {
      return errorResponse('NOT_FOUND', `no route ${c.req.method} ${path.slice(0, 200)}`);
    }
    return (await serveStatic(path)) ?? errorResponse('NOT_FOUND', `no file ${path.slice(0, 200)}`);
  });
  app.onError((e, c) => handleError(e, c, log));
  return app;
}

import type { Context } from 'hono';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import type { EventQuery } from '../store/store.js';
import type { CountryIndex } from './countries.js';
import { HttpError } from './errors.js';
import { pickFormat } from './formats.js';
import { formatEvents } from '../views/index.js';
import { defineRoute, type RouteSpec } from './route.js';
import {
  ArticleRecord, CountryParams, CountryQuery, DossierQuery, EventsQuery, IdParams, PairParams, PeopleQuery, RawArticleQuery, SectionParams, SectionQuery,
} from './schemas.js';
import type { IngestService } from './ingest.js';
import {
  ArticleWithEventsSchema, CountryListSchema, CountryProfileSchema, DossierSchema, DossierSectionSchema, EventsPageSchema, HealthSchema, IngestOutcomeSchema,
  OpenApiSchema, PeopleSchema,
} from './responses.js';
import type { ViewService } from './views.js';

/** What the routes work with; built once by createApp. */
export interface Services {
  readonly store: Store;
  readonly countries: CountryIndex;
  readonly ingest: IngestService;
  readonly views: ViewService;
  readonly version: string;
  /** The OpenAPI document (built from this same table). */
  readonly openapi: () => unknown;
}

const NoParams = z.strictObject({});

async function eventQuery(svc: Services, q: z.infer<typeof EventsQuery>): Promise<EventQuery> {
  const pair = q.pair?.split(',');
  const resolve = (input: string) => svc.views.resolve(input);
  return {
    pair: pair ? [await resolve(pair[0]), await resolve(pair[1])] : undefined,
    country: q.country ? await resolve(q.country) : undefined,
    kind: q.kind, cameo: q.cameo, from: q.from, to: q.to, text: q.text, articleId: q.article,
    includeDuplicates: q.duplicates === 'true', limit: q.limit, offset: q.offset,
  };
}

function tableResponse(c: Context, body: string, format: 'csv' | 'tsv', total: number): Response {
  const type = format === 'csv' ? 'text/csv' : 'text/tab-separated-values';
  return c.body(body, 200, { 'content-type': `${type}; charset=utf-8`, 'x-total-count': String(total) });
}

const err = (description: string) => ({ description, types: ['application/json'] });

/** The API's route table: the router and the OpenAPI document are both built from it. */
export function apiRoutes(svc: Services): readonly RouteSpec[] {
  return [
    defineRoute({
      method: 'get', path: '/api/health', operationId: 'health', summary: 'Liveness, version and store counts', alwaysOpen: true,
      query: NoParams,
      responses: { 200: { description: 'the server is up', schema: HealthSchema } },
      handler: async () => ({ status: 'ok', version: svc.version, store: svc.store.dialect, stats: await svc.store.stats() }),
    }),
    defineRoute({
      method: 'get', path: '/api/openapi.json', operationId: 'openapi', summary: 'This OpenAPI 3 document', alwaysOpen: true,
      query: NoParams,
      responses: { 200: { description: 'the OpenAPI 3.1 document', schema: OpenApiSchema } },
      handler: () => svc.openapi(),
    }),
    defineRoute({
      method: 'get', path: '/api/events', operationId: 'listEvents', summary: 'Coded events matching filters (the filters of `attache events`)',
      query: EventsQuery,
      responses: {
        200: { description: '{total, limit, offset, events}, or a CSV/TSV table', types: ['application/json', 'text/csv', 'text/tab-separated-values'], schema: EventsPageSchema },
        400: err('invalid filter'), 404: err('unknown country'),
      },
      handler: async ({ query, c }) => {
        const { total, events } = await svc.store.queryEvents(await eventQuery(svc, query));
        const format = pickFormat(query.format, c.req.header('accept'));
        if (format !== 'json') {
          const info = new Map((await svc.store.articleInfo([...new Set(events.map((e) => e.articleId))])).map((a) => [a.id, a]));
          return tableResponse(c, formatEvents(events, format, info), format, total);
        }
        return { total, limit: query.limit, offset: query.offset, events };
      },
    }),
    defineRoute({
      method: 'get', path: '/api/articles/:id', operationId: 'getArticle', summary: 'One article: text, metadata and its events with offsets',
      params: IdParams, query: NoParams,
      responses: { 200: { description: 'the article and its events', schema: ArticleWithEventsSchema }, 404: err('no such article') },
      handler: async ({ params }) => {
        const found = await svc.store.getArticle(params.id);
        if (!found) throw new HttpError('NOT_FOUND', `no article with id ${JSON.stringify(params.id.slice(0, 80))}`);
        return found;
      },
    }),
    defineRoute({
      method: 'post', path: '/api/articles', operationId: 'postArticle', write: true,
      summary: 'Ingest one article (JSON record, or a raw text/plain or text/html body); answers the article and its events',
      description: 'Needs Authorization: Bearer <token>. With a raw body, metadata may come in the query string.',
      query: RawArticleQuery,
      body: { schema: ArticleRecord, rawTypes: ['text/plain', 'text/html'], description: 'a record {text|html, id?, url?, title?, published?, source?, author?}' },
      responses: {
        201: { description: 'stored: {status, article, events}', schema: IngestOutcomeSchema }, 200: { description: 'already stored: {status, article, events}', schema: IngestOutcomeSchema },
        400: err('invalid record'), 401: err('no token given'), 403: err('wrong token, or writes disabled'),
        413: err('body too large'), 415: err('unsupported content type'), 422: err('empty or non-English text'), 429: err('too many writes'),
      },
      handler: async ({ body, c }) => {
        const outcome = await svc.ingest.ingest(body as ArticleRecord);
        return c.json(outcome, outcome.status === 'exists' ? 200 : 201);
      },
    }),
    defineRoute({
      method: 'get', path: '/api/dossier/:a/:b', operationId: 'getDossier', summary: 'The dossier of a pair: relations, missions, envoys, agreements, meetings, with sources',
      description: 'Bounded (an extension of EVENTS.md §5): the latest `limit` lines per section, each with its first `sources` sources; '
        + '`bounds` gives per section the count and the cursor of the next page. A pair whose sections fit gets the full dossier (`bounds.complete`).',
      params: PairParams, query: DossierQuery,
      responses: { 200: { description: 'the dossier', schema: DossierSchema }, 400: err('invalid bounds'), 404: err('unknown country') },
      handler: ({ params, query }) => svc.views.dossier(params.a, params.b, { limit: query.limit, sourceLimit: query.sources }),
    }),
    defineRoute({
      method: 'get', path: '/api/dossier/:a/:b/sections/:section', operationId: 'getDossierSection',
      summary: 'One page of one section of a pair\'s dossier (the latest lines first; `cursor` = the `next` of an earlier answer)',
      params: SectionParams, query: SectionQuery,
      responses: { 200: { description: 'the page', schema: DossierSectionSchema }, 400: err('invalid section, bounds or cursor'), 404: err('unknown country') },
      handler: ({ params, query }) => svc.views.dossierSection(params.a, params.b, params.section,
        { limit: query.limit, sourceLimit: query.sources, ...(query.cursor ? { cursor: query.cursor } : {}) }),
    }),
    defineRoute({
      method: 'get', path: '/api/countries', operationId: 'listCountries', summary: 'Known countries: code, name, ISO numeric (map shape id), capital',
      query: NoParams,
      responses: { 200: { description: 'the countries', schema: CountryListSchema } },
      handler: () => ({ countries: svc.countries.list }),
    }),
    defineRoute({
      method: 'get', path: '/api/countries/:c', operationId: 'getCountry', summary: 'A country profile: partners ranked by activity, missions abroad and hosted',
      params: CountryParams, query: CountryQuery,
      responses: { 200: { description: 'the profile', schema: CountryProfileSchema }, 400: err('invalid period'), 404: err('unknown country') },
      handler: ({ params, query }) => svc.views.country(params.c, query),
    }),
    defineRoute({
      method: 'get', path: '/api/people', operationId: 'listPeople', summary: 'People in the registry, optionally matching a query',
      query: PeopleQuery,
      responses: { 200: { description: 'the people', schema: PeopleSchema } },
      handler: async ({ query }) => ({ people: await svc.store.people(query.q || undefined) }),
    }),
  ];
}

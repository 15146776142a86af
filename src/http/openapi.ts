import { z } from 'zod';
import { ERROR_CODES } from '../model/errors.js';
import type { RouteSpec } from './route.js';

type Json = Record<string, unknown>;

/** `/api/dossier/:a/:b` → `/api/dossier/{a}/{b}`. */
export const openapiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

function schemaOf(t: z.ZodType, io: 'input' | 'output' = 'input'): Json {
  const s = z.toJSONSchema(t, { io, unrepresentable: 'any' }) as Json;
  delete s.$schema;
  return s;
}

function parameters(route: RouteSpec): Json[] {
  const out: Json[] = [];
  for (const [where, t] of [['path', route.params], ['query', route.query]] as const) {
    if (!t) continue;
    const s = schemaOf(t);
    const props = (s.properties ?? {}) as Record<string, Json>;
    const required = new Set((s.required ?? []) as string[]);
    for (const [name, p] of Object.entries(props)) {
      const { description, ...schema } = p;
      out.push({ name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema });
    }
  }
  return out;
}

const ErrorSchema = {
  type: 'object', required: ['error'],
  properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', enum: Object.keys(ERROR_CODES) }, message: { type: 'string' } } } },
};

function operation(route: RouteSpec): Json {
  const responses: Json = {};
  for (const [status, doc] of Object.entries(route.responses)) {
    const types = doc.types ?? ['application/json'];
    const content: Json = {};
    for (const t of types) {
      content[t] = Number(status) >= 400 ? { schema: { $ref: '#/components/schemas/Error' } }
        : t === 'application/json' && doc.schema ? { schema: schemaOf(doc.schema, 'output') } : { schema: { type: 'string' } };
    }
    responses[status] = { description: doc.description, content };
  }
  const op: Json = {
    operationId: route.operationId, summary: route.summary, ...(route.description ? { description: route.description } : {}),
    parameters: parameters(route), responses,
  };
  if (route.write) op.security = [{ bearer: [] }];
  if (route.body) {
    const content: Json = { 'application/json': { schema: schemaOf(route.body.schema) } };
    for (const t of route.body.rawTypes ?? []) content[t] = { schema: { type: 'string' } };
    op.requestBody = { required: true, description: route.body.description, content };
  }
  return op;
}

/** The OpenAPI 3.1 document of a route table. */
export function buildOpenApi(routes: readonly RouteSpec[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) (paths[openapiPath(r.path)] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Attaché API', version,
      description: 'Diplomatic events and per-pair dossiers from news text. Errors are {error: {code, message}}.',
    },
    paths,
    components: {
      schemas: { Error: ErrorSchema },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the ATTACHE_TOKEN of the server' } },
    },
  };
}

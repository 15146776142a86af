import type { Context } from 'hono';
import type { z } from 'zod';

/** One documented response of a route. */
export interface ResponseDoc {
  readonly description: string;
  /** Media types answered (default application/json). */
  readonly types?: readonly string[];
  /** The JSON body's schema (documented, and checked against real answers by the tests). */
  readonly schema?: z.ZodType;
}

/** What a route's handler receives: the validated inputs and the request context. */
export interface RouteInput<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly c: Context;
}

/**
 * One API route: the single source of both the router and the OpenAPI document. Params, query
 * and body are zod schemas; the handler gets their parsed values and returns a Response or a
 * JSON-able value.
 */
export interface RouteSpec<P = unknown, Q = unknown, B = unknown> {
  readonly method: 'get' | 'post';
  /** Hono-style path (`/api/dossier/:a/:b`). */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  /** Writes need the bearer token and are rate-limited per client. */
  readonly write?: boolean;
  /** Reads that stay open even when the server asks a token for reads (health, the OpenAPI document). */
  readonly alwaysOpen?: boolean;
  readonly params?: z.ZodType<P>;
  readonly query?: z.ZodType<Q>;
  /** The JSON body schema; `rawTypes` lists other content types taken as a raw body. */
  readonly body?: { readonly schema: z.ZodType<B>; readonly rawTypes?: readonly string[]; readonly description: string };
  readonly responses: Readonly<Record<number, ResponseDoc>>;
  readonly handler: (input: RouteInput<P, Q, B>) => Promise<unknown> | unknown;
}

/** Declares a route with its handler's input types inferred from its schemas. */
export const defineRoute = <P, Q, B>(spec: RouteSpec<P, Q, B>): RouteSpec => spec as unknown as RouteSpec;

import type { Context } from 'hono';
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../model/errors.js';

/** An expected failure of a request: answered as `{error: {code, message}}` with the code's status. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(readonly code: ErrorCode, message: string, readonly headers: Readonly<Record<string, string>> = {}) {
    super(message);
  }
}

/** The HTTP status of an error code (codes not in ERROR_CODES answer 400). */
export function statusOf(code: string): number {
  const entry = (ERROR_CODES as Record<string, { status: number } | undefined>)[code];
  return entry ? entry.status : 400;
}

/** The JSON body of an error answer. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** Builds the JSON error response for a code and message. */
export function errorResponse(code: string, message: string, headers: Readonly<Record<string, string>> = {}): Response {
  const status = statusOf(code);
  const body: ErrorBody = { error: { code, message } };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** One line describing what is wrong in a zod error ("limit: Too big…; from: Invalid…"). */
export function describeZodError(e: z.ZodError): string {
  return e.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * The one error handler of the app: HttpError → its code; zod errors → BAD_REQUEST; anything else
 * → INTERNAL with a generic message (the detail goes to the log, never to the client).
 */
export function handleError(e: unknown, c: Context, log: (line: string) => void): Response {
  if (e instanceof HttpError) return errorResponse(e.code, e.message, e.headers);
  if (e instanceof z.ZodError) return errorResponse('BAD_REQUEST', describeZodError(e));
  if (e instanceof SyntaxError && /JSON/i.test(e.message)) return errorResponse('MALFORMED', 'the body is not valid JSON');
  log(`attache serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return errorResponse('INTERNAL', 'an unexpected error; see the server log');
}

/**
 * Every expected-failure code, with the HTTP status the API answers it with and what it means.
 * A test checks that each code used in the source is listed here and documented in the README.
 */
export const ERROR_CODES = {
  EMPTY_INPUT: { status: 422, doc: 'the input has no text' },
  BINARY_INPUT: { status: 415, doc: 'the input is binary, not text' },
  UNREADABLE: { status: 400, doc: 'the input could not be read (missing file, permission)' },
  TOO_LARGE: { status: 413, doc: 'the input is over the size limit' },
  MALFORMED: { status: 400, doc: 'the input is not valid in its format (JSON line, XML, HTML)' },
  XML_ENTITY: { status: 400, doc: 'XML with a DOCTYPE or entity declarations is refused (entity expansion)' },
  NOT_ENGLISH: { status: 422, doc: 'the article is not in English; skipped for now' },
  DUPLICATE: { status: 200, doc: 'the article was already ingested' },
  BAD_REQUEST: { status: 400, doc: 'the request is not valid' },
  UNAUTHORIZED: { status: 401, doc: 'a write needs Authorization: Bearer <token>' },
  FORBIDDEN: { status: 403, doc: 'the token is wrong, or writes are not configured' },
  NOT_FOUND: { status: 404, doc: 'no such resource' },
  RATE_LIMITED: { status: 429, doc: 'too many writes from this client' },
  UNKNOWN_COUNTRY: { status: 404, doc: 'no country or organisation by that name or code' },
  UNSUPPORTED_TYPE: { status: 415, doc: 'the request body has a content type the endpoint does not take' },
  INTERNAL: { status: 500, doc: 'an unexpected error' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

// Fetches from the Attaché API of the same origin. The write token the user enters lives in
// sessionStorage only (gone with the tab) and is sent as a bearer token.

const TOKEN_KEY = 'attache.token';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export const getToken = (): string => sessionStorage.getItem(TOKEN_KEY) ?? '';
export const setToken = (t: string): void => {
  if (t) sessionStorage.setItem(TOKEN_KEY, t);
  else sessionStorage.removeItem(TOKEN_KEY);
};

/** GETs or POSTs JSON; throws ApiError with the server's {error: {code, message}}. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = getToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, {
    method: init.method ?? 'GET', headers, credentials: 'same-origin',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(res.status, 'MALFORMED', `the server answered ${res.status} with something that is not JSON`);
  }
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(res.status, e?.code ?? 'INTERNAL', e?.message ?? `the server answered ${res.status}`);
  }
  return data as T;
}

export const enc = encodeURIComponent;

import { useEffect, useState } from 'preact/hooks';
import { api, ApiError } from './api.js';

/** The state of one GET: loading, its data, or its error. */
export type Loaded<T> = { readonly state: 'loading' } | { readonly state: 'ok'; readonly data: T } | { readonly state: 'error'; readonly error: ApiError };

/** GETs `path` (again whenever it changes); a stale answer never overwrites a newer one. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (!path) return;
    let live = true;
    setLoaded({ state: 'loading' });
    api<T>(path).then(
      (data) => live && setLoaded({ state: 'ok', data }),
      (e: unknown) => live && setLoaded({ state: 'error', error: e instanceof ApiError ? e : new ApiError(0, 'NETWORK', String(e)) }),
    );
    return () => {
      live = false;
    };
  }, [path]);
  return loaded;
}

let countries: Promise<readonly import('./types.js').Country[]> | null = null;

/** The country list (fetched once per page load). */
export function useCountries(): readonly import('./types.js').Country[] {
  const [list, setList] = useState<readonly import('./types.js').Country[]>([]);
  useEffect(() => {
    countries ??= api<{ countries: import('./types.js').Country[] }>('/api/countries').then((r) => r.countries, () => {
      countries = null;
      return [];
    });
    let live = true;
    countries.then((l) => live && setList(l));
    return () => {
      live = false;
    };
  }, []);
  return list;
}

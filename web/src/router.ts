import { useEffect, useState } from 'preact/hooks';

/** The views of the app; each has its own hash URL. */
export type Route =
  | { readonly name: 'map'; readonly country: string | null; readonly from: string; readonly to: string }
  | { readonly name: 'pair'; readonly a: string; readonly b: string; readonly fact: string | null }
  | { readonly name: 'article'; readonly id: string; readonly event: string | null }
  | { readonly name: 'paste' }
  | { readonly name: 'missing'; readonly path: string };

const dec = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Parses `#/pair/AZE/PER?fact=…` and friends. */
export function parseHash(hash: string): Route {
  const [path, qs = ''] = hash.replace(/^#/, '').split('?');
  const q = new URLSearchParams(qs);
  const parts = path.split('/').filter(Boolean).map(dec);
  const [head, ...rest] = parts;
  if (!head || head === 'map') return { name: 'map', country: null, from: q.get('from') ?? '', to: q.get('to') ?? '' };
  if (head === 'country' && rest.length === 1) return { name: 'map', country: rest[0], from: q.get('from') ?? '', to: q.get('to') ?? '' };
  if (head === 'pair' && rest.length === 2) return { name: 'pair', a: rest[0], b: rest[1], fact: q.get('fact') };
  if (head === 'article' && rest.length === 1) return { name: 'article', id: rest[0], event: q.get('event') };
  if (head === 'paste' && rest.length === 0) return { name: 'paste' };
  return { name: 'missing', path };
}

/** The hash URL of a route. */
export function href(r: Route): string {
  const e = encodeURIComponent;
  const qs = (o: Record<string, string | null>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(o)) if (v) p.set(k, v);
    const s = p.toString();
    return s ? `?${s}` : '';
  };
  switch (r.name) {
    case 'map': return r.country ? `#/country/${e(r.country)}${qs({ from: r.from, to: r.to })}` : `#/${qs({ from: r.from, to: r.to })}`;
    case 'pair': return `#/pair/${e(r.a)}/${e(r.b)}${qs({ fact: r.fact })}`;
    case 'article': return `#/article/${e(r.id)}${qs({ event: r.event })}`;
    case 'paste': return '#/paste';
    case 'missing': return '#/';
  }
}

/** The current route, following hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}

export const go = (r: Route): void => {
  location.hash = href(r);
};

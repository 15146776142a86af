import type { Fact, Store } from '../store/store.js';
import type { CountryIndex } from './countries.js';

/** The read-only views the API serves (the same the CLI prints). */
export interface ViewService {
  /** The dossier of a pair of resolved codes. */
  dossier(a: string, b: string): Promise<unknown>;
  /** A country's profile; `period` bounds the partner activity counts. */
  country(code: string, period: { readonly from?: string; readonly to?: string }): Promise<unknown>;
}

const inPeriod = (f: Fact, from?: string, to?: string): boolean => {
  const v = f.date.value;
  if (!v) return !from && !to;
  const [start, end = start] = v.split('/');
  return (!from || end >= from || end.startsWith(from) || from.startsWith(end)) && (!to || start <= to || start.startsWith(to));
};

/** Views computed from the store's merged facts. */
export function createViewService(store: Store, countries: CountryIndex): ViewService {
  const party = (code: string) => ({ code, name: countries.nameOf(code) });
  return {
    async dossier(a, b) {
      const facts = await store.factsForPair(a, b);
      return { a: party(a), b: party(b), facts };
    },
    async country(code, period) {
      const facts = await store.factsForCountry(code);
      const counts = new Map<string, number>();
      for (const f of facts) {
        if (!inPeriod(f, period.from, period.to)) continue;
        for (const p of f.parties) if (p !== code) counts.set(p, (counts.get(p) ?? 0) + 1);
      }
      const partners = [...counts].map(([c, n]) => ({ ...party(c), facts: n })).sort((x, y) => y.facts - x.facts || x.code.localeCompare(y.code));
      return { country: party(code), period, partners, facts };
    },
  };
}

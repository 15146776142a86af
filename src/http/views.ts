import type { AttacheError, Result } from '../model/result.js';
import type { Fact, Store } from '../store/store.js';
import { buildCountryProfile, loadCountryResolver, type CountryProfile, type CountryResolver, type Dossier } from '../views/index.js';
import { buildBoundedDossier, buildDossierSection, type BoundOptions } from '../views/dossier-bounded.js';
import type { DossierSection, DossierSectionPage } from '../views/dossier-types.js';
import { HttpError } from './errors.js';

/** The read-only views the API serves: the same the CLI prints (src/views). */
export interface ViewService {
  /** The code of a country or organisation by code or name; UNKNOWN_COUNTRY when none. */
  resolve(input: string): Promise<string>;
  /** The bounded dossier of a pair (codes or names): the latest `limit` lines per section, `sourceLimit` sources per line. */
  dossier(a: string, b: string, bounds: BoundOptions): Promise<Dossier>;
  /** One page of one section of a pair's dossier, before `cursor`. */
  dossierSection(a: string, b: string, section: DossierSection, page: BoundOptions & { readonly cursor?: string }): Promise<DossierSectionPage>;
  /** A country's profile; a period counts partner activity within it only. */
  country(input: string, period: Period): Promise<CountryProfile & { readonly period: Period }>;
}

/** Bounds (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive) on fact dates. */
export interface Period {
  readonly from?: string;
  readonly to?: string;
}

function unwrap<T>(r: Result<T, AttacheError>): T {
  if (r.ok) return r.value;
  throw new HttpError(r.error.code as HttpError['code'], r.error.message);
}

/** True when a fact's date (or interval) overlaps the period; undated facts only count without bounds. */
export function inPeriod(value: string | null, { from, to }: Period): boolean {
  if (!from && !to) return true;
  if (!value) return false;
  const [start, end = start] = value.split('/');
  const last = (d: string) => d.padEnd(10, '~'); // 2015 ends after 2015-12-31
  return (!from || last(end) >= from) && (!to || start <= last(to));
}

type Partner = CountryProfile['partners'][number];

/** Partners ranked by facts within the period. */
function partnersIn(facts: readonly Fact[], code: string, period: Period, resolver: CountryResolver): Partner[] {
  const acc = new Map<string, { facts: number; sources: number; lastDate: string | null }>();
  for (const f of facts) {
    if (!inPeriod(f.date.value, period)) continue;
    for (const p of new Set(f.parties)) {
      if (p === code) continue;
      const a = acc.get(p) ?? { facts: 0, sources: 0, lastDate: null };
      const start = f.date.value?.split('/')[0] ?? null;
      acc.set(p, { facts: a.facts + 1, sources: a.sources + f.sources.length, lastDate: start && (!a.lastDate || start > a.lastDate) ? start : a.lastDate });
    }
  }
  return [...acc].map(([c, a]) => ({ country: resolver.country(c) ?? { code: c, name: c }, ...a }))
    .sort((x, y) => y.facts - x.facts || y.sources - x.sources || x.country.code.localeCompare(y.country.code));
}

/** Views over the store, with the actors' country resolver (loaded once, on first use). */
export function createViewService(store: Store): ViewService {
  let resolver: Promise<CountryResolver> | null = null;
  const r = () => (resolver ??= loadCountryResolver());
  return {
    async resolve(input) {
      const ref = (await r()).country(input.trim());
      if (!ref) throw new HttpError('UNKNOWN_COUNTRY', `no country or organisation called ${JSON.stringify(input.slice(0, 80))}`);
      return ref.code;
    },
    async dossier(a, b, bounds) {
      return unwrap(await buildBoundedDossier(store, a, b, bounds, await r()));
    },
    async dossierSection(a, b, section, page) {
      return unwrap(await buildDossierSection(store, a, b, section, page, await r()));
    },
    async country(input, period) {
      const res = await r();
      const profile = unwrap(await buildCountryProfile(store, input, res));
      if (!period.from && !period.to) return { ...profile, period };
      const facts = await store.factsForCountry(profile.country.code);
      return { ...profile, period, partners: partnersIn(facts, profile.country.code, period, res) };
    },
  };
}

import type { AttacheError, Result } from '../model/result.js';
import type { Period, Store } from '../store/store.js';
import { buildCountryProfile, loadCountryResolver, type CountryProfile, type CountryResolver, type Dossier } from '../views/index.js';
import { buildBoundedDossier, buildDossierSection, SOURCE_LIMIT, type BoundOptions } from '../views/dossier-bounded.js';
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

export type { Period };

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
      // Mission lines carry their first sources only: a busy country's embassies have thousands.
      const profile = unwrap(await buildCountryProfile(store, input, res, 50, SOURCE_LIMIT.default));
      if (!period.from && !period.to) return { ...profile, period };
      const partners = await store.partnersWithin(profile.country.code, period, 50);
      return { ...profile, period, partners: partners.map((p) => ({ ...p, country: res.country(p.country) ?? { code: p.country, name: p.country } })) };
    },
  };
}

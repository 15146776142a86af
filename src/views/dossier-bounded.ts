import { err, ok, type AttacheError, type Result } from '../model/result.js';
import { decodeCursor, encodeCursor } from '../store/pair-pages.js';
import type { Fact, FactCursor, FactSection, PairFactsPage, PairOverview, Store } from '../store/store.js';
import { loadCountryResolver, nameOf, type CountryRef, type CountryResolver } from './countries.js';
import { lineOf, resolveCountry, sharedMemberships } from './dossier.js';
import type { Dossier, DossierLine, DossierSection, DossierSectionPage, SectionBounds } from './dossier-types.js';
import { agreementStates, envoyStates, missionStates, relationsState } from './sections.js';

// The bounded dossier (docs/http.md, "Extension to EVENTS.md §5: bounded dossier"): per section
// the latest N lines, read a page at a time from the store's section index, with each line's
// first M sources. A pair whose sections all fit gets exactly the full dossier.

/** Lines per section and sources per line of a bounded dossier. */
export interface BoundOptions {
  readonly limit: number;
  readonly sourceLimit: number;
}

/** The API's defaults and ceilings. */
export const DOSSIER_LIMIT = { default: 50, max: 500 } as const;
export const SOURCE_LIMIT = { default: 20, max: 200 } as const;

/** Every pageable section, in dossier order. */
export const DOSSIER_SECTIONS: readonly DossierSection[] = ['relations', 'missions', 'headsOfMission', 'agreements', 'meetings', 'mechanisms', 'plans', 'other'];

/** Where each dossier section's lines are filed in the store. */
const FILED: Readonly<Record<DossierSection, readonly FactSection[]>> = {
  relations: ['relations'], missions: ['missions'], headsOfMission: ['envoys'], agreements: ['agreements'],
  meetings: ['meetings', 'mechanism-meetings'], mechanisms: ['mechanisms', 'mechanism-meetings'], plans: ['plans'], other: ['other'],
};

/** Lines a dossier section has in all: the facts of the store sections it is filed in. */
const totalOf = (overview: PairOverview, s: DossierSection): number => FILED[s].reduce((n, f) => n + overview.sections[f], 0);

interface Pair { readonly A: CountryRef; readonly B: CountryRef; readonly name: (code: string | null) => string; readonly resolver: CountryResolver }

async function resolvePair(a: string, b: string, resolver?: CountryResolver): Promise<Result<Pair, AttacheError>> {
  const r = resolver ?? (await loadCountryResolver());
  const ra = resolveCountry(r, a);
  if (!ra.ok) return ra;
  const rb = resolveCountry(r, b);
  if (!rb.ok) return rb;
  // Every line names its parties: look each code up once.
  const names = new Map<string | null, string>();
  const name = (code: string | null): string => {
    let n = names.get(code);
    if (n === undefined) names.set(code, (n = nameOf(r, code)));
    return n;
  };
  return ok({ A: ra.value, B: rb.value, name, resolver: r });
}

const linesOf = (page: PairFactsPage, name: Pair['name']): DossierLine[] => page.facts.map((f, i) => lineOf(f, name, page.sourceCounts[i]));

/** The section's states built from its lines (for the sections a dossier shows as states). */
function statesOf(section: DossierSection, lines: readonly DossierLine[]): Partial<DossierSectionPage> {
  switch (section) {
    case 'relations': return { relations: relationsState(lines) };
    case 'missions': return { missions: missionStates(lines) };
    case 'headsOfMission': return { headsOfMission: envoyStates(lines) };
    case 'agreements': return { agreements: agreementStates(lines) };
    default: return {};
  }
}

/**
 * A bounded dossier: the latest `limit` lines of every section (each with its first
 * `sourceLimit` sources), section counts and cursors. Never reads a pair's facts beyond those.
 */
export async function buildBoundedDossier(store: Store, a: string, b: string, opts: BoundOptions, resolver?: CountryResolver): Promise<Result<Dossier, AttacheError>> {
  const rp = await resolvePair(a, b, resolver);
  if (!rp.ok) return rp;
  const { A, B, name } = rp.value;
  const overview = await store.pairOverview(A.code, B.code);
  const read = await store.pairFactsPages(A.code, B.code, DOSSIER_SECTIONS.map((s) => ({ sections: FILED[s], limit: opts.limit, sourceLimit: opts.sourceLimit })));
  const pages = new Map(DOSSIER_SECTIONS.map((s, i): [DossierSection, PairFactsPage] => [s, read[i]!]));
  const lines = (s: DossierSection): DossierLine[] => linesOf(pages.get(s)!, name);
  const sections = Object.fromEntries(DOSSIER_SECTIONS.map((s): [DossierSection, SectionBounds] => {
    const p = pages.get(s)!;
    return [s, { total: totalOf(overview, s), shown: p.facts.length, next: p.next ? encodeCursor(p.next) : null }];
  })) as Record<DossierSection, SectionBounds>;
  const facts = new Map<string, { fact: Fact; count: number }>();
  for (const p of pages.values()) p.facts.forEach((f, i) => facts.set(f.id, { fact: f, count: p.sourceCounts[i]! }));
  const all = [...facts.values()];
  const cutSources = all.some((x) => x.count > x.fact.sources.length);
  const complete = !cutSources && Object.values(sections).every((s) => s.next === null) && all.length === overview.facts;
  const sources = all.flatMap((x) => x.fact.sources);
  const dates = all.map((x) => x.fact.date.value?.split('/')[0]).filter((d): d is string => !!d).sort();
  return ok({
    pair: [A, B],
    summary: {
      facts: overview.facts, articles: new Set(sources.map((s) => s.articleId)).size, sources: all.reduce((n, x) => n + x.count, 0),
      first: complete ? dates[0] ?? null : overview.first, last: complete ? dates[dates.length - 1] ?? null : overview.last,
      conflicts: all.filter((x) => x.fact.conflictsWith.length > 0).length,
    },
    relations: relationsState(lines('relations')),
    missions: missionStates(lines('missions')),
    headsOfMission: envoyStates(lines('headsOfMission')),
    agreements: agreementStates(lines('agreements')),
    meetings: lines('meetings'),
    mechanisms: lines('mechanisms'),
    memberships: await sharedMemberships(store, A.code, B.code, name, rp.value.resolver, opts.sourceLimit),
    plans: lines('plans'),
    other: lines('other'),
    bounds: { limit: opts.limit, sourceLimit: opts.sourceLimit, complete, sections },
  });
}

/** One page of one section of a pair's dossier, before `cursor` (a `next` of an earlier answer). */
export async function buildDossierSection(
  store: Store, a: string, b: string, section: DossierSection, opts: BoundOptions & { readonly cursor?: string }, resolver?: CountryResolver,
): Promise<Result<DossierSectionPage, AttacheError>> {
  let before: FactCursor | null = null;
  if (opts.cursor !== undefined) {
    before = decodeCursor(opts.cursor);
    if (!before) return err({ code: 'BAD_REQUEST', message: 'cursor: not a cursor this server gave (use the `next` of an earlier answer)' });
  }
  const rp = await resolvePair(a, b, resolver);
  if (!rp.ok) return rp;
  const { A, B, name } = rp.value;
  const [overview, page] = await Promise.all([
    store.pairOverview(A.code, B.code, FILED[section]),
    store.pairFactsPage(A.code, B.code, { sections: FILED[section], limit: opts.limit, sourceLimit: opts.sourceLimit, before }),
  ]);
  const lines = linesOf(page, name);
  return ok({
    pair: [A, B], section, total: totalOf(overview, section),
    lines, ...statesOf(section, lines), next: page.next ? encodeCursor(page.next) : null,
  });
}

import { err, ok, type Result, type AttacheError } from '../model/result.js';
import type { Fact, Store } from '../store/store.js';
import { loadCountryResolver, nameOf, type CountryRef, type CountryResolver } from './countries.js';
import type { Dossier, DossierLine, SharedMembership } from './dossier-types.js';
import { describeFact } from './labels.js';
import { agreementStates, envoyStates, isMechanism, missionStates, relationsState } from './sections.js';

export type * from './dossier-types.js';

/** Turns a merged fact into a dossier line; `sourceCount` (all its sources) is kept when `f.sources` holds fewer. */
export function lineOf(f: Fact, name: (code: string | null) => string, sourceCount?: number): DossierLine {
  return {
    factId: f.id, kind: f.kind, cameo: f.cameo, date: f.date, modality: f.modality, text: describeFact(f, name),
    source: f.source, target: f.target, people: f.people, attributes: f.attributes, sources: f.sources,
    ...(sourceCount !== undefined && sourceCount > f.sources.length ? { sourceCount } : {}),
    conflictsWith: f.conflictsWith,
  };
}

/** Resolves a user's country ("Peru", "PE", "PER") or returns an UNKNOWN_COUNTRY error. */
export function resolveCountry(resolver: CountryResolver, q: string): Result<CountryRef, AttacheError> {
  const ref = resolver.country(q.trim());
  return ref ? ok(ref) : err({ code: 'UNKNOWN_COUNTRY', message: `no country or organisation called ${JSON.stringify(q)}`, input: q });
}

/** Organisations both countries joined, each with the lines that say so. */
export async function sharedMemberships(store: Store, a: string, b: string, name: (c: string | null) => string, resolver: CountryResolver, sourceLimit?: number): Promise<SharedMembership[]> {
  const q = { kinds: ['membership.join'], ...(sourceLimit !== undefined ? { sourceLimit } : {}) };
  const [fa, fb] = await Promise.all([store.factsForCountry(a, q), store.factsForCountry(b, q)]);
  const org = (f: Fact, self: string): string | null => f.attributes.organisation ?? (f.source === self ? f.target : f.source);
  const joined = (fs: readonly Fact[], self: string): Map<string, Fact[]> => {
    const m = new Map<string, Fact[]>();
    for (const f of fs) {
      if (f.modality !== 'asserted' || f.source !== self) continue;
      const o = org(f, self);
      if (o) m.set(o, [...(m.get(o) ?? []), f]);
    }
    return m;
  };
  const ma = joined(fa, a), mb = joined(fb, b);
  return [...ma.keys()].filter((o) => mb.has(o)).sort().map((o) => ({
    organisation: resolver.country(o) ?? { code: o, name: o },
    lines: [...ma.get(o)!, ...mb.get(o)!].map((f) => lineOf(f, name, f.sourceCount)).sort((x, y) => (x.date.value ?? '9999').localeCompare(y.date.value ?? '9999')),
  }));
}

/**
 * The dossier of two countries (EVENTS.md §5) from the store's merged facts. `a` and `b` are
 * codes or names, resolved through `resolver` (default: the actors' Gazetteer).
 */
export async function buildDossier(store: Store, a: string, b: string, resolver?: CountryResolver): Promise<Result<Dossier, AttacheError>> {
  const r = resolver ?? (await loadCountryResolver());
  const ra = resolveCountry(r, a);
  if (!ra.ok) return ra;
  const rb = resolveCountry(r, b);
  if (!rb.ok) return rb;
  const A = ra.value, B = rb.value;
  const name = (code: string | null): string => nameOf(r, code);
  const facts = await store.factsForPair(A.code, B.code);
  const lines = facts.map((f) => lineOf(f, name));
  const used = new Set<string>();
  const take = (ls: readonly DossierLine[]): readonly DossierLine[] => { ls.forEach((l) => used.add(l.factId)); return ls; };
  const relations = relationsState(lines); take(relations.lines);
  const missions = missionStates(lines); missions.forEach((m) => take(m.lines));
  const headsOfMission = envoyStates(lines); headsOfMission.forEach((e) => take(e.lines));
  const agreements = agreementStates(lines); agreements.forEach((g) => take(g.lines));
  // A consultation round held is both a meeting (in time order) and a mechanism.
  const mechanisms = lines.filter((l) => !used.has(l.factId) && isMechanism(l));
  const meetings = take(lines.filter((l) => !used.has(l.factId) && (l.kind === 'meeting' || l.kind === 'visit') && l.modality === 'asserted'));
  take(mechanisms);
  const plans = take(lines.filter((l) => !used.has(l.factId) && (l.modality === 'planned' || l.modality === 'intended' || l.kind === 'cooperation.intent' || l.kind === 'meeting.intent')));
  const other = lines.filter((l) => !used.has(l.factId));
  const sources = facts.flatMap((f) => f.sources);
  const dates = facts.map((f) => f.date.value?.split('/')[0]).filter((d): d is string => !!d).sort();
  return ok({
    pair: [A, B],
    summary: {
      facts: facts.length, articles: new Set(sources.map((s) => s.articleId)).size, sources: sources.length,
      first: dates[0] ?? null, last: dates[dates.length - 1] ?? null,
      conflicts: facts.filter((f) => f.conflictsWith.length > 0).length,
    },
    relations, missions, headsOfMission, agreements, meetings, mechanisms,
    memberships: await sharedMemberships(store, A.code, B.code, name, r),
    plans, other,
  });
}

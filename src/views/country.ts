import type { AttacheError, Result } from '../model/result.js';
import { ok } from '../model/result.js';
import type { Store } from '../store/store.js';
import { loadCountryResolver, nameOf, type CountryRef, type CountryResolver } from './countries.js';
import { lineOf, resolveCountry } from './dossier.js';
import type { MissionState } from './dossier-types.js';
import { formatDate, missionName } from './labels.js';
import { missionStates } from './sections.js';

/** A country's diplomatic footprint (`attache country`, `GET /api/country/:code`). */
export interface CountryProfile {
  readonly country: CountryRef;
  /** Partners ranked by shared facts. */
  readonly partners: readonly { readonly country: CountryRef; readonly facts: number; readonly sources: number; readonly lastDate: string | null }[];
  /** Missions it sends abroad. */
  readonly missionsAbroad: readonly MissionState[];
  /** Missions other countries keep in it. */
  readonly missionsHosted: readonly MissionState[];
}

const MISSION_KINDS = ['mission.open', 'mission.close', 'mission.reopen'];

/** Builds the profile of one country (code or name); `sourceLimit` cuts each mission line's sources to the first N (the API's). */
export async function buildCountryProfile(store: Store, q: string, resolver?: CountryResolver, limit = 50, sourceLimit?: number): Promise<Result<CountryProfile, AttacheError>> {
  const r = resolver ?? (await loadCountryResolver());
  const c = resolveCountry(r, q);
  if (!c.ok) return c;
  const code = c.value.code;
  const name = (x: string | null): string => nameOf(r, x);
  const [partners, missionFacts] = await Promise.all([
    store.partners(code, limit), store.factsForCountry(code, { kinds: MISSION_KINDS, ...(sourceLimit !== undefined ? { sourceLimit } : {}) }),
  ]);
  const missions = missionStates(missionFacts.map((f) => lineOf(f, name, f.sourceCount)));
  return ok({
    country: c.value,
    partners: partners.map((p) => ({ ...p, country: r.country(p.country) ?? { code: p.country, name: p.country } })),
    missionsAbroad: missions.filter((m) => m.sender === code),
    missionsHosted: missions.filter((m) => m.host === code),
  });
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

/** The profile as Markdown. */
export function countryToMarkdown(p: CountryProfile): string {
  const out = [`# ${p.country.name} (${p.country.code})`, '', '## Partners by activity', ''];
  if (p.partners.length === 0) out.push('No recorded relations.');
  p.partners.forEach((x, i) => out.push(`${i + 1}. ${x.country.name} (${x.country.code}) — ${plural(x.facts, 'fact')}, ${plural(x.sources, 'report')}${x.lastDate ? `, latest ${x.lastDate}` : ''}`));
  const mission = (m: MissionState, other: string): string => {
    const dates = [m.opened ? `opened ${formatDate(m.opened)}` : null, m.closed ? `closed ${formatDate(m.closed)}` : null, m.reopened ? `reopened ${formatDate(m.reopened)}` : null].filter(Boolean).join(', ');
    return `- ${missionName(m.type)}${m.city ? ` in ${m.city}` : ''} (${other}): ${m.status}${dates ? ` — ${dates}` : ''} [${plural(m.lines.flatMap((l) => l.sources).length, 'source')}]`;
  };
  const nameOfCode = (code: string): string => p.partners.find((x) => x.country.code === code)?.country.name ?? code;
  out.push('', '## Missions abroad', '', ...(p.missionsAbroad.length ? p.missionsAbroad.map((m) => mission(m, nameOfCode(m.host))) : ['None recorded.']));
  out.push('', '## Missions it hosts', '', ...(p.missionsHosted.length ? p.missionsHosted.map((m) => mission(m, nameOfCode(m.sender))) : ['None recorded.']));
  return `${out.join('\n')}\n`;
}

import type { ActorGroup } from './groups.js';

/**
 * CAMEO roots an agentless passive attributes to the state of the place: only a state's
 * authorities investigate (09) and arrest or detain (17) there. Killings and attacks (18–20) with
 * no one named are the place's country without a sector ("were killed in Kabul" → AFG, not AFGGOV),
 * as PLOVER's and PETRARCH's gold code them: whoever did it acted there.
 */
export const STATE_ACTS: ReadonlySet<string> = new Set(['09', '17']);

/** CAMEO roots of acts a state does at home (yield, investigate, protest, posture, coerce). */
export const DOMESTIC: ReadonlySet<string> = new Set(['08', '09', '14', '15', '17']);

/** Possessive pronouns that may open a noun phrase. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Nouns of permission: "permission to X to V" — X is who does V. */
export const PERMISSION: ReadonlySet<string> = new Set(['permission', 'approval', 'consent', 'authorization', 'authorisation', 'go-ahead', 'light']);

/** Sectors of armed groups: their violence is fighting, not a riot. */
const ARMED: ReadonlySet<string> = new Set(['REB', 'MIL', 'UAF', 'RAD', 'INS']);

/** Whether every actor of `a` is of a country of `b` (an own act alleged is a claim, not an accusation). */
export function sameCountries(a: ActorGroup, b: ActorGroup | null): boolean {
  if (!b) return false;
  const own = new Set(b.actors.map((x) => x.country).filter((x) => x !== null));
  return a.actors.every((x) => x.country !== null && own.has(x.country));
}

/** Whether `code` is one of the violent roots: 18 assault, 19 fight, 20 mass violence. */
export const isViolent = (code: string): boolean => /^(?:18|19|20)/.test(code);

/**
 * "Protesters burned the embassy", "rioters clashed with police": violence by protesters (OPP, no
 * armed sector) is a violent protest (145), as CAMEO codes riots and the destruction of property in
 * them. Weapons (missiles, artillery, bombs: 183–195) are fighting whoever fires them.
 */
export function violentProtest(code: string, source: ActorGroup | null, namedProtesters = false): boolean {
  if (!source || !/^(17|180|181|182|190$)/.test(code)) return false;
  // `namedProtesters`: the group's head noun says so ("a Fredonian rioter") where the actor dictionary
  // coded only the country
  return source.actors.every((a) => (namedProtesters || a.sectors.includes('OPP')) && !a.sectors.some((x) => ARMED.has(x)));
}

/** Sectors of a state's forces of order. */
const FORCES: ReadonlySet<string> = new Set(['MIL', 'COP']);

/**
 * "Police clashed with rioters": a clash of a state's forces with protesters (OPP, no armed sector)
 * is violent repression (175) on the forces' side and a riot (145) on the protesters', as CAMEO codes
 * them. (One-sided fire on a crowd keeps its weapon's code: PLOVER's gold reads it as fighting.)
 */
export function repression(code: string, source: ActorGroup | null, target: ActorGroup | null): boolean {
  if (!source || !target || code !== '190') return false;
  return source.actors.every((a) => a.sectors.some((x) => FORCES.has(x))) && violentProtest('190', target);
}

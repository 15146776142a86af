import type { Actor } from '../../model/actor.js';
import type { ClauseView, Slot } from './clause-view.js';
import type { Match } from './match.js';
import type { Parties } from './parties.js';
import { CITY_VIA } from './party-helpers.js';
import type { ArticleFrame } from './types.js';

const LIST_GAP = new Set(['and', ',', 'the']);

/**
 * "flew to Chile and Peru", "will shut its consulates in Milan and
 * Osaka": a visit or a mission event whose destination is a list of places in different
 * countries is one event per country (each with its own city and its own stretch of the clause
 * for the date); "visited Almaty and Astana" stays one visit.
 */
export function perDestination(view: ClauseView, m: Match, p: Parties, frame: ArticleFrame): Parties[] {
  const host = p.target?.country;
  if (!host || !(m.kind === 'visit' || m.kind.startsWith('mission.'))) return [p];
  // (a mission phrase "its embassies in Peru and Bolivia" is a list of hosts too)
  const mission = m.kind.startsWith('mission.');
  const after = view.slots.filter((s) => s.from >= (mission ? m.trigTo : Math.max(m.trigTo, m.objTo)));
  const first = after.findIndex((s) => hostOf(s, mission) === host);
  if (first < 0) return mission ? perCity(view, m, p, frame) : [p];
  // the whole list the host stands in ("to Peru, Bolivia and Ecuador" with Bolivia as the host read)
  let start = first;
  const joined = (a: Slot, b: Slot): boolean => listGap(view, a, b) || (mission && missionGap(view, a, b));
  while (start > 0 && joined(after[start - 1]!, after[start]!)) start--;
  const list: Slot[] = [after[start]!];
  for (let k = start + 1; k < after.length && joined(list[list.length - 1]!, after[k]!); k++) list.push(after[k]!);
  const own = p.source?.country;
  const countries = [...new Set(list.map((s) => hostOf(s, mission)).filter((c): c is string => c !== null && c !== own))];
  if (countries.length < 2) return [p];
  const clauseEnd = view.tokens[view.clause.to - 1]!.end;
  return countries.map((c) => {
    const k = list.findIndex((s) => hostOf(s, mission) === c);
    const slot = list[k]!;
    const a = slot.span.actor;
    const target: Actor = a.type === 'country' && a.country === c ? a : frame.countryActor(c);
    const city = m.kind.startsWith('mission.') && CITY_VIA.has(slot.span.via ?? '') ? slot.span.text : c === host ? p.city : null;
    const participants = p.participants.filter((x) => x.country !== host || c === host);
    return { ...p, target, city, participants, span: { start: slot.span.start, end: list[k + 1]?.span.start ?? clauseEnd } };
  });
}

/** The country a slot places the event in: a mission's host ("its embassy in Peru"), else the slot's country. */
const hostOf = (s: Slot, mission: boolean): string | null => (mission ? s.span.host ?? s.span.actor.country : s.span.actor.country);

/** Only "and", a comma or "the" between two slots of a list. */
function listGap(view: ClauseView, a: Slot, b: Slot): boolean {
  const gap = view.tokens.slice(a.to, b.from);
  return gap.length > 0 && gap.length <= 2 && gap.every((t) => LIST_GAP.has(t.lower));
}

const MISSION_HEADS = new Set(['embassy', 'consulate', 'consulate-general', 'general', 'mission', 'office', 'legation', 'commission', 'representation']);
const MISSION_DETS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'new']);

/**
 * "an embassy in Lima and a consulate in La Paz": a second mission with its own host place, joined
 * by "and" or a comma (an article and one modifier such as "trade" or "honorary" allowed).
 */
function missionGap(view: ClauseView, a: Slot, b: Slot): boolean {
  const gap = view.tokens.slice(a.to, b.from);
  if (gap.length < 3 || gap.length > 6 || (gap[0]!.lower !== 'and' && gap[0]!.lower !== ',') || gap[gap.length - 1]!.lower !== 'in') return false;
  let k = 1;
  if (gap[k]!.lower === 'and') k++;
  if (MISSION_DETS.has(gap[k]!.lower)) k++;
  const head = gap.length - 2;
  return head >= k && head <= k + 1 && MISSION_HEADS.has(gap[head]!.lemma);
}

/**
 * "its consulates general in Milan and Osaka": the host was read from the mission phrase
 * and the cities are no actors of the sentence; a city coordinated with the mission's own city
 * that the gazetteer places in another country is a mission event of its own.
 */
function perCity(view: ClauseView, m: Match, p: Parties, frame: ArticleFrame): Parties[] {
  const t = view.tokens;
  if (!p.city) return [p];
  const at = t.findIndex((x, k) => k >= m.objTo && k < view.clause.to && x.text === p.city!.split(' ')[0]);
  if (at < 0) return [p];
  let k = at;
  while (k < view.clause.to && /^\p{Lu}/u.test(t[k]!.text)) k++;
  const out: Parties[] = [p];
  while (k + 1 < view.clause.to && (t[k]!.lower === 'and' || t[k]!.lower === ',')) {
    let e = k + 1;
    while (e < view.clause.to && /^\p{Lu}/u.test(t[e]!.text)) e++;
    if (e === k + 1) break;
    const name = t.slice(k + 1, e).map((x) => x.text).join(' ');
    const place = frame.place(name);
    if (!place || !place.city || place.country === p.source?.country) break;
    if (place.country !== p.target?.country) out.push({ ...p, target: frame.countryActor(place.country), city: name, participants: p.participants.filter((x) => x.country !== p.target?.country) });
    k = e;
  }
  return out;
}

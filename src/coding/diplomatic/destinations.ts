import type { Actor } from '../../model/actor.js';
import type { ClauseView, Slot } from './clause-view.js';
import type { Match } from './match.js';
import type { Parties } from './parties.js';
import type { ArticleFrame } from './types.js';

const LIST_GAP = new Set(['and', ',', 'the']);
const CITY_VIA = new Set(['city', 'capital']);

/**
 * "travelled to Singapore and the Philippines", "will close its consulates in Hamburg and
 * Guangzhou": a visit or a mission event whose destination is a list of places in different
 * countries is one event per country (each with its own city and its own stretch of the clause
 * for the date); "visited Tashkent and Samarkand" stays one visit.
 */
export function perDestination(view: ClauseView, m: Match, p: Parties, frame: ArticleFrame): Parties[] {
  const host = p.target?.country;
  if (!host || !(m.kind === 'visit' || m.kind.startsWith('mission.'))) return [p];
  const after = view.slots.filter((s) => s.from >= Math.max(m.trigTo, m.objTo));
  const first = after.findIndex((s) => s.span.actor.country === host);
  if (first < 0) return m.kind.startsWith('mission.') ? perCity(view, m, p, frame) : [p];
  const list: Slot[] = [after[first]!];
  for (let k = first + 1; k < after.length; k++) {
    const gap = view.tokens.slice(list[list.length - 1]!.to, after[k]!.from);
    if (gap.length === 0 || gap.length > 2 || !gap.every((t) => LIST_GAP.has(t.lower))) break;
    list.push(after[k]!);
  }
  const own = p.source?.country;
  const countries = [...new Set(list.map((s) => s.span.actor.country).filter((c): c is string => c !== null && c !== own))];
  if (countries.length < 2) return [p];
  const clauseEnd = view.tokens[view.clause.to - 1]!.end;
  return countries.map((c) => {
    const k = list.findIndex((s) => s.span.actor.country === c);
    const slot = list[k]!;
    const a = slot.span.actor;
    const target: Actor = a.type === 'country' ? a : frame.countryActor(c);
    const city = m.kind.startsWith('mission.') && CITY_VIA.has(slot.span.via ?? '') ? slot.span.text : c === host ? p.city : null;
    const participants = p.participants.filter((x) => x.country !== host || c === host);
    return { ...p, target, city, participants, span: { start: slot.span.start, end: list[k + 1]?.span.start ?? clauseEnd } };
  });
}

/**
 * "its consulates general in Hamburg and Guangzhou": the host was read from the mission phrase
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

import type { ClauseView } from './clause-view.js';
import { isPlace } from './clause-view.js';
import type { Match } from './match.js';
import { done } from './party-helpers.js';
import type { Parties } from './parties.js';
import type { ArticleFrame } from './types.js';

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
const FRAME_PREPS = new Set(['during', 'on', 'of', 'for', 'after', 'before', 'ahead', 'throughout', 'amid', 'in']);
const DEST_PREPS = new Set(['to', 'in']);

/**
 * "During her visit to Japan, the Chilean president met X", "X held talks on the last day of a
 * four-day visit to Japan": a visit noun inside a framing phrase with no visitor of its own is
 * the visit of the clause's subject (or of the person "his"/"her" stands for), to the place named
 * after "to" or "in".
 */
export function framedVisit(view: ClauseView, m: Match, frame: ArticleFrame): Parties | null {
  if (m.kind !== 'visit' || !m.nominal) return null;
  const t = view.tokens;
  let k = m.trigFrom - 1;
  let pronoun = -1;
  while (k >= view.clause.from && k >= m.trigFrom - 5) {
    const w = t[k]!;
    if (POSSESSIVES.has(w.lower)) pronoun = k;
    else if (!(w.pos === 'ADJ' || w.pos === 'NUM' || w.pos === 'DET' || w.pos === 'NOUN' || w.lower === '-')) break;
    k--;
  }
  if (k < view.clause.from || !FRAME_PREPS.has(t[k]!.lower)) return null;
  const dest = view.after(m.trigTo).find((s) => s.from <= m.trigTo + 2 && s.prep !== null && DEST_PREPS.has(s.prep) && s.span.actor.country);
  if (!dest) return null;
  const country = dest.span.actor.country!;
  const named = pronoun >= 0 && t[pronoun]!.lower !== 'their' && t[pronoun]!.lower !== 'its' ? frame.person(t[pronoun]!.start) : null;
  const subject = view.slots.find((s) => s.prep === null && !isPlace(s) && s.span.actor.country && s.span.actor.country !== country && (s.to <= k || s.from >= m.trigTo));
  const visitor = named?.country && named.country !== country ? named : subject?.span.actor ?? null;
  if (!visitor?.country) return null;
  const host = frame.countryActor(country, dest.span.text);
  return done(visitor, host, visitor.type === 'person' ? [visitor] : [], null, null, null, [visitor], 2);
}

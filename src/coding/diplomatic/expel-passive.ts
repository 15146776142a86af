import type { ClauseView } from './clause-view.js';
import type { Match } from './match.js';
import { done } from './party-helpers.js';
import type { Parties } from './parties.js';
import type { Actor } from '../../model/actor.js';
import type { ArticleFrame, SentenceInput } from './types.js';

const LEAVE = new Set(['leave', 'depart', 'quit']);

/**
 * "Two Polish diplomats were expelled from Belarus", "were ordered to leave Belarus within 48
 * hours": an expulsion in the passive with no agent is by the country they must leave ("from X",
 * "leave X") and against the country of the diplomats named before the trigger.
 */
export function passiveExpel(view: ClauseView, m: Match, frame: ArticleFrame, s: SentenceInput | null = null): Parties | null {
  if (m.kind !== 'envoy.expel' || m.objFrom < 0 || m.objFrom > m.trigFrom) return null;
  const sender = view.ownerOf(m.objFrom, m.objTo)?.span.actor;
  if (!sender?.country) return null;
  const tokens = view.tokens;
  const hostSlot = view.after(m.trigTo).find((s) => s.span.actor.country && s.span.actor.country !== sender.country
    && (s.prep === 'from' || (s.prep === null && LEAVE.has(tokens[s.from - 1]?.lemma ?? ''))));
  if (!hostSlot) return s && view.clause.type === 'complement' ? announcedExpel(view, s, sender, frame) : null;
  const host = hostSlot.span.actor.type === 'person' ? hostSlot.span.actor : frame.countryActor(hostSlot.span.actor.country!, hostSlot.span.text);
  return done(host, sender, [], null, null, null, [], 2);
}

/**
 * "Chile's foreign minister said on Monday that a Peruvian naval attaché was declared persona
 * non grata": with no agent and no country to leave, the announcing side (the last country named
 * before the "that"-clause) expels.
 */
function announcedExpel(view: ClauseView, s: SentenceInput, sender: Actor, frame: ArticleFrame): Parties | null {
  const at = view.tokens[view.clause.from]!.start;
  const span = s.actors.findLast((a) => a.end <= at && a.actor.country && a.actor.country !== sender.country && a.actor.type !== 'igo');
  if (!span) return null;
  return done(frame.countryActor(span.actor.country!), sender, [], null, null, null, [], 2);
}

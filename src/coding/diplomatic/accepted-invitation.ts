import type { Actor } from '../../model/actor.js';
import type { CodedDiplo, SentenceInput } from './types.js';

const INVITATION = new Set(['invitation', 'invitations', 'invite']);

/**
 * "X invited Y to Paris, and Y accepted the invitation", "Y accepted X's invitation to visit
 * France": an accepted invitation is the invitee's planned visit to the host (it replaces the
 * invitation's meeting intent). The invitee is the subject of "accept" (the last actor before it).
 */
export function acceptedInvitations(s: SentenceInput, events: readonly CodedDiplo[]): CodedDiplo[] {
  const tokens = s.tokens;
  const acc = tokens.findIndex((t) => t.lemma === 'accept' && t.pos === 'VERB');
  if (acc < 0 || !tokens.some((t, k) => k > acc && k <= acc + 6 && INVITATION.has(t.lower))) return [...events];
  const intent = events.find((e) => e.kind === 'meeting.intent' && e.source?.country && e.target?.country && e.modality !== 'negated');
  if (!intent) return [...events];
  const sides = [intent.source!, intent.target!];
  const countries = new Set(sides.map((a) => a.country));
  // "accepted an invitation to visit Lisbon": the visit is read already; the invitation is that visit
  const visit = events.find((e) => e.kind === 'visit' && e.modality === 'planned' && countries.has(e.source?.country ?? null) && countries.has(e.target?.country ?? null));
  if (visit) return events.filter((e) => e !== intent);
  const invitee = subjectOf(s, acc);
  if (!invitee || !sides.some((a) => a.country === invitee.country)) return [...events];
  const host = sides.find((a) => a.country !== invitee.country)!;
  const guest = sides.find((a) => a.country === invitee.country)!;
  const person = (a: Actor): Actor | null => (a.type === 'person' ? a : intent.participants.find((p) => p.type === 'person' && p.country === a.country) ?? null);
  // the invitation, once accepted, is that planned visit (EVENTS.md §4: one fact, not two)
  const out = events.filter((e) => e !== intent && !(e.kind === 'visit' && e.source?.country === host.country && e.target?.country === guest.country));
  if (out.some((e) => e.kind === 'visit' && e.source?.country === guest.country && e.target?.country === host.country)) return out;
  const visitor = person(invitee) ?? guest;
  const hostPerson = person(host);
  out.push({
    ...intent, kind: 'visit', cameo: '042', source: visitor, target: host,
    participants: hostPerson && hostPerson !== visitor ? [visitor, hostPerson] : [visitor],
    modality: 'planned', attributes: {}, trigger: { start: tokens[acc]!.start, end: tokens[acc]!.end }, rule: 'visit/invitation',
  });
  return out;
}

/** The subject of the verb at `k`: the sentence's first actor after "and" with no subject of its own, else the last actor before it. */
function subjectOf(s: SentenceInput, k: number): Actor | undefined {
  const tokens = s.tokens;
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'AUX')) j--;
  const at = tokens[k]!.start;
  const before = s.actors.filter((a) => a.end <= at && a.actor.country);
  return (tokens[j]?.lower === 'and' ? before[0] : before.at(-1))?.actor;
}

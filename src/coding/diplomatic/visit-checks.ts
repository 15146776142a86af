import type { Match } from './match.js';
import type { SentenceInput } from './types.js';

/**
 * "X invited Y to visit Z": the visit is the invitee's and has not happened; the invitation itself
 * is the event (meeting.intent), so the visit is not coded.
 */
export function invitedVisit(tokens: SentenceInput['tokens'], from: number, m: Match): boolean {
  if (m.kind !== 'visit' || m.nominal || tokens[m.trigFrom - 1]?.lower !== 'to') return false;
  for (let k = m.trigFrom - 2; k >= from && k >= m.trigFrom - 10; k--) {
    const t = tokens[k]!;
    if (t.lemma === 'invite' || t.lower === 'invited') return true;
    // "extended an invitation to the King to visit": the subject invites, the visit is the guest's
    if (t.lemma === 'invitation') return tokens.slice(Math.max(from, k - 4), k).some((x) => INVITER_VERBS.has(x.lemma));
    if (t.pos === 'VERB') return false;
  }
  return false;
}

/**
 * "The Argentine squad arrived in Rio", "a rescue team arrived in Adana": a visit is a state
 * actor's; a subject whose head noun is a team, company or ship makes none.
 */
export function nonStateVisitor(tokens: SentenceInput['tokens'], from: number, m: Match, groups: ReadonlySet<string>): boolean {
  let k = m.trigFrom - 1;
  while (k >= from && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  // "rescue teams from India and China arrived": the head stands before "from <countries>"
  // (the list may have been cut from its head as a clause of its own: "… from India | and China arrived")
  let floor = from;
  for (let j = k; j > 0 && j >= k - 6; j--) {
    if (tokens[j]!.lower !== 'from') continue;
    if (tokens.slice(j + 1, k + 1).every((t) => t.pos === 'PROPN' || t.pos === 'CCONJ' || t.pos === 'DET' || t.lower === ',')) {
      k = j - 1;
      floor = 0;
    }
    break;
  }
  const head = tokens[k];
  return head !== undefined && k >= floor && (head.pos === 'NOUN' || head.pos === 'PROPN') && (groups.has(head.lemma) || groups.has(head.lower));
}

const INVITER_VERBS = new Set(['extend', 'issue', 'send', 'convey', 'deliver', 'hand', 'renew', 'reiterate', 'give']);

import type { ClauseView } from './clause-view.js';
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
 * "urged its citizens to avoid travelling to X", "warned against travelling to Y", "avoid
 * coming here": a warning against a trip is no visit.
 */
export function advisedAgainst(tokens: SentenceInput['tokens'], from: number, m: Match): boolean {
  for (let k = m.trigFrom - 1; k >= from && k >= m.trigFrom - 4; k--) {
    const t = tokens[k]!;
    if (AVOID.has(t.lemma) || AVOID.has(t.lower)) return true;
    if (t.pos === 'VERB' && k < m.trigFrom - 1) return false;
  }
  return false;
}

const AVOID = new Set(['avoid', 'against', 'refrain', 'shun']);

/**
 * "The Peruvian squad arrived in Quito", "a relief team arrived in Mombasa", "the federation will
 * sign a sponsorship deal", "the two coaches are due to meet": diplomacy is a state actor's; a
 * subject whose head noun is a team, company, federation or ship makes no event.
 */
export function nonStateSubject(tokens: SentenceInput['tokens'], from: number, m: Match, groups: ReadonlySet<string>): boolean {
  let k = m.trigFrom - 1;
  while (k >= from && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART' || RAISING.has(tokens[k]!.lower))) k--;
  // "A small unit led by X had worked in Nairobi, travelling to Mogadishu": a participle's subject opens the clause
  if (tokens[k]?.lower === ',' && tokens[m.trigFrom]!.lower.endsWith('ing')) {
    let h = from;
    while (h < k && (tokens[h]!.pos === 'DET' || tokens[h]!.pos === 'ADJ' || tokens[h]!.pos === 'NUM')) h++;
    while (h + 1 < k && tokens[h + 1]!.pos === 'NOUN') h++;
    const head = tokens[h]!;
    return head.pos === 'NOUN' && (groups.has(head.lemma) || groups.has(head.lower));
  }
  // "medical teams from Peru and Chile arrived": the head stands before "from <countries>"
  // (the list may have been cut from its head as a clause of its own: "… from Peru | and Chile arrived")
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

const TALLY_KINDS = new Set(['meeting', 'visit']);

/**
 * "Peru and Kenya have met four times in the tournament", "has visited Beijing twice": a
 * count of meetings or visits sums up several occasions; without a date of its own it is no event
 * ("met Xi three times in 2023" keeps its year).
 */
export function tally(tokens: SentenceInput['tokens'], m: Match, to: number): boolean {
  if (!TALLY_KINDS.has(m.kind) || m.nominal) return false;
  for (let k = m.trigTo; k < to && k <= m.trigTo + 4; k++) {
    const w = tokens[k]!.lower;
    if (w === 'twice' || (w === 'times' && k > m.trigTo && (tokens[k - 1]!.pos === 'NUM' || /^(?:several|many|multiple|numerous)$/.test(tokens[k - 1]!.lower)))) return true;
    if (tokens[k]!.pos === 'VERB' || w === ',') return false;
  }
  return false;
}

/** "are due to meet", "is expected to sign": words between a subject and its infinitive. */
const RAISING = new Set(['due', 'set', 'expected', 'scheduled', 'slated', 'likely', 'able', 'ready', 'about', 'going', 'to']);

const INVITER_VERBS = new Set(['extend', 'issue', 'send', 'convey', 'deliver', 'hand', 'renew', 'reiterate', 'give']);

const CALL_NOT_AFTER = new Set(['a', 'an', 'the', 'home', 'back', 'for']);

/**
 * "also called Prime Minister X to convey condolences", "phoned his counterpart X": a call needs a
 * person as the direct object right after the verb — not "called on / for", not "called X a …"
 * (naming), not "called X home / for consultations" (a recall) or "to the ministry" (a summons).
 */
const CALL_ON = new Set(['on', 'upon']);

/** "… to resign", "… to release the prisoners": an infinitive after the person called on is an appeal. */
function appealTo(view: ClauseView, from: number): boolean {
  const t = view.tokens;
  for (let k = from; k < view.clause.to - 1; k++) if (t[k]!.lower === 'to' && (t[k + 1]!.pos === 'VERB' || t[k + 1]!.pos === 'AUX')) return true;
  return false;
}

export function calledPerson(view: ClauseView, trigTo: number): boolean {
  const first = view.after(trigTo)[0];
  // ("called on Foreign Minister X": the preposition is the trigger's own last word)
  const callOn = CALL_ON.has(view.tokens[trigTo - 1]!.lower);
  if (!first || (first.prep !== null && !(callOn && first.prep === view.tokens[trigTo - 1]!.lower)) || first.span.actor.type !== 'person' || !first.span.actor.name) return false;
  const gap = view.tokens.slice(trigTo, first.from);
  if (gap.length > 3 || gap.some((t) => t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADJ')) return false;
  const next = view.tokens[first.to];
  if (next && CALL_NOT_AFTER.has(next.lower)) return false;
  // "called on the minister to resign": an appeal, no call paid
  if (callOn && appealTo(view, first.to)) return false;
  if (next?.lower === 'to' && view.tokens[first.to + 1]?.pos !== 'VERB' && view.tokens[first.to + 1]?.pos !== 'AUX') return false;
  return !view.tokens.slice(first.to, view.clause.to).some((t) => t.lower.startsWith('consultation'));
}

/**
 * "the envoy will remain in Oslo for the time being" (said of Norway's envoy), "she flew back to
 * Lima": a place right after the trigger in the traveller's own country is a stay at home, no visit
 * (whatever host the rest of the story would suggest).
 */
export function atHome(view: ClauseView, m: Match, visitor: string | null | undefined): boolean {
  if (!visitor || m.kind !== 'visit' || !m.rule.placeRightAfter) return false;
  const place = view.after(m.trigTo).find((x) => x.span.actor.country);
  return place !== undefined && place.from <= m.trigTo + 2 && place.span.actor.country === visitor;
}

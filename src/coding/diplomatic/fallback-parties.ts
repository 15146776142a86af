import type { Clause } from './clauses.js';
import type { ClauseView } from './clause-view.js';
import { isPlace } from './clause-view.js';
import { passiveExpel } from './expel-passive.js';
import type { Match } from './match.js';
import { definite, type Memory, recall } from './memory.js';
import { framedVisit } from './nominal-visit.js';
import { done } from './party-helpers.js';
import type { Parties } from './party-types.js';
import type { ArticleFrame, CodedDiplo, SentenceInput } from './types.js';

/** What the fallbacks read besides the parties the clause gave. */
export interface FallbackContext {
  readonly s: SentenceInput;
  readonly view: ClauseView;
  readonly m: Match;
  readonly frame: ArticleFrame;
  readonly clauseType: Clause['type'];
  /** The events coded earlier in the sentence. */
  readonly out: readonly CodedDiplo[];
  readonly memory: Memory;
}

/**
 * The parties of a match whose clause names no source country, filled in turn from an agentless
 * passive expulsion, "each side", a framed visit noun, an event coded earlier in the sentence
 * (`borrowed`, whose date the match then shares), the document signed before and the article's
 * memory. Parties with a source country come back as they are.
 */
export function withFallbacks(parties: Parties, ctx: FallbackContext): { readonly parties: Parties; readonly borrowed: Parties | null } {
  const { s, view, m, frame, out, memory } = ctx;
  if (!parties.source) parties = passiveExpel(view, m, frame, s) ?? parties;
  if (!parties.source?.country) parties = eachSideParties(s, view, m, frame) ?? framedVisit(view, m, frame) ?? parties;
  const borrowed = parties.source?.country ? null : sameSentenceParties(view, ctx.clauseType, m, out);
  if (borrowed) parties = borrowed;
  // "signed the accord in 2021, and it took effect in 2022", "It came into force …": the document's parties
  if (!parties.source?.country && (m.anaphoric || (m.kind === 'agreement.ratify' && m.rule.intransitive && view.slots.every(isPlace)))) {
    parties = signedBefore(out) ?? recall(memory, m, s.index) ?? parties;
  }
  // "the next session will take place in Baku": a place named is no party of its own
  if (!parties.source?.country && view.slots.every(isPlace) && definite(view.tokens, m)) parties = recall(memory, m, s.index) ?? parties;
  return { parties, borrowed };
}

const asParties = (e: CodedDiplo, swap = false): Parties =>
  done(swap ? e.target : e.source, swap ? e.source : e.target, e.participants, null, null, null, [], 2);

/**
 * Parties for a match that names none, from an event coded earlier in the sentence: "… was held in
 * Lima in 2023, and the agreement on education was signed in Santiago in 2024" (an agentless
 * passive in a coordinate clause naming no party: the pair of the clause before); "X received the
 * new ambassador of Y in connection with the presentation of his credentials" (the envoy received
 * presents them to the host).
 */
function sameSentenceParties(view: ClauseView, type: string, m: Match, out: readonly CodedDiplo[]): Parties | null {
  if (m.kind === 'envoy.credentials' && m.nominal) {
    const received = out.findLast((e) => e.rule === 'meeting/receive' && e.source?.country && e.target?.country);
    return received ? asParties(received, true) : null;
  }
  // "the ministers signed … and decided that the joint committee would hold its fifth session in X":
  // a symmetric event in a "that"-clause naming no party is the pair's who agreed
  if (type === 'complement' && view.tokens[view.clause.from]!.lower === 'that' && m.rule.direction !== 'directed'
    && (m.kind === 'meeting' || m.rule.direction === 'symmetric') && view.slots.every(isPlace)) {
    const pair = out.findLast((e) => e.source?.country && e.target?.country && e.modality === 'asserted');
    if (pair) return asParties(pair);
  }
  // (only after "and": "… five days after the accord was signed" names another, earlier fact)
  const and = view.tokens[view.clause.from]!.lower === 'and';
  if (type !== 'coordinate' || !and || m.rule.direction !== 'symmetric' || !m.rule.passive || m.objFrom > m.trigFrom || !view.slots.every(isPlace)) return null;
  const before = out.findLast((e) => e.source?.country && e.target?.country && e.modality === 'asserted');
  return before ? asParties(before) : null;
}

const SIDE_NOUNS = new Set(['side', 'country', 'government', 'capital']);

/**
 * "Relations between Lima and Quito soured when each side recalled its ambassador": "each
 * side" as the subject of a directed envoy or mission event stands for the two countries the
 * sentence names (else the article's pair); the event is then read both ways (see reciprocal).
 */
function eachSideParties(s: SentenceInput, view: ClauseView, m: Match, frame: ArticleFrame): Parties | null {
  if (!m.kind.startsWith('envoy.') && !m.kind.startsWith('mission.')) return null;
  const t = view.tokens;
  let each = false;
  for (let k = Math.max(view.clause.from, m.trigFrom - 4); k < m.trigFrom - 1; k++) if (t[k]!.lower === 'each' && SIDE_NOUNS.has(t[k + 1]!.lemma)) each = true;
  if (!each) return null;
  const named = [...new Map(s.actors.filter((a) => a.actor.country && a.actor.type !== 'person').map((a) => [a.actor.country, a.actor])).values()];
  const pair = named.length === 2 ? named : frame.pair(s.index);
  return pair ? done(pair[0], pair[1], [], null, null, null, [...pair], 2) : null;
}

/** The parties of the last signing coded earlier in the sentence, as a party set. */
function signedBefore(out: readonly CodedDiplo[]): Parties | null {
  const e = out.findLast((x) => x.kind === 'agreement.sign' && x.source?.country && x.target?.country);
  return e ? asParties(e) : null;
}

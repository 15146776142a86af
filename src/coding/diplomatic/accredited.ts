import type { Actor } from '../../model/actor.js';
import type { CodedDiplo, SentenceInput } from './types.js';

const ACCREDITED = /\b(?:representatives?|ambassadors?|envoys?|missions?|delegates?|delegations?|observers?|permanent)\s+(?:to|at)\s+(?:the\s+)?$/i;

/** Whether the mention starting at `start` (text offset) follows "representatives / envoys / … to (the)" in the sentence `s`. */
export function accreditedAt(s: SentenceInput, start: number): boolean {
  return ACCREDITED.test(s.text.slice(Math.max(0, start - s.start - 40), start - s.start));
}

/**
 * "A and B established relations when their ambassadors to the African Union signed a
 * protocol": an organisation named only as where the signatories are accredited is
 * no party of the event (it stays a party when the event is with it).
 */
export function withoutAccreditingBodies(s: SentenceInput, events: readonly CodedDiplo[]): CodedDiplo[] {
  const accredited = (a: Actor | null): boolean => a?.type === 'igo' && a.start !== undefined && accreditedAt(s, a.start);
  return events.map((e) => {
    if (accredited(e.source) || accredited(e.target) || !e.participants.some(accredited)) return e;
    return { ...e, participants: e.participants.filter((p) => !accredited(p)) };
  });
}

import type { Actor } from '../../model/actor.js';
import type { CodedDiplo, SentenceInput } from './types.js';

const ACCREDITED = /\b(?:representatives?|ambassadors?|envoys?|missions?|delegates?|delegations?|observers?)\s+(?:to|at)\s+(?:the\s+)?$/i;

/**
 * "A and B established relations when their ambassadors to the African Union signed a
 * protocol": an organisation named only as where the signatories are accredited is
 * no party of the event (it stays a party when the event is with it).
 */
export function withoutAccreditingBodies(s: SentenceInput, events: readonly CodedDiplo[]): CodedDiplo[] {
  const accredited = (a: Actor | null): boolean => a?.type === 'igo' && a.start !== undefined
    && ACCREDITED.test(s.text.slice(Math.max(0, a.start - s.start - 40), a.start - s.start));
  return events.map((e) => {
    if (accredited(e.source) || accredited(e.target) || !e.participants.some(accredited)) return e;
    return { ...e, participants: e.participants.filter((p) => !accredited(p)) };
  });
}

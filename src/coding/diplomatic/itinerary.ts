import type { Actor } from '../../model/actor.js';
import type { EventDate } from '../../model/event.js';
import type { Clause } from './clauses.js';
import { findMatches, type Match } from './match.js';
import { done } from './party-helpers.js';
import type { Parties } from './party-types.js';
import type { DiplomaticPatterns } from './patterns.js';
import type { ArticleFrame, CodedDiplo, SentenceInput } from './types.js';

/**
 * Itineraries written as list items under a sentence about a trip:
 *
 *     The itinerary:
 *     * June 3-4, Kenya: talks with President X in Nairobi
 *     * June 5, Peru: meeting with the prime minister
 *
 * Each item names a stop (the country or city before the colon): a visit of the traveller — the
 * person the text named last before the list, else the dateline's country — dated by the item,
 * and a meeting when the item has talks "with" someone. Other readings of the item's words
 * ("a state visit to Nairobi", "a summit in Mombasa") are the same stop and give nothing more.
 */

const MARKER = /^\s*(?:[*•·▪‣–—-]|\d{1,2}[.)])\s+/u;
const TRIP = /\b(?:itinerary|tour|trip|journey|visits?|travel|travels|schedule|programme|program|stops?)\b/i;
const BETWEEN = /^[\s,.–—-]*$/u;

/** One stop of an itinerary list: the host and the tokens of its mention. */
export interface ItineraryStop {
  readonly host: Actor;
  readonly from: number;
  readonly to: number;
}

/** The stop a list item names ("* March 12-13, Kenya: …"), or null when the sentence is no such item. */
export function itineraryStop(s: SentenceInput, frame: ArticleFrame): ItineraryStop | null {
  const marker = MARKER.exec(s.text);
  if (!marker) return null;
  const colon = s.tokens.findIndex((t, k) => k < 16 && t.lower === ':');
  if (colon < 1) return null;
  const end = s.tokens[colon - 1]!.end;
  const span = s.actors.find((a) => a.end === end);
  if (!span?.actor.country || span.actor.type === 'person' || span.actor.type === 'igo') return null;
  // before the place only the item's date ("July 4-5,")
  let pre = s.text.slice(marker[0].length, span.start - s.start);
  for (const d of s.dates) if (d.end <= span.start) pre = pre.replace(s.text.slice(d.start - s.start, d.end - s.start), '');
  if (!BETWEEN.test(pre)) return null;
  const from = s.tokens.findIndex((t) => t.start >= span.start);
  return { host: frame.countryActor(span.actor.country, span.text), from, to: colon };
}

/** Whether one of the two sentences before a list's first item speaks of a trip ("The itinerary:", "his tour will take him to"). */
export function introducesTrip(before: readonly SentenceInput[]): boolean {
  return before.slice(-2).some((s) => TRIP.test(s.text));
}

/** The traveller of a list starting at `s`: the last person named before it with a country, else the dateline's country. */
export function travellerOf(s: SentenceInput, frame: ArticleFrame): Actor | null {
  const p = frame.person(s.start);
  if (p?.country) return p;
  const country = frame.datelineCountry;
  return country ? frame.countryActor(country) : null;
}

type Make = (clause: Clause, m: Match, p: Parties, date: EventDate) => CodedDiplo;

/** The events of one itinerary item: the visit, and a meeting for talks "with" someone. */
export function itineraryEvents(
  s: SentenceInput, frame: ArticleFrame, stop: ItineraryStop, traveller: Actor, patterns: DiplomaticPatterns, make: Make,
): CodedDiplo[] {
  if (traveller.country === stop.host.country) return [];
  const clause: Clause = { from: 0, to: s.tokens.length, type: 'main' };
  const date = s.dates.find((d) => d.start < s.tokens[stop.from]!.start)?.date ?? frame.articleDate;
  const parties = done(traveller, stop.host, [traveller, stop.host], null, null, null, [traveller], 2);
  const visitRule = patterns.rules.find((r) => r.kind === 'visit');
  if (!visitRule) return [];
  const visit: Match = { rule: visitRule, kind: 'visit', trigFrom: stop.from, trigTo: stop.to, objFrom: -1, objTo: -1, object: null, nominal: true };
  const out = [make(clause, visit, parties, date)];
  const after: Clause = { from: stop.to + 1, to: s.tokens.length, type: 'main' };
  const talks = findMatches(s.tokens, after, patterns).find((m) => m.kind === 'meeting' && m.nominal
    && s.tokens.slice(m.trigTo, Math.min(m.trigTo + 3, s.tokens.length)).some((t) => t.lower === 'with'));
  if (talks) out.push(make(clause, talks, parties, date));
  return out;
}

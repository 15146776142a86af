import type { Actor } from '../../model/actor.js';
import type { Token } from '../../nlp/types.js';
import type { PhraseIndex } from './tokens.js';
import type { CodedDiplo, SentenceInput } from './types.js';

/**
 * People the text places in an event without making them its subject or object: "signed … in
 * the presence of Prime Minister X and President Y", "a ceremony attended by Minister X", "the
 * session, co-chaired by X and Y", "the delegation headed by X", "the two ministers" (the people
 * just named for each side), and the speaker of "X told reporters …, saying the country would …".
 */

/** Persons named after one cue phrase ("attended by", "in the presence of"). */
export interface CuedPeople {
  /** Token index where the cue starts. */
  readonly at: number;
  readonly persons: readonly Actor[];
}

/** Words that end the phrase of people after a cue ("…, who is on a visit"). */
const STOPS = new Set([';', ':', '.', 'who', 'which', 'whose', 'while', 'whereas', 'when', 'after', 'before', 'as']);
const WINDOW = 30;

/** Each cue of the sentence with the named persons that follow it (coordinated lists included). */
export function cuedPeople(s: SentenceInput, cues: PhraseIndex<number>): CuedPeople[] {
  const t = s.tokens;
  const out: CuedPeople[] = [];
  for (let i = 0; i < t.length; i++) {
    const hit = cues.at(t, i, t.length);
    if (!hit) continue;
    const persons = personsFrom(s, hit[1]);
    if (persons.length) out.push({ at: i, persons });
    i = hit[1] - 1;
  }
  return out;
}

/** Named persons from token `from` on, until a verb or a word that opens another clause. */
function personsFrom(s: SentenceInput, from: number): Actor[] {
  const t = s.tokens;
  const out: Actor[] = [];
  const end = Math.min(t.length, from + WINDOW);
  for (let k = from; k < end; k++) {
    const tok = t[k]!;
    const span = s.actors.find((a) => a.start <= tok.start && tok.start < a.end);
    if (span) {
      if (span.actor.type === 'person' && span.actor.name && span.actor.country && !out.includes(span.actor)) out.push(span.actor);
      continue;
    }
    if (STOPS.has(tok.lower) || (tok.pos === 'VERB' && !isTitleWord(tok))) break;
  }
  return out;
}

/** "Acting", "Deputy": capitalised words inside a title may be tagged as verbs. */
const isTitleWord = (t: Token): boolean => /^\p{Lu}/u.test(t.text);

/**
 * Adds the persons of each cue to the events it belongs to: the events of the last trigger before
 * the cue, else of the first one after it ("In the presence of X, the two sides signed …"). Only
 * persons of a country already on the event are added.
 */
export function withCuedPeople(events: readonly CodedDiplo[], cued: readonly CuedPeople[], tokens: readonly Token[]): CodedDiplo[] {
  if (events.length === 0 || cued.length === 0) return [...events];
  let out = [...events];
  for (const c of cued) {
    const start = tokens[c.at]!.start;
    const before = out.filter((e) => e.trigger.start < start);
    const anchor = before.length ? before.reduce((a, b) => (b.trigger.start > a.trigger.start ? b : a)) : out.find((e) => e.trigger.start > start);
    if (!anchor) continue;
    out = out.map((e) => (e.clause.start === anchor.clause.start ? withPersons(e, c.persons) : e));
  }
  return out;
}

/** The event with `persons` of its sides among its participants (each person once). */
export function withPersons(e: CodedDiplo, persons: readonly Actor[]): CodedDiplo {
  const sides = new Set([e.source, e.target, ...e.participants].map((a) => a?.country).filter(Boolean));
  const add = persons.filter((p, k) => sides.has(p.country) && !e.participants.some((q) => q.name === p.name)
    && persons.findIndex((q) => q.name === p.name) === k);
  return add.length ? { ...e, participants: [...e.participants, ...add] } : e;
}

/** The last person named for each country in recent sentences, with the sentence index. */
export type NamedPeople = Map<string, { readonly person: Actor; readonly index: number }>;

const RECENT_SENTENCES = 3;

/** Records the persons named in a sentence (the last one of each country wins). */
export function rememberPeople(s: SentenceInput, named: NamedPeople): void {
  for (const a of s.actors) {
    if (a.actor.type === 'person' && a.actor.name && a.actor.country) named.set(a.actor.country, { person: a.actor, index: s.index });
  }
}

/**
 * "The two ministers signed a memorandum", "the leaders then held talks": a phrase for the two
 * sides' people adds the person last named for each side of the event, in this sentence before
 * the phrase or in the few sentences before it.
 */
export function withPairPeople(
  events: readonly CodedDiplo[], s: SentenceInput, phrases: PhraseIndex<number>, named: NamedPeople,
): CodedDiplo[] {
  if (events.length === 0) return [...events];
  const t = s.tokens;
  const hits: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const hit = phrases.at(t, i, t.length);
    if (hit) {
      hits.push(t[i]!.start);
      i = hit[1] - 1;
    }
  }
  if (hits.length === 0) return [...events];
  return events.map((e) => {
    const at = hits.find((h) => h >= e.clause.start && h < e.clause.end);
    if (at === undefined) return e;
    const countries = new Set([e.source, e.target, ...e.participants].map((a) => a?.country).filter((c): c is string => Boolean(c)));
    const persons: Actor[] = [];
    for (const c of countries) {
      const here = s.actors.filter((a) => a.end <= at && a.actor.type === 'person' && a.actor.name && a.actor.country === c);
      const last = here[here.length - 1]?.actor ?? recentPerson(named, c, s.index);
      if (last) persons.push(last);
    }
    // both sides' people, or it is not clear who "the two ministers" are
    return persons.length >= 2 ? withPersons(e, persons) : e;
  });
}

function recentPerson(named: NamedPeople, country: string, index: number): Actor | null {
  const r = named.get(country);
  return r && index - r.index <= RECENT_SENTENCES && r.index < index ? r.person : null;
}

const PARTICIPLES = new Set(['saying', 'adding', 'noting', 'stressing', 'insisting', 'explaining', 'announcing', 'confirming', 'declaring', 'warning']);

/**
 * "Foreign Minister X spoke to reporters on Monday, saying the country would open …": the person
 * who opens the sentence is the speaker of what follows the participle. Returns the participle's
 * token index and the person, or null.
 */
export function participleSpeaker(s: SentenceInput): { readonly at: number; readonly person: Actor } | null {
  if (s.speaker) return null;
  const t = s.tokens;
  const at = t.findIndex((x, i) => i > 0 && PARTICIPLES.has(x.lower) && t[i - 1]!.lower === ',');
  if (at < 0) return null;
  const first = s.actors.find((a) => a.actor.type === 'person' && a.actor.name);
  if (!first || first.start >= t[at]!.start) return null;
  // the person must be the subject: no verb before it ("On Monday, Foreign Minister X told …")
  if (t.some((x) => x.end <= first.start && x.pos === 'VERB')) return null;
  return { at, person: first.actor };
}

import type { Actor } from '../../model/actor.js';
import type { Token } from '../../nlp/types.js';
import type { Clause } from './clauses.js';
import { tokenAt } from './tokens.js';
import type { ActorSpan } from './types.js';

/** An actor mention in a clause, with its token range and the preposition that introduces it. */
export interface Slot {
  readonly span: ActorSpan;
  readonly from: number;
  readonly to: number;
  /** `with`, `to`, `in`, `between`, `of`, `by`…; null when none (a subject or direct object). */
  readonly prep: string | null;
}

const PREPS = new Set(['with', 'to', 'in', 'at', 'into', 'from', 'for', 'between', 'of', 'by', 'among', 'on', 'during', 'inside', 'toward', 'towards', 'and', 'against']);
const PLACE_PREPS = new Set(['in', 'at', 'inside', 'during']);
const NP_SKIP = new Set(['DET', 'ADJ', 'NUM']);

/** The actor mentions of one clause, in order, with their positions. */
export class ClauseView {
  readonly slots: readonly Slot[];

  constructor(
    readonly tokens: readonly Token[],
    readonly clause: Clause,
    actors: readonly ActorSpan[],
  ) {
    const cStart = tokens[clause.from]!.start;
    const cEnd = tokens[clause.to - 1]!.end;
    const slots: Slot[] = [];
    for (const span of actors) {
      if (span.start < cStart || span.end > cEnd) continue;
      const from = tokenAt(tokens, span.start, clause.from, clause.to);
      let to = tokenAt(tokens, span.end, from, clause.to);
      if (to <= from) to = from + 1;
      // "in Porto, Portugal": a country apposed to a place is part of that place
      const last = slots[slots.length - 1];
      const apposed = last && isPlace(last) && last.to === from - 1 && tokens[from - 1]!.lower === ',' && span.actor.type === 'country'
        && last.span.actor.country === span.actor.country;
      slots.push({ span, from, to, prep: apposed ? last.prep : prepBefore(tokens, clause.from, from) });
    }
    this.slots = slots;
  }

  /** Actors before token `i` that are not places ("in Baku"). */
  before(i: number): Slot[] {
    return this.slots.filter((s) => s.to <= i && !isPlace(s));
  }

  /** Actors starting at or after token `i`. */
  after(i: number): Slot[] {
    return this.slots.filter((s) => s.from >= i);
  }

  /** The actor whose mention covers token `i`, if any. */
  covering(i: number): Slot | null {
    return this.slots.find((s) => s.from <= i && i < s.to) ?? null;
  }

  /**
   * The owner of the noun phrase at tokens [from, to): "Azerbaijan's embassy", "the Peruvian
   * embassy", "Embassy of Ethiopia", or a mention that covers the noun ("Peruvian embassy in Baku").
   */
  ownerOf(from: number, to: number): Slot | null {
    const cover = this.slots.find((s) => s.from <= from && s.to >= from + 1);
    if (cover) return cover;
    for (let k = from - 1; k >= this.clause.from && k >= from - 4; k--) {
      const hit = this.slots.find((s) => s.to === k + 1);
      if (hit) return hit;
      const t = this.tokens[k]!;
      // "Peru's Embassy", "the president's state visit": a noun right before the head is a compound
      if (!(NP_SKIP.has(t.pos) || isPossessive(t) || t.pos === 'NOUN' && k === from - 1)) break;
    }
    let k = to;
    if (this.tokens[k]?.lower === 'of' || this.tokens[k]?.lower === 'from') {
      k++;
      const det = this.tokens[k]?.pos === 'DET' ? k : -1;
      if (det >= 0) k++;
      return this.slots.find((s) => s.from === k || s.from === det) ?? null;
    }
    return null;
  }

  /** A possessive pronoun right before the noun at `from` ("its embassy", "their diplomats"). */
  pronounOwner(from: number): string | null {
    for (let k = from - 1; k >= this.clause.from && k >= from - 3; k--) {
      const t = this.tokens[k]!;
      if (POSSESSIVE_PRONOUNS.has(t.lower)) return t.lower;
      if (!(t.pos === 'ADJ' || t.pos === 'NOUN' && /^[a-z]/.test(t.text) === false || t.pos === 'ADV')) break;
    }
    return null;
  }

  /** Is there a word from `words` in the clause? */
  has(words: ReadonlySet<string>): boolean {
    for (let i = this.clause.from; i < this.clause.to; i++) {
      const t = this.tokens[i]!;
      if (words.has(t.lower) || words.has(t.lemma)) return true;
    }
    return false;
  }
}

/**
 * The mentions of a sentence that can stand for a party: not a country that only says where a
 * non-state group comes from ("a Danish shipping group", "Turkish textile makers",
 * "Chilean state copper company Codelco"), not a country named in a sports body ("Rugby Kenya"),
 * not a city inside a longer name ("The Nairobi Courier"). Filtering once per sentence keeps pronouns ("… said it had held talks") off them too.
 */
export function partyMentions(
  tokens: readonly Token[], actors: readonly ActorSpan[], nonState: ReadonlySet<string>, sports: ReadonlySet<string> = new Set(),
): ActorSpan[] {
  if (tokens.length === 0) return [...actors];
  return actors.filter((span) => {
    if (span.actor.type === 'person') return true;
    const from = tokenAt(tokens, span.start, 0, tokens.length);
    let to = tokenAt(tokens, span.end, from, tokens.length);
    if (to <= from) to = from + 1;
    if (nonStateHead(tokens, to, tokens.length, nonState)) return false;
    // "Cricket Australia signed a deal": a sports body named after its country
    const prev = tokens[from - 1];
    if (prev !== undefined && /^\p{Lu}/u.test(prev.text) && sports.has(prev.lower) && span.via === 'name') return false;
    return !(CITY_NAME_VIA.has(span.via ?? '') && partOfName(tokens, to, actors));
  });
}

const CALENDAR = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)$/;
const CITY_NAME_VIA = new Set(['capital', 'city']);
const COMPOUND_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/** "a Peruvian regional bank", "a Danish shipping group": the noun phrase after a demonym heads on a non-state group. */
function nonStateHead(tokens: readonly Token[], from: number, to: number, groups: ReadonlySet<string>): boolean {
  for (let k = from; k < to && k < from + 4; k++) {
    const t = tokens[k]!;
    if (!(COMPOUND_POS.has(t.pos) || t.pos === 'VERB' && t.lower.endsWith('ing'))) return false;
    if (groups.has(t.lemma) || groups.has(t.lower)) return true;
  }
  return false;
}

/**
 * "The Nairobi Courier spoke with …", "the Lagos Herald reported": a city right before a
 * capitalised noun that no other mention covers is part of a longer name (a newspaper, a
 * university), not the government seated there. A Title-Case headline ("Baku Hosts Peru
 * Delegation") is not read this way: the word after the name must be lower case or punctuation.
 */
function partOfName(tokens: readonly Token[], to: number, actors: readonly ActorSpan[]): boolean {
  const next = tokens[to];
  if (!next || !/^\p{Lu}\p{Ll}/u.test(next.text) || CALENDAR.test(next.lower)) return false;
  if (actors.some((a) => a.start <= next.start && next.start < a.end)) return false;
  const after = tokens[to + 1];
  return after === undefined || /^[\p{Ll}\p{P}]/u.test(after.text);
}

export const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my']);

const isPossessive = (t: Token): boolean => t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’';

/** Is the slot a place rather than a party ("in Baku", "at the UN")? */
export const isPlace = (s: Slot): boolean => s.prep !== null && PLACE_PREPS.has(s.prep);

const VENUE_HEADS = new Set(['sidelines', 'sideline', 'margins', 'margin', 'fringes', 'fringe']);

/** The preposition right before token `from` (skipping "the", adjectives), or null. */
function prepBefore(tokens: readonly Token[], clauseFrom: number, from: number): string | null {
  for (let k = from - 1; k >= clauseFrom && k >= from - 3; k--) {
    const t = tokens[k]!;
    // "worked out of Nairobi": a base, not an origin or an owner
    if (t.lower === 'of' && tokens[k - 1]?.lower === 'out') return 'at';
    // "on the sidelines of the G20 summit", "on the fringes of an EU council": a venue
    if (t.lower === 'of' && VENUE_HEADS.has(tokens[k - 1]?.lower ?? '')) return 'at';
    if (PREPS.has(t.lower) && (t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'PART' || t.lower === 'to')) return t.lower;
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return null;
  }
  return null;
}

/** A country-level actor or a person: true when it can stand for a party of a diplomatic event. */
export const isParty = (a: Actor): boolean => a.country !== null || a.type === 'person';

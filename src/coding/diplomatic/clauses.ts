import type { Token } from '../../nlp/types.js';
import { isVerb } from './tokens.js';

/** A clause: tokens [from, to) of the article's token array. */
export interface Clause {
  readonly from: number;
  readonly to: number;
  /**
   * `main`: the first clause; `coordinate`: after "and"/"but"/";" with its own subject;
   * `continued`: a coordinated verb phrase without a subject of its own ("… and discussed …"),
   * which shares the subject and date of the clause before it; `complement`: a "that"-clause
   * after a verb of saying ("recalled that …").
   */
  readonly type: 'main' | 'coordinate' | 'continued' | 'complement';
}

const COORD = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet']);
const PARTICIPLE_SAY = new Set(['adding', 'saying', 'noting', 'stressing', 'stating', 'explaining', 'emphasizing', 'emphasising', 'underlining', 'pointing']);
const TIME_ADVERBS = new Set(['since', 'later', 'then', 'subsequently', 'afterwards', 'also', 'again', 'now', 'recently', 'soon']);
const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);

/**
 * Splits a sentence into clauses so that each gets its own date and actors: "in 2015, A opened
 * its embassy in Lima and in 2017, B inaugurated its embassy in Baku" is two clauses. A split at a
 * coordinator needs a verb on both sides ("Peru and Azerbaijan established …" is one clause).
 */
export function splitClauses(tokens: readonly Token[], from: number, to: number, extraCuts: readonly number[] = []): Clause[] {
  const cuts: { at: number; type: Clause['type'] }[] = extraCuts.filter((c) => c > from && c < to).map((at) => ({ at, type: 'complement' as const }));
  let segStart = from;
  let leftHasVerb = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.lower === ';') {
      cuts.push({ at: i + 1, type: 'coordinate' });
      segStart = i + 1;
      leftHasVerb = false;
      continue;
    }
    // ("visited Lima in June of that year", "met again that evening": a demonstrative before a time noun)
    if (t.lower === 'that' && i > segStart && !THAT_TIME.has(tokens[i + 1]?.lower ?? '') && (leftHasVerb || anyVerb(tokens, segStart, i)) && saysBefore(tokens, i, segStart)) {
      cuts.push({ at: i, type: 'complement' });
      segStart = i;
      leftHasVerb = false;
      continue;
    }
    // ", adding …", ", saying …": a participial clause of saying starts a new clause
    if (t.lower === ',' && i + 1 < to && PARTICIPLE_SAY.has(tokens[i + 1]!.lower)) {
      cuts.push({ at: i + 1, type: 'complement' });
      segStart = i + 1;
      leftHasVerb = false;
      continue;
    }
    // "…, a month after Niger's rulers ordered …", "After X recalled its envoy, Y …": an adverbial
    // clause with its own subject is a clause of its own; a leading one ends at its comma
    const leading = i - segStart <= 3 && !leftHasVerb;
    if (SUBORDINATORS.has(t.lower) && (leading || anyVerb(tokens, segStart, i))) {
      const v = subordinateVerb(tokens, i + 1, to);
      if (v >= 0) {
        cuts.push({ at: i, type: 'coordinate' });
        if (leading) {
          const comma = leadingEnd(tokens, v, to);
          if (comma > 0) cuts.push({ at: comma + 1, type: 'coordinate' });
        }
        segStart = i;
        leftHasVerb = false;
        continue;
      }
    }
    if (COORD.has(t.lower) && leftHasVerb && !betweenPair(tokens, i, segStart) && !relativeOnPair(tokens, i, to)) {
      const v = nextVerb(tokens, i + 1, to);
      if (v >= 0) {
        const direct = firstContent(tokens, i + 1, v) === v;
        cuts.push({ at: i, type: direct ? 'continued' : 'coordinate' });
        segStart = i;
        leftHasVerb = false;
        continue;
      }
    }
    if (clauseVerb(tokens, i, from)) leftHasVerb = true;
  }
  cuts.sort((a, b) => a.at - b.at);
  const out: Clause[] = [];
  let start = from;
  let type: Clause['type'] = 'main';
  for (const c of cuts) {
    if (c.at > start) out.push({ from: start, to: c.at, type });
    start = c.at;
    type = c.type;
  }
  if (to > start) out.push({ from: start, to, type });
  return out;
}

/**
 * A verb that heads a clause, not a participle inside a noun phrase: "the consultations attended
 * by X", "consultations held at the ministry", "the agreement signed in 2014".
 */
function clauseVerb(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (!isVerb(t)) return false;
  const next = tokens[i + 1]?.lower ?? '';
  // ("signed by X" is a participle; "responded by expelling …" heads its clause)
  const byGerund = next === 'by' && /^\p{Ll}+ing$/u.test(tokens[i + 2]?.text ?? '');
  if (byGerund) return true;
  if (next === 'by') return false;
  const prev = i > from ? tokens[i - 1]! : null;
  const participle = t.lower.endsWith('ed') || IRREGULAR_PARTICIPLES.has(t.lower);
  // "the agreement signed in 2014", "the treaty on X, signed in Lima in May"
  // (not a name that opens the sentence: "Mbeki's cabinet pledged in 2001 to …", "Peru signed in May")
  return !(prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.lower === ',') && participle && REDUCED_NEXT.has(next)
    && !nameSubject(tokens, from, i));
}

/** Only a proper name (with its possessive) stands before token `i` in [from, i). */
function nameSubject(tokens: readonly Token[], from: number, i: number): boolean {
  if (i - from > 6 || i === from) return false;
  for (let k = from; k < i; k++) if (tokens[k]!.pos !== 'PROPN' && tokens[k]!.lower !== "'s" && tokens[k]!.lower !== '’s') return false;
  return true;
}

/** "the treaty between A and B": an "and" that joins the two sides after "between" (no verb since). */
function betweenPair(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 8; k--) {
    const t = tokens[k]!;
    if (t.lower === 'between') return true;
    if (isVerb(t) || t.pos === 'AUX' || t.lower === ',') return false;
  }
  return false;
}

const IRREGULAR_PARTICIPLES = new Set(['held', 'made', 'set', 'led', 'built', 'sent', 'done', 'given', 'taken', 'shown', 'known', 'shut', 'won', 'begun', 'written']);

const REDUCED_NEXT = new Set(['at', 'in', 'on', 'by', 'last', 'earlier', 'during', 'between', 'with', 'from']);

function anyVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerb(tokens[k]!) || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/**
 * The comma that ends a leading adverbial clause whose verb is at `v`, or -1: not the comma
 * inside a date ("on March 3, 1971"), and past a participle that continues the clause ("When A
 * and B signed the accord in 1971, ending the dispute, crowds …").
 */
function leadingEnd(tokens: readonly Token[], v: number, to: number): number {
  for (let k = v + 1; k < to; k++) {
    if (tokens[k]!.lower !== ',') continue;
    if (/^\d{1,2}$/.test(tokens[k - 1]!.text) && /^(?:1[6-9]|20)\d\d$/.test(tokens[k + 1]?.text ?? '')) continue;
    const next = tokens[k + 1];
    if (next && next.pos === 'VERB' && /^\p{Ll}+ing$/u.test(next.text)) {
      const end = tokens.findIndex((x, j) => j > k + 1 && j < to && x.lower === ',');
      if (end > 0) return end;
    }
    return k;
  }
  return -1;
}

const ADVERBIAL_OPENERS = new Set(['when', 'where', 'after', 'before', 'because', 'until', 'whereas']);
const SUBORDINATORS = new Set(['after', 'before', 'since', 'when', 'because', 'until', 'once', 'as']);
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ']);

/**
 * The verb of an adverbial clause that has a subject of its own ("after the junta ordered",
 * "since he returned"), or -1 for a phrase ("after talks", "since then", "after meeting X",
 * "since 1992", "as a sign of").
 */
function subordinateVerb(tokens: readonly Token[], from: number, to: number): number {
  const first = tokens[from];
  if (!first || !SUBJECT_START.has(first.pos) || first.lower === 'then' || first.lower === 'such') return -1;
  // "after Presidents X and Y signed it": a coordinated subject may hold "and"
  let v = -1;
  for (let i = from; i < Math.min(to, from + 9) && v < 0; i++) if (clauseVerb(tokens, i, from)) v = i;
  if (v <= from) return -1;
  for (let k = from; k < v; k++) {
    const t = tokens[k]!;
    // "after the two prime ministers signed": a number after a determiner is part of the subject
    if (t.lower === ',' || t.pos === 'ADP' && t.lower !== 'of' || t.pos === 'NUM' && tokens[k - 1]?.pos !== 'DET') return -1;
  }
  return v;
}

/** The verb of the next clause: a verb before the next coordinator or the end. */
function nextVerb(tokens: readonly Token[], from: number, to: number): number {
  const limit = Math.min(to, from + 12);
  for (let i = from; i < limit; i++) {
    const t = tokens[i]!;
    // "…, and in May Peru and Fiji signed": an "and" between two names joins a subject
    if ((COORD.has(t.lower) && !namePair(tokens, i)) || t.lower === ';') return -1;
    // "toured A and B in June 2022, when both sides agreed …": the verb belongs to the adverbial clause
    if (i > from && ADVERBIAL_OPENERS.has(t.lower)) return -1;
    // "and opening", "and the signing": a gerund right after the coordinator is a noun phrase
    if (clauseVerb(tokens, i, from) && !(i === from && t.lower.endsWith('ing'))) return i;
  }
  return -1;
}

/** First token in [from, to) that is not an adverb, auxiliary, particle or comma. */
function firstContent(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!SKIP_BEFORE_VERB.has(t.pos) && t.lower !== ',' && !TIME_ADVERBS.has(t.lower)) return i;
  }
  return to;
}

/** "said that", "pointed out that", "told Trend that": a verb (of saying) right before "that". */
function saysBefore(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 5; k--) {
    const t = tokens[k]!;
    if (isVerb(t)) return true;
    // "agreed last week that", "announced on Monday that"
    if (TIME_NOUNS.has(t.lemma) || t.pos === 'NUM') continue;
    if (!SAY_GAP.has(t.pos) && t.lower !== ',') return tellsBefore(tokens, i, from);
  }
  return tellsBefore(tokens, i, from);
}

const TELL_VERBS = new Set(['tell', 'assure', 'inform', 'brief', 'warn', 'remind', 'notify', 'promise', 'reassure', 'convince', 'advise']);
const TELL_GAP = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'NUM', 'PRON', 'PUNCT']);

/**
 * "told foreign diplomats that", "promised Premier X by phone late on Friday that": a
 * verb of telling, its addressee and circumstances, then "that".
 */
function tellsBefore(tokens: readonly Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= from && k >= i - 14; k--) {
    const t = tokens[k]!;
    if (isVerb(t)) return TELL_VERBS.has(t.lemma) && k < i - 1;
    if (!TELL_GAP.has(t.pos) || (t.pos === 'PUNCT' && t.lower !== ',')) return false;
  }
  return false;
}

const THAT_TIME = new Set(['year', 'month', 'week', 'day', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'winter', 'same']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'day', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next', 'earlier', 'yesterday', 'today', 'morning', 'afternoon', 'evening', 'night']);
const SAY_GAP = new Set(['ADP', 'ADV', 'PART', 'PROPN', 'PRON', 'DET']);

/** "Armenia and Fiji": an "and" between two proper names. */
const namePair = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]!.lower === 'and' && tokens[i - 1]?.pos === 'PROPN' && tokens[i + 1]?.pos === 'PROPN';

/** Quantifiers of a plural antecedent that open a relative clause ("…, both of which …"). */
export const PLURAL_QUANTIFIERS: ReadonlySet<string> = new Set(['both', 'all', 'each']);
const RELATIVE_HEADS = new Set(['which', 'who', ...PLURAL_QUANTIFIERS, 'neither', 'whose']);

/** "…, after Fiji and Samoa, both of which broke with X": two names joined by "and" that a relative clause follows. */
function relativeOnPair(tokens: readonly Token[], i: number, to: number): boolean {
  if (!namePair(tokens, i)) return false;
  let k = i + 1;
  while (k < to && tokens[k]!.pos === 'PROPN') k++;
  return tokens[k]?.lower === ',' && RELATIVE_HEADS.has(tokens[k + 1]?.lower ?? '');
}

import type { EventDate } from '../../model/event.js';
import type { Clause } from './clauses.js';
import type { SentenceInput } from './types.js';

// How far a date stated in one clause reaches into the others of its sentence: a date that
// opens the sentence, the saying's date over a "that"-clause, and the clauses it does not reach
// (moving on in time, looking ahead, of another time).

/** Words that move a clause on in time from the one before. */
export const TIME_SHIFT: ReadonlySet<string> = new Set(['since', 'later', 'then', 'subsequently', 'afterwards', 'afterward', 'now', 'today', 'recently', 'also', 'again']);

const PROSPECTIVE = new Set([
  'will', 'would', 'shall', 'should', 'could', 'may', 'might', "'ll", 'expected', 'set', 'plan', 'plans', 'planned', 'planning',
  'intend', 'intends', 'intended', 'hope', 'hopes', 'hoped', 'want', 'wants', 'aim', 'aims', 'seek', 'seeks', 'scheduled', 'due',
]);

/** A "that"-clause after a verb of saying ("announced that …"), not a participle ("…, adding …"). */
export function thatComplement(tokens: SentenceInput['tokens'], clause: Clause): boolean {
  return clause.type === 'complement' && tokens[clause.from]?.lower === 'that';
}

const OTHER_TIME = new Set(['after', 'before', 'since', 'until', 'once', 'because', 'as', 'following']);

/** "… after Azerbaijan opened one in Lima": a subordinate clause of another time ("after which" goes on from the date). */
export function otherTime(tokens: SentenceInput['tokens'], clause: Clause): boolean {
  return OTHER_TIME.has(tokens[clause.from]!.lower) && tokens[clause.from + 1]?.lower !== 'which';
}

/** Does the clause move on in time ("… and later", "then", "since")? */
export function timeShift(tokens: SentenceInput['tokens'], clause: Clause): boolean {
  for (let k = clause.from; k < clause.to && k < clause.from + 5; k++) if (TIME_SHIFT.has(tokens[k]!.lower)) return true;
  return false;
}

const DATELINE_DASH = new Set(['—', '–', '-', '--']);

/**
 * The date that opens the sentence ("In January 2023, …", "On Tuesday …", after a dateline
 * "TALLINN - In 2022 …"): at most two words before it, none of them a verb.
 */
export function frontedDate(s: SentenceInput): EventDate | null {
  const d = s.dates[0];
  if (!d || d.date.basis === 'article' || !d.date.value) return null;
  const t = s.tokens;
  let k = 0;
  const dash = t.findIndex((x, j) => j > 0 && j < 8 && DATELINE_DASH.has(x.text));
  if (dash > 0 && /^[\p{Lu}/.'-]{3,}$/u.test(t[0]!.text) && t[dash]!.end <= d.start) k = dash + 1;
  let words = 0;
  for (; k < t.length && t[k]!.end <= d.start; k++) {
    if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX' || ++words > 2) return null;
  }
  return d.date;
}

/** A clause about what is yet to happen ("that Chile would reopen …", "that it plans to …"): the saying's date is not its date. */
export function prospective(tokens: SentenceInput['tokens'], clause: Clause): boolean {
  for (let k = clause.from; k < clause.to; k++) if (PROSPECTIVE.has(tokens[k]!.lower)) return true;
  return false;
}

const SEGMENT_BREAKS = new Set([':', ';', '—', '–']);

/**
 * "It took years to mend the break: in May 1990 Chile reopened its embassy, and Peru restored
 * relations": a date that opens the part of the sentence after a colon, semicolon or dash (at
 * most two words after the mark, none a verb) dates the clauses of that part, as a date that
 * opens a sentence does.
 */
export function segmentDate(s: SentenceInput, clause: Clause): EventDate | null {
  const t = s.tokens;
  let b = clause.from - 1;
  while (b >= 0 && !SEGMENT_BREAKS.has(t[b]!.text)) b--;
  if (b < 0) return null;
  const d = s.dates.find((x) => x.start >= t[b]!.end);
  if (!d || d.date.basis === 'article' || !d.date.value || d.end > t[clause.from]!.start) return null;
  let words = 0;
  for (let k = b + 1; k < t.length && t[k]!.end <= d.start; k++) {
    if (t[k]!.pos === 'VERB' || t[k]!.pos === 'AUX' || ++words > 2) return null;
  }
  return d.date;
}

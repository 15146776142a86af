import type { Token } from '../../nlp/types.js';
import type { Clause } from './clauses.js';
import type { PhraseIndex } from './tokens.js';

const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'while', 'whereas']);
const SUBJECT_PREMODIFIERS = new Set(['DET', 'ADJ', 'PROPN', 'NUM', 'PART', 'NOUN']);
const SUBJECT_TAIL = new Set(['ADP', 'DET', 'PROPN', 'ADJ', 'ADV', 'AUX', 'PART', 'NUM', 'CCONJ']);
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/** Does an object follow the trigger ("opened its doors", "opened talks"), not a date, place or adverb ("opened on Monday")? */
export function objectFollows(tokens: readonly Token[], end: number, to: number): boolean {
  const t = tokens[end];
  // ("opened its doors" is the opening itself)
  if (tokens[end + 1]?.lower === 'doors' && /^(?:its|their)$/.test(t?.lower ?? '')) return false;
  return end < to && t !== undefined && OBJECT_START.has(t.pos) && !/^(?:today|yesterday|tomorrow)$/.test(t.lower);
}

/**
 * "The Ghanaian consulate in Lyon will close on 15 August", "The Honorary Consulate of X in Y,
 * Republic of Z, formally opened on April 12": the object noun as the subject that opens the
 * clause (after a leading comma-phrase), its modifiers ("of X", "in Y", an apposed place) and
 * auxiliaries or adverbs between it and the trigger, no verb.
 */
export function subjectObject(tokens: readonly Token[], clause: Clause, trig: number, phrases: PhraseIndex<number>): [number, number, number] | null {
  if (routineHours(tokens, trig + 1, clause.to)) return null;
  let start = clause.from;
  for (let k = clause.from; k < trig && k < clause.from + 6; k++) if (tokens[k]!.lower === ',') { start = k + 1; break; }
  // "… that the consulate will close", "and the embassy opened", "notify citizens that the consulate …"
  if (start === clause.from && CLAUSE_OPENERS.has(tokens[start]?.lower ?? '')) start++;
  for (let k = trig - 1; k > start && k >= trig - 16 && tokens[k]!.pos !== 'VERB'; k--) {
    if (tokens[k]!.lower === 'that') {
      start = k + 1;
      break;
    }
  }
  for (let k = start; k < trig; k++) {
    const hit = phrases.at(tokens, k, trig);
    if (hit) {
      for (let j = hit[1]; j < trig; j++) {
        const t = tokens[j]!;
        if (!SUBJECT_TAIL.has(t.pos) && t.lower !== ',' && t.pos !== 'NOUN') return null;
        if (t.lower === 'that' || t.lower === 'which' || t.lower === 'who') return null;
      }
      return [k, hit[1], hit[0]];
    }
    const t = tokens[k]!;
    if (!SUBJECT_PREMODIFIERS.has(t.pos) && t.lower !== "'s" && t.lower !== '’s' && t.lower !== '-') return null;
  }
  return null;
}

const ROUTINE = new Set(['holiday', 'holidays', 'weekend', 'weekends', 'usual', 'hours', 'noon', 'midday', 'lunch', 'early']);

/**
 * "The embassy will close on Monday for a public holiday", "the consulate closes at 2 pm on
 * Fridays", "opened at 9 am as usual": opening hours, no opening or closing of the mission.
 */
function routineHours(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (ROUTINE.has(t.lower)) return true;
    if (t.lower === 'at' && /^\d{1,2}(?:[:.]\d\d)?(?:am|pm)?$/i.test(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

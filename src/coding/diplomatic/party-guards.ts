import type { ClauseView, Slot } from './clause-view.js';

// Mentions a clause names that are no party of its event: an organisation inside a ministry's
// name, the noun of a time adverbial, and the other side a subject names without resolving it.

const NAME_GLUE = new Set(['and', ',', 'of', '&']);

/**
 * "Minister of Foreign Affairs, Francophonie and African Union of Ruritania X": an organisation
 * inside the name of a ministry (capitalised words from "Minister" or "Ministry" to it) is no party.
 */
export function inMinistryName(view: ClauseView, s: Slot): boolean {
  const t = view.tokens;
  for (let k = s.from - 1; k >= view.clause.from && k >= s.from - 8; k--) {
    if (/^Minist(?:er|ry)$/.test(t[k]!.text)) return true;
    if (!NAME_GLUE.has(t[k]!.lower) && !/^\p{Lu}/u.test(t[k]!.text)) return false;
  }
  return false;
}

const TEMPORAL_PREPS = new Set(['after', 'before', 'since', 'following', 'until', 'amid', 'during']);

/** A temporal preposition between tokens [from, to) ("… after the collapse of X", "… amid the war in Y"). */
export function temporalBetween(view: ClauseView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TEMPORAL_PREPS.has(view.tokens[k]!.lower)) return true;
  return false;
}

/**
 * "the Republic of Ghana and the Kingdom of Ruritania signed …" with the second name unknown:
 * the subject names its other side, so the article's pair does not stand in for it.
 */
export function unnamedConjunct(view: ClauseView, trigFrom: number): boolean {
  const t = view.tokens;
  for (let k = view.clause.from + 1; k < trigFrom - 1; k++) {
    if (t[k]!.lower !== 'and' || !view.covering(k - 1)) continue;
    let j = k + 1;
    if (t[j]?.lower === 'the') j++;
    return j < trigFrom && /^\p{Lu}/u.test(t[j]!.text) && (t[j]!.pos === 'PROPN' || t[j]!.pos === 'NOUN') && !view.covering(j);
  }
  return false;
}

import type { EventDate } from '../../model/event.js';
import type { CodedDiplo, SentenceInput } from './types.js';

/** Sentences back to look for the past occasion a story is telling. */
const REACH = 2;
/** How far before the article date an occasion must lie to be background, in years. */
const BACKGROUND_YEARS = 1;
const IRREGULAR_PAST = new Set(['shut', 'met', 'held', 'broke', 'cut', 'paid', 'sent', 'led', 'made', 'took', 'gave', 'went', 'came', 'flew', 'sat', 'set', 'withdrew', 'began']);
const PERFECT = new Set(['has', 'have', "'s", "'ve", 'will', 'would']);

/**
 * "On 2 March 2009, Chile broke off relations with Ruritania. Few had seen it coming.
 * Chile shut its embassy …": an undated sentence that goes on telling a
 * past occasion, in the simple past, right after the sentence that dated it (at most `REACH`
 * sentences back, with no event of the article's own time between), takes that occasion's date
 * instead of the article's. Only occasions at least a year before the article count: a story
 * of this week returns to its news without a date as often as not.
 */
export function withNarrativeDates(
  s: SentenceInput, events: readonly CodedDiplo[], history: readonly (readonly CodedDiplo[])[], article: EventDate,
): readonly CodedDiplo[] {
  if (events.length === 0 || s.dates.length > 0 || !article.value) return events;
  const backdrop = occasionBefore(history, article);
  if (!backdrop) return events;
  let out: CodedDiplo[] | null = null;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.date.basis !== 'article' || e.modality !== 'asserted' || !simplePast(s, e.trigger.start)) continue;
    out ??= [...events];
    out[k] = { ...e, date: { ...backdrop, basis: 'relative', text: backdrop.text } };
  }
  return out ?? events;
}

/** The date of the past occasion the sentences just before told, if any. */
function occasionBefore(history: readonly (readonly CodedDiplo[])[], article: EventDate): EventDate | null {
  const articleYear = Number(article.value!.slice(0, 4));
  for (let i = history.length - 1; i >= 0 && i >= history.length - REACH; i--) {
    const list = history[i]!;
    if (list.length === 0) continue;
    const dated = list.findLast((e) => e.date.basis !== 'article' && e.date.value && !e.date.value.includes('/') && e.modality === 'asserted');
    if (!dated || list.some((e) => e.date.basis === 'article')) return null;
    return articleYear - Number(dated.date.value!.slice(0, 4)) >= BACKGROUND_YEARS ? dated.date : null;
  }
  return null;
}

/** Is the verb at character `at` a simple past ("closed", "met"), not a perfect or a future? */
function simplePast(s: SentenceInput, at: number): boolean {
  const k = s.tokens.findIndex((t) => t.start === at);
  if (k < 0) return false;
  const t = s.tokens[k]!;
  if (t.pos !== 'VERB' || !(/\p{Ll}ed$/u.test(t.text) || IRREGULAR_PAST.has(t.lower))) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (PERFECT.has(s.tokens[j]!.lower)) return false;
    if (s.tokens[j]!.pos !== 'ADV' && s.tokens[j]!.pos !== 'AUX') break;
  }
  return true;
}

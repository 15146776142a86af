import type { EventDate } from '../../model/event.js';
import { simplePast, withContextDates } from './context-dates.js';
import type { CodedDiplo, SentenceInput } from './types.js';

/** Sentences back to look for the past occasion a story is telling. */
const REACH = 2;
/** How far before the article date an occasion must lie to be background, in years. */
const BACKGROUND_YEARS = 1;

/**
 * "On 2 March 2009, Chile broke off relations with Ruritania. Few had seen it coming.
 * Chile shut its embassy …": an undated sentence that goes on telling a
 * past occasion, in the simple past, right after the sentence that dated it (at most `REACH`
 * sentences back, with no event of the article's own time between), takes that occasion's date
 * instead of the article's. Only occasions at least a year before the article count: a story
 * of this week returns to its news without a date as often as not. A paragraph break ends the
 * story (when `sentences` carry their paragraph): the next paragraph may tell today's news.
 */
export function withNarrativeDates(
  s: SentenceInput, events: readonly CodedDiplo[], history: readonly (readonly CodedDiplo[])[], article: EventDate,
  sentences: readonly SentenceInput[] = [],
): readonly CodedDiplo[] {
  if (events.length === 0 || !article.value) return events;
  // the entry, occasion, readout or sentence before that dates it (context-dates.ts)
  events = withContextDates(s, events, history, article, sentences);
  if (s.dates.length > 0) return events;
  const found = occasionBefore(history, article);
  if (!found) return events;
  const [backdrop, at] = found;
  let out: CodedDiplo[] | null = null;
  for (let k = 0; k < events.length; k++) {
    const e = events[k]!;
    if (e.date.basis !== 'article' || e.modality !== 'asserted' || !simplePast(s, e.trigger.start)) continue;
    if (out === null && newStory(s, history.length, at, sentences)) return events;
    out ??= [...events];
    out[k] = { ...e, date: { ...backdrop, basis: 'relative', text: backdrop.text } };
  }
  return out ?? events;
}

/**
 * Does `s` lie past a paragraph break after the sentence `at` that told the occasion, in a
 * paragraph that does not open by pointing back at it ("The announcement came without
 * warning.", "It was …")? Right after it is no new story (wire copy gives each sentence a
 * paragraph of its own). Unknown paragraphs: no. `i` is the position of `s` in `sentences`.
 */
function newStory(s: SentenceInput, i: number, at: number, sentences: readonly SentenceInput[]): boolean {
  const before = sentences[at];
  if (at === i - 1 || s.paragraph === undefined || before?.paragraph === undefined || s.paragraph === before.paragraph) return false;
  let k = i;
  while (k - 1 > at && sentences[k - 1]?.paragraph === s.paragraph) k--;
  const opener = sentences[k]?.tokens;
  if (!opener || opener.length === 0) return true;
  const first = opener[0]!.lower;
  if (BACK_PRONOUNS.has(first) && opener[1]?.pos !== 'NOUN') return false;
  return !(BACK_DETS.has(first) && BACK_NOUNS.has(opener[1]?.lower ?? ''));
}

const BACK_PRONOUNS = new Set(['it', 'this', 'that']);
const BACK_DETS = new Set(['the', 'this', 'that']);
const BACK_NOUNS = new Set(['announcement', 'move', 'decision', 'step', 'break', 'rupture', 'closure', 'expulsion', 'expulsions', 'decree', 'order', 'measure', 'measures', 'news']);

/** The date of the past occasion the sentences just before told and the index of its sentence, if any. */
function occasionBefore(history: readonly (readonly CodedDiplo[])[], article: EventDate): readonly [EventDate, number] | null {
  const articleYear = Number(article.value!.slice(0, 4));
  for (let i = history.length - 1; i >= 0 && i >= history.length - REACH; i--) {
    const list = history[i]!;
    if (list.length === 0) continue;
    const dated = list.findLast((e) => e.date.basis !== 'article' && e.date.value && !e.date.value.includes('/') && e.modality === 'asserted');
    if (!dated || list.some((e) => e.date.basis === 'article')) return null;
    return articleYear - Number(dated.date.value!.slice(0, 4)) >= BACKGROUND_YEARS ? [dated.date, i] : null;
  }
  return null;
}

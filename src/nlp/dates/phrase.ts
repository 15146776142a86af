import type { EventDate } from '../../model/event.js';
import { parseRef } from './calendar.js';
import { findDates } from './find.js';
import { type Tense, resolveDate } from './resolve.js';

/**
 * Resolves one date phrase on its own ("June 27-28", "last week") against a reference date
 * (ISO, or null); null when the phrase holds no date. For tests and tools; the analyser finds
 * dates in running text itself.
 */
export function resolveDatePhrase(phrase: string, ref: string | null, tense: Tense = 'neutral'): EventDate | null {
  const m = findDates(phrase)[0];
  if (!m) return null;
  return resolveDate(m.form, phrase.slice(m.start, m.end), parseRef(ref), tense);
}

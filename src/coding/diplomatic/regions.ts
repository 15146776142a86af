import type { SentenceInput } from './types.js';

/** World regions (lower case) that a trip may go to without naming a country. */
const REGIONS = new Set([
  'asia', 'europe', 'africa', 'oceania', 'americas', 'the americas', 'southeast asia', 'south-east asia', 'south east asia',
  'south asia', 'east asia', 'central asia', 'west asia', 'northeast asia', 'middle east', 'the middle east', 'the gulf', 'gulf',
  'latin america', 'south america', 'central america', 'north america', 'the caribbean', 'caribbean', 'the pacific', 'pacific',
  'the balkans', 'balkans', 'western balkans', 'the western balkans', 'scandinavia', 'the nordics', 'the baltics', 'baltics',
  'west africa', 'east africa', 'southern africa', 'north africa', 'central africa', 'the sahel', 'sahel', 'the horn of africa',
  'eastern europe', 'western europe', 'central europe', 'southern europe', 'northern europe', 'the region', 'the indo-pacific',
]);

/** Does a region name follow the trigger ("travel to West Africa", "a tour of the Gulf")? */
export function regionAfter(tokens: SentenceInput['tokens'], from: number, to: number): boolean {
  let k = from;
  if (tokens[k]?.lower === 'to' || tokens[k]?.lower === 'of') k++;
  let words = '';
  for (let n = 0; n < 4 && k + n < to; n++) {
    words += (n ? ' ' : '') + tokens[k + n]!.lower;
    if (REGIONS.has(words)) return true;
  }
  return false;
}

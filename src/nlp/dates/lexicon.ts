/** Month names and abbreviations (lower case, without the dot) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sep', 9], ['sept', 9], ['october', 10],
  ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Weekday names → 0 (Sunday) … 6 (Saturday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4],
  ['friday', 5], ['saturday', 6],
]);

/** Small number words for "two years ago". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5],
  ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11],
  ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90], ['a hundred', 100], ['several', NaN], ['few', NaN],
]);

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

/**
 * Regex source matching a month name as written in news: Title case or UPPER case, full or
 * abbreviated (with an optional dot). Lower-case "may"/"march" are words, not months.
 */
export const MONTH_RE: string = (() => {
  const forms: string[] = [];
  for (const name of [...MONTHS.keys()].sort((a, b) => b.length - a.length)) {
    const abbr = name.length <= 4 && name !== 'june' && name !== 'july';
    for (const f of [cap(name), name.toUpperCase()]) forms.push(abbr && name !== 'may' ? `${f}\\.?` : f);
  }
  return `(?:${forms.join('|')})(?![A-Za-z])`;
})();

export const WEEKDAY_RE: string = (() => {
  const forms: string[] = [];
  for (const name of WEEKDAYS.keys()) forms.push(cap(name), name.toUpperCase());
  return `(?:${forms.join('|')})(?![A-Za-z])`;
})();

/** Month number of a matched month word, or null. */
export function monthOf(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

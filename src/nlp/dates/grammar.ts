import { MONTH_RE, NUMBER_WORDS, WEEKDAY_RE, WEEKDAYS, monthOf } from './lexicon.js';

export type Qualifier = 'last' | 'this' | 'next' | null;
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'year';

/** What a date phrase says, before it is resolved against the article date. */
export type DateForm =
  | { readonly kind: 'day'; readonly y: number | null; readonly m: number; readonly d: number; readonly to?: { readonly m: number; readonly d: number; readonly y: number | null }; readonly yRel?: number }
  | { readonly kind: 'month'; readonly y: number | null; readonly m: number; readonly q: Qualifier; readonly yRel?: number }
  | { readonly kind: 'year'; readonly y: number; readonly to?: number }
  | { readonly kind: 'decade'; readonly y: number }
  | { readonly kind: 'weekday'; readonly wd: number; readonly q: Qualifier }
  | { readonly kind: 'offset'; readonly unit: Unit; readonly n: number; readonly q: Qualifier; readonly sameDay?: true };

/** A date phrase found in a piece of text; offsets are relative to that text. */
export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly form: DateForm;
}

const M = `(${MONTH_RE})`;
const D = `(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])`;
const Y = `((?:1[6-9]|20)\\d\\d)(?![\\d.,]\\d|\\d)`;
const OPT_Y = `(?:,?\\s*${Y})?`;
const TO = `\\s*(?:-|–|—|to|and|through|till|until)\\s*`;
const WD_PREFIX = `(?:${WEEKDAY_RE},?\\s+(?:the\\s+)?)?`;
const OF = `(?:\\s+of)?\\s+`;

const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const qual = (s: string | undefined): Qualifier => {
  const w = (s ?? '').toLowerCase();
  if (w === 'last' || w === 'past' || w === 'previous') return 'last';
  if (w === 'this' || w === 'current') return 'this';
  if (w === 'next' || w === 'coming') return 'next';
  return null;
};
const validDay = (m: number, d: number): boolean => d >= 1 && d <= [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]!;

type Cue = 'month' | 'weekday' | 'year' | 'relative';

interface Rule {
  /** The rule runs only on text where this cheap cue was seen. */
  readonly needs: Cue;
  /** A word every match contains, tested (case-insensitively) before the rule's own scan. */
  readonly word?: RegExp;
  readonly re: RegExp;
  readonly form: (g: RegExpMatchArray & { index: number }, text: string) => DateForm | null;
}

const RULES: readonly Rule[] = [
  // March 30 to April 2, 2019
  { needs: 'month', re: new RegExp(`${WD_PREFIX}${M}\\s*${D}${TO}${M}\\s*${D}${OPT_Y}`, 'g'),
    form: (g) => range(monthOf(g[1]!)!, +g[2]!, monthOf(g[3]!)!, +g[4]!, num(g[5])) },
  // 30 March to 2 April 2019
  { needs: 'month', re: new RegExp(`${D}${OF}${M}${TO}${D}${OF}${M}${OPT_Y}`, 'g'),
    form: (g) => range(monthOf(g[2]!)!, +g[1]!, monthOf(g[4]!)!, +g[3]!, num(g[5])) },
  // March 6 to 10, June 27-28, 2004
  { needs: 'month', re: new RegExp(`${WD_PREFIX}${M}\\s*${D}${TO}${D}${OPT_Y}`, 'g'),
    form: (g) => range(monthOf(g[1]!)!, +g[2]!, monthOf(g[1]!)!, +g[3]!, num(g[4])) },
  // 27-28 June 2004
  { needs: 'month', re: new RegExp(`${D}${TO}${D}${OF}${M}${OPT_Y}`, 'g'),
    form: (g) => range(monthOf(g[3]!)!, +g[1]!, monthOf(g[3]!)!, +g[2]!, num(g[4])) },
  // June 25, 1996; Aug.17; Monday, March 1st, 2020
  { needs: 'month', re: new RegExp(`${WD_PREFIX}${M}\\s*${D}(?![,.]?\\d{3})${OPT_Y}`, 'g'),
    form: (g) => day(monthOf(g[1]!)!, +g[2]!, num(g[3])) },
  // 25 June 2021; 21st Sep, 2019; the 5th of May
  { needs: 'month', re: new RegExp(`${WD_PREFIX}${D}${OF}${M}${OPT_Y}`, 'g'),
    form: (g) => day(monthOf(g[2]!)!, +g[1]!, num(g[3])) },
  // June 2017; June of 2017
  { needs: 'month', re: new RegExp(`(?:(?:early|late|mid-?|end of|beginning of)\\s*)?${M}(?:\\s+of)?,?\\s+${Y}`, 'g'),
    form: (g) => ({ kind: 'month', y: +g[2]!, m: monthOf(g[1]!)!, q: null }) },
  // the 1950s, the early 1990s
  { needs: 'year', re: /(?:\b[Tt]he\s+)?(?:(?:early|late|mid-?)\s*)?((?:1[6-9]|20)\d0)['’]?s(?![A-Za-z])/g,
    form: (g) => ({ kind: 'decade', y: +g[1]! }) },
  // 2015-2017, from 2015 to 2017 ("in 2000 and 2004" are two years)
  { needs: 'year', re: new RegExp(`(?<![\\d$€£#-])${Y}\\s*(?:-|–|—|to|through|till|until)\\s*${Y}`, 'g'),
    form: (g) => yearRange(+g[1]!, +g[2]!) },
  // between 2015 and 2017
  { needs: 'year', re: new RegExp(`\\bbetween\\s+${Y}\\s+and\\s+${Y}`, 'g'),
    form: (g) => yearRange(+g[1]!, +g[2]!) },
  // June 5 last year; in August last year
  { needs: 'month', re: new RegExp(`${M}(?:\\s*${D})?(?:,?\\s+of)?,?\\s+(last|this|next)\\s+year\\b`, 'g'),
    form: (g) => withYear(monthOf(g[1]!)!, g[2] === undefined ? null : +g[2], g[3]!) },
  // 2019-20
  { needs: 'year', re: new RegExp(`(?<![\\d$€£#-])${Y}[-–/](\\d\\d)(?![\\d./-])`, 'g'),
    form: (g) => {
      const y = +g[1]!;
      const to = Math.floor(y / 100) * 100 + +g[2]!;
      return to === y + 1 ? { kind: 'year', y, to } : null;
    } },
  // in November, since February, last November, by mid-March, (scheduled) for June
  // (a sentence may open with the preposition or qualifier: "In March the minister came here")
  { needs: 'month', re: new RegExp(`\\b(?:(?:${initialCap('in|since|until|till|by|during|from|of|through|throughout|before|after|between|to|and|for')})\\s+)?(?:(${initialCap('last|this|next')}|${initialCap('early')}-?|${initialCap('late')}-?|${initialCap('mid')}-?|${initialCap('end')}-|(?:[Tt]he\\s+)?(?:end|beginning|middle)\\s+of)\\s*)?${M}(?!\\s*\\d)`, 'g'),
    form: (g, text) => monthAlone(g, text) },
  // last Friday, on Tuesday afternoon
  { needs: 'weekday', re: new RegExp(`\\b(?:(last|this|next|past|coming)\\s+)?(${WEEKDAY_RE})(?:\\s+(?:morning|afternoon|evening|night))?`, 'g'),
    form: (g) => ({ kind: 'weekday', wd: WEEKDAYS.get(g[2]!.toLowerCase())!, q: qual(g[1]) }) },
  // yesterday, today, tomorrow
  { needs: 'relative', re: /\b(?:the\s+day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\b/gi,
    form: (g) => relDay(g[0]!.toLowerCase()) },
  // over the weekend, at the weekend: the last one in past context, the coming one in future context
  { needs: 'relative', word: /weekend/i, re: /(?<=\b(?:over|at|during|on)\s+)the\s+weekend\b/gi,
    form: () => ({ kind: 'offset', unit: 'weekend', n: 0, q: null }) },
  // last week, earlier this year, at the end of last month
  { needs: 'relative', re: /\b(?:(?:earlier|later|early|late)\s+)?(?:(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+)?(last|this|next|past|previous|coming|current)\s+(weekend|week|month|year)\b/gi,
    form: (g) => ({ kind: 'offset', unit: g[2]!.toLowerCase() as Unit, n: 0, q: qual(g[1]) }) },
  // two years ago, 3 days ago, thirty years ago today (the same day of that year)
  { needs: 'relative', re: /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\s+(day|week|month|year)s?\s+ago(\s+today)?\b/gi,
    form: (g) => ago(g[1]!, g[2]!, g[3] !== undefined) },
  // mid-2019, early 2020, the end of 2019
  { needs: 'year', re: new RegExp(`\\b(?:mid-|(?:early|late|mid)\\s+|(?:the\\s+)?(?:end|beginning|start|middle|first half|second half)\\s+of\\s+)${Y}(?!-?[A-Za-z]|[-/.]\\d)`, 'g'),
    form: (g) => ({ kind: 'year', y: +g[1]! }) },
  // a bare year: 1996, in 2015
  { needs: 'year', re: new RegExp(`(?<![\\w$€£¥#№/.,-])${Y}(?!-?[A-Za-z]|[-/.]\\d)`, 'g'),
    form: (g, text) => (plausibleYear(text, g.index, g.index + g[0]!.length) ? { kind: 'year', y: +g[1]! } : null) },
];

function yearRange(y: number, to: number): DateForm | null {
  return to > y ? { kind: 'year', y, to } : null;
}

function withYear(m: number, d: number | null, q: string): DateForm | null {
  const yRel = q === 'last' ? -1 : q === 'next' ? 1 : 0;
  if (d === null) return { kind: 'month', y: null, m, q: null, yRel };
  return validDay(m, d) ? { kind: 'day', y: null, m, d, yRel } : null;
}

function day(m: number, d: number, y: number | null): DateForm | null {
  return validDay(m, d) ? { kind: 'day', y, m, d } : null;
}

function range(m1: number, d1: number, m2: number, d2: number, y: number | null): DateForm | null {
  if (!validDay(m1, d1) || !validDay(m2, d2)) return null;
  if (m1 === m2 && d2 <= d1) return null;
  // "December 28 to January 3, 2020": the year written belongs to the end
  const y1 = y !== null && m2 < m1 ? y - 1 : y;
  return { kind: 'day', y: y1, m: m1, d: d1, to: { m: m2, d: d2, y } };
}

function monthAlone(g: RegExpMatchArray & { index: number }, text: string): DateForm | null {
  const word = g[2]!;
  const full = g[0]!;
  const hasLead = full.length > word.length;
  if (!hasLead) return null; // "May", "March" alone are too often other words
  if (/^May$/i.test(word) && !/\b(in|since|until|till|by|during|from|early|late|mid|last|this|next|of)\b/i.test(full)) return null;
  const after = text.slice(g.index + full.length);
  if (/^\s*\d/.test(after)) return null;
  return { kind: 'month', y: null, m: monthOf(word)!, q: qual(g[1]) };
}

function relDay(w: string): DateForm {
  const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : w.startsWith('the day') ? -2 : 0;
  return { kind: 'offset', unit: 'day', n, q: null };
}

function ago(count: string, unit: string, today: boolean): DateForm | null {
  const n = /^\d/.test(count) ? Number(count) : NUMBER_WORDS.get(count.toLowerCase().replace(/\s+/g, ' ')) ?? NaN;
  if (!Number.isFinite(n) || n <= 0) return null;
  const u = unit.toLowerCase() as Unit;
  return today && (u === 'year' || u === 'month') ? { kind: 'offset', unit: u, n: -n, q: null, sameDay: true } : { kind: 'offset', unit: u, n: -n, q: null };
}

const NOT_YEAR_BEFORE = /(?:\b(?:vision|agenda|expo|strategy|horizon|euro|cop|no|nos|number|resolution|resolutions|flight|article|code|room|route|tel|phone|page|pp|vol|model|lot|boeing|airbus|su|mig|decree|order|law|chapter|section|paragraph|item|unit|batch|bus|highway|gate|level)\.?\s*|[\d$€£¥#№]\s*)$/i;
const NOT_YEAR_AFTER = /^\s*(?:%|percent|per\s?cent|million|billion|trillion|thousand|mln|bn|bln|km|kilomet|tons?\b|tonnes?|kg|people|persons|troops|soldiers|members|delegates|participants|students|dollars|euros|manats?|usd|eur|azn|hectares|meters|metres|feet|square|units|cars|vehicles|barrels|pupils|children|refugees|families|houses|apartments|jobs|projects|companies|[x×]\s*\d)/i;
const TEMPORAL_BEFORE = /\b(?:in|since|from|until|till|by|during|of|before|after|to|and|between|through|year|early|late|mid|around|circa|spring|summer|autumn|fall|winter|as of)\s*[-–]?\s*$/i;

/** A 4-digit number is a year unless its neighbours say it counts something. */
function plausibleYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 24);
  if (NOT_YEAR_BEFORE.test(before) || NOT_YEAR_AFTER.test(after)) return false;
  if (TEMPORAL_BEFORE.test(before)) return true;
  const next = /^\s+([a-z]+)/.exec(after);
  // "2000 delegates": a lower-case plural right after a number that no preposition introduced
  if (next && /s$/.test(next[1]!) && !/^(?:was|has|is|as|its|this|his|thus|saw|sees|marks)$/.test(next[1]!)) return false;
  return true;
}

const MONTH_CUE = new RegExp(MONTH_RE);
const WEEKDAY_CUE = new RegExp(WEEKDAY_RE);
const YEAR_CUE = /(?:1[6-9]|20)\d\d/;
const RELATIVE_CUE = /\b(?:yesterday|today|tonight|tomorrow|week|weekend|month|year|ago|morning|afternoon|evening)\b/i;

/** Every date phrase in `text`, longest first where phrases overlap. */
export function matchDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  const cues: Record<Cue, boolean> = {
    month: MONTH_CUE.test(text),
    weekday: WEEKDAY_CUE.test(text),
    year: YEAR_CUE.test(text),
    relative: RELATIVE_CUE.test(text),
  };
  for (const rule of RULES) {
    if (!cues[rule.needs] || (rule.word && !rule.word.test(text))) continue;
    for (const g of text.matchAll(rule.re)) {
      if (g[0]!.length === 0) continue;
      const form = rule.form(g, text);
      if (form) found.push(trimLead({ start: g.index, end: g.index + g[0]!.length, form }, text));
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateMatch[] = [];
  for (const f of found) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Drops a leading preposition ("in November" → "November") and trailing spaces. */
function trimLead(m: DateMatch, text: string): DateMatch {
  const s = text.slice(m.start, m.end);
  const lead = /^(?:in|since|until|till|by|during|from|of|through|throughout|before|after|between|to|and|for)\s+/i.exec(s);
  const start = m.start + (lead ? lead[0].length : 0);
  const trail = /\s+$/.exec(text.slice(start, m.end));
  return { start, end: m.end - (trail ? trail[0].length : 0), form: m.form };
}

/** "in|since" → "[iI]n|[sS]ince": each word lower-case or with a capital first letter (at a sentence start). */
function initialCap(words: string): string {
  return words.split('|').map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|');
}

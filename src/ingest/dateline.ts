import * as chrono from 'chrono-node';
import type { DatelineDraft } from './types.js';
import type { PlaceResolver } from './places.js';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** "Aug.17", "August 17, 2017", "21st Sep, 2019", "17 August". */
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\.?,?(?:\s+\d{4})?|${MONTH}\.?\s*\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)`;
const DATE_RE = new RegExp(DATE, 'i');
const CAPS_CITY = String.raw`[A-Z][A-Z.'’\-]*(?:\s[A-Z][A-Z.'’\-]*){0,3}`;
const TITLE_CITY = String.raw`[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|de|del|da|al|el))*`;
/** One city, or several filed from ("KYIV/MOSCOW", "Brussels / Paris"). */
const CAPS_PLACE = String.raw`${CAPS_CITY}(?:\s?\/\s?${CAPS_CITY}){0,3}`;
const TITLE_PLACE = String.raw`${TITLE_CITY}(?:\s?\/\s?${TITLE_CITY}){0,3}`;

/** Words a dateline pattern can meet that name no place ("Tuesday 3 March 2026. All times…"). */
const NOT_PLACES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'updated', 'posted', 'published', 'last', 'this', 'by']);

/** A standalone dateline line: "Baku, Azerbaijan, Aug.17", "LIMA, June 25". */
const LINE_RE = new RegExp(String.raw`^(${CAPS_PLACE}|${TITLE_PLACE})((?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?),?\s+(${DATE})\s*(?:\(([^()]{1,80})\)|,\s*[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-z.]{1,20})?|\.?\s*\/[^/]{2,30}\/)?\s*[:\-–—.]?\s*$`);

/** A dateline opening a paragraph: "BEIJING, (APP - … - 21st Sep, 2019 ) :", "ISLAMABAD - ", "LONDON, March 3 (Reuters) - ", "MOSCOW, June 5. /TASS/. ". */
const INLINE_RE = new RegExp(
  String.raw`^(${CAPS_PLACE}|${TITLE_PLACE})((?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?)(?:,?\s+(${DATE}))?\s*,?\s*(?:\(([^()]{1,160})\)|\.?\s*\/([^/]{2,30})\/)?\s*(?::\s*|[-–—]+\s+|\s+[-–—]+|(?<=[\d/])\.\s+)\s*(?=["“‘'A-Z0-9])`,
);

const titleCase = (s: string): string =>
  s === s.toUpperCase() ? s.toLowerCase().replace(/(^|[\s\-'’./])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase()) : s;

/** Parses a line that is only a dateline, or returns null. */
export function parseDatelineLine(line: string, places: PlaceResolver): DatelineDraft | null {
  const t = line.trim();
  if (t.length > 90) return null;
  const m = LINE_RE.exec(t);
  if (!m || !placeLike(m[1])) return null;
  return build(m[1], m[2], m[3] ?? null, places);
}

/**
 * Splits a dateline off the start of a paragraph. Returns the dateline, the agency named in
 * its parentheses (a source hint), and the length of the prefix to strip; null when none.
 */
export function splitInlineDateline(paragraph: string, places: PlaceResolver):
  { readonly dateline: DatelineDraft; readonly agency: string | null; readonly length: number } | null {
  const m = INLINE_RE.exec(paragraph.slice(0, 260));
  if (!m) return null;
  const [whole, place, region, date, parenText, slashAgency] = m;
  const paren = parenText ?? slashAgency;
  if (!placeLike(place)) return null;
  const caps = place === place.toUpperCase() && /[A-Z]{2}/.test(place);
  const parenDate = paren ? DATE_RE.exec(paren)?.[0] ?? null : null;
  const hasMore = Boolean(date || paren);
  const known = places.known(firstCity(place));
  if (caps ? !(hasMore || known) : !(hasMore && (known || date))) return null;
  const agency = paren ? cleanAgency(parenDate ? paren.replace(parenDate, '') : paren) : null;
  return { dateline: build(place, region, date ?? parenDate, places), agency, length: whole.length };
}

function cleanAgency(s: string): string | null {
  const t = s.replace(/[\s\-–—,/|:]+$/g, '').replace(/^[\s\-–—,/|:]+/g, '').trim();
  return /\p{L}{2}/u.test(t) ? t : null;
}

/** The first of the cities a dateline names ("Kyiv/Moscow" → Kyiv). */
const firstCity = (place: string): string => place.split('/')[0]!.trim();

/** The first word of the place is no weekday or other non-place word. */
const placeLike = (place: string): boolean => !NOT_PLACES.has(place.split(/[\s/]/)[0]!.toLowerCase());

/**
 * The dateline draft. Several cities keep their slash ("Kyiv/Moscow"); the country is the first
 * city's, the one the story was filed from first.
 */
function build(place: string, region: string | undefined, dateText: string | null, places: PlaceResolver): DatelineDraft {
  const name = titleCase(place.trim().replace(/,+$/, '').replace(/\s*\/\s*/g, '/'));
  const reg = region?.replace(/^,\s*/, '').trim();
  const first = firstCity(name);
  const country = places.country(reg ? `${first}, ${titleCase(reg)}` : first);
  return { place: name, country, dateText: dateText?.trim() ?? null };
}

/**
 * Resolves dateline date words against the published date (for the year): `Aug.17` +
 * `2017-08-17T11:27` → `2017-08-17`. A yearless date after the published date belongs to the
 * year before. Null when no year can be known.
 */
export function resolveDatelineDate(text: string | null, published: string | null): string | null {
  if (!text) return null;
  const words = text.replace(/([A-Za-z])\.(\d)/g, '$1. $2');
  const ref = published ? new Date(`${published.slice(0, 10)}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  if (Number.isNaN(ref.getTime())) return null;
  const r = chrono.parse(words, ref)[0];
  if (!r) return null;
  const s = r.start;
  const certainYear = s.isCertain('year');
  if (!certainYear && !published) return null;
  let year = s.get('year') ?? ref.getUTCFullYear();
  const month = s.get('month');
  const day = s.get('day');
  if (!month || !day) return null;
  if (!certainYear && Date.UTC(year, month - 1, day) > ref.getTime() + 3 * 86400000) year -= 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when the text holds a day-and-month date. */
export const hasDate = (s: string): boolean => DATE_RE.test(s);

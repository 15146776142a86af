// Dates are formatted from their ISO strings by hand: no Date objects, no locale, no time zone,
// so every reader sees the same text wherever they are.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One ISO date or date-time (`1996`, `2015-06`, `1996-06-25`, `2017-08-17T11:27`) as text. */
export function formatOne(iso: string): string {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?/.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d, hh, mm] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y;
  if (!d) return `${month} ${y}`;
  const day = `${Number(d)} ${month} ${y}`;
  return hh ? `${day}, ${hh}:${mm}` : day;
}

/** An event date value, interval values (`2023-03-06/2023-03-10`, `1950/1959`) included. */
export function formatDate(value: string | null | undefined, precision?: string | null): string {
  if (!value) return 'date unknown';
  const [start, end] = value.split('/');
  if (!end) return formatOne(start);
  if (precision === 'decade' && /^\d{3}0$/.test(start)) return `the ${start}s`;
  return `${formatOne(start)} – ${formatOne(end)}`;
}

/** A date value as a year with a fraction, for placing it on a time axis (start of an interval). */
export function yearOf(value: string | null | undefined): number | null {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value ?? '');
  if (!m) return null;
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) - 1 : 0;
  return Number(m[1]) + month / 12 + day / 365;
}

/** The year `YYYY` of a date value, or null. */
export const yearText = (value: string | null | undefined): string | null => /^(\d{4})/.exec(value ?? '')?.[1] ?? null;

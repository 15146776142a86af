/** A calendar day (UTC, no time). */
export interface Ymd {
  readonly y: number;
  readonly m: number; // 1–12
  readonly d: number; // 1–31
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export const fmtYear = (y: number): string => pad(y, 4);
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtDay = (d: Ymd): string => `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;

/** Reads `YYYY-MM-DD…` (date or date-time); null when it is not a full date. */
export function parseRef(iso: string | null | undefined): Ymd | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const d = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValid(d) ? d : null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValid(d: Ymd): boolean {
  return d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= daysInMonth(d.y, d.m);
}

const toEpochDay = (d: Ymd): number => Date.UTC(d.y, d.m - 1, d.d) / 86_400_000;

function fromEpochDay(n: number): Ymd {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const addDays = (d: Ymd, n: number): Ymd => fromEpochDay(toEpochDay(d) + n);

/** Days from `a` to `b` (positive when `b` is later). */
export const diffDays = (a: Ymd, b: Ymd): number => toEpochDay(b) - toEpochDay(a);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (d: Ymd): number => new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();

/** The Monday of the ISO week holding `d`. */
export const weekStart = (d: Ymd): Ymd => addDays(d, -((weekday(d) + 6) % 7));

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

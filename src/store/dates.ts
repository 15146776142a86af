import type { EventDate } from '../model/event.js';

/** A date value as the closed interval of days it may denote, as comparable `YYYY-MM-DD` strings. */
export interface DayInterval {
  readonly start: string;
  readonly end: string;
}

const YEAR = /^\d{4}$/;
const MONTH = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}/;

function bound(part: string, side: 'start' | 'end'): string | null {
  const p = part.trim();
  if (YEAR.test(p)) return side === 'start' ? `${p}-01-01` : `${p}-12-31`;
  if (MONTH.test(p)) return side === 'start' ? `${p}-01` : `${p}-31`;
  if (DAY.test(p)) return p.slice(0, 10);
  return null;
}

/**
 * The interval of days a date value covers: `1996` → 1996-01-01…1996-12-31, `2017-06` →
 * 2017-06-01…2017-06-31 (a sortable upper bound, not a calendar day), `a/b` → start(a)…end(b).
 * Null for a null or unreadable value.
 */
export function dayInterval(value: string | null | undefined): DayInterval | null {
  if (!value) return null;
  const [a, b] = value.includes('/') ? value.split('/', 2) : [value, value];
  const start = bound(a ?? '', 'start');
  const end = bound(b ?? '', 'end');
  if (!start || !end || start > end) return null;
  return { start, end };
}

/** True when interval `inner` lies within `outer`. */
export const within = (inner: DayInterval, outer: DayInterval): boolean =>
  inner.start >= outer.start && inner.end <= outer.end;

/** Number of characters-of-precision proxy: the narrower interval is the more precise date. */
export function width(i: DayInterval): number {
  const toDays = (s: string): number => {
    const [y, m, d] = s.split('-').map(Number);
    return (y ?? 0) * 372 + ((m ?? 1) - 1) * 31 + ((d ?? 1) - 1);
  };
  return toDays(i.end) - toDays(i.start);
}

/** Bounds of a user filter (`--from 1996`, `--to 2017-06`): from → its first day, to → its last. */
export function filterBound(value: string, side: 'start' | 'end'): string {
  const i = dayInterval(value);
  if (!i) throw new Error(`not a date: ${JSON.stringify(value)} (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  return side === 'start' ? i.start : i.end;
}

/** A comparable sort key for an event date; unknown dates sort last. */
export const dateSortKey = (d: EventDate): string => dayInterval(d.value)?.start ?? '9999-99-99';

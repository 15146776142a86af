/** Tabular formats `GET /api/events` answers besides JSON (the tables of `attache events`). */
export type TableFormat = 'csv' | 'tsv';

/** Picks the answer format from `?format=` or the Accept header (JSON unless CSV/TSV is asked for). */
export function pickFormat(format: string | undefined, accept: string | undefined): TableFormat | 'json' {
  if (format === 'csv' || format === 'tsv' || format === 'json') return format;
  const a = (accept ?? '').toLowerCase();
  if (a.includes('text/csv')) return 'csv';
  if (a.includes('text/tab-separated-values')) return 'tsv';
  return 'json';
}

import type { Actor } from '../model/actor.js';
import type { DiploEvent } from '../model/event.js';

/** Tabular formats `GET /api/events` answers besides JSON. */
export type TableFormat = 'csv' | 'tsv';

/** The columns of the event table (GDELT-style, EVENTS.md §6), in order. */
export const EVENT_COLUMNS = [
  'id', 'date', 'kind', 'cameo', 'quadClass', 'goldstein', 'modality',
  'sourceCode', 'sourceName', 'targetCode', 'targetName', 'place', 'articleId', 'sentence',
] as const;

const actorName = (a: Actor | null): string => (a ? (a.name ?? a.text) : '');

/** One event as a row of plain values, in EVENT_COLUMNS order. */
export function eventRow(e: DiploEvent): readonly (string | number)[] {
  return [
    e.id, e.date.value ?? '', e.kind ?? '', e.cameo, e.quadClass, e.goldstein, e.modality,
    e.source?.code ?? e.source?.country ?? '', actorName(e.source),
    e.target?.code ?? e.target?.country ?? '', actorName(e.target),
    e.place ? e.place.name : '', e.articleId, e.evidence.sentence,
  ];
}

/**
 * A text cell made safe for spreadsheets: cells that start with `= + - @` or a control character
 * get a leading apostrophe so article text can never run as a formula.
 */
const defuse = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

function csvCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const s = defuse(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** TSV cells cannot hold tabs or line breaks: they become spaces. */
function tsvCell(v: string | number): string {
  return typeof v === 'number' ? String(v) : defuse(v.replace(/[\t\r\n]+/g, ' '));
}

/** The events as a CSV (RFC 4180, CRLF) or TSV table with a header line. */
export function eventTable(events: readonly DiploEvent[], format: TableFormat): string {
  const cell = format === 'csv' ? csvCell : tsvCell;
  const sep = format === 'csv' ? ',' : '\t';
  const eol = format === 'csv' ? '\r\n' : '\n';
  const lines = [EVENT_COLUMNS.join(sep), ...events.map((e) => eventRow(e).map(cell).join(sep))];
  return lines.join(eol) + eol;
}

/** Picks the answer format from `?format=` or the Accept header (JSON unless CSV/TSV is asked for). */
export function pickFormat(format: string | undefined, accept: string | undefined): TableFormat | 'json' {
  if (format === 'csv' || format === 'tsv' || format === 'json') return format;
  const a = (accept ?? '').toLowerCase();
  if (a.includes('text/csv')) return 'csv';
  if (a.includes('text/tab-separated-values')) return 'tsv';
  return 'json';
}

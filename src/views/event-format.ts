import type { DiploEvent } from '../model/event.js';
import type { ArticleInfo } from '../store/store.js';

/** Output formats of `attache events` and `GET /api/events?format=`. */
export const EVENT_FORMATS = ['jsonl', 'tsv', 'csv'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

/** GDELT-style columns of the tabular formats (EVENTS.md §6), the same as `extract --format tsv`. */
export const EVENT_COLUMNS = [
  'event_id', 'date', 'date_precision', 'kind', 'cameo', 'root_code', 'quad_class', 'goldstein', 'modality',
  'actor1_code', 'actor1_name', 'actor1_country', 'actor2_code', 'actor2_name', 'actor2_country',
  'place', 'place_country', 'confidence', 'article_id', 'article_date', 'source', 'source_url', 'evidence',
] as const;

function row(e: DiploEvent, info: ArticleInfo | undefined): string[] {
  const name = (a: DiploEvent['source']): string | null => (a ? a.name ?? a.text : null);
  const cells = [
    e.id, e.date.value, e.date.precision, e.kind, e.cameo, e.cameo.slice(0, 2), e.quadClass, e.goldstein, e.modality,
    e.source?.code, name(e.source), e.source?.country, e.target?.code, name(e.target), e.target?.country,
    e.place?.name, e.place?.country, e.confidence, e.articleId, info?.published, info?.source, info?.url, e.evidence.sentence,
  ];
  return cells.map((v) => (v === null || v === undefined ? '' : String(v)));
}

/** A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, but not a number) gets a leading `'`. */
const defuse = (s: string): string => (/^[=+\-@]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s) ? `'${s}` : s);
const tsvCell = (s: string): string => defuse(s.replace(/[\t\r\n]+/g, ' '));
const csvCell = (s: string): string => {
  const v = defuse(s);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

/** The header line of a format (none for jsonl). */
export function eventHeader(format: EventFormat): string | null {
  if (format === 'jsonl') return null;
  return format === 'tsv' ? EVENT_COLUMNS.join('\t') : EVENT_COLUMNS.join(',');
}

/** One event as one line of the format (no trailing newline). `articles` gives source URLs. */
export function formatEvent(e: DiploEvent, format: EventFormat, articles: ReadonlyMap<string, ArticleInfo> = new Map()): string {
  if (format === 'jsonl') return JSON.stringify(e);
  const cells = row(e, articles.get(e.articleId));
  return format === 'tsv' ? cells.map(tsvCell).join('\t') : cells.map(csvCell).join(',');
}

/** A whole result as text in the format, header first, one event a line. */
export function formatEvents(events: readonly DiploEvent[], format: EventFormat, articles: ReadonlyMap<string, ArticleInfo> = new Map()): string {
  const header = eventHeader(format);
  const lines = events.map((e) => formatEvent(e, format, articles));
  return [...(header ? [header] : []), ...lines].map((l) => `${l}\n`).join('');
}

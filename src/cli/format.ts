import type { Article } from '../model/article.js';
import type { Actor } from '../model/actor.js';
import type { DiploEvent } from '../model/event.js';

/** Output formats of `extract` (EVENTS.md §6). */
export const OUTPUT_FORMATS = ['jsonl', 'tsv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** One `{article, events}` JSON line (EVENTS.md §6 `jsonl`). */
export const jsonlLine = (article: Article, events: readonly DiploEvent[]): string =>
  `${JSON.stringify({ article, events })}\n`;

/** Columns of the GDELT-style event table (EVENTS.md §6 `tsv`), one event a row. */
export const TSV_COLUMNS = [
  'event_id', 'date', 'date_precision', 'kind', 'cameo', 'root_code', 'quad_class', 'goldstein', 'modality',
  'actor1_code', 'actor1_name', 'actor1_country', 'actor2_code', 'actor2_name', 'actor2_country',
  'place', 'place_country', 'confidence', 'article_id', 'article_date', 'source', 'source_url', 'evidence',
] as const;

/** The TSV header line. */
export const tsvHeader = (): string => `${TSV_COLUMNS.join('\t')}\n`;

/**
 * A field made safe for TSV: tabs and line breaks become spaces, and text a spreadsheet would run
 * as a formula (starting with `=`, `+`, `-`, `@`, but not a number) gets a leading `'`.
 */
const cell = (v: string | number | null | undefined): string => {
  if (v === null || v === undefined) return '';
  const s = String(v).replace(/[\t\r\n]+/g, ' ');
  return typeof v === 'string' && /^[=+\-@]/.test(s) && !/^[+-]?\d+(?:\.\d+)?$/.test(s) ? `'${s}` : s;
};

const actorName = (a: Actor | null): string | null => (a ? a.name ?? a.text : null);

/** The TSV rows (one per event) of an article; empty for an article without events. */
export function tsvRows(article: Article, events: readonly DiploEvent[]): string {
  let out = '';
  for (const e of events) {
    const row = [
      e.id, e.date.value, e.date.precision, e.kind, e.cameo, e.cameo.slice(0, 2), e.quadClass, e.goldstein, e.modality,
      e.source?.code, actorName(e.source), e.source?.country, e.target?.code, actorName(e.target), e.target?.country,
      e.place?.name, e.place?.country, e.confidence, article.id, article.published, article.source, article.url ?? article.origin,
      e.evidence.sentence,
    ];
    out += `${row.map(cell).join('\t')}\n`;
  }
  return out;
}

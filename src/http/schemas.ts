import { z } from 'zod';
import { DIPLOMATIC_KINDS } from '../model/event.js';
import { DOSSIER_LIMIT, DOSSIER_SECTIONS, SOURCE_LIMIT } from '../views/dossier-bounded.js';
import type { DossierSection } from '../views/dossier-types.js';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const DateParam = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** A country or organisation: an ISO alpha-3/alpha-2 code or a name (resolved by the server). */
export const CountryParam = z.string().trim().min(2).max(80);

const intParam = (min: number, max: number, dflt: number) =>
  z.string().regex(/^\d{1,9}$/, 'expected a whole number').transform(Number).pipe(z.number().int().min(min).max(max)).optional().default(dflt as never);

export const EventsQuery = z.strictObject({
  pair: z.string().regex(/^[^,]{2,80},[^,]{2,80}$/, 'expected two countries separated by a comma (AZE,PER)').optional()
    .describe('both countries take part (codes or names, comma-separated)'),
  country: CountryParam.optional().describe('the country takes part'),
  kind: z.enum([...DIPLOMATIC_KINDS, 'none']).optional().describe('a diplomatic kind (EVENTS.md §4); `none` for other events'),
  cameo: z.string().regex(/^\d{2,4}\*?$/, 'expected a CAMEO code, or a prefix ending in * (05*)').optional()
    .describe('a CAMEO code, or a prefix ending in * (05*)'),
  from: DateParam.optional().describe('first date, inclusive'),
  to: DateParam.optional().describe('last date, inclusive'),
  text: z.string().min(1).max(200).optional().describe('words that must all occur in the evidence sentence'),
  article: z.string().min(1).max(200).optional().describe('events of one article'),
  duplicates: z.enum(['true', 'false']).optional().describe('include events of near-duplicate articles (default false)'),
  limit: intParam(1, 1000, 100).describe('page size (1–1000, default 100)'),
  offset: intParam(0, 10_000_000, 0).describe('events to skip (default 0)'),
  format: z.enum(['json', 'csv', 'tsv']).optional().describe('answer format; the Accept header (text/csv, text/tab-separated-values) works too'),
});

/** Bounds of a dossier (docs/http.md, "Extension to EVENTS.md §5: bounded dossier"). */
const dossierBounds = {
  limit: intParam(1, DOSSIER_LIMIT.max, DOSSIER_LIMIT.default).describe(`lines per section, the latest first cut (1–${DOSSIER_LIMIT.max}, default ${DOSSIER_LIMIT.default})`),
  sources: intParam(1, SOURCE_LIMIT.max, SOURCE_LIMIT.default).describe(`sources per line, the first in citation order (1–${SOURCE_LIMIT.max}, default ${SOURCE_LIMIT.default})`),
};

export const DossierQuery = z.strictObject(dossierBounds);

export const SectionQuery = z.strictObject({
  ...dossierBounds,
  cursor: z.string().min(1).max(600).regex(/^[\w-]+$/, 'expected the `next` cursor of an earlier answer').optional()
    .describe('where the page starts: the `next` of an earlier answer (default: the latest lines)'),
});

export const SectionParams = z.strictObject({
  a: CountryParam, b: CountryParam,
  section: z.enum(DOSSIER_SECTIONS as unknown as [DossierSection, ...DossierSection[]]).describe('the section to page through'),
});

export const IdParams = z.strictObject({ id: z.string().min(1).max(200) });
export const PairParams = z.strictObject({ a: CountryParam, b: CountryParam });
export const CountryParams = z.strictObject({ c: CountryParam });

export const CountryQuery = z.strictObject({
  from: DateParam.optional().describe('count partner activity from this date'),
  to: DateParam.optional().describe('count partner activity up to this date'),
});

export const PeopleQuery = z.strictObject({
  q: z.string().max(200).optional().describe('part of a name, alias or title'),
});

const meta = {
  id: z.string().trim().min(1).max(200).regex(/^[\w.:-]+$/, 'letters, digits and . _ : - only').optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  title: z.string().max(1000).optional(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date or date-time').optional(),
  source: z.string().max(200).optional(),
  author: z.string().max(200).optional(),
};

/** A JSON record as `POST /api/articles` takes it (the JSON Lines record of EVENTS.md §1). */
export const ArticleRecord = z.strictObject({
  text: z.string().min(1).optional(),
  html: z.string().min(1).optional(),
  ...meta,
}).refine((r) => (r.text === undefined) !== (r.html === undefined), { message: 'give exactly one of text or html' });
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** Metadata that may come in the query string with a raw text/plain or text/html body. */
export const RawArticleQuery = z.strictObject(meta);

import { z } from 'zod';
import { DOSSIER_SECTIONS } from '../views/dossier-bounded.js';

// Schemas of what the API answers: they document the responses in the OpenAPI document, and the
// API tests parse real answers with them, so the document cannot drift from the code. Objects are
// loose (`z.looseObject`): the contract lets shapes grow (EVENTS.md: add fields freely).

const str = z.string();
const nstr = z.string().nullable();

export const ActorSchema = z.looseObject({
  text: str, country: nstr, sectors: z.array(str), code: nstr, name: nstr, title: nstr,
  start: z.number().int().optional(), end: z.number().int().optional(),
});

export const EventDateSchema = z.looseObject({
  value: nstr, precision: z.enum(['decade', 'year', 'month', 'day']).nullable(), basis: z.enum(['explicit', 'relative', 'article']), text: nstr,
});

export const EventSchema = z.looseObject({
  id: str, articleId: str, kind: nstr, cameo: z.string().regex(/^\d{2,4}$/), quadClass: z.number().int().min(1).max(4),
  goldstein: z.number().min(-10).max(10), plover: z.looseObject({ type: str, mode: nstr, context: nstr }).nullable(),
  source: ActorSchema.nullable(), target: ActorSchema.nullable(), participants: z.array(ActorSchema),
  date: EventDateSchema, place: z.looseObject({ name: str, country: nstr }).nullable(),
  modality: z.enum(['asserted', 'planned', 'intended', 'negated']), attributes: z.looseObject({}),
  evidence: z.looseObject({ sentence: str, start: z.number().int(), end: z.number().int() }), confidence: z.number().min(0).max(1),
}).describe('one coded event (EVENTS.md §3)');

export const ArticleSchema = z.looseObject({
  id: str, url: nstr, title: str, published: nstr, source: nstr, author: nstr,
  dateline: z.looseObject({ place: str, country: nstr, date: nstr }).nullable(), language: str, duplicateOf: nstr, text: str,
}).describe('one article (EVENTS.md §1); event offsets point into `text`');

export const HealthSchema = z.looseObject({
  status: z.literal('ok'), version: str, store: z.enum(['sqlite', 'postgres']),
  stats: z.looseObject({ articles: z.number(), duplicates: z.number(), events: z.number(), facts: z.number(), people: z.number() }),
});

export const EventsPageSchema = z.looseObject({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), events: z.array(EventSchema) });

export const ArticleWithEventsSchema = z.looseObject({ article: ArticleSchema, events: z.array(EventSchema) });

export const IngestOutcomeSchema = z.looseObject({ status: z.enum(['stored', 'exists', 'duplicate']), article: ArticleSchema, events: z.array(EventSchema) });

const CountryRefSchema = z.looseObject({ code: str, name: str });
const SourceSchema = z.looseObject({ eventId: str, articleId: str, title: str, url: nstr, published: nstr, sentence: str, start: z.number(), end: z.number() });
const LineSchema = z.looseObject({
  factId: str, kind: nstr, cameo: str, date: EventDateSchema, modality: str, text: str, source: nstr, target: nstr,
  people: z.array(z.looseObject({ name: str, country: nstr, title: nstr })), attributes: z.looseObject({}),
  sources: z.array(SourceSchema),
  sourceCount: z.number().int().optional().describe('present when `sources` holds only the first ones: how many the line has'),
  conflictsWith: z.array(str),
});
const Lines = z.array(LineSchema);
const MissionSchema = z.looseObject({
  sender: str, host: str, type: nstr, city: nstr, status: str, opened: EventDateSchema.nullable(), closed: EventDateSchema.nullable(),
  reopened: EventDateSchema.nullable(), lines: Lines,
});

const RelationsSchema = z.looseObject({ status: str, since: EventDateSchema.nullable(), lines: Lines });
const EnvoySchema = z.looseObject({ sender: str, host: str, person: nstr, rank: nstr, lines: Lines });
const AgreementSchema = z.looseObject({ title: nstr, type: nstr, topics: z.array(str), status: str, lines: Lines });
const SectionBoundsSchema = z.looseObject({
  total: z.number().int().describe('lines the section has in all'), shown: z.number().int().describe('lines given (the latest)'),
  next: nstr.describe('cursor of the next page of older lines (GET /api/dossier/{a}/{b}/sections/{section}?cursor=), or null'),
});
const BoundsSchema = z.looseObject({
  limit: z.number().int(), sourceLimit: z.number().int(),
  complete: z.boolean().describe('nothing was cut: this is the full dossier'),
  sections: z.looseObject(Object.fromEntries(DOSSIER_SECTIONS.map((k) => [k, SectionBoundsSchema]))),
}).describe('how the dossier was cut: per section the count and the cursor of the next page');

export const DossierSchema = z.looseObject({
  pair: z.tuple([CountryRefSchema, CountryRefSchema]),
  summary: z.looseObject({ facts: z.number(), articles: z.number(), sources: z.number(), first: nstr, last: nstr, conflicts: z.number() }),
  relations: RelationsSchema,
  missions: z.array(MissionSchema),
  headsOfMission: z.array(EnvoySchema),
  agreements: z.array(AgreementSchema),
  meetings: Lines, mechanisms: Lines, memberships: z.array(z.looseObject({ organisation: CountryRefSchema, lines: Lines })), plans: Lines, other: Lines,
  bounds: BoundsSchema.optional(),
}).describe('the dossier of a pair (EVENTS.md §5), as `attache dossier --format json`; every line carries its sources');

export const DossierSectionSchema = z.looseObject({
  pair: z.tuple([CountryRefSchema, CountryRefSchema]),
  section: str, total: z.number().int(), lines: Lines,
  relations: RelationsSchema.optional(), missions: z.array(MissionSchema).optional(),
  headsOfMission: z.array(EnvoySchema).optional(), agreements: z.array(AgreementSchema).optional(),
  next: nstr,
}).describe('one page of one dossier section: its lines oldest first, the states they make (sections shown as states), and the cursor of the next, older page');

export const CountryProfileSchema = z.looseObject({
  country: CountryRefSchema,
  partners: z.array(z.looseObject({ country: CountryRefSchema, facts: z.number(), sources: z.number(), lastDate: nstr })),
  missionsAbroad: z.array(MissionSchema), missionsHosted: z.array(MissionSchema),
  period: z.looseObject({ from: str.optional(), to: str.optional() }),
});

export const CountryListSchema = z.looseObject({ countries: z.array(z.looseObject({ code: str, name: str, numeric: nstr, capital: nstr })) });

export const PeopleSchema = z.looseObject({
  people: z.array(z.looseObject({ name: str, country: nstr, title: nstr, sectors: z.array(str), aliases: z.array(str) })),
});

export const OpenApiSchema = z.looseObject({ openapi: str, info: z.looseObject({}), paths: z.looseObject({}) });

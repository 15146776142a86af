import type { Selectable } from 'kysely';
import type { Actor, ActorType } from '../model/actor.js';
import type { Article, DupSignature } from '../model/article.js';
import type { DatePrecision, DateBasis, DiploEvent, DiplomaticKind, EventDate, Modality } from '../model/event.js';
import { dayInterval } from './dates.js';
import type { FactDraft } from './merge.js';
import type { ArticlesTable, EventsTable, FactsTable } from './schema.js';

const json = (v: unknown): string => JSON.stringify(v);
const parse = <T>(s: string | null, fallback: T): T => (s === null || s === undefined ? fallback : (JSON.parse(s) as T));
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));

export function articleRow(a: Article, duplicateOf: string | null, sig: (DupSignature & { size?: number }) | null, events: number): ArticlesTable {
  return {
    id: a.id, url: a.url, title: a.title, published: a.published, source: a.source, author: a.author,
    dateline_place: a.dateline?.place ?? null, dateline_country: a.dateline?.country ?? null,
    dateline_date: a.dateline?.date ?? null, language: a.language, duplicate_of: duplicateOf,
    content_hash: sig?.contentHash ?? null, minhash: sig ? json(sig.minhash) : null, shingles: sig?.size ?? null, origin: a.origin ?? null, text: a.text,
    event_count: events, ingested_at: new Date().toISOString(),
  };
}

export function rowArticle(r: Selectable<ArticlesTable>): Article {
  const a: Article = {
    id: r.id, url: r.url, title: r.title, published: r.published, source: r.source, author: r.author,
    dateline: r.dateline_place === null ? null : { place: r.dateline_place, country: r.dateline_country, date: r.dateline_date },
    language: r.language, duplicateOf: r.duplicate_of, text: r.text,
  };
  return r.origin === null ? a : { ...a, origin: r.origin };
}

type Side = 'source' | 'target';
type ActorCols = { [K in `${Side}_${'text' | 'country' | 'code' | 'name' | 'title' | 'sectors' | 'type' | 'start' | 'end'}`]: EventsTable[K] };

function actorCols(side: Side, a: Actor | null): Record<string, unknown> {
  return {
    [`${side}_text`]: a?.text ?? null, [`${side}_country`]: a?.country ?? null, [`${side}_code`]: a?.code ?? null,
    [`${side}_name`]: a?.name ?? null, [`${side}_title`]: a?.title ?? null,
    [`${side}_sectors`]: a ? json(a.sectors) : null, [`${side}_type`]: a?.type ?? null,
    [`${side}_start`]: a?.start ?? null, [`${side}_end`]: a?.end ?? null,
  };
}

function colsActor(side: Side, r: ActorCols): Actor | null {
  const g = <K extends keyof ActorCols>(k: K): ActorCols[K] => r[k];
  const text = g(`${side}_text`);
  if (text === null) return null;
  const a: { -readonly [K in keyof Actor]: Actor[K] } = {
    text, country: g(`${side}_country`), sectors: parse<string[]>(g(`${side}_sectors`), []),
    code: g(`${side}_code`), name: g(`${side}_name`), title: g(`${side}_title`),
  };
  const type = g(`${side}_type`);
  if (type !== null) a.type = type as ActorType;
  const start = g(`${side}_start`), end = g(`${side}_end`);
  if (start !== null) a.start = num(start);
  if (end !== null) a.end = num(end);
  return a;
}

export function eventRow(e: DiploEvent, seq: number, duplicate: boolean, factId: string | null): EventsTable {
  const iv = dayInterval(e.date.value);
  return {
    id: e.id, article_id: e.articleId, seq, kind: e.kind, cameo: e.cameo, quad_class: e.quadClass, goldstein: e.goldstein,
    plover_type: e.plover?.type ?? null, plover_mode: e.plover?.mode ?? null, plover_context: e.plover?.context ?? null,
    ...(actorCols('source', e.source) as ActorCols), ...(actorCols('target', e.target) as ActorCols),
    participants: json(e.participants),
    date_value: e.date.value, date_precision: e.date.precision, date_basis: e.date.basis, date_text: e.date.text,
    date_start: iv?.start ?? null, date_end: iv?.end ?? null,
    place_name: e.place?.name ?? null, place_country: e.place?.country ?? null,
    modality: e.modality, attributes: json(e.attributes),
    mission_type: e.attributes.missionType ?? null, city: e.attributes.city ?? null,
    agreement_title: e.attributes.agreementTitle ?? null, person: e.attributes.person ?? null,
    evidence_sentence: e.evidence.sentence, evidence_start: e.evidence.start, evidence_end: e.evidence.end,
    sentence_index: e.evidence.sentenceIndex ?? null,
    speaker: e.evidence.speaker === undefined ? null : json(e.evidence.speaker),
    confidence: e.confidence, duplicate: duplicate ? 1 : 0, fact_id: factId,
  };
}

export function rowEvent(r: Selectable<EventsTable>): DiploEvent {
  const evidence: { -readonly [K in keyof DiploEvent['evidence']]: DiploEvent['evidence'][K] } = {
    sentence: r.evidence_sentence, start: num(r.evidence_start), end: num(r.evidence_end),
  };
  if (r.sentence_index !== null) evidence.sentenceIndex = num(r.sentence_index);
  if (r.speaker !== null) evidence.speaker = parse<Actor | null>(r.speaker, null);
  return {
    id: r.id, articleId: r.article_id, kind: r.kind as DiplomaticKind | null, cameo: r.cameo,
    quadClass: num(r.quad_class) as 1 | 2 | 3 | 4, goldstein: num(r.goldstein),
    plover: r.plover_type === null ? null : { type: r.plover_type, mode: r.plover_mode, context: r.plover_context },
    source: colsActor('source', r), target: colsActor('target', r),
    participants: parse<Actor[]>(r.participants, []),
    date: rowDate(r),
    place: r.place_name === null ? null : { name: r.place_name, country: r.place_country },
    modality: r.modality as Modality, attributes: parse(r.attributes, {}), evidence, confidence: num(r.confidence),
  };
}

function rowDate(r: { date_value: string | null; date_precision: string | null; date_basis: string; date_text: string | null }): EventDate {
  return { value: r.date_value, precision: r.date_precision as DatePrecision | null, basis: r.date_basis as DateBasis, text: r.date_text };
}

export function factRow(f: FactDraft, sourceCount: number): FactsTable {
  const iv = dayInterval(f.date.value);
  return {
    id: f.id, merge_key: f.mergeKey, kind: f.kind, cameo: f.cameo, parties: json(f.parties), source: f.source, target: f.target,
    date_value: f.date.value, date_precision: f.date.precision, date_basis: f.date.basis, date_text: f.date.text,
    date_start: iv?.start ?? null, date_end: iv?.end ?? null, modality: f.modality,
    attributes: json(f.attributes), people: json(f.people), conflicts_with: json(f.conflictsWith), source_count: sourceCount,
  };
}

export function rowFact(r: Selectable<FactsTable>): FactDraft {
  return {
    id: r.id, mergeKey: r.merge_key, kind: r.kind as DiplomaticKind | null, cameo: r.cameo,
    parties: parse<string[]>(r.parties, []), source: r.source, target: r.target, date: rowDate(r),
    modality: r.modality as Modality, attributes: parse(r.attributes, {}), people: parse(r.people, []),
    conflictsWith: parse<string[]>(r.conflicts_with, []),
  };
}

import type { Actor } from '../../src/model/actor.js';
import type { Article } from '../../src/model/article.js';
import { textSignature } from '../../src/ingest/signature.js';
import type { DiploEvent, DiplomaticKind, EventAttributes, EventDate, Modality } from '../../src/model/event.js';

/** A small article of our own; `text` defaults to the sentences joined. */
export function article(id: string, title: string, sentences: readonly string[], over: Partial<Article> = {}): Article {
  return {
    id, url: `https://news.example/${id}`, title, published: '2017-08-17T11:27', source: 'Example Wire',
    author: null, dateline: { place: 'Baku', country: 'AZE', date: '2017-08-17' }, language: 'en',
    duplicateOf: null, text: [title, ...sentences].join('\n\n'), ...over,
  };
}

export const country = (code: string, text = code): Actor => ({ text, country: code, sectors: [], code, name: null, title: null, type: 'country' });
export const person = (name: string, code: string, title: string): Actor =>
  ({ text: `${title} ${name}`, country: code, sectors: ['GOV'], code: `${code}GOV`, name, title, type: 'person' });

export const day = (value: string | null, basis: EventDate['basis'] = 'explicit'): EventDate => ({
  value,
  precision: value === null ? null : value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day',
  basis, text: value,
});

const CAMEO: Record<string, string> = {
  'relations.establish': '054', 'relations.sever': '161', 'relations.restore': '050', 'mission.open': '054',
  'mission.close': '161', 'mission.reopen': '054', 'envoy.appoint': '050', 'envoy.credentials': '050',
  'envoy.recall': '161', 'envoy.expel': '161', 'agreement.sign': '057', 'agreement.ratify': '057', meeting: '040',
  visit: '042', 'cooperation.intent': '030', 'meeting.intent': '036', 'membership.join': '050',
  'parliament.friendship-group': '050',
};

export interface EventSpec {
  readonly kind: DiplomaticKind | null;
  readonly cameo?: string;
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly participants?: readonly Actor[];
  readonly date: EventDate;
  readonly modality?: Modality;
  readonly attributes?: EventAttributes;
  /** The sentence of the article (its text must contain it). */
  readonly sentence: string;
}

/** An event whose evidence offsets point at `spec.sentence` inside `art.text`. */
export function event(art: Article, n: number, spec: EventSpec): DiploEvent {
  const start = art.text.indexOf(spec.sentence);
  if (start < 0) throw new Error(`fixture: sentence not in article ${art.id}: ${spec.sentence}`);
  const cameo = spec.cameo ?? (spec.kind ? CAMEO[spec.kind] ?? '010' : '010');
  return {
    id: `${art.id}:${n}`, articleId: art.id, kind: spec.kind, cameo,
    quadClass: cameo.startsWith('16') ? 3 : 1, goldstein: cameo.startsWith('16') ? -4 : 3.4,
    plover: { type: 'AGREE', mode: null, context: null },
    source: spec.source, target: spec.target, participants: spec.participants ?? [],
    date: spec.date, place: null, modality: spec.modality ?? 'asserted', attributes: spec.attributes ?? {},
    evidence: { sentence: spec.sentence, start, end: start + spec.sentence.length, sentenceIndex: n },
    confidence: 0.9,
  };
}

/** The real duplicate signature ingest computes. */
export const signature = (text: string) => textSignature(text);

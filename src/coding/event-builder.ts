import { hash } from 'node:crypto';
import type { Actor } from '../model/actor.js';
import type { DiploEvent, DiplomaticKind, EventCore, Plover } from '../model/event.js';
import type { CameoTable } from './cameo-table.js';

/** What an event is built from, before the CAMEO table fills in class, weight and PLOVER. */
export interface EventParts extends EventCore {
  readonly articleId: string;
  readonly kind: DiplomaticKind | null;
  readonly sentence: { readonly text: string; readonly start: number; readonly end: number; readonly index: number };
  /** The trigger's character span, part of the event's identity. */
  readonly trigger: { readonly start: number; readonly end: number };
  readonly speaker: Actor | null;
}

const ROOT_QUAD: readonly (1 | 2 | 3 | 4)[] = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4];

/** Builds a frozen DiploEvent; its id is a hash of article, kind, code, evidence span, direction and participants. */
export function buildEvent(p: EventParts, cameo: CameoTable): DiploEvent {
  const info = cameo.info(p.cameo);
  const root = Number(p.cameo.slice(0, 2));
  const quadClass = info?.quadClass ?? ROOT_QUAD[root] ?? 1;
  const goldstein = info?.goldstein ?? 0;
  const plover: Plover | null = info?.plover ?? null;
  // Direction is part of the identity: "opened embassies in each other's capitals" is two events.
  const parties = [
    `${p.source?.country ?? ''}>${p.target?.country ?? ''}`,
    ...p.participants.map((a) => a.country ?? '').filter(Boolean).sort(),
  ].join(',');
  const id = hash('sha256', [p.articleId, p.kind ?? '', p.cameo, p.trigger.start, p.trigger.end, p.sentence.start, p.sentence.end, parties].join('|'), 'hex')
    .slice(0, 20);
  return deepFreeze({
    id,
    articleId: p.articleId,
    kind: p.kind,
    cameo: p.cameo,
    quadClass,
    goldstein,
    plover,
    source: p.source,
    target: p.target,
    participants: p.participants,
    date: p.date,
    place: p.place,
    modality: p.modality,
    attributes: p.attributes,
    evidence: {
      sentence: p.sentence.text,
      start: p.sentence.start,
      end: p.sentence.end,
      sentenceIndex: p.sentence.index,
      speaker: p.speaker,
    },
    confidence: p.confidence,
  });
}

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    if (Array.isArray(o)) for (const v of o) deepFreeze(v);
    else for (const k in o) deepFreeze((o as Record<string, unknown>)[k]);
  }
  return o;
}

import type { Actor, DiploEvent } from '../types.js';
import { formatDate } from '../dates.js';

const actorText = (a: Actor | null): string =>
  a ? `${a.name ?? a.text}${a.code || a.country ? ` [${a.code ?? a.country}]` : ''}${a.title ? `, ${a.title}` : ''}` : '—';

/** The coded event as a definition list. */
export function EventCard({ e }: { e: DiploEvent }) {
  const attrs = Object.entries(e.attributes).filter(([, v]) => v !== undefined && v !== null);
  return (
    <dl class="event-card">
      <dt>Kind</dt><dd>{e.kind ?? 'other'}</dd>
      <dt>CAMEO</dt><dd>{e.cameo} (quad class {e.quadClass}, Goldstein {e.goldstein})</dd>
      {e.plover && <><dt>PLOVER</dt><dd>{[e.plover.type, e.plover.mode, e.plover.context].filter(Boolean).join(' / ')}</dd></>}
      <dt>Source</dt><dd>{actorText(e.source)}</dd>
      <dt>Target</dt><dd>{actorText(e.target)}</dd>
      {e.participants.length > 0 && <><dt>Participants</dt><dd>{e.participants.map(actorText).join('; ')}</dd></>}
      <dt>Date</dt><dd>{formatDate(e.date.value, e.date.precision)}{e.date.text ? ` (“${e.date.text}”, ${e.date.basis})` : ` (${e.date.basis})`}</dd>
      {e.place && <><dt>Place</dt><dd>{e.place.name}{e.place.country ? ` [${e.place.country}]` : ''}</dd></>}
      <dt>Modality</dt><dd>{e.modality}</dd>
      {attrs.length > 0 && <><dt>Details</dt><dd>{attrs.map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`).join('; ')}</dd></>}
      <dt>Confidence</dt><dd>{e.confidence.toFixed(2)}</dd>
    </dl>
  );
}

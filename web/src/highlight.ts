import type { DiploEvent } from './types.js';

/** A run of article text with the marks that cover it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Ids of the events whose evidence sentence covers this run. */
  readonly events: readonly string[];
  /** True when an actor mention covers this run. */
  readonly actor: boolean;
}

/**
 * Cuts the article text at every evidence and actor boundary (offsets into the text; ranges out
 * of bounds are clamped, empty ones dropped), so each run can be rendered as text with its marks.
 */
export function segments(text: string, events: readonly DiploEvent[]): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, Math.trunc(n)));
  const ev: { start: number; end: number; id: string }[] = [];
  const actors: { start: number; end: number }[] = [];
  for (const e of events) {
    const s = clamp(e.evidence.start);
    const t = clamp(e.evidence.end);
    if (t > s) ev.push({ start: s, end: t, id: e.id });
    for (const a of [e.source, e.target, ...e.participants]) {
      if (a && typeof a.start === 'number' && typeof a.end === 'number' && clamp(a.end) > clamp(a.start)) actors.push({ start: clamp(a.start), end: clamp(a.end) });
    }
  }
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...ev, ...actors]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, t] = [points[i], points[i + 1]];
    out.push({
      start: s, end: t, text: text.slice(s, t),
      events: ev.filter((r) => r.start <= s && r.end >= t).map((r) => r.id),
      actor: actors.some((r) => r.start <= s && r.end >= t),
    });
  }
  return out;
}

import type { EventDate } from '../model/event.js';
import type { CodedClause } from './cameo/index.js';
import { splitClauses } from './diplomatic/clauses.js';
import type { ArticleFrame, CodedDiplo, SentenceInput } from './diplomatic/types.js';
import type { EventParts } from './event-builder.js';

/**
 * The general CAMEO coder's clauses as events of kind null, except where a diplomatic event
 * already codes the same words: a clause whose verb lies on a diplomatic trigger, or in a
 * diplomatic event's clause with the same CAMEO root, is the same fact and is dropped.
 */
export function generalEvents(
  clauses: readonly CodedClause[], diplomatic: readonly CodedDiplo[], s: SentenceInput, frame: ArticleFrame,
): EventParts[] {
  if (clauses.length === 0) return [];
  const spans = splitClauses(s.tokens, 0, s.tokens.length).map((c) => ({
    start: s.tokens[c.from]!.start, end: s.tokens[c.to - 1]!.end,
  }));
  const out: EventParts[] = [];
  for (const c of clauses) {
    if (!c.source && !c.target) continue;
    const covered = diplomatic.some((d) => (c.start < d.trigger.end && d.trigger.start < c.end)
      || (c.start >= d.clause.start && c.end <= d.clause.end && d.cameo.slice(0, 2) === c.cameo.slice(0, 2)));
    if (covered) continue;
    const clause = spans.find((x) => x.start <= c.start && c.start < x.end) ?? { start: s.start, end: s.end };
    out.push({
      articleId: frame.articleId,
      kind: null,
      cameo: c.cameo,
      source: c.source,
      target: c.target,
      participants: c.participants ?? [c.source, c.target].filter((a) => a !== null),
      date: dateIn(s, clause, c.start) ?? frame.articleDate,
      place: null,
      modality: c.modality,
      attributes: {},
      sentence: { text: s.text, start: s.start, end: s.end, index: s.index },
      trigger: { start: c.start, end: c.end },
      speaker: s.speaker,
      confidence: c.confidence,
    });
  }
  return out;
}

function dateIn(s: SentenceInput, clause: { start: number; end: number }, at: number): EventDate | null {
  let best: EventDate | null = null;
  let gap = Infinity;
  for (const d of s.dates) {
    if (d.start < clause.start || d.end > clause.end) continue;
    const g = Math.abs(d.start - at);
    if (g < gap) {
      gap = g;
      best = d.date;
    }
  }
  return best;
}

import type { DiplomaticKind, EventDate } from '../model/event.js';
import type { CodedClause } from './cameo/index.js';
import { gerundAfterPreposition } from './cameo/syntax.js';
import { splitClauses } from './diplomatic/clauses.js';
import type { ArticleFrame, CodedDiplo, SentenceInput } from './diplomatic/types.js';
import type { EventParts } from './event-builder.js';

/** Kinds whose parties act together: every ordered pair of them is a CAMEO dyad of the event. */
const SYMMETRIC: ReadonlySet<DiplomaticKind> = new Set<DiplomaticKind>([
  'meeting', 'agreement.sign', 'relations.establish', 'relations.restore', 'parliament.friendship-group',
]);

/** Kinds of meeting. */
const MEETS: ReadonlySet<DiplomaticKind> = new Set<DiplomaticKind>(['meeting', 'visit', 'meeting.intent']);

/** Kinds that state an intention: each member of a compound subject states it. */
const INTENT: ReadonlySet<DiplomaticKind> = new Set<DiplomaticKind>(['cooperation.intent', 'meeting.intent']);

/** One sentence's diplomatic events and general CAMEO events, merged. */
export interface MergedSentence {
  /**
   * The diplomatic events, a generic code (030, 040…) made specific where the CAMEO coder read the
   * same words more precisely ("agreed to provide aid": cooperation.intent 030 → 033).
   */
  readonly diplomatic: readonly CodedDiplo[];
  /** The general CAMEO clauses that state something the diplomatic events do not, as events of kind null. */
  readonly general: readonly EventParts[];
}

const root = (code: string): string => code.slice(0, 2);
const key = (a: { code: string | null; country: string | null; text: string } | null): string => a ? (a.code ?? a.country ?? a.text) : '-';

/**
 * Merges the general CAMEO coder's clauses with the diplomatic events of one sentence. A clause
 * that codes the same act as a diplomatic event (its verb lies on the diplomatic trigger, or it
 * shares the trigger or clause and the CAMEO root) is the same fact and is dropped — except for
 * the dyads of a many-sided event beyond its source and target: "Arnor, Gondor and Rohan met" is
 * one meeting, and the CAMEO stream has each ordered pair of its parties (with the meeting's code). A clause whose
 * verb is another act on the diplomatic event — "refused to meet" (125), "threatened to break
 * relations" (1313), "demanded a meeting" (106), "agreed to US mediation in talks" (03) — is kept
 * as an event of its own, and as the act that happened it ranks above the event it governs.
 */
export function mergeSentence(
  clauses: readonly CodedClause[], diplomatic: readonly CodedDiplo[], s: SentenceInput, frame: ArticleFrame,
): MergedSentence {
  if (clauses.length === 0) return { diplomatic, general: [] };
  const spans = splitClauses(s.tokens, 0, s.tokens.length).map((c) => ({
    start: s.tokens[c.from]!.start, end: s.tokens[c.to - 1]!.end,
  }));
  const clauseOf = (at: number): { start: number; end: number } => spans.find((x) => x.start <= at && at < x.end) ?? { start: s.start, end: s.end };
  const general: EventParts[] = [];
  for (const c of clauses) {
    if (!c.source && !c.target) continue;
    const near = diplomatic.filter((d) => (c.start < d.trigger.end && d.trigger.start < c.end)
      || (c.start >= d.clause.start && c.end <= d.clause.end && root(d.cameo) === root(c.cameo)));
    const verbOnTrigger = (d: CodedDiplo): boolean => d.trigger.start <= c.start && c.start < d.trigger.end;
    const same = near.filter((d) => verbOnTrigger(d) || root(d.cameo) === root(c.cameo));
    let cameo = c.cameo;
    let confidence = c.confidence;
    if (same.length) {
      // The same act: only a dyad of a many-sided event that no diplomatic event states is added.
      // An intent stated by both members of a compound subject ("Brazil and the United States seek to
      // deepen their partnership") is two statements: the reverse one is added.
      const stated = same.find((d) => INTENT.has(d.kind) && root(d.cameo) === root(c.cameo) && d.modality !== 'negated'
        && key(d.source) === key(c.target) && key(d.target) === key(c.source));
      const dyad = stated ?? same.find((d) => SYMMETRIC.has(d.kind) && root(d.cameo) === root(c.cameo) && inParties(d, c));
      if (!dyad || same.some((d) => key(d.source) === key(c.source) && key(d.target) === key(c.target))) continue;
      // The reverse of the event's own pair is the same meeting read the other way — except a
      // negotiation (046), which CAMEO codes for both sides: each party negotiates.
      if (!stated && same.some((d) => key(d.source) === key(c.target) && key(d.target) === key(c.source) && partyCount(d) <= 2 && d.cameo !== '046')) continue;
      cameo = stated ? c.cameo : dyad.cameo;
      confidence = Math.min(confidence, dyad.confidence - 0.05);
    } else {
      // Another act on the diplomatic event ("refused to meet", "agreed to mediation in the talks"):
      // the act that happened ranks first. A diplomatic event later in the clause, by the same
      // actor, is what the verb is about (its object or complement).
      const end = clauseOf(c.start).end;
      const governed = diplomatic.filter((d) => c.start < d.trigger.start && d.trigger.start < end
        && (near.includes(d) || reason(s, d) || (key(d.source) === key(c.source) && c.confidence >= d.confidence - 0.15)));
      for (const d of governed) confidence = Math.max(confidence, Math.min(0.95, d.confidence + 0.02));
    }
    const clause = clauseOf(c.start);
    general.push({
      articleId: frame.articleId,
      kind: null,
      cameo,
      source: c.source,
      target: c.target,
      participants: c.participants ?? [c.source, c.target].filter((a) => a !== null),
      date: dateIn(s, clause, c.start) ?? frame.articleDate,
      place: null,
      modality: c.modality,
      attributes: c.targetFrom ? { targetFrom: c.targetFrom } : {},
      sentence: { text: s.text, start: s.start, end: s.end, index: s.index },
      trigger: { start: c.start, end: c.end },
      speaker: s.speaker,
      confidence,
    });
  }
  return { diplomatic: diplomatic.map((d) => refined(d, clauses)), general };
}

/** A diplomatic event's generic code replaced by the more specific code of the same act, same root and pair. */
function refined(d: CodedDiplo, clauses: readonly CodedClause[]): CodedDiplo {
  const same = (x: CodedClause): boolean => x.start < d.trigger.end && d.trigger.start < x.end && x.cameo !== d.cameo
    && x.modality !== 'negated' && key(x.source) === key(d.source) && key(x.target) === key(d.target);
  // A meeting or visit still to come is an intent to meet (036), as CAMEO codes "will visit"
  // and as meeting.intent is coded, when the CAMEO coder reads the same words so.
  if (MEETS.has(d.kind) && (d.modality === 'planned' || d.modality === 'intended') && clauses.some((x) => same(x) && x.cameo === '036')) {
    return { ...d, cameo: '036' };
  }
  if (!/^\d\d0$/.test(d.cameo)) return d;
  const c = clauses.find((x) => same(x) && root(x.cameo) === root(d.cameo));
  return c ? { ...d, cameo: c.cameo } : d;
}

/** "arrested for collaborating with Israel": a diplomatic trigger that is a gerund after a preposition gives a reason. */
function reason(s: SentenceInput, d: CodedDiplo): boolean {
  const k = s.tokens.findIndex((t) => t.start === d.trigger.start);
  return k > 0 && gerundAfterPreposition(s.tokens, k);
}

/** Both actors of a clause are parties of a diplomatic event (by code or country). */
function inParties(d: CodedDiplo, c: CodedClause): boolean {
  if (!c.source || !c.target) return false;
  const parties = [d.source, d.target, ...d.participants].filter((a) => a !== null);
  const has = (a: NonNullable<CodedClause['source']>): boolean =>
    parties.some((p) => key(p) === key(a) || (p.country !== null && p.country === a.country));
  return has(c.source) && has(c.target);
}

/** How many distinct actors take part in a diplomatic event. */
function partyCount(d: CodedDiplo): number {
  return new Set([d.source, d.target, ...d.participants].filter((a) => a !== null).map(key)).size;
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

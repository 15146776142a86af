import { CameoVerbCoder, type ActorMention, type CodedClause } from '../coding/cameo/index.js';
import type { AnalysedText, Sentence } from '../nlp/types.js';
import { Analyser } from '../nlp/index.js';
import { findDiscard, type PetrDiscard } from '../petrarch/discards.js';
import type { Triple } from './records.js';

/**
 * Finds actor mentions (PETRARCH dictionaries, Attaché's resolver, or both): called once per text,
 * it returns the finder for that text's sentences (in order: the resolver keeps per-article state).
 */
export type MentionSource = (analysed: AnalysedText, date: string | null) => (sentence: Sentence) => readonly ActorMention[];

/** Codes one raw sentence or short text into (source, target, code) triples. */
export interface TextCoder {
  code(text: string, date: string | null): readonly Triple[];
}

/**
 * The coder used on validation records: the NLP layer, a mention source and the CAMEO verb coder,
 * with an optional PETRARCH discard list. Events without both actors, and negated ones, are not
 * triples (PETRARCH codes neither).
 */
export class ClauseTextCoder implements TextCoder {
  constructor(
    private readonly analyser: Analyser,
    private readonly mentions: MentionSource,
    private readonly coder: CameoVerbCoder,
    private readonly discards: readonly PetrDiscard[] = [],
  ) {
    this.storyDiscards = discards.filter((d) => d.story);
  }

  /** The story-level (`+`) discards, which drop the whole text. */
  private readonly storyDiscards: readonly PetrDiscard[];

  clauses(text: string, date: string | null): { analysed: AnalysedText; clauses: CodedClause[] } {
    const analysed = this.analyser.analyse(text, { published: date });
    const out: CodedClause[] = [];
    if (this.storyDiscards.length && findDiscard(text, this.storyDiscards)) return { analysed, clauses: out };
    const finder = this.mentions(analysed, date);
    for (const s of analysed.sentences) {
      const found = finder(s);
      if (this.discards.length && findDiscard(s.text, this.discards)) continue;
      out.push(...this.coder.codeSentence(analysed, s, found));
    }
    return { analysed, clauses: out };
  }

  code(text: string, date: string | null): Triple[] {
    return toTriples(this.clauses(text, date).clauses);
  }
}

/** Clauses → unique triples, keeping only asserted/planned/intended events with both actors coded. */
export function toTriples(clauses: readonly CodedClause[]): Triple[] {
  const seen = new Set<string>();
  const out: Triple[] = [];
  for (const c of clauses) {
    // PETRARCH codes no target it was not told: a domestic act's own-country target is Attaché's reading
    if (c.modality === 'negated' || !c.source?.code || !c.target?.code || c.targetFrom === 'home') continue;
    const t = { source: c.source.code, target: c.target.code, code: c.cameo };
    const k = `${t.source}>${t.target}:${t.code}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

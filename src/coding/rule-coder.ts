import type { ActorResolver, ArticleActors, Gazetteer, Mention } from '../actors/index.js';
import type { PeopleRegistry } from '../actors/types.js';
import type { Article } from '../model/article.js';
import type { DiploEvent } from '../model/event.js';
import { type Analyser, attribution } from '../nlp/index.js';
import type { AnalysedText, Sentence } from '../nlp/types.js';
import type { CodeOptions, EventCoder } from '../pipeline/types.js';
import { buildFrame } from './article-frame.js';
import { isBoilerplate } from './boilerplate.js';
import type { CameoTable } from './cameo-table.js';
import type { CameoVerbCoder } from './cameo/index.js';
import type { DiplomaticCoder } from './diplomatic/index.js';
import type { ActorSpan, ArticleFrame, CodedDiplo, SentenceInput } from './diplomatic/types.js';
import { buildEvent } from './event-builder.js';
import { mergeSentence } from './general-events.js';

/** Extra actor mentions for a sentence (e.g. from PETRARCH actor dictionaries), used where the resolver found none. */
export type MentionFinder = (analysed: AnalysedText, sentence: Sentence) => readonly Mention[];

/** The parts a RuleCoder runs; all loaded once by `createCoder()`. */
export interface RuleCoderParts {
  readonly analyser: Analyser;
  readonly gazetteer: Gazetteer;
  readonly resolver: ActorResolver;
  readonly cameo: CameoTable;
  readonly diplomatic: DiplomaticCoder;
  /** The general CAMEO coder for non-diplomatic events (kind null); null to code diplomacy only. */
  readonly verbCoder: CameoVerbCoder | null;
  /** People known across articles; used when `code()` is not given a registry. */
  readonly registry: PeopleRegistry;
  readonly extraMentions?: MentionFinder;
  readonly name?: string;
}

/**
 * The rule coder: analyse (sentences, tokens, dates, quotes) → resolve actors → code diplomatic
 * events with the pattern coder and other political events with the CAMEO verb coder.
 */
export class RuleCoder implements EventCoder {
  readonly name: string;

  constructor(private readonly parts: RuleCoderParts) {
    this.name = parts.name ?? 'rules';
  }

  code(article: Article, options: CodeOptions = {}): readonly DiploEvent[] {
    const { analyser, resolver, gazetteer, diplomatic, cameo } = this.parts;
    const registry = options.registry ?? this.parts.registry;
    const analysed = analyser.analyse(article.text, { published: article.published, datelineDate: article.dateline?.date ?? null });
    const actors = resolver.startArticle(
      { text: article.text, published: article.published, dateline: article.dateline ? { country: article.dateline.country } : null },
      registry,
    );
    const mentions = analysed.sentences.map((s) => this.mentionsOf(analysed, s, actors));
    const dates = bySentence(analysed);
    const inputs = analysed.sentences.map((s, i) => sentenceInput(analysed, s, mentions[i]!, dates[i]!, actors));
    const frame = buildFrame(article, inputs, gazetteer);
    const events: DiploEvent[] = [];
    // An id hashes kind, code, evidence span and parties: a second event with it (a symmetric
    // event read in both directions) is the same event, and ids stay unique within an article.
    const ids = new Set<string>();
    const add = (e: DiploEvent): void => {
      if (ids.has(e.id)) return;
      ids.add(e.id);
      events.push(e);
    };
    const kept = inputs.filter((s) => !isBoilerplate(s.text));
    const perSentence = diplomatic.codeArticle(kept, frame);
    for (let k = 0; k < kept.length; k++) {
      const s = kept[k]!;
      const i = s.index;
      const coded = perSentence[k]!;
      const general = this.parts.verbCoder?.codeSentence(analysed, analysed.sentences[i]!, mentions[i]!) ?? [];
      const merged = mergeSentence(general, coded, s, frame);
      for (const c of merged.diplomatic) add(buildEvent(partsOf(article.id, s, c), cameo));
      for (const g of merged.general) add(buildEvent(g, cameo));
    }
    const day = frame.articleDate.value;
    for (const p of actors.people()) registry.remember(p, day);
    return Object.freeze(events);
  }

  private mentionsOf(analysed: AnalysedText, s: Sentence, actors: ArticleActors): readonly Mention[] {
    const found = actors.mentions(s.start, s.end);
    const extra = this.parts.extraMentions?.(analysed, s) ?? [];
    if (extra.length === 0) return found;
    const free = extra.filter((e) => !found.some((f) => f.start < e.end && e.start < f.end));
    return [...found, ...free].sort((a, b) => a.start - b.start);
  }
}

/** The diplomatic coder's view of one sentence. */
function sentenceInput(
  analysed: AnalysedText, s: Sentence, mentions: readonly Mention[], dates: SentenceInput['dates'], actors: ArticleActors,
): SentenceInput {
  const quoted = analysed.quotes.filter((q) => q.start < s.end && q.end > s.start).map((q) => ({ start: q.start, end: q.end }));
  const attr = attribution(analysed, s);
  const speaker = attr ? actors.resolveSpeaker(attr.start, attr.end) : null;
  return {
    index: s.index,
    paragraph: s.paragraph,
    start: s.start,
    end: s.end,
    text: s.text,
    tokens: analysed.tokens.slice(s.tokenStart, s.tokenEnd),
    actors: spansOf(mentions),
    dates,
    quoted,
    speaker: speaker && (speaker.country || speaker.name) ? speaker : null,
    attribution: attr && attr.start >= s.start && attr.end <= s.end ? { start: attr.start, end: attr.end } : null,
  };
}

/** The dates of each sentence, in one pass (dates and sentences are both in text order). */
function bySentence(analysed: AnalysedText): SentenceInput['dates'][] {
  const out: AnalysedText['dates'][number][][] = analysed.sentences.map(() => []);
  let i = 0;
  for (const d of [...analysed.dates].sort((a, b) => a.start - b.start)) {
    while (i < analysed.sentences.length && analysed.sentences[i]!.end < d.end) i++;
    const s = analysed.sentences[i];
    if (s && d.start >= s.start && d.end <= s.end) out[i]!.push(d);
  }
  return out;
}

/** Mentions as non-overlapping spans in text order (the longer of two overlapping wins). */
function spansOf(mentions: readonly Mention[]): ActorSpan[] {
  // the resolver answers in text order: copy and sort only when it did not
  const sorted = inOrder(mentions) ? mentions : [...mentions].sort(byStartLongest);
  const out: ActorSpan[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push({ start: m.start, end: m.end, text: m.text, actor: m.actor, via: m.via, host: m.host, city: m.city });
  }
  return out;
}

const byStartLongest = (a: Mention, b: Mention): number => a.start - b.start || (b.end - b.start) - (a.end - a.start);

/** Whether `byStartLongest` would leave `list` as it is. */
function inOrder(list: readonly Mention[]): boolean {
  for (let i = 1; i < list.length; i++) if (byStartLongest(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}

function partsOf(articleId: string, s: SentenceInput, c: CodedDiplo): Parameters<typeof buildEvent>[0] {
  return {
    articleId, kind: c.kind, cameo: c.cameo, source: c.source, target: c.target, participants: c.participants,
    date: c.date, place: c.place, modality: c.modality, attributes: c.attributes,
    sentence: { text: s.text, start: s.start, end: s.end, index: s.index }, trigger: c.trigger,
    speaker: c.speaker, confidence: c.confidence,
  };
}

export type { ArticleFrame };

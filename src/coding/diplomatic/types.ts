import type { Actor } from '../../model/actor.js';
import type { DiplomaticKind, EventCore, EventDate } from '../../model/event.js';
import type { Token } from '../../nlp/types.js';

/** An actor found in the text: a character span and what it refers to. */
export interface ActorSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly actor: Actor;
  /** How it was found (`name`, `demonym`, `capital`, `city`, `title`, `pronoun`…), when known. */
  readonly via?: string;
  /** For envoys and missions: the host country or organisation the resolver read ("embassy in Baku" → AZE). */
  readonly host?: string | undefined;
  /** For missions: the city named after "in" ("embassy in Baku" → "Baku"). */
  readonly city?: string | undefined;
}

/** A date stated in the text. */
export interface DateSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly date: EventDate;
}

/**
 * One sentence as the diplomatic coder sees it: its tokens, the actors and dates in it, and who
 * is speaking when it is (part of) a quotation or reported speech. Built by the rule coder from
 * the NLP and actor layers; unit tests build it by hand.
 */
export interface SentenceInput {
  readonly index: number;
  /** Index of the paragraph holding the sentence, when the builder knows it (stories carry no past occasion across a paragraph break). */
  readonly paragraph?: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Actor mentions in the sentence, sorted by `start`, not overlapping. */
  readonly actors: readonly ActorSpan[];
  readonly dates: readonly DateSpan[];
  /** Character spans of the sentence that are inside quotation marks. */
  readonly quoted: readonly { readonly start: number; readonly end: number }[];
  /** The speaker of the quotation or reported speech the sentence carries, when known. */
  readonly speaker: Actor | null;
  /** The attribution phrase ("he said", "Boldrini pointed out that") when it lies in this sentence. */
  readonly attribution?: { readonly start: number; readonly end: number } | null;
}

/** What the coder knows about the whole article while it codes one sentence. */
export interface ArticleFrame {
  readonly articleId: string;
  /** The article date as an event date (basis `article`), or a null-valued date when unknown. */
  readonly articleDate: EventDate;
  /** Country of the dateline place ("BEIJING —", "Baku, Azerbaijan"), when known. */
  readonly datelineCountry: string | null;
  readonly datelinePlace: string | null;
  /** The two countries the article is about around sentence `index` ("the two countries"). */
  pair(index: number): readonly [Actor, Actor] | null;
  /** A person the pronoun at `start` refers to (he, she), from earlier text. */
  person(start: number): Actor | null;
  /** A country-level actor for an ISO alpha-3 code (for parties implied by "the two countries"). */
  countryActor(code: string, text?: string): Actor;
  /** The country of a place or country name ("Lima" → PER, city true), or null. */
  place(name: string): { readonly country: string; readonly city: boolean } | null;
}

/** One diplomatic event found in a sentence, before it is turned into a DiploEvent. */
export interface CodedDiplo extends EventCore {
  readonly kind: DiplomaticKind;
  /** The words that triggered the event and the clause it was read from (character offsets). */
  readonly trigger: { readonly start: number; readonly end: number };
  readonly clause: { readonly start: number; readonly end: number };
  readonly speaker: Actor | null;
  /** The pattern that matched (`mission.open`, `landmark`…): for debugging and tests. */
  readonly rule: string;
}

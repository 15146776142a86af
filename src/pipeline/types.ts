import type { Article } from '../model/article.js';
import type { DiploEvent } from '../model/event.js';
import type { PeopleRegistry } from '../actors/types.js';

/** Per-call options of a coder. */
export interface CodeOptions {
  /** People known from earlier articles; the coder adds the people it resolves. */
  readonly registry?: PeopleRegistry;
}

/**
 * Turns one article into events. Implementations: the rule coder (own dictionaries), and the
 * same coder with PETRARCH dictionaries added. Pure apart from the registry it is given.
 */
export interface EventCoder {
  readonly name: string;
  code(article: Article, options?: CodeOptions): readonly DiploEvent[];
}

/**
 * Actor resolution: countries, organisations, bodies and people in article text (EVENTS.md §2).
 *
 * ```ts
 * const gaz = Gazetteer.load();
 * const resolver = new ActorResolver(gaz);
 * const actors = resolver.startArticle(article, createPeopleRegistry());
 * for (const s of sentences) actors.mentions(s.start, s.end);
 * ```
 */
export { Gazetteer, type CountryRef } from './gazetteer.js';
export { ActorResolver, type ArticleActors, type ArticleInput } from './resolver.js';
export { createPeopleRegistry } from './registry.js';
export { cameoCode, type Mention } from './build.js';
export type { PeopleRegistry } from './types.js';

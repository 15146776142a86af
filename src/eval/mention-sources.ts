import { ActorResolver, createPeopleRegistry, Gazetteer } from '../actors/index.js';
import type { ActorMention } from '../coding/cameo/index.js';
import type { PetrarchMentionFinder } from '../petrarch/index.js';
import type { MentionSource } from './record-coder.js';

/** Attaché's own actor resolver (src/actors) as a mention source; one fresh article state per text. */
export function ownMentions(gazetteer: Gazetteer = Gazetteer.load()): MentionSource {
  const resolver = new ActorResolver(gazetteer);
  return (analysed, date) => {
    const actors = resolver.startArticle({ text: analysed.text, published: date }, createPeopleRegistry());
    return (s) => actors.mentions(s.start, s.end);
  };
}

/** Mentions from PETRARCH actor and agent dictionaries. */
export function petrarchMentions(finder: PetrarchMentionFinder): MentionSource {
  return (analysed, date) => (s) => finder.find(analysed.text, analysed.tokens, s.tokenStart, s.tokenEnd, date);
}

/** The first source's mentions, plus the second's where they overlap none of the first. */
export function unionMentions(first: MentionSource, second: MentionSource): MentionSource {
  return (analysed, date) => {
    const a = first(analysed, date);
    const b = second(analysed, date);
    return (s) => {
      const xs = a(s);
      const ys = b(s).filter((m) => !xs.some((x) => x.start < m.end && m.start < x.end));
      return [...xs, ...ys].sort((x, y) => x.start - y.start) as ActorMention[];
    };
  };
}

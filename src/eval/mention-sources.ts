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

/** Two sources read side by side: per sentence, `merge` of the first's and the second's mentions. */
function combined(first: MentionSource, second: MentionSource, merge: (xs: readonly ActorMention[], ys: readonly ActorMention[]) => ActorMention[]): MentionSource {
  return (analysed, date) => {
    const a = first(analysed, date);
    const b = second(analysed, date);
    return (s) => merge(a(s), b(s));
  };
}

/** The first source's mentions, plus the second's where they overlap none of the first. */
export function unionMentions(first: MentionSource, second: MentionSource): MentionSource {
  return combined(first, second, (xs, ys) =>
    [...xs, ...ys.filter((m) => !xs.some((x) => overlap(x, m)))].sort((x, y) => x.start - y.start));
}

/**
 * A user's PETRARCH dictionaries beside Attaché's resolver: the dictionary's code wins where both
 * read the same country (its sectors and group codes are the user's convention: `PSEREBHMS`,
 * `IGOCOPITP`); an agent the dictionary leaves without a country (`---GOV`, "the government")
 * takes the country the resolver found for the same words; where the two disagree on the country,
 * the resolver's reading (context, dates, people) is kept. Mentions only one side found are kept.
 */
export function dictionaryMentions(dictionary: MentionSource, own: MentionSource): MentionSource {
  return combined(dictionary, own, (theirs, ours) => {
    const out: ActorMention[] = [];
    const replaced = new Set<ActorMention>();
    for (const p of theirs) {
      const hits = ours.filter((m) => overlap(m, p));
      const pc = countryPart(p.actor.code);
      if (!hits.length) { out.push(p); continue; }
      // "Norlandic Defence Secretary Ada Brun": a title word inside a name the resolver read whole
      if (pc === null && hits.every((m) => replaced.has(m))) continue;
      if (pc === null && hits.length === 1 && countryPart(hits[0]!.actor.code) !== null) {
        // "the government" (---GOV) where the resolver knows whose: its country, the dictionary's sectors
        const m = hits[0]!;
        const code = `${countryPart(m.actor.code)}${p.actor.code!.slice(3)}`;
        out.push({ ...m, actor: { ...m.actor, code, sectors: p.actor.sectors.length ? p.actor.sectors : m.actor.sectors } });
        replaced.add(m);
        continue;
      }
      if (hits.every((m) => countryPart(m.actor.code) === pc || countryPart(m.actor.code) === null)) {
        out.push(p);
        for (const m of hits) replaced.add(m);
      }
    }
    const kept = ours.filter((m) => !replaced.has(m) && !out.some((x) => overlap(x, m)));
    // dictionary mentions that disagreed were left out above: the resolver's stand
    return [...out, ...kept].sort((x, y) => x.start - y.start);
  });
}

/** The country part of a CAMEO actor code (`USAGOV` → `USA`, `IGOUNO` → `IGO`), null for `---…`. */
function countryPart(code: string | null | undefined): string | null {
  if (!code || code.startsWith('---')) return null;
  return code.slice(0, 3);
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

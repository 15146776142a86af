/**
 * ActorResolver: per-article actor recognition on top of a loaded Gazetteer.
 */
import type { Actor, Person } from '../model/actor.js';
import type { Mention } from './build.js';
import type { Gazetteer } from './gazetteer.js';
import { SentenceParser, type ParseContext } from './parser.js';
import { prepare } from './phrases.js';
import { readRegister } from './register.js';
import { settleSpeech } from './speech.js';
import { ArticleState } from './state.js';
import type { PeopleRegistry } from './types.js';

/** The article fields the resolver reads. */
export interface ArticleInput {
  readonly text: string;
  readonly published: string | null;
  readonly dateline?: { readonly country: string | null } | null;
}

/**
 * The actors of one article, read sentence by sentence in text order. Calls for an earlier or
 * repeated range return what was found the first time.
 */
export interface ArticleActors {
  /** Actor mentions in text[start, end), in text order (call sentence by sentence, in order). */
  mentions(start: number, end: number): readonly Mention[];
  /** A speaker phrase ("he", "the diplomat", "Tagle", "said the Foreign Ministry") → the last fitting named person/actor. */
  resolveSpeaker(start: number, end: number): Actor | null;
  /** People seen in this article, for the registry. */
  people(): readonly Person[];
  /** Distinct countries named so far (ISO alpha-3), in order of first mention. */
  countries(): readonly string[];
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const OPENING = new RegExp(String.raw`^\s*(\p{Lu}[\p{L}'’. -]{1,40}?)\s*,\s*(?:\d|(?:${MONTHS})[a-z]*\b)`, 'iu');

/**
 * The country of a dateline the article's reader did not take as one: a city at the very start
 * of the text followed by a date ("KAMPALA, 3 March.", "Quito, 12 de mayo (…)"); else null.
 */
function openingPlace(gaz: Gazetteer, text: string): string | null {
  const m = OPENING.exec(text.slice(0, 120));
  return m ? gaz.cityCountry(m[1]!.trim()) : null;
}

const SPEAKER_ORDER = ['title', 'appositive', 'counterpart', 'seed', 'alias', 'registry', 'pronoun', 'description'];

class ArticleActorsImpl implements ArticleActors {
  private readonly state: ArticleState;
  private readonly done = new Map<string, readonly Mention[]>();
  private readonly all: Mention[] = [];
  /** Whether `all` is in order of start (sentences read in text order): `within` can then search it. */
  private sorted = true;
  private readonly ctx: ParseContext;

  constructor(private readonly gaz: Gazetteer, private readonly article: ArticleInput, registry: PeopleRegistry) {
    this.state = new ArticleState(gaz, article.dateline?.country ?? openingPlace(gaz, article.text), readRegister(article.text));
    const date = article.published && /^\d{4}/.test(article.published) ? article.published.slice(0, 10) : null;
    this.ctx = { gaz, state: this.state, registry, date, record: true };
  }

  mentions(start: number, end: number): readonly Mention[] {
    const key = `${start}:${end}`;
    const cached = this.done.get(key);
    if (cached) return cached;
    const s = prepare(this.gaz, this.article.text, start, end, this.ctx.date);
    this.state.beginSentence(start);
    const found = Object.freeze(new SentenceParser(this.ctx, s).run());
    this.done.set(key, found);
    const head = this.state.register.speech;
    if (head && !this.state.speech.body) settleSpeech(this.state, head, this.article.text, start, end, found);
    for (const m of found) {
      if (this.all.length > 0 && m.start < this.all[this.all.length - 1]!.start) this.sorted = false;
      this.all.push(m);
    }
    return found;
  }

  /** The mentions found so far that lie within [start, end), in the order found. */
  private within(start: number, end: number): Mention[] {
    const { all } = this;
    if (!this.sorted) return all.filter((m) => m.start >= start && m.end <= end);
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < all.length && all[i]!.start <= end; i++) if (all[i]!.end <= end) out.push(all[i]!);
    return out;
  }

  resolveSpeaker(start: number, end: number): Actor | null {
    const inside = this.within(start, end);
    const pick = (list: readonly Mention[]): Actor | null => {
      for (const via of SPEAKER_ORDER) {
        const m = list.find((x) => x.via === via && x.actor.type === 'person');
        if (m) return m.actor;
      }
      return list.find((x) => x.actor.type === 'organisation' || x.actor.type === 'igo')?.actor ?? list[0]?.actor ?? null;
    };
    let actor = inside.length > 0 ? pick(inside) : null;
    if (!actor) {
      const s = prepare(this.gaz, this.article.text, start, end, this.ctx.date);
      actor = pick(new SentenceParser({ ...this.ctx, record: false }, s).run());
    }
    if (actor?.type === 'person' && actor.name) this.state.markSpeaker(actor.name, start);
    return actor;
  }

  people(): readonly Person[] {
    return this.state.persons();
  }

  countries(): readonly string[] {
    return this.state.countries();
  }
}

export class ActorResolver {
  constructor(private readonly gazetteer: Gazetteer) {}

  /** Per-article state: remembers the countries and people named so far. */
  startArticle(article: ArticleInput, registry: PeopleRegistry): ArticleActors {
    return new ArticleActorsImpl(this.gazetteer, article, registry);
  }
}

import type { Gazetteer } from '../actors/index.js';
import type { Actor } from '../model/actor.js';
import type { Article } from '../model/article.js';
import type { EventDate } from '../model/event.js';
import type { ArticleFrame, SentenceInput } from './diplomatic/types.js';
import { withoutDateline } from './diplomatic/dateline.js';
import { passageStarts } from './diplomatic/passages.js';

const RECENT = 2;
const PERSON = 2;

/**
 * Builds the article-level context of the diplomatic coder: the article date, the dateline
 * country, the pair of countries the story is about (for "the two countries"), and the last
 * person named before a pronoun.
 */
export function buildFrame(article: Article, sentences: readonly SentenceInput[], gaz: Gazetteer): ArticleFrame {
  const articleDate = articleDateOf(article);
  const dl = datelineOf(article, gaz);
  // who the story is about: people acting weigh most, places ("in Qingdao, east China") least;
  // an organisation counts only through its officials ("EU foreign policy chief Josep Borrell"),
  // so the EU and a country can be "the two sides" while a venue ("to attend the East Asia
  // Summit") or a passing mention of the UN does not make one
  const perSentence = sentences.map((s) => withoutDateline(s, dl.place)).map((s) => {
    const pairAt = pairWordAt(s);
    return s.actors
      .filter((a) => !namesSomething(s, a) && a.actor.country && (!isIgo(a, gaz) || isOfficial(a)))
      .map((a) => [a.actor.country!, weightOf(s, a), a.start < pairAt] as const);
  });
  // a live blog's entries ("14:05 — …") are stories of their own: the pair and the person come from the entry
  const passage = passageStarts(sentences);
  const blog = passage.some((p) => p > 0);
  const totals = new Map<number, Map<string, number>>();
  const first = new Map<string, number>();
  let order = 0;
  for (let i = 0; i < perSentence.length; i++) {
    const key = blog ? passage[i]! : 0;
    const total = totals.get(key) ?? new Map<string, number>();
    totals.set(key, total);
    for (const [c, w] of perSentence[i]!) {
      total.set(c, (total.get(c) ?? 0) + w);
      if (!first.has(c)) first.set(c, order++);
    }
  }
  const persons = sentences.flatMap((s) => s.actors.filter((a) => a.actor.type === 'person' && a.actor.name && a.via !== 'pronoun'));
  // character offset where the passage of a position starts (0 for an ordinary article)
  const passageFrom = blog ? [...new Set(passage)].map((i) => sentences[i]!.start) : [0];
  const passageAt = (start: number): number => passageFrom.findLast((x) => x <= start) ?? 0;
  const countryActor = (code: string, text?: string): Actor => Object.freeze({
    text: text ?? gaz.countryName(code) ?? code, country: code, sectors: [], code, name: null, title: null,
    type: gaz.isIgo(code) ? 'igo' : 'country',
  });
  const pairCache = new Map<number, readonly [Actor, Actor] | null>();
  return {
    articleId: article.id,
    articleDate,
    datelineCountry: dl.country,
    datelinePlace: dl.place,
    pair(index: number) {
      if (pairCache.has(index)) return pairCache.get(index)!;
      const from = blog ? passage[index] ?? 0 : 0;
      const score = new Map(totals.get(from) ?? []);
      for (let j = Math.max(from, index - RECENT); j <= index && j < perSentence.length; j++) {
        // people named before "the two sides" in the sentence itself most: "Minister X and EU chief Y signed …, and the two sides agreed …"
        for (const [c, w, early] of perSentence[j]!) score.set(c, (score.get(c) ?? 0) + (j === index && early && w >= PERSON ? 6 : 2) * w);
      }
      // the two best by score, then by first mention (what sorting all of them would put first)
      let a: string | null = null;
      let b: string | null = null;
      const better = (x: string, y: string | null): boolean =>
        y === null || score.get(x)! > score.get(y)! || (score.get(x) === score.get(y) && first.get(x)! < first.get(y)!);
      for (const c of score.keys()) {
        if (better(c, a)) { b = a; a = c; } else if (better(c, b)) b = c;
      }
      const pair = a !== null && b !== null ? ([countryActor(a), countryActor(b)] as const) : null;
      pairCache.set(index, pair);
      return pair;
    },
    person(start: number) {
      let best: Actor | null = null;
      const from = blog ? passageAt(start) : 0;
      for (const p of persons) if (p.end <= start && p.start >= from) best = p.actor;
      return best;
    },
    countryActor,
    place(name: string) {
      const city = gaz.cityCountry(name);
      if (city) return { country: city, city: true };
      const c = gaz.country(name);
      return c && !gaz.isIgo(c.code) ? { country: c.code, city: false } : null;
    },
  };
}

type Mentioned = SentenceInput['actors'][number];

/** Where "the two sides / both countries / the two ministers" first stands in a sentence (-1 if nowhere: no mention is before it). */
function pairWordAt(s: SentenceInput): number {
  const m = /\b(?:the two|both|the)\s+(?:sides|countries|nations|parties|governments|ministers|leaders|presidents)\b/i.exec(s.text);
  return m ? s.start + m.index : -1;
}
const isIgo = (a: Mentioned, gaz: Gazetteer): boolean => a.actor.type === 'igo' || gaz.isIgo(a.actor.country!);
const isOfficial = (a: Mentioned): boolean => a.actor.type === 'person' && Boolean(a.actor.name);

/** How much a mention says the story is about its country: people 2, places 0.5, others 1. */
function weightOf(s: SentenceInput, a: SentenceInput['actors'][number]): number {
  if (a.actor.type === 'person') return PERSON;
  if (a.via === 'capital' || a.via === 'city') return 0.5;
  const before = s.text.slice(Math.max(0, a.start - s.start - 12), a.start - s.start);
  return /\b(?:in|at|near|across|outside|inside|east|west|north|south)\s+(?:the\s+)?$/i.test(before) ? 0.5 : 1;
}

/** "the Paris Agreement", "Minsk Protocol": a city followed by a capitalised noun names a thing, not a party. */
function namesSomething(s: SentenceInput, a: SentenceInput['actors'][number]): boolean {
  if (a.via !== 'capital' && a.via !== 'city') return false;
  return /^\s?\p{Lu}\p{Ll}/u.test(s.text.slice(a.end - s.start, a.end - s.start + 3));
}

/** The article date as an event date with basis `article` (published, else the dateline's). */
export function articleDateOf(article: Article): EventDate {
  const raw = article.published ?? article.dateline?.date ?? null;
  const m = raw ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(raw) : null;
  if (!m) return { value: null, precision: null, basis: 'article', text: null };
  const value = m[3] ? `${m[1]}-${m[2]}-${m[3]}` : m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  return { value, precision: m[3] ? 'day' : m[2] ? 'month' : 'year', basis: 'article', text: null };
}

/**
 * The dateline's place and country: the article's own, else a wire dateline at the start of
 * the text ("BEIJING, (APP) :", "ISLAMABAD -", "Baku, Azerbaijan, Aug.17"). The fallback reads
 * only what the reader left in the text.
 */
export function datelineOf(article: Article, gaz: Gazetteer): { place: string | null; country: string | null } {
  if (article.dateline?.country) return { place: article.dateline.place, country: article.dateline.country };
  const head = article.text.slice(0, 400);
  const m = /(?:^|\n)\s*(?:date \d{4}-\d{2}-\d{2}\s+)?([A-Z][A-Z .'-]{2,30}?)\s*(?:,|\s[-–—]\s|:)/.exec(head);
  if (m) {
    const name = m[1]!.trim().toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
    const city = gaz.cityCountry(name);
    if (city) return { place: name, country: city };
  }
  if (article.dateline?.place) {
    const c = gaz.cityCountry(article.dateline.place) ?? gaz.country(article.dateline.place)?.code ?? null;
    return { place: article.dateline.place, country: c };
  }
  return { place: null, country: null };
}

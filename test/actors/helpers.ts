import { ActorResolver, Gazetteer, createPeopleRegistry, type ArticleActors, type Mention } from '../../src/actors/index.js';
import type { PeopleRegistry } from '../../src/actors/types.js';

let gaz: Gazetteer | null = null;
/** One gazetteer for the whole test run (loading takes ~0.1 s). */
export function gazetteer(): Gazetteer {
  gaz ??= Gazetteer.load();
  return gaz;
}

/** Splits a test text at sentence ends and line breaks (good enough for the sentences the tests write). */
export function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const re = /[^]*?(?:(?<!\b[A-Z]|\b(?:Jr|Amb|Hon|Dr|Mr|Mrs|Ms|Prof))[.!?](?=\s+[A-Z“"]|\s*$)|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) && m[0].length > 0) {
      const lead = m[0].length - m[0].trimStart().length;
      if (m[0].trim().length > 0) out.push([lineStart + m.index + lead, lineStart + m.index + m[0].length]);
    }
    lineStart += line.length + 1;
  }
  return out;
}

/** Reads a whole text sentence by sentence; returns the article state and all mentions. */
export function read(
  text: string,
  published: string | null = '2020-06-01',
  registry: PeopleRegistry = createPeopleRegistry(),
  dateline: string | null = null,
): { actors: ArticleActors; mentions: Mention[] } {
  const actors = new ActorResolver(gazetteer()).startArticle({ text, published, dateline: { country: dateline } }, registry);
  const mentions: Mention[] = [];
  for (const [a, b] of sentences(text)) mentions.push(...actors.mentions(a, b));
  return { actors, mentions };
}

/** A compact view of a mention for table comparisons: "text|code|name|title". */
export function brief(m: Mention): string {
  return [m.text, m.actor.code, m.actor.name ?? '', m.actor.title ?? ''].join('|');
}

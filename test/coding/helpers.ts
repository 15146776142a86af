import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../src/model/actor.js';
import type { Article } from '../../src/model/article.js';
import type { DiploEvent } from '../../src/model/event.js';
import { createCoder, type EventCoder } from '../../src/pipeline/index.js';

let shared: EventCoder | null = null;

/** One coder per test process (loading the model and dictionaries takes about a second). */
export function coder(): EventCoder {
  shared ??= createCoder({ diplomaticOnly: true });
  return shared;
}

/** An article around `text`, published on `published`. */
export function article(text: string, published: string | null = '2024-05-10', extra: Partial<Article> = {}): Article {
  return {
    id: `test-${text.length}`, url: null, title: '', published, source: null, author: null, dateline: null,
    language: 'en', duplicateOf: null, text, ...extra,
  };
}

/** The diplomatic events of a text. */
export function diplomatic(text: string, published: string | null = '2024-05-10', extra: Partial<Article> = {}): DiploEvent[] {
  return coder().code(article(text, published, extra)).filter((e) => e.kind !== null);
}

/** A compact view of an event for table tests: `kind SRC>TGT date modality`. */
export function brief(e: DiploEvent): string {
  return `${e.kind} ${side(e.source)}>${side(e.target)} ${e.date.value ?? '-'} ${e.modality}`;
}

const side = (a: Actor | null): string => a?.country ?? '-';

/** The set of countries on an event. */
export function parties(e: DiploEvent): string[] {
  return [...new Set([e.source, e.target, ...e.participants].map((a) => a?.country).filter((c): c is string => Boolean(c)))].sort();
}

/**
 * One test per `[text, want]` row: the text's diplomatic events include `want` (a `brief`).
 * `label` prefixes the test names.
 */
export function expectEvents(cases: readonly (readonly [string, string])[], label = ''): void {
  for (const [text, want] of cases) {
    test(`${label}${want} ← ${text.slice(0, 70)}`, () => {
      const got = diplomatic(text).map(brief);
      assert.ok(got.includes(want), `want ${want}, got ${JSON.stringify(got)}`);
    });
  }
}

/**
 * One test per `[name, text, want]` row: the text's diplomatic events are exactly `want` (briefs,
 * in the coder's order).
 */
export function expectExactly(cases: readonly (readonly [string, string, readonly string[]])[]): void {
  for (const [name, text, want] of cases) {
    test(name, () => {
      assert.deepEqual(diplomatic(text).map(brief), want);
    });
  }
}

/** One test per `[text, kind]` row: the text gives no diplomatic event of that kind. */
export function expectNoKind(cases: readonly (readonly [string, string])[]): void {
  for (const [text, kind] of cases) {
    test(`no ${kind} ← ${text.slice(0, 70)}`, () => {
      const got = diplomatic(text);
      assert.ok(!got.some((e) => e.kind === kind), JSON.stringify(got.map(brief)));
    });
  }
}

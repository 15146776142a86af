import type { PeopleRegistry } from '../actors/types.js';
import { createPeopleRegistry } from '../actors/registry.js';
import { finishDraft, recordDraft, resolveReadOptions, signature } from '../ingest/index.js';
import type { Article } from '../model/article.js';
import type { DiploEvent } from '../model/event.js';
import type { AttacheError } from '../model/result.js';
import type { EventCoder } from '../pipeline/types.js';
import type { Store } from '../store/store.js';
import { HttpError } from './errors.js';
import type { ArticleRecord } from './schemas.js';

/** What POST /api/articles answers. */
export interface IngestOutcome {
  /** `stored`: new; `duplicate`: new, linked to an earlier copy; `exists`: this id was already stored. */
  readonly status: 'stored' | 'exists' | 'duplicate';
  readonly article: Article;
  readonly events: readonly DiploEvent[];
}

/** Ingests one record sent to the API: reader → coder → store. */
export interface IngestService {
  ingest(record: ArticleRecord): Promise<IngestOutcome>;
}

const ORIGIN = 'POST /api/articles';

/** A reader's failure as the API's answer (its code keeps its status: EMPTY_INPUT 422, TOO_LARGE 413…). */
function fail(e: AttacheError): never {
  throw new HttpError(e.code as HttpError['code'], e.message);
}

/**
 * The default ingest, the same stages as `attache ingest`: the JSON Lines record reader and
 * finishing (metadata, language, id), the near-duplicate check against the store, the coder with
 * the people registry (seeded from the store once, kept for the server's life), then one store
 * transaction. Given a factory, the coder is built on the first article (it loads models).
 */
export function createIngestService(store: Store, coderOrFactory: EventCoder | (() => EventCoder), maxArticleBytes?: number): IngestService {
  const opts = resolveReadOptions({ maxArticleBytes });
  let coder: EventCoder | null = typeof coderOrFactory === 'function' ? null : coderOrFactory;
  let registry: Promise<PeopleRegistry> | null = null;
  return {
    async ingest(record) {
      const draft = recordDraft(JSON.stringify(record), ORIGIN, opts);
      if (!draft.ok) fail(draft.error);
      const finished = finishDraft(draft.value, opts);
      if (!finished.ok) fail(finished.error);
      let article = finished.value;
      const known = await store.getArticle(article.id);
      if (known) return { status: 'exists', article: known.article, events: known.events };
      const sig = signature(article);
      const original = await store.findDuplicate(sig);
      if (original && original !== article.id) article = { ...article, duplicateOf: original };
      registry ??= store.people().then((people) => createPeopleRegistry(people));
      const people = await registry;
      const before = new Set(people.all());
      coder ??= (coderOrFactory as () => EventCoder)();
      const events = coder.code(article, { registry: people });
      const outcome = await store.putArticle(article, events, sig);
      const learned = people.all().filter((p) => !before.has(p));
      if (learned.length) await store.upsertPeople(learned);
      const stored = await store.getArticle(outcome.articleId);
      if (!stored) throw new Error(`the store lost article ${outcome.articleId} just written`);
      return { status: outcome.status, article: stored.article, events: stored.events };
    },
  };
}

import type { Article } from '../model/article.js';
import type { Person } from '../model/actor.js';
import type { DiploEvent } from '../model/event.js';
import type { AttacheError, Result } from '../model/result.js';
import type { EventCoder } from '../pipeline/types.js';
import type { PeopleRegistry } from '../actors/types.js';

/** What a coding thread is given at start: the people known before the run. */
export interface CodeWorkerData {
  readonly people: readonly Person[];
}

/** The answer for one article: its events, or why it could not be coded. */
export type CodeResult = Result<readonly DiploEvent[], AttacheError>;

/**
 * Codes one article, turning a coder exception into an INTERNAL error value so that one bad
 * article never stops a batch.
 */
export function codeSafely(coder: EventCoder, registry: PeopleRegistry, article: Article): CodeResult {
  try {
    return { ok: true, value: coder.code(article, { registry }) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `coding failed: ${message.split('\n')[0]}`, input: article.origin ?? article.id },
    };
  }
}

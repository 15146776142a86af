import { workerData } from 'piscina';
import type { Article } from '../model/article.js';
import type { EventCoder } from '../pipeline/types.js';
import type { PeopleRegistry } from '../actors/types.js';
import { createCoder } from '../pipeline/index.js';
import { codeSafely, type CodeResult, type CodeWorkerData } from './code-task.js';
import { createRunRegistry } from './run-registry.js';

/**
 * The task run in each coding thread of the pool (piscina). The coder and its dictionaries are
 * built on the thread's first task and reused for every later one.
 */
let state: { readonly coder: EventCoder; readonly registry: PeopleRegistry } | null = null;

export default function codeArticle(article: Article): CodeResult {
  if (!state) {
    const data = (workerData ?? { people: [] }) as CodeWorkerData;
    state = { coder: createCoder(), registry: createRunRegistry(data.people) };
  }
  return codeSafely(state.coder, state.registry, article);
}

import { workerData } from 'piscina';
import type { Article } from '../model/article.js';
import type { EventCoder } from '../pipeline/types.js';
import { createCoder } from '../pipeline/index.js';
import { codeSafely, createTrackingRegistry, type CodeResult, type CodeWorkerData, type TrackingRegistry } from './code-task.js';

/**
 * The task run in each coding thread of the pool (piscina). The coder and its dictionaries are
 * built on the thread's first task and reused for every later one.
 */
let state: { readonly coder: EventCoder; readonly registry: TrackingRegistry } | null = null;

export default function codeArticle(article: Article): CodeResult {
  if (!state) {
    const data = (workerData ?? { people: [] }) as CodeWorkerData;
    state = { coder: createCoder(), registry: createTrackingRegistry(data.people) };
  }
  return codeSafely(state.coder, state.registry, article);
}

import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { EventCoder } from '../pipeline/types.js';
import { createCoder } from '../pipeline/index.js';
import { codeSafely, createTrackingRegistry, type CodeWorkerData, type TrackingRegistry } from './code-task.js';

/**
 * The entry of each coding thread: builds the coder (dictionaries loaded once per thread) and
 * the people registry on the first task, then answers `{ id, article }` with `{ id, result }`.
 */
let state: { readonly coder: EventCoder; readonly registry: TrackingRegistry } | null = null;

parentPort?.on('message', (task: { readonly id: number; readonly article: Article }) => {
  if (!state) {
    const data = (workerData ?? { people: [] }) as CodeWorkerData;
    state = { coder: createCoder(), registry: createTrackingRegistry(data.people) };
  }
  parentPort!.postMessage({ id: task.id, result: codeSafely(state.coder, state.registry, task.article) });
});

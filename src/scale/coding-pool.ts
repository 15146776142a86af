import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Article } from '../model/article.js';
import type { Person } from '../model/actor.js';
import { createCoder } from '../pipeline/index.js';
import { codeSafely, createTrackingRegistry, type CodeResult, type CodeWorkerData, type TrackingRegistry } from './code-task.js';

/**
 * Where the CPU-bound NLP and coding runs: in this thread (1 thread) or in a pool of worker
 * threads, each with its own coder and people registry built once.
 */
export interface CodingPool {
  readonly threads: number;
  /** Codes one article; never rejects for a bad article (the error comes back as a value). */
  code(article: Article): Promise<CodeResult>;
  close(): Promise<void>;
}

export interface CodingPoolOptions {
  /** Coding threads; 1 codes in-process. Default: the machine's cores. */
  readonly threads?: number;
  /** People the store already knows: every thread's registry starts with them. */
  readonly people?: readonly Person[];
}

/** The default number of coding threads: one per core. */
export const defaultThreads = (): number => Math.max(1, availableParallelism());

export function createCodingPool(options: CodingPoolOptions = {}): CodingPool {
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads()));
  const people = options.people ?? [];
  return threads === 1 ? inProcessPool(people) : threadPool(threads, people);
}

function inProcessPool(people: readonly Person[]): CodingPool {
  const coder = createCoder();
  const registry = createTrackingRegistry(people);
  return {
    threads: 1,
    code: async (article) => codeSafely(coder, registry, article),
    close: async () => {},
  };
}

function threadPool(threads: number, people: readonly Person[]): CodingPool {
  const workerData: CodeWorkerData = { people };
  const piscina = new Piscina({
    filename: new URL('./code-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    workerData,
  });
  return {
    threads,
    code: async (article) => {
      try {
        return (await piscina.run(article)) as CodeResult;
      } catch (e) {
        // The thread itself died (out of memory, stack overflow): piscina replaces it.
        const message = e instanceof Error ? e.message : String(e);
        return { ok: false, error: { code: 'INTERNAL', message: `coding thread failed: ${message.split('\n')[0]}`, input: article.origin ?? article.id } };
      }
    },
    close: () => piscina.destroy(),
  };
}

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { Person } from '../model/actor.js';
import { createCoder } from '../pipeline/index.js';
import { codeSafely, createTrackingRegistry, type CodeResult, type CodeWorkerData } from './code-task.js';

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
  /** Heap limit of each coding thread (MB): a runaway article kills its thread, not the process. Default 1024. */
  readonly threadHeapMb?: number;
}

/** The default number of coding threads: one per core. */
export const defaultThreads = (): number => Math.max(1, availableParallelism());

export function createCodingPool(options: CodingPoolOptions = {}): CodingPool {
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads()));
  const people = options.people ?? [];
  return threads === 1 ? inProcessPool(people) : new ThreadPool(threads, people, options.threadHeapMb ?? 1024);
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

interface Task {
  readonly id: number;
  readonly article: Article;
  readonly resolve: (r: CodeResult) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
}

/** A fixed pool of coding threads fed from one queue; a thread that dies is replaced. */
class ThreadPool implements CodingPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(readonly threads: number, private readonly people: readonly Person[], private readonly heapMb: number) {
    for (let i = 0; i < threads; i++) this.slots.push(this.spawn());
  }

  code(article: Article): Promise<CodeResult> {
    if (this.closed) return Promise.resolve(failure(article, 'the coding pool is closed'));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, article, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.queue.splice(0)) t.resolve(failure(t.article, 'the coding pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const data: CodeWorkerData = { people: this.people };
    const worker = new Worker(new URL('./code-worker.js', import.meta.url), {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    const slot: Slot = { worker, task: null };
    worker.on('message', (msg: { id: number; result: CodeResult }) => {
      const task = slot.task;
      if (!task || task.id !== msg.id) return;
      slot.task = null;
      task.resolve(msg.result);
      this.dispatch();
    });
    const died = (why: string): void => {
      const task = slot.task;
      slot.task = null;
      task?.resolve(failure(task.article, `coding thread failed: ${why}`));
      if (this.closed) return;
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots[at] = this.spawn();
      this.dispatch();
    };
    worker.on('error', (e) => died(e.message.split('\n')[0] ?? 'error'));
    worker.on('exit', (code) => { if (!this.closed && this.slots.includes(slot)) died(`exited with status ${code}`); });
    worker.unref();
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, article: task.article });
    }
    for (const slot of this.slots) if (!slot.task) slot.worker.unref();
  }
}

function failure(article: Article, message: string): CodeResult {
  return { ok: false, error: { code: 'INTERNAL', message, input: article.origin ?? article.id } };
}

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
  /**
   * Articles sent ahead to each thread (default 4): a thread never waits for this thread to hand
   * it the next article after answering, which it would on a busy machine.
   */
  readonly depth?: number;
}

/** The default number of coding threads: one per core. */
export const defaultThreads = (): number => Math.max(1, availableParallelism());

export function createCodingPool(options: CodingPoolOptions = {}): CodingPool {
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads()));
  const people = options.people ?? [];
  return threads === 1 ? inProcessPool(people) : new ThreadPool(threads, people, options.threadHeapMb ?? 1024, Math.max(1, options.depth ?? 4));
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
  /** Articles sent to the thread and not answered yet, in the order sent (it codes them in that order). */
  readonly tasks: Task[];
}

/**
 * A fixed pool of coding threads fed from one queue, each kept `depth` articles ahead; a thread
 * that dies is replaced: the article it was coding fails, the ones queued behind it go back to
 * the queue.
 */
class ThreadPool implements CodingPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    readonly threads: number, private readonly people: readonly Person[], private readonly heapMb: number, private readonly depth: number,
  ) {
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
    // articles still being coded when the pool closed get an answer too
    for (const slot of this.slots) for (const t of slot.tasks.splice(0)) t.resolve(failure(t.article, 'the coding pool is closed'));
  }

  private spawn(): Slot {
    const data: CodeWorkerData = { people: this.people };
    const worker = new Worker(new URL('./code-worker.js', import.meta.url), {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    const slot: Slot = { worker, tasks: [] };
    worker.on('message', (msg: { id: number; result: CodeResult }) => {
      const task = slot.tasks[0];
      if (!task || task.id !== msg.id) return;
      slot.tasks.shift();
      task.resolve(msg.result);
      this.dispatch();
    });
    const died = (why: string): void => {
      const [task, ...behind] = slot.tasks.splice(0);
      task?.resolve(failure(task.article, `coding thread failed: ${why}`));
      if (!this.closed) this.queue.unshift(...behind);
      else for (const t of behind) t.resolve(failure(t.article, 'the coding pool is closed'));
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

  /** Tops every thread up to `depth` articles, in rounds so that the threads share the queue evenly. */
  private dispatch(): void {
    for (let round = 0; round < this.depth && this.queue.length > 0; round++) {
      for (const slot of this.slots) {
        if (slot.tasks.length > round || this.queue.length === 0) continue;
        const task = this.queue.shift()!;
        slot.tasks.push(task);
        slot.worker.ref();
        slot.worker.postMessage({ id: task.id, article: task.article });
      }
    }
    for (const slot of this.slots) if (slot.tasks.length === 0) slot.worker.unref();
  }
}

function failure(article: Article, message: string): CodeResult {
  return { ok: false, error: { code: 'INTERNAL', message, input: article.origin ?? article.id } };
}

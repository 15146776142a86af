import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article } from '../model/article.js';
import type { Person } from '../model/actor.js';
import type { EventCoder } from '../pipeline/types.js';
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
  /** Articles coded by the large-heap thread so far, and why (absent for the in-process pool). */
  readonly large?: LargeCounts;
}

/** How many articles went to the large-heap thread: sent there by size, or after running a thread out of memory. */
export interface LargeCounts {
  readonly bySize: number;
  readonly afterOutOfMemory: number;
}

export interface CodingPoolOptions {
  /** Coding threads; 1 codes in-process. Default: the machine's cores. */
  readonly threads?: number;
  /** People the store already knows: every thread's registry starts with them. */
  readonly people?: readonly Person[];
  /**
   * Old-generation limit of each coding thread (MB). Default 256: a coder lives in ~60 MB, and
   * V8 lets a heap fill with garbage in proportion to its limit (up to ~1.6× the live size at
   * 1024 MB, 1.3× at 256 MB or less), so a small limit keeps every thread's memory close to
   * what it uses. An article that needs more is coded again in the large-heap thread.
   */
  readonly threadHeapMb?: number;
  /**
   * Old-generation limit of the large-heap thread (MB), started when needed for articles longer
   * than `largeChars` or that ran a coding thread out of memory, and stopped once idle. Default
   * 1024 (enough for the readers' largest article, 5 MB).
   */
  readonly largeHeapMb?: number;
  /** Articles with more characters than this go straight to the large-heap thread. Default 262,144. */
  readonly largeChars?: number;
  /**
   * Articles sent ahead to each thread (default 4): a thread never waits for this thread to hand
   * it the next article after answering, which it would on a busy machine.
   */
  readonly depth?: number;
}

/** The default number of coding threads: one per core. */
export const defaultThreads = (): number => Math.max(1, availableParallelism());

export const DEFAULT_THREAD_HEAP_MB = 256;
export const DEFAULT_LARGE_HEAP_MB = 1024;
export const DEFAULT_LARGE_CHARS = 256 * 1024;
/** How long the large-heap thread stays up with nothing to do (ms) before it is stopped. */
const LARGE_IDLE_MS = 5_000;

export function createCodingPool(options: CodingPoolOptions = {}): CodingPool {
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads()));
  const people = options.people ?? [];
  if (threads === 1) return inProcessPool(people);
  return new ThreadPool(threads, people, {
    heapMb: options.threadHeapMb ?? DEFAULT_THREAD_HEAP_MB,
    largeHeapMb: options.largeHeapMb ?? DEFAULT_LARGE_HEAP_MB,
    largeChars: options.largeChars ?? DEFAULT_LARGE_CHARS,
    depth: Math.max(1, options.depth ?? 4),
  });
}

/**
 * Codes in this thread. The pipeline (language model, dictionaries) is loaded on the first
 * article: a thread that only hands articles to coding threads never holds it.
 */
function inProcessPool(people: readonly Person[]): CodingPool {
  let coder: Promise<EventCoder> | null = null;
  const registry = createTrackingRegistry(people);
  return {
    threads: 1,
    async code(article) {
      coder ??= import('../pipeline/index.js').then((m) => m.createCoder());
      let ready: EventCoder;
      try {
        ready = await coder;
      } catch (e) {
        coder = null; // the next article tries again
        return failure(article, `cannot load the coder: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
      return codeSafely(ready, registry, article);
    },
    close: async () => {},
  };
}

interface Task {
  readonly id: number;
  readonly article: Article;
  readonly resolve: (r: CodeResult) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Articles sent to the thread and not answered yet, in the order sent (it codes them in that order). */
  readonly tasks: Task[];
}

interface Limits {
  readonly heapMb: number;
  readonly largeHeapMb: number;
  readonly largeChars: number;
  readonly depth: number;
}

/**
 * A fixed pool of coding threads fed from one queue, each kept `depth` articles ahead; a thread
 * that dies is replaced: the article it was coding fails (or, when the thread ran out of memory,
 * goes to the large-heap thread once), the ones queued behind it go back to the queue.
 */
class ThreadPool implements CodingPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  /** Articles waiting for the large-heap thread, which codes one at a time. */
  private readonly largeQueue: Task[] = [];
  private largeSlot: Slot | null = null;
  private largeIdle: NodeJS.Timeout | null = null;
  private readonly counts = { bySize: 0, afterOutOfMemory: 0 };
  private nextId = 0;
  private closed = false;

  constructor(readonly threads: number, private readonly people: readonly Person[], private readonly limits: Limits) {
    for (let i = 0; i < threads; i++) this.slots.push(this.spawn(false));
  }

  get large(): LargeCounts {
    return { ...this.counts };
  }

  code(article: Article): Promise<CodeResult> {
    if (this.closed) return Promise.resolve(failure(article, 'the coding pool is closed'));
    return new Promise((resolve) => {
      const task = { id: this.nextId++, article, resolve };
      if (article.text.length > this.limits.largeChars) {
        this.counts.bySize++;
        this.largeQueue.push(task);
      } else {
        this.queue.push(task);
      }
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.largeIdle) clearTimeout(this.largeIdle);
    for (const t of [...this.queue.splice(0), ...this.largeQueue.splice(0)]) t.resolve(failure(t.article, 'the coding pool is closed'));
    const all = this.largeSlot ? [...this.slots, this.largeSlot] : this.slots;
    await Promise.all(all.map((s) => s.worker.terminate()));
    // articles still being coded when the pool closed get an answer too
    for (const slot of all) for (const t of slot.tasks.splice(0)) t.resolve(failure(t.article, 'the coding pool is closed'));
  }

  private spawn(large: boolean): Slot {
    const data: CodeWorkerData = { people: this.people };
    const worker = new Worker(new URL('./code-worker.js', import.meta.url), {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: large ? this.limits.largeHeapMb : this.limits.heapMb },
    });
    const slot: Slot = { worker, tasks: [] };
    const current = (): boolean => !this.closed && (large ? this.largeSlot === slot : this.slots.includes(slot));
    worker.on('message', (msg: { id: number; result: CodeResult }) => {
      const task = slot.tasks[0];
      if (!task || task.id !== msg.id) return;
      slot.tasks.shift();
      task.resolve(msg.result);
      this.dispatch();
    });
    const died = (why: string, outOfMemory: boolean): void => {
      if (!current()) return;
      const [task, ...behind] = slot.tasks.splice(0);
      if (task && outOfMemory && !large) {
        // The article needed more memory than a coding thread has: once more, in the large-heap thread.
        this.counts.afterOutOfMemory++;
        this.largeQueue.push(task);
      } else {
        task?.resolve(failure(task.article, `coding thread failed: ${why}`));
      }
      if (large) {
        this.largeQueue.unshift(...behind);
        this.largeSlot = null;
      } else {
        this.queue.unshift(...behind);
        this.slots[this.slots.indexOf(slot)] = this.spawn(false);
      }
      this.dispatch();
    };
    worker.on('error', (e: Error & { code?: string }) => {
      const outOfMemory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      died(outOfMemory ? `out of memory (${large ? this.limits.largeHeapMb : this.limits.heapMb} MB heap)` : (e.message.split('\n')[0] ?? 'error'), outOfMemory);
    });
    worker.on('exit', (code) => died(`exited with status ${code}`, false));
    worker.unref();
    return slot;
  }

  /** Tops every thread up to `depth` articles, in rounds so that the threads share the queue evenly. */
  private dispatch(): void {
    if (this.closed) return;
    for (let round = 0; round < this.limits.depth && this.queue.length > 0; round++) {
      for (const slot of this.slots) {
        if (slot.tasks.length > round || this.queue.length === 0) continue;
        send(slot, this.queue.shift()!);
      }
    }
    for (const slot of this.slots) if (slot.tasks.length === 0) slot.worker.unref();
    this.dispatchLarge();
  }

  /** The large-heap thread codes one article at a time; it is started when needed and stopped after a while idle. */
  private dispatchLarge(): void {
    if (this.largeQueue.length > 0) {
      if (this.largeIdle) { clearTimeout(this.largeIdle); this.largeIdle = null; }
      this.largeSlot ??= this.spawn(true);
      if (this.largeSlot.tasks.length === 0) send(this.largeSlot, this.largeQueue.shift()!);
      return;
    }
    const slot = this.largeSlot;
    if (!slot || slot.tasks.length > 0 || this.largeIdle) return;
    slot.worker.unref();
    this.largeIdle = setTimeout(() => {
      this.largeIdle = null;
      if (this.largeSlot !== slot || slot.tasks.length > 0) return;
      this.largeSlot = null;
      void slot.worker.terminate();
    }, LARGE_IDLE_MS);
    this.largeIdle.unref();
  }
}

function send(slot: Slot, task: Task): void {
  slot.tasks.push(task);
  slot.worker.ref();
  slot.worker.postMessage({ id: task.id, article: task.article });
}

function failure(article: Article, message: string): CodeResult {
  return { ok: false, error: { code: 'INTERNAL', message, input: article.origin ?? article.id } };
}

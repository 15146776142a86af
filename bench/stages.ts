import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readInputs } from '../src/ingest/index.js';
import type { Article } from '../src/model/article.js';
import { createCoder } from '../src/pipeline/index.js';
import { createCodingPool, defaultThreads } from '../src/scale/coding-pool.js';
import { ingestCommand } from '../src/scale/ingest-command.js';
import { createPeopleRegistry } from '../src/actors/registry.js';
import { openStore } from '../src/store/open.js';
import { projectRoot } from '../src/util/paths.js';
import { fillStore, HOT_PAIR, TYPICAL_PAIR } from './events.js';
import { corpusLines, WARM_UP_SEED } from './corpus.js';
import { serverCpu, threadCpu, threadCpuHook } from './server-cpu.js';
import { PgQueue } from '../src/scale/pg-queue.js';

/** What one stage measured (printed by the child process as `@@result {json}`). */
export interface StageResult {
  readonly articles: number;
  readonly seconds: number;
  /** Peak resident memory of the process(es), bytes. */
  readonly maxRss: number;
  /** CPU time of the process(es), all threads, seconds: comparable on a busy machine. */
  readonly cpuSeconds?: number;
  readonly note?: string;
  readonly tokens?: number;
  readonly sentences?: number;
  readonly events?: number;
  /** Per request: wall-clock p50/p95 (ms), and CPU ms per request (the process's, so it does not count time lost to other loads). */
  readonly latency?: Readonly<Record<string, { p50: number; p95: number; cpu?: number }>>;
  /** Distributed ingest: the steady state measured from the queue's timestamps (see `ingestPostgres`). */
  readonly steady?: { readonly articles: number; readonly seconds: number };
  /** CPU seconds the PostgreSQL server used meanwhile (local servers only). */
  readonly serverCpuSeconds?: number;
}

export const maxRss = (): number => process.resourceUsage().maxRSS * 1024;

/** CPU seconds (user + system, every thread) since `from`. */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

/**
 * Warm-up, the same for every stage: a corpus from the same generator with another seed (never
 * the timed corpus), read through the same path as the timed pass (file, reader, coder), until
 * the JIT has settled: at least one pass over WARM_UP_ARTICLES and WARM_UP_CPU_SECONDS of CPU
 * per thread that runs the stage (CPU, not wall time: each coding thread compiles its own code,
 * and the machine may be busy). Many distinct articles read the same way matter: V8 specialises
 * on what it has seen, and a warm-up on a few repeated, hand-built articles left dozens of
 * deoptimisations and recompiles (on background threads, a quarter of the CPU) inside the timed
 * pass; two coding threads given 1.5 s of warm-up between them spent 40% more CPU per sentence
 * than one thread, 15% after 5 s each.
 */
const WARM_UP_ARTICLES = 400;
const WARM_UP_CPU_SECONDS = 5;
/** The fast reference passes repeat over the corpus until they have run this long (steadier rates). */
const MIN_PASS_SECONDS = 3;

async function warmUp(run: (file: string) => Promise<unknown>, threads = 1): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'attache-warm-up-'));
  try {
    const file = join(dir, 'warm-up.jsonl');
    writeFileSync(file, [...corpusLines(WARM_UP_SEED, WARM_UP_ARTICLES)].join(''));
    const c0 = process.cpuUsage();
    do await run(file); while (cpuSince(c0) < WARM_UP_CPU_SECONDS * threads);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function* corpusTexts(file: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (line) yield (JSON.parse(line) as { text: string }).text;
  }
}

/**
 * A wink-nlp pass over the raw texts, one thread: `pipe` ['sbd'] is the tokenizer-only ceiling
 * (tokens and sentences, what any reader of raw text must do); undefined is wink's default pipe
 * (sbd, negation, sentiment, pos, ner, cer), shown for reference.
 */
export async function tokenize(file: string, pipe?: string[]): Promise<StageResult> {
  const nlp = pipe ? winkNLP(model, pipe) : winkNLP(model);
  const its = nlp.its;
  const read = (text: string): [number, number] => {
    const doc = nlp.readDoc(text);
    // Reading the token values makes wink materialise them, as any consumer must.
    return [doc.tokens().out(its.value).length, doc.sentences().length()];
  };
  await warmUp(async (warm) => { for await (const text of corpusTexts(warm)) read(text); });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let articles = 0;
  let tokens = 0;
  let sentences = 0;
  let passes = 0;
  do {
    for await (const text of corpusTexts(file)) {
      const [t, s] = read(text);
      // Tokens and sentences of the corpus (the first pass); articles count every pass.
      if (passes === 0) { tokens += t; sentences += s; }
      articles++;
    }
    passes++;
  } while (performance.now() - t0 < MIN_PASS_SECONDS * 1000);
  const what = pipe ? `wink pipe [${pipe.join(', ')}]` : 'wink default pipe (sbd, negation, sentiment, pos, ner, cer)';
  return { articles, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSince(c0), maxRss: maxRss(), tokens, sentences, note: `${what}, ${passes} pass(es) over the corpus` };
}

/**
 * Reads `file` and codes every article with `code` (which answers its event count), keeping at
 * most `inFlight` articles waiting; resolves with [articles, events].
 */
async function codeFile(file: string, code: (a: Article) => Promise<number>, inFlight: number): Promise<[number, number]> {
  let articles = 0;
  let events = 0;
  const pending = new Set<Promise<void>>();
  for await (const item of readInputs([file], { markDuplicates: false })) {
    if (!item.ok) continue;
    const p: Promise<void> = code(item.value.article).then((n) => {
      events += n;
      articles++;
      pending.delete(p);
    });
    pending.add(p);
    if (pending.size >= inFlight) await Promise.race(pending);
  }
  await Promise.all(pending);
  return [articles, events];
}

/** read → analyse → resolve → code, from raw text, in this thread or in a pool of `threads`. */
export async function extract(file: string, threads: number): Promise<StageResult> {
  let code: (a: Article) => Promise<number>;
  let close = async (): Promise<void> => {};
  if (threads === 1) {
    const coder = createCoder();
    let registry = createPeopleRegistry();
    code = async (a) => coder.code(a, { registry }).length;
    // Dictionaries load and the JIT settles outside the timing; the timed pass starts with a fresh registry.
    await warmUp((warm) => codeFile(warm, code, 1));
    registry = createPeopleRegistry();
  } else {
    const pool = createCodingPool({ threads });
    code = async (a) => {
      const r = await pool.code(a);
      return r.ok ? r.value.events.length : 0;
    };
    close = () => pool.close();
    await warmUp((warm) => codeFile(warm, code, threads * 8), threads);
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const [articles, events] = await codeFile(file, code, threads === 1 ? 1 : threads * 8);
  const seconds = (performance.now() - t0) / 1000;
  const cpuSeconds = cpuSince(c0);
  await close();
  return { articles, seconds, cpuSeconds, maxRss: maxRss(), events, note: `${threads} thread(s), reading included, warmed up on other articles read the same way` };
}

/** `attache ingest` into a fresh SQLite file, with a thread per core. */
export async function ingestSqlite(file: string, db: string): Promise<StageResult> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const s = await ingestCommand([file], { db, workers: defaultThreads(), progress: false, stderr: devNull() });
  return { articles: s.stored, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSince(c0), maxRss: maxRss(), events: s.events, note: `${defaultThreads()} threads, startup included` };
}

function devNull(): NodeJS.WriteStream {
  return { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
}

/** Runs the CLI; resolves with its peak RSS (bytes) and output. */
export function cli(args: readonly string[]): Promise<{ code: number | null; stderr: string; maxRss: number; cpuSeconds: number }> {
  const hook = "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\n@@maxrss='+u.maxRSS+' cpu='+(u.userCPUTime+u.systemCPUTime)+'\\n')})";
  const child = spawn(process.execPath, ['--import', hook, join(projectRoot(), 'dist', 'src', 'cli.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /@@maxrss=(\d+) cpu=(\d+)/.exec(stderr);
      resolve({ code, stderr, maxRss: Number(m?.[1] ?? 0) * 1024, cpuSeconds: Number(m?.[2] ?? 0) / 1e6 });
    });
  });
}

/**
 * Enqueues the corpus into PostgreSQL (`db` a fresh database), then times `workers` worker
 * processes draining it: end to end (process start to the last exit, so start-up and the final
 * empty-queue poll count), and the steady state from the queue's own timestamps (the jobs
 * finished between the 10th and the 90th percentile finish time, per second). CPU seconds of
 * the workers and of the PostgreSQL server show how the machine's cores were shared.
 */
export async function ingestPostgres(file: string, db: string, workers: number): Promise<StageResult> {
  const queued = await cli(['enqueue', file, '--db', db]);
  if (queued.code !== 0) throw new Error(`enqueue failed: ${queued.stderr}`);
  const server = await serverCpu(db);
  // Each worker also reports its main thread's CPU apart from its other threads' (V8's compiler, GC).
  const hookDir = mkdtempSync(join(tmpdir(), 'attache-bench-hook-'));
  const nodeOptions = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${nodeOptions ?? ''} --import=${pathToFileURL(threadCpuHook(hookDir)).href}`.trim();
  const s0 = server?.() ?? NaN;
  const t0 = performance.now();
  let runs: Awaited<ReturnType<typeof cli>>[];
  try {
    runs = await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--db', db, '--concurrency', '1', '--exit-when-empty'])));
  } finally {
    if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = nodeOptions;
    rmSync(hookDir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - t0) / 1000;
  const serverSeconds = (server?.() ?? NaN) - s0;
  for (const r of runs) if (r.code !== 0) throw new Error(`worker failed: ${r.stderr}`);
  const articles = runs.reduce((s, r) => s + Number(/stored (\d+)/.exec(r.stderr)?.[1] ?? 0), 0);
  const queue = await PgQueue.open(db);
  const t = await queue.timeline().finally(() => queue.close());
  const steady = t.p10FinishMs !== null && t.p90FinishMs !== null && t.p90FinishMs > t.p10FinishMs
    ? { articles: Math.round(t.done * 0.8), seconds: (t.p90FinishMs - t.p10FinishMs) / 1000 } : undefined;
  const cpuSeconds = runs.reduce((s, r) => s + r.cpuSeconds, 0);
  const threads = runs.map((r) => threadCpu(r.stderr));
  const split = threads.every((x) => x !== null)
    ? ` (main threads ${threads.reduce((s, x) => s + x![0], 0).toFixed(1)} s, other threads ${threads.reduce((s, x) => s + x![1], 0).toFixed(1)} s)` : '';
  const perArticle = (x: number): string => `${(x / Math.max(1, articles) * 1000).toFixed(2)} ms an article`;
  const cpu = Number.isFinite(serverSeconds)
    ? `; CPU: workers ${cpuSeconds.toFixed(1)} s${split}, postgres ${serverSeconds.toFixed(1)} s (${(serverSeconds / (cpuSeconds + serverSeconds) * 100).toFixed(0)}% of the total; any other client of that server counts too); ` +
      `${perArticle(cpuSeconds)} in the workers, ${perArticle(serverSeconds)} in postgres`
    : '';
  return {
    articles, seconds, maxRss: Math.max(...runs.map((r) => r.maxRss)), cpuSeconds,
    ...(steady ? { steady } : {}), ...(Number.isFinite(serverSeconds) ? { serverCpuSeconds: serverSeconds } : {}),
    note: `${workers} worker process(es), --concurrency 1 (coding in each worker's main thread, between its store writes); ` +
      `end to end includes start-up and JIT warm-up (several CPU-s a process) and the last empty-queue poll${cpu}`,
  };
}

/**
 * Peak RSS of `attache ingest --workers 2` over a generated corpus of `n` articles (written to
 * a file first, streamed by the command): the bounded-memory check, not part of the default run.
 */
export async function ingestRss(dir: string, n: number, sentences: number, db: string): Promise<StageResult> {
  const { readFileSync } = await import('node:fs');
  const file = join(dir, `corpus-${n}.jsonl`);
  const out = createWriteStream(file);
  for (const line of corpusLines(4242, n, sentences)) if (!out.write(line)) await once(out, 'drain');
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  // The whole process's RSS every 5 s (from /proc), besides its peak: the median and the 90th
  // percentile say how much of the run sits near the peak. Samples go to a TSV file as well.
  const samplesFile = join(tmpdir(), `attache-ingest-rss-${process.pid}.tsv`);
  const hook = "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\n@@maxrss='+u.maxRSS+' cpu='+(u.userCPUTime+u.systemCPUTime)+'\\n')})";
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', hook, join(projectRoot(), 'dist', 'src', 'cli.js'), 'ingest', file, '--db', db, '--workers', '2', '--no-progress'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  const samples: number[] = [];
  writeFileSync(samplesFile, 'seconds\trss_mb\n');
  const sample = (): void => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? NaN);
      if (!Number.isFinite(kb)) return;
      const seconds = (performance.now() - t0) / 1000;
      samples.push(kb / 1024);
      writeFileSync(samplesFile, `${seconds.toFixed(0)}\t${(kb / 1024).toFixed(1)}\n`, { flag: 'a' });
      if (samples.length % 60 === 0) process.stderr.write(`bench: ingest-rss ${seconds.toFixed(0)} s, RSS ${(kb / 1024).toFixed(0)} MB (peak so far ${Math.max(...samples).toFixed(0)} MB)\n`);
    } catch { /* the process has just exited */ }
  };
  const timer = setInterval(sample, 5000);
  const code = await new Promise<number | null>((resolve, reject) => { child.on('error', reject); child.on('close', resolve); });
  clearInterval(timer);
  if (code !== 0) throw new Error(`ingest failed: ${stderr}`);
  const m = /@@maxrss=(\d+) cpu=(\d+)/.exec(stderr);
  const stored = Number(/stored (\d+)/.exec(stderr)?.[1] ?? 0);
  const sorted = [...samples].sort((a, b) => a - b);
  const mbAt = (p: number): string => (sorted.length > 0 ? percentile(sorted, p).toFixed(0) : '-');
  return {
    articles: stored, seconds: (performance.now() - t0) / 1000, maxRss: Number(m?.[1] ?? 0) * 1024, cpuSeconds: Number(m?.[2] ?? 0) / 1e6,
    note: `attache ingest --workers 2 of ${n} generated articles, whole process (all threads); RSS every 5 s: median ${mbAt(50)} MB, ` +
      `90th percentile ${mbAt(90)} MB, max sampled ${mbAt(100)} MB (${samples.length} samples in ${samplesFile})`,
  };
}

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * API latency on a store of `events` events (built once and kept in `cacheDir`): GET
 * /api/dossier/:a/:b and GET /api/events?pair=, through the app in-process (no network).
 */
export async function apiLatency(events: number, cacheDir: string, requests: number): Promise<StageResult> {
  const db = join(cacheDir, `events-${events}.db`);
  let note = `store reused from ${db}`;
  if (!existsSync(db)) {
    const store = await openStore(`${db}.partial`);
    const seconds = await fillStore(store, events, (done) => {
      if (done % 100_000 === 0) process.stderr.write(`bench: ${done} events stored\n`);
    });
    await store.close();
    const { renameSync } = await import('node:fs');
    renameSync(`${db}.partial`, db);
    for (const ext of ['-wal', '-shm']) if (existsSync(`${db}.partial${ext}`)) renameSync(`${db}.partial${ext}`, `${db}${ext}`);
    note = `store of ${events} events built in ${seconds.toFixed(0)} s (${Math.round(events / seconds)} events/s through putArticles)`;
  }
  const appPath = join(projectRoot(), 'dist', 'src', 'http', 'app.js');
  if (!existsSync(appPath)) return { articles: 0, seconds: 0, maxRss: maxRss(), note: 'skipped: src/http/app.ts not built' };
  const { createApp } = (await import(appPath)) as { createApp: (o: { store: unknown; webRoot: null; log: () => void }) => { request: (p: string) => Promise<Response> } };
  const store = await openStore(db);
  try {
    const app = createApp({ store, webRoot: null, log: () => {} });
    const latency: Record<string, { p50: number; p95: number; cpu: number }> = {};
    const paths: Record<string, string> = {};
    for (const [pair, what] of [[HOT_PAIR, 'hot pair'], [TYPICAL_PAIR, 'typical pair']] as const) {
      paths[`GET /api/dossier/${pair[0]}/${pair[1]} (${what}, bounded: latest 50 lines/section, 20 sources/line)`] = `/api/dossier/${pair[0]}/${pair[1]}`;
      paths[`GET /api/events?pair=${pair.join(',')} (${what})`] = `/api/events?pair=${pair.join(',')}`;
    }
    // "Show more": the second page of the hot pair's busiest section, from the cursor the dossier gave.
    const first = (await (await app.request(`/api/dossier/${HOT_PAIR[0]}/${HOT_PAIR[1]}`)).json()) as { bounds?: { sections: Record<string, { total: number; next: string | null }> } };
    const busiest = Object.entries(first.bounds?.sections ?? {}).sort((x, y) => y[1].total - x[1].total)[0];
    if (busiest?.[1].next) {
      paths[`GET /api/dossier/${HOT_PAIR.join('/')}/sections/${busiest[0]}?cursor= (hot pair, 2nd page of ${busiest[1].total} lines)`] =
        `/api/dossier/${HOT_PAIR.join('/')}/sections/${busiest[0]}?cursor=${busiest[1].next}`;
    }
    for (const [label, path] of Object.entries(paths)) {
      const res = await app.request(path); // warm-up
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      const times: number[] = [];
      const c0 = process.cpuUsage();
      for (let i = 0; i < requests; i++) {
        const t0 = performance.now();
        const r = await app.request(path);
        await r.arrayBuffer();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      latency[label] = { p50: percentile(times, 50), p95: percentile(times, 95), cpu: cpuSince(c0) * 1000 / requests };
    }
    return { articles: 0, seconds: 0, maxRss: maxRss(), events, latency, note };
  } finally {
    await store.close();
  }
}

import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readInputs } from '../src/ingest/index.js';
import { createCoder } from '../src/pipeline/index.js';
import { createCodingPool, defaultThreads } from '../src/scale/coding-pool.js';
import { ingestCommand } from '../src/scale/ingest-command.js';
import { createPeopleRegistry } from '../src/actors/registry.js';
import { openStore } from '../src/store/open.js';
import { projectRoot } from '../src/util/paths.js';
import { fillStore, HOT_PAIR, TYPICAL_PAIR } from './events.js';

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
  readonly latency?: Readonly<Record<string, { p50: number; p95: number }>>;
}

export const maxRss = (): number => process.resourceUsage().maxRSS * 1024;

/** CPU seconds (user + system, every thread) since `from`. */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

const WARM_UP: import('../src/model/article.js').Article = {
  id: 'warm-up', url: null, title: 'Warm-up', published: '2020-01-01', source: null, author: null, dateline: null,
  language: 'en', duplicateOf: null, text: 'Warm-up\n\nPeru and Chile held talks in Lima on Monday. The ministers signed an agreement.',
};

async function* corpusTexts(file: string): AsyncGenerator<string> {
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    if (line) yield (JSON.parse(line) as { text: string }).text;
  }
}

/** The ceiling: wink-nlp tokenisation (sentences and tokens) of the raw texts, one thread. */
export async function tokenize(file: string): Promise<StageResult> {
  const nlp = winkNLP(model);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let articles = 0;
  let tokens = 0;
  let sentences = 0;
  for await (const text of corpusTexts(file)) {
    const doc = nlp.readDoc(text);
    tokens += doc.tokens().length();
    sentences += doc.sentences().length();
    articles++;
  }
  return { articles, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSince(c0), maxRss: maxRss(), tokens, sentences };
}

/** read → analyse → resolve → code, from raw text, in this thread or in a pool of `threads`. */
export async function extract(file: string, threads: number): Promise<StageResult> {
  let t0 = 0;
  let c0 = process.cpuUsage();
  let articles = 0;
  let events = 0;
  if (threads === 1) {
    const coder = createCoder();
    const registry = createPeopleRegistry();
    coder.code(WARM_UP, { registry }); // dictionaries load outside the timing
    c0 = process.cpuUsage();
    t0 = performance.now();
    for await (const item of readInputs([file], { markDuplicates: false })) {
      if (!item.ok) continue;
      events += coder.code(item.value.article, { registry }).length;
      articles++;
    }
  } else {
    const pool = createCodingPool({ threads });
    await Promise.all(Array.from({ length: threads * 2 }, () => pool.code(WARM_UP)));
    c0 = process.cpuUsage();
    t0 = performance.now();
    const inFlight = new Set<Promise<void>>();
    for await (const item of readInputs([file], { markDuplicates: false })) {
      if (!item.ok) continue;
      const p: Promise<void> = pool.code(item.value.article).then((r) => {
        if (r.ok) events += r.value.events.length;
        articles++;
        inFlight.delete(p);
      });
      inFlight.add(p);
      if (inFlight.size >= threads * 8) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    await pool.close();
  }
  return { articles, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpuSince(c0), maxRss: maxRss(), events, note: 'coder warmed up before timing' };
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

/** Enqueues the corpus into PostgreSQL (`db` a fresh database), then times `workers` worker processes draining it. */
export async function ingestPostgres(file: string, db: string, workers: number): Promise<StageResult> {
  const queued = await cli(['enqueue', file, '--db', db]);
  if (queued.code !== 0) throw new Error(`enqueue failed: ${queued.stderr}`);
  const t0 = performance.now();
  const runs = await Promise.all(Array.from({ length: workers }, () => cli(['worker', '--db', db, '--concurrency', '1', '--exit-when-empty'])));
  const seconds = (performance.now() - t0) / 1000;
  for (const r of runs) if (r.code !== 0) throw new Error(`worker failed: ${r.stderr}`);
  const articles = runs.reduce((s, r) => s + Number(/stored (\d+)/.exec(r.stderr)?.[1] ?? 0), 0);
  return {
    articles, seconds, maxRss: Math.max(...runs.map((r) => r.maxRss)), cpuSeconds: runs.reduce((s, r) => s + r.cpuSeconds, 0),
    note: `${workers} worker process(es), 1 thread each, startup included`,
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
    const latency: Record<string, { p50: number; p95: number }> = {};
    const paths: Record<string, string> = {};
    for (const [pair, what] of [[HOT_PAIR, 'hot pair'], [TYPICAL_PAIR, 'typical pair']] as const) {
      paths[`GET /api/dossier/${pair[0]}/${pair[1]} (${what})`] = `/api/dossier/${pair[0]}/${pair[1]}`;
      paths[`GET /api/events?pair=${pair.join(',')} (${what})`] = `/api/events?pair=${pair.join(',')}`;
    }
    for (const [label, path] of Object.entries(paths)) {
      const res = await app.request(path); // warm-up
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      const times: number[] = [];
      for (let i = 0; i < requests; i++) {
        const t0 = performance.now();
        const r = await app.request(path);
        await r.arrayBuffer();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      latency[label] = { p50: percentile(times, 50), p95: percentile(times, 95) };
    }
    return { articles: 0, seconds: 0, maxRss: maxRss(), events, latency, note };
  } finally {
    await store.close();
  }
}

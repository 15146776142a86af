import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { corpusLines } from './corpus.js';
import { apiLatency, extract, ingestPostgres, ingestRss, ingestSqlite, tokenize, type StageResult } from './stages.js';

/**
 * `npm run bench`: generates a corpus, runs every stage in its own process (so each peak RSS is
 * its own) on the same corpus, and prints one table. Flags: --n articles (default 1000),
 * --sentences per article (25), --events for the API store (100000; the targets are stated for 1000000), --requests per endpoint
 * (50), --pg URL (default $ATTACHE_BENCH_PG or $ATTACHE_TEST_PG), --pg-n articles for the
 * PostgreSQL stages (default 3000: enough for a steady state), --rss-articles N (adds the
 * `ingest-rss` stage: peak RSS of `ingest --workers 2` over N generated articles; off by
 * default), --only stage,stage.
 */
const STAGES = ['tokenize', 'wink-default', 'extract-1', 'extract-all', 'ingest-sqlite', 'ingest-pg-1', 'ingest-pg-2', 'api', 'ingest-rss'] as const;
type Stage = (typeof STAGES)[number];

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    sentences: { type: 'string', default: '25' },
    events: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '50' },
    pg: { type: 'string' },
    'pg-n': { type: 'string', default: '3000' },
    'rss-articles': { type: 'string' },
    only: { type: 'string' },
    stage: { type: 'string' },
    corpus: { type: 'string' },
    db: { type: 'string' },
    cache: { type: 'string', default: join(tmpdir(), 'attache-bench') },
    help: { type: 'boolean', short: 'h' },
  },
});

async function runStage(stage: Stage): Promise<StageResult> {
  const corpus = values.corpus!;
  switch (stage) {
    case 'tokenize': return tokenize(corpus, ['sbd']);
    case 'wink-default': return tokenize(corpus);
    case 'extract-1': return extract(corpus, 1);
    case 'extract-all': return extract(corpus, availableParallelism());
    case 'ingest-sqlite': return ingestSqlite(corpus, values.db!);
    case 'ingest-pg-1': return ingestPostgres(corpus, values.db!, 1);
    case 'ingest-pg-2': return ingestPostgres(corpus, values.db!, 2);
    case 'api': return apiLatency(Number(values.events), values.cache!, Number(values.requests));
    case 'ingest-rss': return ingestRss(dirname(corpus), Number(values['rss-articles']), Number(values.sentences), values.db!);
  }
}

function child(stage: Stage, corpus: string, db: string): Promise<StageResult> {
  const args = [fileURLToPath(import.meta.url), '--stage', stage, '--corpus', corpus, '--db', db,
    '--events', values.events!, '--requests', values.requests!, '--cache', values.cache!,
    '--sentences', values.sentences!, ...(values['rss-articles'] ? ['--rss-articles', values['rss-articles']] : [])];
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  proc.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
  return new Promise((resolve, reject) => {
    proc.on('close', (code) => {
      const m = /@@result (.*)/.exec(out);
      if (code === 0 && m) resolve(JSON.parse(m[1]!) as StageResult);
      else reject(new Error(`stage ${stage} failed (exit ${code})`));
    });
  });
}

async function freshPgDatabase(base: string, label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `attache_bench_${label.replace(/\W/g, '_')}_${process.pid}`;
  const admin = async (q: string): Promise<void> => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try { await c.query(q); } finally { await c.end(); }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

const mb = (bytes: number): string => `${Math.round(bytes / (1 << 20))}`;
const fmt = (n: number, digits = 0): string => (Number.isFinite(n) ? n.toFixed(digits) : '-');

const USAGE = `usage: npm run bench -- [options]   (or: node dist/bench/run.js [options])
  --n N              articles in the generated corpus (default 1000)
  --sentences N      sentences per article (default 25)
  --events N         events in the API latency store (default 100000; the targets are stated for 1000000)
  --requests N       requests per API endpoint (default 50)
  --pg URL           PostgreSQL server for ingest-pg-1/-2 (default $ATTACHE_BENCH_PG or $ATTACHE_TEST_PG; skipped without one)
  --pg-n N           articles for the PostgreSQL stages (default 3000)
  --rss-articles N   add the ingest-rss stage: peak RSS of ingest --workers 2 over N articles (off by default)
  --only a,b         run only these stages: ${STAGES.join(', ')}
  --cache DIR        where generated API stores are kept between runs (default: the temp dir's attache-bench)
  -h, --help         this text
`;

async function main(): Promise<void> {
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (values.stage) {
    const result = await runStage(values.stage as Stage);
    process.stdout.write(`@@result ${JSON.stringify(result)}\n`);
    return;
  }
  const n = Number(values.n);
  const sentences = Number(values.sentences);
  const only = values.only ? new Set(values.only.split(',')) : null;
  const unknown = [...(only ?? [])].filter((x) => !(STAGES as readonly string[]).includes(x));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown stage(s) ${unknown.join(', ')}; stages: ${STAGES.join(', ')}\n`);
    process.exitCode = 2;
    return;
  }
  const pgBase = values.pg ?? process.env.ATTACHE_BENCH_PG ?? process.env.ATTACHE_TEST_PG ?? null;
  const dir = mkdtempSync(join(tmpdir(), 'attache-bench-'));
  mkdirSync(values.cache!, { recursive: true });
  const corpus = join(dir, 'corpus.jsonl');
  writeFileSync(corpus, [...corpusLines(2024, n, sentences)].join(''));
  process.stderr.write(`bench: ${n} articles of ${sentences} sentences in ${corpus}; ${availableParallelism()} cores\n`);
  // The distributed stages need more articles than the others to reach a steady state.
  const pgN = Number(values['pg-n']);
  const pgCorpus = pgN === n ? corpus : join(dir, 'corpus-pg.jsonl');
  if (pgCorpus !== corpus) writeFileSync(pgCorpus, [...corpusLines(2024, pgN, sentences)].join(''));
  const rows: [Stage, StageResult | string][] = [];
  try {
    for (const stage of STAGES) {
      if (only && !only.has(stage)) continue;
      if (stage === 'ingest-rss' && !values['rss-articles']) continue;
      if (stage.startsWith('ingest-pg') && !pgBase) {
        rows.push([stage, 'skipped: no PostgreSQL (set ATTACHE_BENCH_PG or --pg)']);
        continue;
      }
      process.stderr.write(`bench: ${stage}…\n`);
      const pgDb = stage.startsWith('ingest-pg') ? await freshPgDatabase(pgBase!, stage) : null;
      try {
        rows.push([stage, await child(stage, pgDb ? pgCorpus : corpus, pgDb?.url ?? join(dir, `${stage}.db`))]);
      } catch (e) {
        rows.push([stage, `failed: ${(e as Error).message}`]);
      } finally {
        await pgDb?.drop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(table(rows, n));
}

function table(rows: readonly [Stage, StageResult | string][], n: number): string {
  const tok = rows.find(([s]) => s === 'tokenize')?.[1];
  const totalSentences = typeof tok === 'object' ? tok.sentences ?? 0 : 0;
  const refs = (['tokenize', 'wink-default'] as const).map((name) => {
    const r = rows.find(([s]) => s === name)?.[1];
    return typeof r === 'object' ? { wall: r.articles / r.seconds, cpu: r.cpuSeconds ? r.articles / r.cpuSeconds : NaN } : null;
  });
  // Ratio of a stage's rate to a reference pass: wall clock (and per CPU-second, steadier on a busy machine).
  const ratio = (r: StageResult, ref: { wall: number; cpu: number } | null): string => {
    if (!ref) return '-';
    const cpu = r.cpuSeconds ? (r.articles / r.cpuSeconds / ref.cpu) * 100 : NaN;
    return `${fmt((r.articles / r.seconds / ref.wall) * 100, 1)}% (${fmt(cpu, 1)}%)`;
  };
  const lines = [
    '| stage | articles | seconds | articles/s | sentences/s | sentences/CPU-s | peak RSS (MB) | vs tokenizer-only | vs wink default pipe |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const notes: string[] = [];
  for (const [stage, r] of rows) {
    if (typeof r === 'string') { lines.push(`| ${stage} | | | | | | | ${r} | |`); continue; }
    if (r.latency) {
      for (const [label, l] of Object.entries(r.latency)) notes.push(`${label} on ${r.events} events: p50 ${fmt(l.p50, 1)} ms, p95 ${fmt(l.p95, 1)} ms${l.cpu !== undefined ? ` (CPU ${fmt(l.cpu, 1)} ms/request)` : ''}`);
      if (r.note) notes.push(`api: ${r.note}`);
      continue;
    }
    const rate = r.articles / r.seconds;
    const sentRate = (totalSentences * (r.articles / n)) / r.seconds;
    // Sentences of another corpus (the PostgreSQL stages' larger one) are estimated from this one's per-article count.
    const sentences = totalSentences * (r.articles / n);
    const cpuRate = r.cpuSeconds ? sentences / r.cpuSeconds : NaN;
    lines.push(`| ${stage} | ${r.articles} | ${fmt(r.seconds, 1)} | ${fmt(rate, 1)} | ${fmt(sentRate)} | ${fmt(cpuRate)} | ${mb(r.maxRss)} | ${ratio(r, refs[0]!)} | ${ratio(r, refs[1]!)} |`);
    if (r.steady) {
      const st = r.steady;
      lines.push(`| ${stage} steady | ${st.articles} | ${fmt(st.seconds, 1)} | ${fmt(st.articles / st.seconds, 1)} | ${fmt((totalSentences * (st.articles / n)) / st.seconds)} | | | ${ratio({ ...st, maxRss: 0 }, refs[0]!)} | ${ratio({ ...st, maxRss: 0 }, refs[1]!)} |`);
    }
    if (r.note) notes.push(`${stage}: ${r.note}`);
  }
  if (totalSentences) notes.unshift(`corpus: ${n} articles, ${totalSentences} sentences (wink-nlp count)`);
  const pg = rows.filter((x): x is [Stage, StageResult] => typeof x[1] === 'object' && x[0].startsWith('ingest-pg') && !!x[1].steady);
  if (pg.length === 2) {
    const [one, two] = pg.map(([, r]) => r.steady!.articles / r.steady!.seconds);
    const [e1, e2] = pg.map(([, r]) => r.articles / r.seconds);
    notes.push(`2 workers vs 1: ${fmt(two! / one!, 2)}× in the steady state (jobs finished between the 10th and 90th percentile finish time, from the queue's timestamps), ${fmt(e2! / e1!, 2)}× end to end (process start to last exit)`);
  }
  notes.unshift('ratios: rate vs the reference pass by wall clock (and, in brackets, per CPU-second); tokenizer-only = wink-nlp pipe [sbd], tokens and sentences');
  return `${lines.join('\n')}\n\n${notes.map((l) => `- ${l}`).join('\n')}\n`;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import pg from 'pg';
import { corpusLines } from '../../bench/corpus.js';
import { projectRoot } from '../../src/util/paths.js';

/** A temp folder removed when the test ends. */
export function tempDir(t: TestContext, prefix = 'attache-h7-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `n` generated articles of `sentences` sentences as one JSONL file; returns its path. */
export function writeCorpus(dir: string, name: string, n: number, sentences = 4, seed = 7): string {
  const path = join(dir, name);
  writeFileSync(path, [...corpusLines(seed, n, sentences)].join(''));
  return path;
}

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory of the whole process (all threads), in bytes, when reported. */
  readonly maxRssBytes: number | null;
}

/** Reports the process's peak RSS on exit, so tests can check memory bounds of a child. */
const RSS_HOOK = "data:text/javascript,process.on('exit',()=>process.stderr.write('\\n@@maxrss='+process.resourceUsage().maxRSS+'\\n'))";

/** Spawns `attache <args>` (the compiled CLI) and collects its output. */
export function startCli(args: readonly string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const child = spawn(process.execPath, ['--import', RSS_HOOK, join(projectRoot(), 'dist', 'src', 'cli.js'), ...args], {
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
  child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
  child.stdin.end(options.input ?? '');
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const m = /@@maxrss=(\d+)/.exec(stderr);
      resolve({
        code, signal, stdout, stderr: stderr.replace(/\n?@@maxrss=\d+\n/, ''),
        maxRssBytes: m ? Number(m[1]) * 1024 : null,
      });
    });
  });
  return { child, done, stderr: () => stderr };
}

export const runCli = (args: readonly string[], options: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<CliRun> =>
  startCli(args, options).done;

/**
 * A fresh PostgreSQL database for one test, dropped afterwards; null (test skipped with a
 * visible reason) when ATTACHE_TEST_PG is unset, a failure when ATTACHE_REQUIRE_PG=1.
 */
export async function pgDatabase(t: TestContext): Promise<string | null> {
  const base = process.env.ATTACHE_TEST_PG;
  if (!base) {
    if (process.env.ATTACHE_REQUIRE_PG === '1') throw new Error('ATTACHE_REQUIRE_PG=1 but ATTACHE_TEST_PG is not set');
    t.skip('PostgreSQL tests skipped: set ATTACHE_TEST_PG=postgres://… to run them');
    return null;
  }
  const name = `attache_t${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  t.after(async () => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    } finally {
      await c.end();
    }
  });
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/util/paths.js';

/** The Debian chromium to drive (never a downloaded browser), or null when there is none. */
export function chromiumPath(): string | null {
  const p = process.env.ATTACHE_CHROMIUM || '/usr/bin/chromium';
  return existsSync(p) ? p : null;
}

/** Chromium flags: headless, sandbox off (containers), no network chatter of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Where screenshots go (test-output/ of the project). */
export function outputDir(): string {
  const dir = join(projectRoot(), 'test-output', 'browser');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const cli = (): string => join(projectRoot(), 'dist', 'src', 'cli.js');

/** Runs `attache ingest <inputs> --db <db>` and returns its exit status and output. */
export function ingest(inputs: readonly string[], db: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [cli(), 'ingest', ...inputs, '--db', db, '--workers', '1', '--no-progress'], {
    encoding: 'utf8', timeout: 120_000, cwd: projectRoot(),
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** A running `attache serve` child on an ephemeral loopback port. */
export interface ServeChild {
  readonly url: string;
  stop(): Promise<void>;
}

/** Spawns `attache serve --port 0` over `db` and waits for the URL it prints. */
export function serve(db: string, token: string): Promise<ServeChild> {
  const child: ChildProcess = spawn(process.execPath, [cli(), 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], {
    env: { ...process.env, ATTACHE_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'], cwd: projectRoot(),
  });
  let out = '';
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { void stop(); reject(new Error(`serve did not start:\n${out}`)); }, 30_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => { out += b.toString(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`serve exited with ${code}:\n${out}`)); });
  });
}

/** True when web/dist holds a built app. */
export const webBuilt = (): boolean => existsSync(join(projectRoot(), 'web', 'dist', 'index.html'));

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

/** CPU seconds used so far by a local PostgreSQL server: the postmaster, its live children, and the children it has reaped. */
export type ServerCpu = () => number;

const fields = (pid: number): string[] | null => {
  try {
    // Fields after the command name (which may hold spaces): state is [0], ppid [1], utime [11], stime [12], cutime [13], cstime [14].
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return null;
  }
};

/**
 * A reader of the server's CPU time when the server runs on this machine (Linux /proc), else
 * null. Backends that have exited are counted through the postmaster's reaped-children time;
 * other clients of the same server count too (the bench says so).
 */
export async function serverCpu(url: string): Promise<ServerCpu | null> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  let f: string[] | null;
  try {
    // Read while the backend lives: its parent is the postmaster.
    f = fields(Number((await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid));
  } finally {
    await c.end();
  }
  if (!f) return null;
  const postmaster = Number(f[1]);
  const tick = 100; // USER_HZ on Linux
  return () => {
    const pm = fields(postmaster);
    if (!pm) return NaN;
    let t = Number(pm[11]) + Number(pm[12]) + Number(pm[13]) + Number(pm[14]);
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      const x = fields(Number(d));
      if (x && Number(x[1]) === postmaster) t += Number(x[11]) + Number(x[12]);
    }
    return t / tick;
  };
}

/**
 * A module (written to `dir`) that a Node process loads with `--import` to report, as it exits,
 * the CPU seconds of its main thread and of all its other threads together (V8's compiler and
 * GC helpers, libuv) from /proc: `@@threads main=… other=…` on standard error. Linux only; the
 * line is simply missing elsewhere.
 */
export function threadCpuHook(dir: string): string {
  const file = join(dir, 'attache-thread-cpu.mjs');
  writeFileSync(file, `import { readdirSync, readFileSync } from 'node:fs';
process.on('exit', () => {
  try {
    let main = 0, other = 0;
    for (const t of readdirSync('/proc/self/task')) {
      const f = readFileSync('/proc/self/task/' + t + '/stat', 'utf8').split(') ')[1].split(' ');
      const s = (Number(f[11]) + Number(f[12])) / 100;
      if (t === String(process.pid)) main += s; else other += s;
    }
    process.stderr.write('\\n@@threads main=' + main.toFixed(2) + ' other=' + other.toFixed(2) + '\\n');
  } catch {}
});
`);
  return file;
}

/** The `@@threads` line of a process's standard error: [main, other] CPU seconds, or null. */
export function threadCpu(stderr: string): [number, number] | null {
  const m = /@@threads main=([\d.]+) other=([\d.]+)/.exec(stderr);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

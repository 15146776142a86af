// Builds the web app (web/) with Vite into web/dist when web/ exists.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
if (existsSync('web/vite.config.mjs') || existsSync('web/vite.config.ts')) {
  const r = spawnSync('npx', ['vite', 'build', 'web', '--logLevel', 'warn'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// `npm start`: builds if needed, ingests samples/ into ./data/attache.db when the store is empty,
// then serves the API and the web app on http://127.0.0.1:8080 (extra arguments go to `serve`:
// `npm start -- --port 9000`). ATTACHE_DB and ATTACHE_TOKEN are honoured.
import { existsSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const cli = join(root, 'dist', 'src', 'cli.js');
const db = process.env.ATTACHE_DB || join('data', 'attache.db');

if (!existsSync(cli) || !existsSync(join(root, 'web', 'dist', 'index.html'))) {
  console.log('attache: building (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const b = spawnSync(npm, ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) {
    console.error('attache: the build failed; see above');
    process.exit(b.status ?? 1);
  }
}

const { openStore } = await import(pathToFileURL(join(root, 'dist', 'src', 'store', 'open.js')).href);
const store = await openStore(db);
const { articles } = await store.stats();
await store.close();
if (articles === 0) {
  console.log(`attache: the store ${db} is empty; ingesting samples/…`);
  const r = spawnSync(process.execPath, [cli, 'ingest', 'samples', '--db', db], { stdio: 'inherit' });
  if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 1);
}

const args = process.argv.slice(2);
const has = (flag) => args.some((a) => a === flag || a.startsWith(`${flag}=`));
const server = spawn(process.execPath, [cli, 'serve', '--db', db, ...(has('--port') ? [] : ['--port', '8080']), ...(has('--host') ? [] : ['--host', '127.0.0.1']), ...args], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

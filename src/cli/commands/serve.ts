import type { RegisterCommand } from './types.js';
import { createApp } from '../../http/app.js';
import { isLoopback, listen } from '../../http/server.js';
import { createCoder } from '../../pipeline/index.js';
import { openStore } from '../../store/open.js';
import { redactUrl, resolveDb } from '../../scale/db-option.js';
import { UsageError } from '../usage-error.js';

interface Flags {
  readonly db?: string;
  readonly port: string;
  readonly host: string;
  readonly cors?: string;
  readonly publicReads?: boolean;
}

/** `attache serve`: the HTTP API and the web app over one store, until SIGINT/SIGTERM. */
export const register: RegisterCommand = (program) => {
  program
    .command('serve')
    .description('serve the HTTP API (/api) and the web app (/) over the store')
    .option('--db <path>', 'SQLite file or postgres:// URL (env ATTACHE_DB, default ./data/attache.db)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--cors <origin>', 'allow cross-origin requests from this one origin (https://example.org)')
    .option('--public-reads', 'beyond loopback, let reads through without the token')
    .addHelpText('after', '\nWrites (POST /api/articles) need Authorization: Bearer $ATTACHE_TOKEN; with no ATTACHE_TOKEN they are refused.')
    .action(async (flags: Flags) => {
      const port = Number(flags.port);
      if (!/^\d{1,5}$/.test(flags.port) || port > 65535) throw new UsageError(`--port must be 0–65535 (got "${flags.port}")`);
      if (flags.cors !== undefined && !/^https?:\/\/[^/\s]+$/.test(flags.cors)) {
        throw new UsageError(`--cors must be an origin like https://example.org (got "${flags.cors}")`);
      }
      const token = process.env.ATTACHE_TOKEN?.trim() || null;
      const readAuth = !isLoopback(flags.host) && !flags.publicReads;
      if (readAuth && !token) {
        throw new UsageError(`listening on ${flags.host} (beyond loopback) needs ATTACHE_TOKEN for reads, or --public-reads`);
      }
      const db = resolveDb(flags.db);
      const store = await openStore(db);
      const allowedHosts = isLoopback(flags.host) ? ['localhost', '127.0.0.1', '[::1]', flags.host] : undefined;
      const app = createApp({ store, coder: createCoder(), token, readAuth, cors: flags.cors ?? null, allowedHosts });
      let server;
      try {
        server = await listen(app, flags.host, port);
      } catch (e) {
        await store.close();
        throw new Error(`cannot listen on ${flags.host}:${port}: ${e instanceof Error ? e.message : String(e)}`);
      }
      process.stdout.write(`Attaché is serving ${redactUrl(db)} at ${server.url}/\n`);
      process.stdout.write(`  writes: ${token ? 'need the ATTACHE_TOKEN bearer token' : 'disabled (set ATTACHE_TOKEN to allow them)'}`
        + `; reads: ${readAuth ? 'need the token' : 'open'}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(() => store.close()).finally(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
};

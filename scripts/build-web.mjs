// Builds the web app (web/) with Vite into web/dist. Part of `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const config = fileURLToPath(new URL('../web/vite.config.mjs', import.meta.url));
if (!existsSync(config)) {
  console.error('build-web: web/vite.config.mjs is missing');
  process.exit(1);
}
try {
  await build({ configFile: config, logLevel: 'warn' });
} catch (e) {
  console.error(`build-web: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}

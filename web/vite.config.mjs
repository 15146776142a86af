// Vite build of the Attaché web app: web/ → web/dist (served by `attache serve` at /).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts (the server's CSP forbids them) and no preload polyfill injected into HTML.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'es2020',
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});

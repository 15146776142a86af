import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

/**
 * Serves the built web app (web/dist) read-only: paths are normalised and must stay inside the
 * folder; dotfiles are never served; `/` and unknown non-asset paths answer index.html.
 * Answers null when the request is not for the web app (the caller answers 404).
 */
export function staticFiles(root: string | null): (pathname: string) => Promise<Response | null> {
  return async (pathname) => {
    if (!root) return notBuilt();
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      return null;
    }
    if (rel.includes('\0')) return null;
    const full = normalize(join(root, rel));
    if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
    if (rel.split('/').some((part) => part.startsWith('.'))) return null;
    const file = (await isFile(full)) ? full : extname(rel) === '' ? join(root, 'index.html') : null;
    if (!file || !(await isFile(file))) return file ? notBuilt() : null;
    const body = await readFile(file);
    const immutable = file.includes(`${sep}assets${sep}`);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      },
    });
  };
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

function notBuilt(): Response {
  return new Response('The web app is not built: run `npm run build` (the API is at /api/).\n', {
    status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The project root: the nearest folder above this file holding package.json (works from src/ and dist/src/). */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('attache: cannot find the project root (package.json)');
    dir = up;
  }
  root = dir;
  return dir;
}

/** Path of a file in the project's `data/` folder. */
export const dataPath = (...parts: string[]): string => join(projectRoot(), 'data', ...parts);

/** `../shared` beside the project, or null when absent (evaluations skip cleanly then). */
export function sharedDir(): string | null {
  const dir = process.env.ATTACHE_SHARED ?? join(projectRoot(), '..', 'shared');
  return existsSync(dir) ? dir : null;
}

// `npm start`: builds if needed, then runs the main job (placeholder until the store lands:
// extracts the bundled samples).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
if (!existsSync('dist/src/cli.js')) {
  const b = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync(process.execPath, ['dist/src/cli.js', 'extract', 'samples'], { stdio: 'inherit' });
process.exit(r.status ?? 1);

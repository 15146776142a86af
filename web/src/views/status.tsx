import type { Loaded } from '../use-api.js';

/** "Loading…" or the error of a Loaded that is not ok. */
export function Status({ loaded }: { loaded: Loaded<unknown> }) {
  if (loaded.state === 'loading') return <p class="status" role="status">Loading…</p>;
  if (loaded.state === 'error') return <p class="status error" role="alert">{loaded.error.message} ({loaded.error.code})</p>;
  return null;
}

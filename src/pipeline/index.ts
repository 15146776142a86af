import type { EventCoder } from './types.js';

/** The default coder (placeholder until the understanding issue lands: codes no events). */
export function createCoder(): EventCoder {
  return { name: 'none', code: () => [] };
}

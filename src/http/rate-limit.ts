/** Options of the per-client write limiter. */
export interface RateLimitOptions {
  /** Requests a client may make in a burst. */
  readonly capacity: number;
  /** Tokens added back per second. */
  readonly refillPerSecond: number;
  /** The clock in milliseconds (tests pass their own). */
  readonly now?: () => number;
  /** Most clients remembered at once (oldest forgotten first). */
  readonly maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client, in memory. `take(client)` answers 0 when the request may go on, or
 * the seconds to wait before the next one is allowed.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #capacity: number;
  readonly #refill: number;
  readonly #now: () => number;
  readonly #maxClients: number;

  constructor(options: RateLimitOptions) {
    if (!(options.capacity >= 1) || !(options.refillPerSecond > 0)) {
      throw new Error('attache: rate limit needs capacity >= 1 and refillPerSecond > 0');
    }
    this.#capacity = options.capacity;
    this.#refill = options.refillPerSecond;
    this.#now = options.now ?? Date.now;
    this.#maxClients = options.maxClients ?? 10_000;
  }

  take(client: string): number {
    const now = this.#now();
    let b = this.#buckets.get(client);
    if (b) {
      b.tokens = Math.min(this.#capacity, b.tokens + ((now - b.at) / 1000) * this.#refill);
      b.at = now;
      this.#buckets.delete(client); // re-insert: the map stays in least-recently-used order
    } else {
      b = { tokens: this.#capacity, at: now };
      if (this.#buckets.size >= this.#maxClients) {
        const oldest = this.#buckets.keys().next().value;
        if (oldest !== undefined) this.#buckets.delete(oldest);
      }
    }
    this.#buckets.set(client, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / this.#refill);
  }
}

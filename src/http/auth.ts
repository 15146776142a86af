import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from './errors.js';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Checks bearer tokens in constant time: both sides are hashed to 32 bytes first, so neither the
 * length nor the content of the configured token leaks through timing.
 */
export class TokenCheck {
  readonly #expected: Buffer | null;

  /** `token`: the configured secret (ATTACHE_TOKEN); empty or undefined disables writes. */
  constructor(token: string | undefined | null) {
    this.#expected = token ? digest(token) : null;
  }

  /** True when a token is configured. */
  get configured(): boolean {
    return this.#expected !== null;
  }

  /** True when `given` equals the configured token. */
  matches(given: string): boolean {
    return this.#expected !== null && timingSafeEqual(digest(given), this.#expected);
  }

  /**
   * Throws the right HttpError unless the `Authorization` header carries the token:
   * no token configured → FORBIDDEN; header missing or not Bearer → UNAUTHORIZED; wrong → FORBIDDEN.
   */
  require(authorization: string | undefined, what: string): void {
    if (!this.#expected) {
      throw new HttpError('FORBIDDEN', `${what} are disabled: the server has no token (set ATTACHE_TOKEN)`);
    }
    const m = /^Bearer[ \t]+(\S(?:.*\S)?)\s*$/i.exec(authorization ?? '');
    if (!m) {
      throw new HttpError('UNAUTHORIZED', `${what} need Authorization: Bearer <token>`, { 'www-authenticate': 'Bearer' });
    }
    if (!this.matches(m[1])) throw new HttpError('FORBIDDEN', 'the token is wrong');
  }
}

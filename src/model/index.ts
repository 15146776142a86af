export type * from './article.js';
export type * from './actor.js';
export type * from './event.js';
export type * from './result.js';
export { DIPLOMATIC_KINDS } from './event.js';
export { ok, err } from './result.js';
export { ERROR_CODES, type ErrorCode } from './errors.js';

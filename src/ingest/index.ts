/**
 * The ingest stage: inputs (plain-text dumps, HTML, RSS/Atom, JSON Lines, folders, globs,
 * standard input) → clean Articles with metadata, language, identity and duplicate marks.
 */
export { readInputs, resolveReadOptions } from './read.js';
export { signature, textSignature, bandKeys, bandHash, similarity, isNearDuplicate, contentHash, textId, normaliseText, MINHASH_SIZE, BANDS, BAND_ROWS, type SignatureLike } from './signature.js';
export { DupIndex } from './dup-index.js';
export { detectLanguage } from './language.js';
export { createPlaceResolver, type PlaceResolver } from './places.js';
export { READERS, pickReader } from './readers.js';
export { parseText } from './dump.js';
export { recordDraft, recordFrom } from './jsonl.js';
export { decode, binaryReason, type Decoded } from './decode.js';
export { finishDraft, normaliseDate } from './finish.js';
export { draftFromText, draftFromHtml, type GivenMeta } from './compose.js';
export type { Draft, DatelineDraft, InputFormat, InputSource, Reader, ReadOptions, ReadOutcome, ReadArticle, ResolvedReadOptions } from './types.js';

import type { Article } from '../model/article.js';
import { err, ok, type AttacheError, type Result } from '../model/result.js';
import { binaryReason } from './decode.js';
import { DupIndex } from './dup-index.js';
import { finishAndSign, type SignedArticle } from './finish.js';
import { createPlaceResolver } from './places.js';
import { pickReader } from './readers.js';
import { expandInputs, openInput } from './source.js';
import type { InputSource, ReadOptions, ReadOutcome, ResolvedReadOptions } from './types.js';

const MB = 1 << 20;

/** Applies the defaults to read options (builds the place resolver when none is given). */
export function resolveReadOptions(options: ReadOptions = {}): ResolvedReadOptions {
  return {
    places: options.places ?? createPlaceResolver(),
    published: options.published ?? null,
    maxFileBytes: options.maxFileBytes ?? 50 * MB,
    maxArticleBytes: options.maxArticleBytes ?? 5 * MB,
    maxDepth: options.maxDepth ?? 400,
  };
}

/**
 * Reads every input (files, folders recursively, globs, `-` for standard input) and yields one
 * outcome per article, or per input / line / item that failed. Never throws for bad input; the
 * batch always continues. Within the run, exact and near duplicates get `duplicateOf` = the
 * first copy's id. Articles are yielded one at a time (memory stays bounded by one input,
 * or one line for JSON Lines, plus one signature per article for duplicate detection).
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const opts = resolveReadOptions(options);
  const index = options.markDuplicates === false ? null : new DupIndex();
  const near = options.nearDuplicates !== false;
  for await (const ref of expandInputs(inputs)) {
    if (!ref.ok) { yield ref; continue; }
    const name = ref.value.kind === 'stdin' ? '-' : ref.value.path;
    try {
      const opened = await openInput(ref.value, options.stdin);
      if (!opened.ok) { yield opened; continue; }
      for await (const outcome of readSource(opened.value, opts, options)) {
        if (!outcome.ok) { yield outcome; continue; }
        let { article } = outcome.value;
        const sig = outcome.value.signature;
        const original = index?.find(sig, near) ?? null;
        if (original !== null) article = { ...article, duplicateOf: original };
        else index?.add(article.id, sig);
        yield ok({ article, signature: sig, warnings: outcome.value.warnings });
      }
    } catch (e) {
      // A bug must not sink the batch: report it for this input and go on.
      yield err({ code: 'INTERNAL', message: `unexpected error (${(e as Error).message ?? String(e)})`, input: name });
    }
  }
}

/** One opened input → finished articles (before duplicate marking) or failures. */
async function* readSource(src: InputSource, opts: ResolvedReadOptions, options: ReadOptions): AsyncGenerator<Result<SignedArticle & { warnings: readonly string[] }, AttacheError>> {
  if (src.size === 0 || (src.size === null && src.head.length === 0)) {
    yield err({ code: 'EMPTY_INPUT', message: 'empty file', input: src.name });
    return;
  }
  const binary = binaryReason(src.head);
  if (binary) { yield err({ code: 'BINARY_INPUT', message: binary, input: src.name }); return; }
  for await (const d of pickReader(src, options.format).read(src, opts)) {
    if (!d.ok) { yield d; continue; }
    const fin = finishAndSign(d.value, opts);
    yield fin.ok ? ok({ ...fin.value, warnings: d.value.warnings ?? [] }) : fin;
  }
}

import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink-nlp's view of a text: parallel arrays over all its tokens, line breaks included. */
export interface RawTokens {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly values: readonly string[];
  readonly pos: readonly string[];
  /** wink gives null for some tokens (a sentence-final "cannot"). */
  readonly lemmas: readonly (string | null)[];
  /** First raw token index of each wink sentence. */
  readonly sentenceStarts: readonly number[];
}

type Wink = ReturnType<typeof winkNLP>;

/**
 * Loads wink-nlp and its English model once; `read` runs one `readDoc` per text. Token offsets
 * come from the text itself (white space skipped between tokens) rather than from wink's
 * preceding-spaces strings: the same offsets, one array fewer to read out of wink.
 */
export class WinkReader {
  readonly #nlp: Wink;

  constructor() {
    this.#nlp = winkNLP(model, ['sbd', 'pos']);
  }

  read(text: string): RawTokens {
    const its = this.#nlp.its;
    const doc = this.#nlp.readDoc(text);
    const tokens = doc.tokens();
    const values = tokens.out(its.value) as string[];
    const pos = tokens.out(its.pos) as string[];
    const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as (string | null)[];
    const n = values.length;
    const starts: number[] = new Array(n);
    const ends: number[] = new Array(n);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      // wink's preceding spaces are the white space between two tokens
      let from = at;
      while (from < text.length && isSpace(text.charCodeAt(from))) from++;
      if (text.startsWith(v, from)) {
        starts[i] = from;
      } else {
        // wink is lossless in practice; stay robust if a token was normalised.
        const found = text.indexOf(v, at);
        starts[i] = found >= 0 ? found : at;
      }
      ends[i] = starts[i]! + v.length;
      at = ends[i]!;
    }
    const sentenceStarts: number[] = [];
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    for (const span of spans) sentenceStarts.push(span[0]);
    return { starts, ends, values, pos, lemmas, sentenceStarts };
  }
}

/** White space as JavaScript's `\s` reads it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

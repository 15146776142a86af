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

/** Loads wink-nlp and its English model once; `read` runs one `readDoc` per text. */
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
    const spaces = tokens.out(its.precedingSpaces) as string[];
    const pos = tokens.out(its.pos) as string[];
    const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as (string | null)[];
    const starts: number[] = new Array(values.length);
    const ends: number[] = new Array(values.length);
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      at += spaces[i]!.length;
      if (text.startsWith(v, at)) {
        starts[i] = at;
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

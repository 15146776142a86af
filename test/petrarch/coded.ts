import { CameoVerbCoder } from '../../src/coding/cameo/index.js';
import type { VerbLexicon } from '../../src/coding/cameo/lexicon.js';
import type { Analyser } from '../../src/nlp/index.js';
import type { PetrarchMentionFinder } from '../../src/petrarch/index.js';

/**
 * The sorted `SOURCE>TARGET:CODE` triples the CAMEO coder gives `text` with `lexicon`, the
 * PETRARCH actors of `finder` and a fixed story date (shared by the PETRARCH path's tests).
 */
export function codedTriples(analyser: Analyser, finder: PetrarchMentionFinder, lexicon: VerbLexicon, text: string): string[] {
  const coder = new CameoVerbCoder(lexicon);
  const a = analyser.analyse(text, { published: '2012-01-01' });
  return a.sentences.flatMap((s) => coder.codeSentence(a, s, finder.find(a.text, a.tokens, s.tokenStart, s.tokenEnd, '2012-01-01')))
    .filter((c) => c.source?.code && c.target?.code)
    .map((c) => `${c.source!.code}>${c.target!.code}:${c.cameo}`).sort();
}

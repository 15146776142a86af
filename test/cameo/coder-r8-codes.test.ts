import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CameoVerbCoder, type CodedClause } from '../../src/coding/cameo/index.js';
import { Analyser } from '../../src/nlp/index.js';
import { parseActorDictionary, parseAgentDictionary, PetrarchMentionFinder } from '../../src/petrarch/index.js';

// Fictional countries: the cases test the codebook's reading of agreeing to an act, not the gazetteer.
const finder = new PetrarchMentionFinder(
  parseActorDictionary('NORLAND [NRL]\n+NORLANDIC\nFREDONIA [FRD]\n+FREDONIAN\n'),
  parseAgentDictionary('GOVERNMENT [~GOV]\n'),
);
const analyser = new Analyser();
const coder = CameoVerbCoder.load();

function codes(text: string): string[] {
  const a = analyser.analyse(text, { published: '2020-01-01' });
  const out: CodedClause[] = a.sentences.flatMap((s) => [...coder.codeSentence(a, s, finder.find(a.text, a.tokens, s.tokenStart, s.tokenEnd, '2020-01-01'))]);
  return out.map((c) => `${c.source?.code ?? '-'}>${c.target?.code ?? '-'}:${c.cameo}`).sort();
}

test('agreeing to ease sanctions or an embargo is an intent to yield (0354); easing them is 085', () => {
  assert.deepEqual(codes('Norland has agreed to lift its sanctions on Fredonia.'), ['NRL>FRD:0354']);
  assert.deepEqual(codes('The Norlandic government agreed on Friday to ease the trade embargo against Fredonia.'), ['NRLGOV>FRD:0354']);
  assert.deepEqual(codes('Norland lifted its sanctions on Fredonia.'), ['NRL>FRD:085']);
  // imposing them is no yielding at all
  assert.ok(!codes('Norland imposed sanctions on Fredonia.').some((c) => /:(0354|085)$/.test(c)));
});

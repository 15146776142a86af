import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CameoVerbCoder, type CodedClause } from '../../src/coding/cameo/index.js';
import { opensEntry } from '../../src/coding/cameo/entries.js';
import { Analyser } from '../../src/nlp/index.js';
import { parseActorDictionary, parseAgentDictionary, PetrarchMentionFinder } from '../../src/petrarch/index.js';

// Fictional countries: the cases test how a pronoun reaches the sentence before, not the gazetteer.
const finder = new PetrarchMentionFinder(
  parseActorDictionary('NORLAND [NRL]\n+NORLANDIC\nFREDONIA [FRD]\n+FREDONIAN\nOSTERLICH [OST]\n'),
  parseAgentDictionary('AMBASSADOR [~GOV]\nREBEL [~REB]\nGOVERNMENT [~GOV]\nMINISTER [~GOV]\n'),
);
const analyser = new Analyser();
// (the coder keeps its sentence-to-sentence state per analysed text, so one coder serves every case)
const coder = CameoVerbCoder.load();
function code(text: string): CodedClause[] {
  const a = analyser.analyse(text, { published: '2020-01-01' });
  return a.sentences.flatMap((s) => [...coder.codeSentence(a, s, finder.find(a.text, a.tokens, s.tokenStart, s.tokenEnd, '2020-01-01'))]);
}

const fmt = (cs: readonly CodedClause[]): string[] =>
  cs.map((c) => `${c.source?.code ?? '-'}>${c.target?.code ?? '-'}:${c.cameo}`).sort();

/** The clauses whose CAMEO code starts with `root`. */
const withRoot = (text: string, root: string): string[] => fmt(code(text)).filter((c) => c.split(':')[1]!.startsWith(root));

test('a pronoun opening a sentence still continues the subject of the sentence before', () => {
  assert.deepEqual(withRoot('Norland seized a Fredonian fishing boat. It threatened to expel the Fredonian ambassador.', '13'), ['NRL>FRDGOV:1313']);
  assert.deepEqual(withRoot('Norland seized a Fredonian fishing boat.\n\nIt threatened to expel the Fredonian ambassador.', '13'), ['NRL>FRDGOV:1313']);
});

test('a live-blog time stamp on its own line ends the entry before: its pronoun has no antecedent', () => {
  const blog = '09:10 GMT\n\nNorland seized a Fredonian fishing boat.\n\n10:42 GMT\n\nIt threatened to expel the Fredonian ambassador.';
  assert.deepEqual(withRoot(blog, '13'), ['->FRDGOV:1313']);
  const local = '9.15am\n\nNorland seized a Fredonian fishing boat.\n\n11.30am local time\n\nThey threatened to expel the Fredonian ambassador.';
  assert.deepEqual(withRoot(local, '13'), ['->FRDGOV:1313']);
  // a stamp opening the entry's own line: no continuation either
  const inline = '10:42 — Norland seized a Fredonian fishing boat.\n\n14:05 GMT: It threatened to expel the Fredonian ambassador.';
  assert.deepEqual(withRoot(inline, '13'), ['->FRDGOV:1313']);
  // within one entry the pronoun still continues its subject
  assert.deepEqual(withRoot('10:42 — Norland seized a Fredonian fishing boat. It threatened to expel the Fredonian ambassador.', '13'), ['NRL>FRDGOV:1313']);
});

test('entry openings: time stamps, capital labels before a colon and bullets; ordinary openings are none', () => {
  for (const s of ['10:42 — Troops moved in.', '14:05 GMT: The talks resumed.', '09:30', '9.15am', '11.30am local time', '(08:05) Shelling resumed.',
    'NORLAND – FREDONIA: The two signed a treaty.', 'IN BRIEF: Ministers met.', '• The envoy left.']) assert.ok(opensEntry(s), s);
  for (const s of ['It threatened to leave.', 'NATO said it would respond.', '10 soldiers died.', 'At 10:42 the convoy left.', 'US officials said: no.',
    '10.50 percent of the vote went to the party.', 'Q: Will the minister travel?']) assert.ok(!opensEntry(s), s);
});

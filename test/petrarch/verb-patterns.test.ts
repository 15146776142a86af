import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedTriples } from './coded.js';
import { OwnVerbLexicon } from '../../src/coding/cameo/lexicon.js';
import { Analyser } from '../../src/nlp/index.js';
import { HybridVerbLexicon, parseActorDictionary, parseAgentDictionary, parseVerbDictionary, PetrarchMentionFinder, PetrarchVerbLexicon } from '../../src/petrarch/index.js';
import type { VerbLexicon } from '../../src/coding/cameo/lexicon.js';
import { PatternWords } from '../../src/petrarch/verb-patterns.js';

// Invented dictionaries and sentences (fictional countries), in the PETRARCH formats.
const finder = new PetrarchMentionFinder(parseActorDictionary(`NORLAND_ [NRL]
+NORLANDIC_
FREDON_ [FRD]
+FREDONIAN_
OSTERLICH_ [OST]
`), parseAgentDictionary(`DISSIDENT [~OPP]
WRITER [~OPP]
PARLIAMENT [~LEG]
`));
const VERBS = `&PACT
+PACT
+TREATY
--- EXPLAIN_VERBAL [010] ---
SAY {SAYS SAID SAYING}
EXPRESS
- * SUPPORT [032]
- * GRATITUDE [013]
- * AID [033]
--- RATIFY [080] ---
RATIFY {RATIFIES RATIFIED RATIFYING}
- * &PACT [031:031]
- * &PACT [057]
--- MEET_PEOPLE [040] ---
MEET {MEETS MET MEETING}
FACE
- * PRESSURE [:100]
- * (FOR TALKS) [036:036]
--- PRESENT [---] ---
PRESENT
- * EVIDENCE [1124]
--- CELEBRATE [051] ---
CELEBRATE
- * FESTIVAL (AT ^) (WITH +) [017]
--- EXILE [174] ---
EXILE
`;
const dict = parseVerbDictionary(VERBS);
const own = OwnVerbLexicon.load();
const analyser = new Analyser();

function coded(lexicon: VerbLexicon, text: string): string[] {
  return codedTriples(analyser, finder, lexicon, text);
}

const petr = new PetrarchVerbLexicon(dict, own);

test('a later pattern of equal weight replaces an earlier one, as in PETRARCH\'s pattern tree', () => {
  assert.deepEqual(coded(petr, 'Norland ratified a treaty with Fredon.'), ['NRL>FRD:057']);
});

test('of patterns of equal weight, the one matching the object before a prepositional phrase wins', () => {
  assert.deepEqual(coded(petr, 'Norland expressed gratitude for Fredonian aid.'), ['NRL>FRD:013']);
});

test('a lower pattern matches the verb\'s own phrase, not the nouns of the next verb', () => {
  // "support" belongs to "won": the bare statement "said" codes nothing
  assert.deepEqual(coded(petr, 'Norland said the plan won support from Fredon.'), []);
  assert.deepEqual(coded(petr, 'Norland expressed support for Fredon.'), ['NRL>FRD:032']);
});

test('a reciprocal-only code ("[:100]"): the actor the object comes from acts on the subject', () => {
  assert.deepEqual(coded(petr, 'Norland faces pressure from Fredon.'), ['FRD>NRL:100']);
});

test('a cooperative act of a compound subject with no object is coded among its members; with one it is one way', () => {
  assert.deepEqual(coded(petr, 'Norland and Fredon met yesterday.'), ['FRD>NRL:040', 'NRL>FRD:040']);
  assert.deepEqual(coded(petr, 'Norland met Fredon yesterday.'), ['NRL>FRD:040']);
  // at a named place, the place is the target
  assert.deepEqual(coded(petr, 'Norland and Fredon will meet in Osterlich.'), ['FRD>OST:040', 'NRL>OST:040']);
  // a month or a day is no place: the members meet each other
  assert.deepEqual(coded(petr, 'Norland and Fredon will meet in April.'), ['FRD>NRL:040', 'NRL>FRD:040']);
  assert.deepEqual(coded(petr, 'Norland and Fredon met on Tuesday.'), ['FRD>NRL:040', 'NRL>FRD:040']);
});

test('pattern words are compared as written and as lemmas, on the token array the lexicon last saw', () => {
  const a = analyser.analyse('Norland ratified treaties.', { published: null });
  const w = new PatternWords(a.tokens);
  const k = a.tokens.findIndex((t) => t.lower === 'treaties');
  assert.ok(w.is(k, 'TREATIES') && w.is(k, 'TREATY') && !w.is(k, 'PACT'));
  // one lexicon, sentences in turn: each is matched on its own tokens
  assert.deepEqual(coded(petr, 'Norland ratified a treaty with Fredon.'), ['NRL>FRD:057']);
  assert.deepEqual(coded(petr, 'Norland faces pressure from Fredon.'), ['FRD>NRL:100']);
  assert.deepEqual(coded(petr, 'Norland ratified a treaty with Fredon.'), ['NRL>FRD:057']);
});

test('a passive verb\'s pattern object stands before it, its subject after "by"', () => {
  assert.deepEqual(coded(petr, 'Evidence against Fredon was presented by Norland.'), ['NRL>FRD:1124']);
});

test('"(WITH +)" names the target\'s preposition; "(AT ^)" does not', () => {
  assert.deepEqual(coded(petr, 'Norland celebrated the festival at Osterlich with Fredon.'), ['NRL>FRD:017']);
});

test('a participle modifying a noun is no verb', () => {
  assert.deepEqual(coded(petr, 'Norland met the two exiled Fredonian writers.'), ['NRL>FRDOPP:040']);
  assert.deepEqual(coded(petr, 'Norland exiled Fredonian writers.'), ['NRL>FRDOPP:174']);
  // a reduced relative clause after another verb: "exiled" modifies "writers"
  assert.ok(!coded(petr, 'Norland met writers exiled in Fredon.').some((c) => c.endsWith(':174')));
  assert.ok(coded(petr, 'Writers exiled in Fredon met Norland.').includes('---OPP>NRL:040'));
  // a to-infinitive completing the object of an earlier verb belongs to that noun phrase
  assert.deepEqual(coded(petr, 'Norland met Fredon to weigh plans to exile Osterlich dissidents.'), ['NRL>FRD:040']);
});

test('explain names the block and the pattern that decided a verb', () => {
  const a = analyser.analyse('Norland ratified the pact.', { published: null });
  const i = a.tokens.findIndex((t) => t.lower === 'ratified');
  const x = petr.explain({ tokens: a.tokens, i, start: 0, end: a.tokens.length });
  assert.equal(x?.block.name, 'RATIFY');
  assert.equal(x?.pattern?.code, '057');
  assert.ok(petr.has(a.tokens[i]!));
  assert.ok(!petr.has(a.tokens[0]!));
});

test('hybrid: the user\'s pattern where one matches, Attaché\'s own verb where none does', () => {
  const hybrid = new HybridVerbLexicon(petr, own);
  // a pattern of the user's dictionary decides
  assert.deepEqual(coded(hybrid, 'Norland ratified a treaty with Fredon.'), ['NRL>FRD:057']);
  // "condemned" is not in the user's dictionary: Attaché's lexicon codes it (disapprove, 11x)
  const got = coded(hybrid, 'Norland condemned Fredon.');
  assert.equal(got.length, 1);
  assert.match(got[0]!, /^NRL>FRD:11/);
  assert.deepEqual(coded(petr, 'Norland condemned Fredon.'), []);
});

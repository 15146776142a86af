import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedTriples } from './coded.js';
import { OwnVerbLexicon } from '../../src/coding/cameo/lexicon.js';
import type { VerbLexicon } from '../../src/coding/cameo/lexicon.js';
import { Analyser } from '../../src/nlp/index.js';
import { parseActorDictionary, parseAgentDictionary, parseVerbDictionary, PetrarchMentionFinder, PetrarchVerbLexicon } from '../../src/petrarch/index.js';
import { parseTransformation } from '../../src/petrarch/transformations.js';
import { modifiesNoun } from '../../src/petrarch/verb-lexicon.js';
import type { Token } from '../../src/nlp/types.js';

// Invented dictionaries and sentences (fictional countries), in the PETRARCH formats.
const finder = new PetrarchMentionFinder(parseActorDictionary(`NORLAND_ [NRL]
FREDON_ [FRD]
OSTERLICH_ [OST]
`), parseAgentDictionary(`REBEL [~REB]
`));
const BLOCKS = `--- EXPLAIN_VERBAL [010] ---
SAY {SAYS SAID SAYING}
--- DEMAND [100] ---
WANT [030]
--- MEET_PEOPLE [040] ---
MEET {MEETS MET MEETING}
--- ALLEGE [110] ---
CLAIM
--- OCCUPY [192] ---
SEIZE {SEIZES SEIZED SEIZING}
--- RETREAT [080] ---
WITHDRAW {WITHDRAWS WITHDREW WITHDRAWN WITHDRAWING}
- SOLDIER * [0874]
--- PHYSICAL_CONFLICT [190] ---
ATTACK
STRIKE {STRIKES STRUCK STRIKING}
`;
const TRANSFORMATIONS = `
~ a (a b ATTACK) SAY = a b 015
#~ a (a b WILL_ATTACK) SAY = a b 138
~ a (b . ATTACK ) WANT = a b 021
~ a (_ b ATTACK) WANT = a b 138
`;
const own = OwnVerbLexicon.load();
const analyser = new Analyser();
const withRules = new PetrarchVerbLexicon(parseVerbDictionary(BLOCKS + TRANSFORMATIONS), own);
const without = new PetrarchVerbLexicon(parseVerbDictionary(BLOCKS), own);

function coded(lexicon: VerbLexicon, text: string): string[] {
  return codedTriples(analyser, finder, lexicon, text);
}

test('transformation lines are read; a commented one is not', () => {
  const d = parseVerbDictionary(BLOCKS + TRANSFORMATIONS);
  assert.equal(d.transformations.length, 3);
  assert.deepEqual(parseTransformation('~ a (b . ATTACK ) WANT = a b 021', 7),
    { upperVerb: 'WANT', lowerVerb: 'ATTACK', lowerSource: 'other', code: '021', line: 7 });
  assert.equal(parseTransformation('~ a (a b Q) SAY = a b Q', 1)?.lowerVerb, null);
  assert.equal(parseTransformation('~ a (a b Q) SAY = a b Q', 1)?.code, null);
  assert.equal(parseTransformation('~ broken line', 1), null);
});

test('"A said A will attack B": the upper verb\'s own subject threatens, not attacks (015)', () => {
  assert.deepEqual(coded(withRules, 'Norland said it will attack Osterlich.'), ['NRL>OST:015']);
  assert.deepEqual(coded(without, 'Norland said it will attack Osterlich.'), ['NRL>OST:190']);
  // verbs are compared by code: another verb of the block is transformed too
  assert.deepEqual(coded(withRules, 'Norland said it would strike Osterlich.'), ['NRL>OST:015']);
});

test('"A wants B to attack" is an appeal to B (021); "A wants to attack B" a threat (138)', () => {
  assert.deepEqual(coded(withRules, 'Norland wants Fredon to attack Osterlich.'), ['NRL>FRD:021']);
  assert.deepEqual(coded(withRules, 'Norland wants to attack Osterlich.'), ['NRL>OST:138']);
});

test('a reported act with a subject of its own is no "a (a b …)" transformation', () => {
  assert.deepEqual(coded(withRules, 'Norland said Fredon attacked Osterlich.'), coded(without, 'Norland said Fredon attacked Osterlich.'));
  assert.ok(!coded(withRules, 'Norland said Fredon attacked Osterlich.').some((c) => c.endsWith(':015')));
});

test('an -ing form after the noun of a prepositional phrase modifies the noun', () => {
  assert.deepEqual(coded(withRules, 'Norland met Fredon after an ambush striking Osterlich.'), ['NRL>FRD:040']);
});

/** Tagged tokens written by hand ("word/POS/lemma"), where the tagger's reading would vary. */
function tagged(s: string): Token[] {
  let at = 0;
  return s.split(' ').map((w) => {
    const [text, pos, lemma] = w.split('/') as [string, string, string];
    const t = { start: at, end: at + text.length, text, lower: text.toLowerCase(), pos, lemma, sentence: 0 };
    at += text.length + 1;
    return t;
  });
}

test('the bare infinitive after a gerund after a preposition is no event', () => {
  const reason = tagged('Norland/PROPN/norland fined/VERB/fine Fredon/PROPN/fredon for/SCONJ/for letting/VERB/let two/NUM/two traders/NOUN/trader ship/VERB/ship grain/NOUN/grain');
  assert.ok(modifiesNoun({ tokens: reason, i: 7, start: 0, end: reason.length }));
  const act = tagged('Norland/PROPN/norland let/VERB/let two/NUM/two traders/NOUN/trader ship/VERB/ship grain/NOUN/grain');
  assert.ok(!modifiesNoun({ tokens: act, i: 4, start: 0, end: act.length }));
});

test('an -ing clause after a parenthetical attribution is no event of its own', () => {
  assert.deepEqual(coded(withRules, 'Norland met Fredon, officials said on Monday, attacking Osterlich.'), ['NRL>FRD:040']);
});

test('an upper pattern matches the subject\'s head, not a noun of its "of" phrase', () => {
  const explain = (text: string): string | null => {
    const a = analyser.analyse(text, { published: null });
    const i = a.tokens.findIndex((t) => t.lower === 'withdrew');
    return withRules.explain({ tokens: a.tokens, i, start: 0, end: a.tokens.length })?.pattern?.code ?? null;
  };
  assert.equal(explain('Norlandic soldiers withdrew from the valley.'), '0874');
  assert.equal(explain('Dozens of Norlandic soldiers withdrew from the valley.'), null);
});

test('an upper pattern reaches past a verb that leads into this one through "to"', () => {
  const explain = (text: string): string | null => {
    const a = analyser.analyse(text, { published: null });
    const i = a.tokens.findIndex((t) => t.lower === 'withdraw');
    return withRules.explain({ tokens: a.tokens, i, start: 0, end: a.tokens.length })?.pattern?.code ?? null;
  };
  assert.equal(explain('Norlandic soldiers are expected to withdraw from the valley.'), '0874');
  assert.equal(explain('Norlandic soldiers were said to have begun to withdraw from the valley.'), '0874');
  // another verb with an object of its own ends the subject's phrase
  assert.equal(explain('Norlandic soldiers asked Fredon to withdraw from the valley.'), null);
});

test('a verb coordinated with the complement of an allegation is part of what was alleged', () => {
  const got = coded(withRules, 'Norland claimed that Fredon had attacked the border and seized Osterlich.');
  assert.ok(!got.some((c) => c.endsWith(':192')), got.join(' '));
  // without the allegation, the second act is an event of its own
  assert.ok(coded(withRules, 'Fredon attacked the border and seized Osterlich.').includes('FRD>OST:192'));
});

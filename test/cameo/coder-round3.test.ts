import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CameoVerbCoder, type CodedClause } from '../../src/coding/cameo/index.js';
import { Analyser } from '../../src/nlp/index.js';
import { parseActorDictionary, parseAgentDictionary, PetrarchMentionFinder } from '../../src/petrarch/index.js';

// Fictional countries and a fictional city (Port Vell, in Fredonia): the cases test the coder, not the gazetteer.
const finder = new PetrarchMentionFinder(
  parseActorDictionary('NORLAND [NRL]\n+NORLANDIC\nFREDONIA [FRD]\n+FREDONIAN\nOSTERLICH [OST]\n'),
  parseAgentDictionary('OFFICIAL [~GOV]\nAMBASSADOR [~GOV]\nREBEL [~REB]\nGOVERNMENT [~GOV]\nSOLDIER [~MIL]\nPOLICE {} [~COP]\n'),
);
const analyser = new Analyser();
const base = CameoVerbCoder.load();
const lexicon = (base as unknown as { lexicon: ConstructorParameters<typeof CameoVerbCoder>[0] }).lexicon;
const coder = new CameoVerbCoder(lexicon, (name) => (name === 'Port Vell' ? 'FRD' : null));

function code(text: string, c: CameoVerbCoder = coder): CodedClause[] {
  const a = analyser.analyse(text, { published: '2020-01-01' });
  return a.sentences.flatMap((s) => [...c.codeSentence(a, s, finder.find(a.text, a.tokens, s.tokenStart, s.tokenEnd, '2020-01-01'))]);
}

const fmt = (cs: readonly CodedClause[]): string[] =>
  cs.map((c) => `${c.source?.code ?? '-'}>${c.target?.code ?? '-'}:${c.cameo}${c.modality === 'asserted' ? '' : `/${c.modality}`}`).sort();

test('holding talks is a negotiation (046), as PETRARCH\'s verb dictionary and the diplomatic coder code it; a meeting stays 040', () => {
  assert.deepEqual(fmt(code('Norland held talks with Fredonia on Monday.')), ['FRD>NRL:046', 'NRL>FRD:046']);
  assert.deepEqual(fmt(code('Norland held a meeting with Fredonia on Monday.')), ['FRD>NRL:040', 'NRL>FRD:040']);
  assert.ok(fmt(code('Norland conducted talks with Fredonia.')).includes('NRL>FRD:046'));
});

test('a protester named by the head noun riots (145) even when the dictionary coded only the country', () => {
  // "protestor" is no agent of this dictionary: the mention is the bare country
  assert.deepEqual(fmt(code('The Fredonian embassy was burned by a Norlandic protestor.')), ['NRL>FRD:145']);
  assert.deepEqual(fmt(code('A Norlandic rioter burned the Fredonian embassy.')), ['NRL>FRD:145']);
  // anyone else burning it is coercion
  assert.ok(!fmt(code('A Norlandic official burned the Fredonian embassy.')).some((c) => c.endsWith(':145')));
});

test('violence no one is named for happened where "near / outside" puts it: the place\'s country', () => {
  assert.deepEqual(fmt(code('A roadside bomb near the village of Port Vell killed two Norlandic soldiers.')), ['FRD>NRLMIL:1833']);
  assert.deepEqual(fmt(code('Two Norlandic soldiers were killed by a car bomb outside of the port of Port Vell.')), ['FRD>NRLMIL:1832']);
  // victims of the place's own country: violence at home (FRD>FRD), not dropped as an actor acting on itself
  assert.deepEqual(fmt(code('A mine explosion near the village of Port Vell killed two Fredonian soldiers.')), ['FRD>FRDMIL:183']);
  // a place only after "near" an actor that is no place names no one
  assert.ok(!fmt(code('A car bomb near the Osterlich government building killed two guards.')).some((c) => c.startsWith('OST>')));
});

test('a verb coordinated with "and" shares the earlier verb\'s subject, not its object', () => {
  const got = fmt(code('Rebels killed two Norlandic soldiers and wounded three Fredonian soldiers in Port Vell.'));
  assert.ok(got.includes('FRDREB>FRDMIL:190'), got.join(' '));
  assert.ok(!got.some((c) => c.startsWith('NRLMIL>')), got.join(' '));
});

test('an -s word after the subject and before "to" + verb is the verb the tagger read as a plural ("plans to")', () => {
  // an intent to impose sanctions is a threat (1312), not the sanction itself
  assert.deepEqual(fmt(code('Norland, like its neighbours, plans to impose sanctions on Fredonia.')), ['NRL>FRD:1312']);
});

test('summoning an envoy is a consultation (040, as PETRARCH codes it), or what it was for ("to complain": 114)', () => {
  assert.deepEqual(fmt(code('Norland summoned the Fredonian ambassador on Monday.')), ['NRL>FRDGOV:040']);
  assert.deepEqual(fmt(code('Norland summoned the Fredonian ambassador to complain about the attack.')), ['NRL>FRDGOV:114']);
});

test('an exchange of fire or accusations is mutual', () => {
  assert.deepEqual(fmt(code('Norland and Fredonia exchanged fire along the border.')), ['FRD>NRL:190', 'NRL>FRD:190']);
  assert.deepEqual(fmt(code('Norland and Fredonia traded accusations over the attack.')), ['FRD>NRL:112', 'NRL>FRD:112']);
});

test('verbs the tagger misreads after the subject: an -ed "adjective", an irregular past read as a noun', () => {
  assert.deepEqual(fmt(code('Norland mediated between Fredonia and Osterlich.')), ['NRL>FRD:045', 'NRL>OST:045']);
  assert.deepEqual(fmt(code('Norlandic soldiers shot dead two Fredonian rebels.')), ['NRLMIL>FRDREB:193']);
});

test('what is blocked decides the code: aid is cut (162), a resolution vetoed (129), a road obstructed (144)', () => {
  assert.deepEqual(fmt(code('Norland blocked aid to Fredonia.')), ['NRL>FRD:162']);
  assert.deepEqual(fmt(code('Norland blocked a resolution on Fredonia.')), ['NRL>FRD:129']);
  assert.ok(fmt(code('Norlandic rebels blocked the road to Fredonia.')).some((c) => c.endsWith(':144')));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CameoVerbCoder } from '../../src/coding/cameo/index.js';
import { OwnVerbLexicon } from '../../src/coding/cameo/lexicon.js';
import { Analyser } from '../../src/nlp/index.js';
import { parseActorDictionary, parseAgentDictionary, parseVerbDictionary, PetrarchMentionFinder, PetrarchVerbLexicon } from '../../src/petrarch/index.js';

const ACTORS = `NORLAND_ [NRL]
+NORLANDIC_
FREDON [FRD]
OSTERLICH_ [OST]
+VELOBURG_
GREGOR_HALM_
\t[NRLELI 19900101-20051231]
\t[NRLGOV >20060101]
PETER_VOSS_ [NRLELI]
+PRESIDENT_VOSS
ANNA_VOSS_
+PRESIDENT_VOSS
\t[FRDGOV 20080101-20121231]
PANEL [PNL]
`;
const AGENTS = `PRESIDENT [~GOV]
LAWMAKER [~LEG]
POLICE {} [~COP]
MEDIA {} [~MED]
MINISTER [~GOV]
MILITARY {} [~MIL]
STUDENT [~EDU]
PROTESTER [~OPP]
GOVERNMENT [~GOV]
AID_GROUP [NGO~]
COMMANDER [~MIL]
`;
const finder = new PetrarchMentionFinder(parseActorDictionary(ACTORS), parseAgentDictionary(AGENTS));
const analyser = new Analyser();

function codes(text: string, date: string): string[] {
  const a = analyser.analyse(text, { published: date });
  return a.sentences.flatMap((s) => finder.find(a.text, a.tokens, s.tokenStart, s.tokenEnd, date).map((m) => `${m.text}=${m.actor.code}`));
}

const cases: readonly [string, string, readonly string[]][] = [
  ['Norland praised Osterlich.', '2010-01-01', ['Norland=NRL', 'Osterlich=OST']],
  ['The Norlandic president met Fredonian police.', '2010-01-01', ['Norlandic president=NRLGOV', 'Fredonian police=FRDCOP']],
  ['The president of Osterlich spoke.', '2010-01-01', ['president of Osterlich=OSTGOV']],
  ['Lawmakers in Norland and Osterlich voted.', '2010-01-01', ['Lawmakers in Norland=NRLLEG', 'Osterlich=OSTLEG']],
  ['Norlandic media and government agreed.', '2010-01-01', ['Norlandic media=NRLMED', 'government=NRLGOV']],
  ['Gregor Halm arrived.', '1995-05-05', ['Gregor Halm=NRLELI']],
  ['Gregor Halm arrived.', '2010-05-05', ['Gregor Halm=NRLGOV']],
  ['Gregor Halm arrived.', '1980-05-05', []],
  ['The president spoke.', '2010-01-01', ['president=---GOV']],
  ['A Norland aid group left.', '2010-01-01', ['Norland aid group=NGONRL']],
  ['Norlanders and Normandy were absent.', '2010-01-01', []],
  ['Fredonians and Fredo were absent.', '2010-01-01', ['Fredonians=FRD']],
  // one phrase in two entries: the one whose dates cover the story's
  ['President Voss spoke.', '2010-01-01', ['President Voss=FRDGOV']],
  ['President Voss spoke.', '2015-01-01', ['President Voss=NRLELI']],
  // actor phrases are names: a lower-case common word is none
  ['Norland set up a panel.', '2010-01-01', ['Norland=NRL']],
  // a head agent before "from/of <actor> <agent>"
  ['Ministers from the Norlandic government arrived.', '2010-01-01', ['Ministers from the Norlandic government=NRLGOV']],
  // an agent word modifying a noun is no group
  ['Norland held military exercises.', '2010-01-01', ['Norland=NRL']],
  ['Norland planned a fresh military campaign.', '2010-01-01', ['Norland=NRL']],
  // agents in one noun phrase are one group
  ['Angry student protesters marched.', '2010-01-01', ['student protesters=---EDUOPP']],
  // a group of no country placed by the location phrase of its noun phrase
  ['Norland shelled protesters north of Veloburg.', '2010-01-01', ['Norland=NRL', 'protesters=OSTOPP', 'Veloburg=OST']],
  // next to a country itself is outside it
  ['Norland shelled protesters north of Osterlich.', '2010-01-01', ['Norland=NRL', 'protesters=---OPP', 'Osterlich=OST']],
  ['Norland shelled protesters outside Osterlich.', '2010-01-01', ['Norland=NRL', 'protesters=---OPP', 'Osterlich=OST']],
  ['Protesters marched with Osterlich.', '2010-01-01', ['Protesters=---OPP', 'Osterlich=OST']],
  // a name set off by commas after a noun phrase of its country: the phrase's head decides the code
  ['The Norlandic commander in Osterlich, General Gregor Halm, arrived.', '2010-01-01',
    ['Norlandic commander=NRLMIL', 'Osterlich=OST', 'Gregor Halm=NRLMIL']],
  ['Gregor Halm, the Norlandic commander, arrived.', '2010-01-01', ['Gregor Halm=NRLGOV', 'Norlandic commander=NRLMIL']],
];

for (const [text, date, want] of cases) {
  test(`PETRARCH mentions: ${text} (${date})`, () => assert.deepEqual(codes(text, date), want));
}

test('a PETRARCH verb dictionary codes through the same clause coder', () => {
  const verbs = parseVerbDictionary(`&PACT
+PACT
+ACCORD
--- SIGN [---] ---
SIGN
- * &PACT [057]
- * (WITH {TRADE DEAL}) [061:061]
--- ASSAIL [111] ---
ASSAIL
- * (FOR CORRUPTION) [1121]
`);
  const coder = new CameoVerbCoder(new PetrarchVerbLexicon(verbs, OwnVerbLexicon.load()));
  const run = (text: string): string[] => {
    const a = analyser.analyse(text, { published: '2010-01-01' });
    return a.sentences.flatMap((s) => coder.codeSentence(a, s, finder.find(a.text, a.tokens, s.tokenStart, s.tokenEnd, '2010-01-01')))
      .map((c) => `${c.source?.code}>${c.target?.code}:${c.cameo}`).sort();
  };
  assert.deepEqual(run('Norland signed a pact with Osterlich.'), ['NRL>OST:057']);
  assert.deepEqual(run('Norland signed a letter.'), []);
  assert.deepEqual(run('Norland signed with Osterlich a big trade deal.'), ['NRL>OST:061', 'OST>NRL:061']);
  assert.deepEqual(run('Norland assailed Osterlich.'), ['NRL>OST:111']);
  assert.deepEqual(run('Osterlich was assailed by Norland for corruption.'), ['NRL>OST:1121']);
});

test('finder: a head agent before "of <actor> <agent>" comes first in the code', () => {
  assert.deepEqual(codes('Protesters of the Norlandic media marched.', '2020-01-01'), ['Protesters of the Norlandic media=NRLOPPMED']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOn, parseVerbCode, parseActorDictionary, parseAgentDictionary, parseDiscards, findDiscard, parseVerbDictionary, petrDate, regularVerbForms } from '../../src/petrarch/index.js';

const ACTORS = `<!-- test actors -->
# a comment line
NORLAND_  [NRL]
+NORLANDIC
+NORLANDER_
FREDONIA [FRD] # trailing comment
KARL_BRANDT_  ; from a country file
\t[NRLELI 900101-031231]
\t[NRLGOV >040101]
OLD_KINGDOM_ [OKG]
\t[OKGGOV <19991231]
SPACED_OUT_
\t[SPC < 950601]
\t[SPCGOV 19950601 - 19990815]
\t[SPCREB > 990816]
`;

test('actor dictionary: primary phrases, + synonyms, stems and date-restricted codes', () => {
  const entries = parseActorDictionary(ACTORS);
  assert.equal(entries.length, 5);
  const [nor, fre, karl, old, spaced] = entries;
  const spacedCases: [string, string | null][] = [['1990-01-01', 'SPC'], ['1997-01-01', 'SPCGOV'], ['2001-01-01', 'SPCREB']];
  for (const [date, code] of spacedCases) assert.equal(codeOn(spaced!, date), code, `spaced restriction on ${date}`);
  assert.deepEqual(nor!.phrases.map((p) => p.words.join(' ')), ['NORLAND', 'NORLANDIC', 'NORLANDER']);
  assert.equal(nor!.phrases[0]!.exact, true);
  assert.equal(nor!.phrases[1]!.exact, false);
  assert.equal(nor!.defaultCode, 'NRL');
  assert.equal(fre!.defaultCode, 'FRD');
  assert.deepEqual(karl!.phrases[0]!.words, ['KARL', 'BRANDT']);
  assert.equal(karl!.defaultCode, null);
  assert.deepEqual(karl!.dated, [
    { code: 'NRLELI', from: '1990-01-01', to: '2003-12-31' },
    { code: 'NRLGOV', from: '2004-01-01', to: null },
  ]);
  const cases: [string | null, string | null][] = [['1995-06-01', 'NRLELI'], ['2010-01-01', 'NRLGOV'], ['1980-01-01', null]];
  for (const [date, code] of cases) assert.equal(codeOn(karl!, date), code, `Karl Brandt on ${date}`);
  assert.equal(codeOn(old!, '1990-05-05'), 'OKGGOV');
  assert.equal(codeOn(old!, '2005-05-05'), 'OKG', 'falls back to the default code');
});

test('petrDate reads YYMMDD and YYYYMMDD', () => {
  const cases: [string, string | null][] = [['780101', '1978-01-01'], ['030804', '2003-08-04'], ['18970101', '1897-01-01'], ['12', null]];
  for (const [d, want] of cases) assert.equal(petrDate(d), want, d);
});

const AGENTS = `!PERSON! = MAN, WOMAN
!MINST! = MINISTER, MINISTRY
PRESIDENT [~GOV] # comment
POLICE {} [ ~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_FISHERIES [~GOV]
HUMAN_RIGHTS_GROUP [NGO~]
`;

test('agent dictionary: plurals, {} and irregular plurals, macros, prefix agents', () => {
  const agents = parseAgentDictionary(AGENTS);
  const find = (w: string) => agents.find((a) => a.words.join(' ') === w);
  assert.equal(find('PRESIDENT')?.code, 'GOV');
  assert.equal(find('PRESIDENTS')?.code, 'GOV', 'regular plural');
  assert.equal(find('POLICE')?.code, 'COP');
  assert.equal(find('POLICES'), undefined, '{} suppresses the plural');
  assert.equal(find('ATTORNEYS GENERAL')?.code, 'JUD');
  assert.equal(find('CONGRESSMAN')?.code, 'LEG');
  assert.equal(find('CONGRESSWOMAN')?.code, 'LEG');
  assert.equal(find('MINISTRY OF FISHERIES')?.code, 'GOV');
  assert.equal(find('HUMAN RIGHTS GROUP')?.prefix, true);
  assert.equal(find('PRESIDENT')?.prefix, false);
});

const VERBS = `&TREATY
+TREATY
+ACCORD
+PACT_

&AUX_
+WAS
+WERE

--- SIGN [---] ---
SIGN
+INK_UP
- * &TREATY [057]
- * PETITION [140] # a petition
- * (WITH {TRADE DEAL}) [061:061]

--- MEET [040:040] ---
MEET {MEETS MET MEETING}
RENDEZVOUS [043]
- TALKS * [046]
~ a (a b WILL_ATTACK) SAY = a b 138
`;

test('verb dictionary: synsets, blocks, irregular forms, patterns and reciprocal codes', () => {
  const d = parseVerbDictionary(VERBS);
  assert.deepEqual(d.synsets.get('&TREATY'), [['TREATY'], ['TREATIES'], ['ACCORD'], ['ACCORDS'], ['PACT']]);
  assert.deepEqual(d.synsets.get('&AUX'), [['WAS'], ['WERE']], 'a label ending in _ makes no plurals');
  assert.equal(d.blocks.length, 2);
  const [sign, meet] = d.blocks;
  assert.equal(sign!.code, null);
  assert.deepEqual(sign!.verbs.map((v) => v.words.join('_')), ['SIGN', 'INK_UP']);
  assert.deepEqual(sign!.verbs[0]!.forms, ['SIGN', 'SIGNS', 'SIGNED', 'SIGNING']);
  assert.equal(sign!.patterns.length, 3);
  const treaty = sign!.patterns[0]!;
  assert.equal(treaty.code, '057');
  assert.equal(treaty.post[0]!.kind, 'words');
  const prep = sign!.patterns[2]!;
  assert.deepEqual(prep.post, [{ kind: 'prep', prep: 'WITH', object: { kind: 'words', alts: [['TRADE', 'DEAL']] } }]);
  assert.equal(prep.code, '061');
  assert.equal(prep.reverse, '061');
  assert.equal(meet!.code, '040');
  assert.equal(meet!.reverse, '040');
  assert.deepEqual(meet!.verbs[0]!.forms, ['MEET', 'MEETS', 'MET', 'MEETING']);
  assert.equal(meet!.verbs[1]!.code, '043');
  assert.deepEqual(meet!.patterns[0]!.pre, [{ kind: 'words', alts: [['TALKS']] }]);
});

test('regular verb forms', () => {
  const cases: [string, string[]][] = [
    ['attack', ['ATTACK', 'ATTACKS', 'ATTACKED', 'ATTACKING']],
    ['agree', ['AGREE', 'AGREES', 'AGREED', 'AGREEING']],
    ['deny', ['DENY', 'DENIES', 'DENIED', 'DENYING']],
    ['condone', ['CONDONE', 'CONDONES', 'CONDONED', 'CONDONING']],
  ];
  for (const [base, forms] of cases) assert.deepEqual(regularVerbForms(base), forms, base);
});

test('discards: sentence and story level, stems and whole words', () => {
  const d = parseDiscards('+WORLD CUP # football\nBASEBALL\nGOLF_\n');
  assert.deepEqual(d.map((x) => [x.phrase, x.story, x.wholeWord]), [['WORLD CUP', true, false], ['BASEBALL', false, false], ['GOLF', false, true]]);
  const cases: [string, string | null][] = [
    ['Fans cheered the World Cup final.', 'WORLD CUP'],
    ['The baseballs were sold out.', 'BASEBALL'],
    ['He played golf then left.', 'GOLF'],
    ['In the end he played golf.', 'GOLF'],
    // words are compared as PETRARCH2 splits them: punctuation attached makes another word
    ['He played golf, then left.', null],
    ['Baseball-style rules applied.', null],
    ['A golfer won.', null],
    ['Norland attacked Fredonia.', null],
    // a phrase's first word present without the rest is no match; the list's order decides
    ['The cup final was played in the world.', null],
    ['Golf and World Cup news.', 'WORLD CUP'],
  ];
  for (const [text, want] of cases) assert.equal(findDiscard(text, d)?.phrase ?? null, want, text);
});

test('verb codes: reciprocal, reverse only, and TABARI markers that code no event', () => {
  assert.deepEqual(parseVerbCode('043:042'), { code: '043', reverse: '042' });
  assert.deepEqual(parseVerbCode(':100'), { code: null, reverse: '100' });
  assert.deepEqual(parseVerbCode('---'), { code: null, reverse: null });
  assert.deepEqual(parseVerbCode('+++'), { code: null, reverse: null });
  assert.deepEqual(parseVerbCode('###'), { code: null, reverse: null });
});

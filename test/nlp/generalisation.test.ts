import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyser, attribution, clauses, resolveDatePhrase } from '../../src/nlp/index.js';

// Cases found by the held-out evaluation (eval/heldout, docs/heldout.md); sentences written for
// these tests in the same shapes.
const analyser = new Analyser();
const datesOf = (text: string, published: string | null): string[][] =>
  analyser.analyse(text, { published }).dates.map((d) => [d.text, d.date.value ?? 'null']);

test('an infinitive before a past verb does not make its date future', () => {
  assert.deepEqual(datesOf('Ties began to improve after the president paid a visit to Rome in March.', '2022-08-17'), [['March', '2022-03']]);
  assert.deepEqual(datesOf('The two sides agreed to meet again in March.', '2022-08-17'), [['March', '2023-03']]);
  assert.deepEqual(datesOf('The envoy is expected to present his credentials on Friday.', '2022-08-17'), [['Friday', '2022-08-19']]);
});

test('the verb a date follows gives its tense', () => {
  assert.deepEqual(datesOf('The minister said on Tuesday the country would reopen its embassy.', '2024-03-14'), [['Tuesday', '2024-03-12']]);
  assert.deepEqual(datesOf('The talks will be held on Tuesday.', '2024-03-14'), [['Tuesday', '2024-03-19']]);
  assert.deepEqual(datesOf('The accord is to be signed on Tuesday.', '2024-03-14'), [['Tuesday', '2024-03-19']]);
  assert.deepEqual(datesOf('The talks were postponed to Tuesday.', '2024-03-14'), [['Tuesday', '2024-03-12']]);
});

test('"later this week" starts after the article day, "earlier this week" ends before it', () => {
  // 2023-02-08 is a Wednesday
  assert.equal(resolveDatePhrase('later this week', '2023-02-08')?.value, '2023-02-09/2023-02-12');
  assert.equal(resolveDatePhrase('earlier this week', '2023-02-08')?.value, '2023-02-06/2023-02-07');
  assert.equal(resolveDatePhrase('this week', '2023-02-08')?.value, '2023-02-06/2023-02-12');
  // on a Sunday nothing of the week is left later: the whole week
  assert.equal(resolveDatePhrase('later this week', '2023-02-12')?.value, '2023-02-06/2023-02-12');
});

test('"over the weekend", "this morning", "end-March"', () => {
  // 2024-03-14 is a Thursday; 2024-03-17 a Sunday
  assert.deepEqual(datesOf('The ministers talked by phone over the weekend.', '2024-03-14'), [['the weekend', '2024-03-09/2024-03-10']]);
  assert.deepEqual(datesOf('The ministers will meet at the weekend.', '2024-03-14'), [['the weekend', '2024-03-16/2024-03-17']]);
  assert.deepEqual(datesOf('The ministers met over the weekend.', '2024-03-17'), [['the weekend', '2024-03-16/2024-03-17']]);
  assert.deepEqual(datesOf('The president received the envoy this morning.', '2024-03-14'), [['this morning', '2024-03-14']]);
  assert.deepEqual(datesOf('The embassy opened at end-March.', '2024-05-14'), [['end-March', '2024-03']]);
  assert.deepEqual(datesOf('The talks resume in early-April.', '2024-03-14'), [['early-April', '2024-04']]);
});

test('the years a plan covers are not event dates', () => {
  assert.deepEqual(datesOf('A roadmap for 2025-2027 was signed on Monday.', '2024-05-08'), [['Monday', '2024-05-06']]);
  assert.deepEqual(datesOf('The ministers adopted an action plan until 2030.', '2024-05-08'), []);
  assert.deepEqual(datesOf('They approved the programme of cooperation for the period 2024-2026.', '2024-05-08'), []);
  // a day or month after "agenda for" stays a date; so do years elsewhere
  assert.deepEqual(datesOf('The agenda for Monday was agreed.', '2024-05-08'), [['Monday', '2024-05-06']]);
  assert.deepEqual(datesOf('The plan was adopted in 2019.', '2024-05-08'), [['2019', '2019']]);
});

test('dotted numeric dates are day first', () => {
  assert.equal(resolveDatePhrase('12.03.2024', null)?.value, '2024-03-12');
  assert.equal(resolveDatePhrase('05.11.2019', null)?.value, '2019-11-05');
  assert.equal(resolveDatePhrase('31.02.2024', null), null);
  assert.equal(resolveDatePhrase('29.02.2023', null), null);
  assert.equal(resolveDatePhrase('29.02.2024', null)?.value, '2024-02-29');
});

const REPORTED: readonly (readonly [string, string | null])[] = [
  // a speech verb with a plain object is no reported speech
  ['Lithuania recalled its ambassador from Riga in 2019 and has since kept a chargé there.', null],
  ['Peru and Chile also reported higher exports.', null],
  ['The sides noted the good level of trade and discussed new projects.', null],
  ['The president announced the decision on television, calling it overdue.', null],
  ['He also announced plans to visit Cairo.', null],
  // with "that", a clause or a quotation it is
  ['The minister stressed, however, that talks continue.', 'The minister stressed'],
  ['The ambassador recalled that the embassy opened in 1994.', 'The ambassador recalled'],
  ['The spokesman said Peru and Chile would sign the accord.', 'The spokesman said'],
  ['The minister told parliament on Monday that he sought talks.', 'The minister told'],
  // a speaker with a relative clause or an apposition
  ["Kenya's President William Ruto, who chairs the bloc, said the summit was useful.", "Kenya's President William Ruto, who chairs the bloc, said"],
  ['The minister, speaking at a news conference with his Kenyan counterpart, said the talks went well.', 'The minister, speaking at a news conference with his Kenyan counterpart, said'],
  ['Seoul will not attend the talks, Park Jin, the foreign minister, said on Friday, a day after the ministry hinted otherwise.', 'Park Jin, the foreign minister, said'],
  ['In a statement carried by the official news agency, he said the visit went well.', 'he said'],
];

for (const [text, expected] of REPORTED) {
  test(`attribution of ${JSON.stringify(text.slice(0, 48))}`, () => {
    const r = analyser.analyse(text, { published: null });
    const got = attribution(r, r.sentences[0]!);
    assert.equal(got?.text ?? null, expected);
    if (got) assert.equal(text.slice(got.start, got.end), got.text);
  });
}

const CLAUSES: readonly (readonly [string, readonly string[]])[] = [
  // coordinated subjects of a reported clause
  ['Officials said Chilean diplomats and their relatives would return home.', ['Officials said Chilean diplomats and their relatives would return home.']],
  ['The minister announced that Peru and Chile would open embassies.', ['The minister announced that Peru and Chile would open embassies.']],
  // coordinated infinitives and participles
  ['The parties decided to raise ties to ambassador level and to exchange envoys.', ['The parties decided to raise ties to ambassador level and to exchange envoys.']],
  ['The centre will serve students and the many foreign citizens living in the city.', ['The centre will serve students and the many foreign citizens living in the city.']],
  // two clauses, each with its own subject
  ['The sides renewed a pact signed in 2001, and their ministers will meet in May.', ['The sides renewed a pact signed in 2001', 'their ministers will meet in May.']],
  ['Chile opened an embassy in Hanoi and Vietnam opened one in Santiago.', ['Chile opened an embassy in Hanoi', 'Vietnam opened one in Santiago.']],
];

for (const [text, expected] of CLAUSES) {
  test(`clauses of ${JSON.stringify(text.slice(0, 48))}`, () => {
    const r = analyser.analyse(text, { published: '2024-01-10' });
    assert.deepEqual(clauses(r, r.sentences[0]!).map((c) => text.slice(c.start, c.end)), expected);
  });
}

test('"set up" is no future word, "set to" is', () => {
  assert.deepEqual(datesOf('The senate set up a friendship group with Chile in March.', '2024-05-10'), [['March', '2024-03']]);
  assert.deepEqual(datesOf('The president is set to visit Chile in March.', '2024-05-10'), [['March', '2025-03']]);
});

test('numeric dates are read where they stand in a longer text', () => {
  const text = 'The talks ended. The accord was signed on 2023-06-14 in Lima, and a protocol on 08/17/2022.';
  assert.deepEqual(datesOf(text, '2024-05-10').map((d) => d[1]), ['2023-06-14', '2022-08-17']);
});

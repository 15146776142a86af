import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyser, attribution } from '../../src/nlp/index.js';

const analyser = new Analyser();

/** The speaker phrase of the first sentence that contains `words`. */
function speakerOf(text: string, words: string): string | null {
  const r = analyser.analyse(text, { published: '2024-05-10' });
  const s = r.sentences.find((x) => x.text.includes(words));
  assert.ok(s, `no sentence with ${words}`);
  return attribution(r, s)?.text ?? null;
}

const QA = 'Interview | Peru\'s envoy on the road ahead\n\n'
  + 'The Lima Courier spoke with Jorge Salas, Peru\'s ambassador to Kenya. The conversation was condensed for clarity.\n\n'
  + 'Q: When did you arrive in Nairobi?\n'
  + 'A: I presented my credentials in March. Since then we have been very busy.\n\n'
  + 'Our embassy now has six diplomats.\n\n'
  + 'Q: What comes next?\n'
  + 'A: We hope to sign a fisheries agreement this year.';

test('an interview\'s answers are the interviewee\'s words, the questions nobody\'s', () => {
  assert.equal(speakerOf(QA, 'I presented'), 'Jorge Salas, Peru\'s ambassador to Kenya');
  assert.equal(speakerOf(QA, 'Since then'), 'Jorge Salas, Peru\'s ambassador to Kenya');
  // an answer that runs on into the next paragraph
  assert.equal(speakerOf(QA, 'six diplomats'), 'Jorge Salas, Peru\'s ambassador to Kenya');
  assert.equal(speakerOf(QA, 'When did you'), null);
  assert.equal(speakerOf(QA, 'We hope'), 'Jorge Salas, Peru\'s ambassador to Kenya');
});

test('a transcript\'s turns are their speaker\'s; a single label is no transcript', () => {
  const text = 'Daily briefing, 10 May\n\nAnna Berg: The minister will travel to Oslo next week.\n\nReporter: Will she meet the king?\n\nAnna Berg: We have nothing to announce yet.';
  assert.equal(speakerOf(text, 'travel to Oslo'), 'Anna Berg');
  assert.equal(speakerOf(text, 'meet the king'), 'Reporter');
  const once = 'ISLAMABAD: Foreign Minister Ishaq Dar will travel to Beijing next week.\n\nThe visit was announced on Friday.';
  assert.equal(speakerOf(once, 'travel to Beijing'), null);
});

test('a verb of an adverbial clause after "recalled" is no reported speech', () => {
  assert.equal(speakerOf('Peru recalled its ambassador from Santiago a week after the treaty was signed.', 'recalled'), null);
  assert.equal(speakerOf('The minister recalled that the embassy was opened in 2015.', 'recalled'), 'The minister recalled');
});

test('the speakers of an interview are part of the analysed text, not state kept beside it', () => {
  const r = analyser.analyse(QA, { published: '2024-05-10' });
  assert.ok(r.turns, 'analyse gives each paragraph\'s speaker');
  const answer = r.sentences.find((x) => x.text.includes('I presented'))!;
  const question = r.sentences.find((x) => x.text.includes('When did you'))!;
  assert.equal(r.turns[answer.paragraph]?.text, 'Jorge Salas, Peru\'s ambassador to Kenya');
  assert.equal(r.turns[question.paragraph], null);
  assert.equal(r.turns.length, r.sentences[r.sentences.length - 1]!.paragraph + 1);
  // a text built without `turns` (by hand, or by an older analyser) gets the same answer on demand
  const { turns: _, ...bare } = r;
  assert.equal(attribution(bare, answer)?.text, 'Jorge Salas, Peru\'s ambassador to Kenya');
  assert.equal(attribution(bare, question), null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor } from '../../src/model/actor.js';
import type { EventDate } from '../../src/model/event.js';
import type { Token } from '../../src/nlp/types.js';
import { DiplomaticCoder, splitClauses, type ArticleFrame, type SentenceInput } from '../../src/coding/diplomatic/index.js';

/**
 * The diplomatic coder on hand-built sentences (no NLP, no gazetteer): `word/POS[/lemma]` tokens,
 * actors by word index, and a small fixed article frame.
 */
function sentence(spec: string, actors: readonly [number, number, Actor][] = [], dates: readonly [number, number, EventDate][] = []): SentenceInput {
  const tokens: Token[] = [];
  let text = '';
  for (const part of spec.split(' ')) {
    const [word, pos, lemma] = part.split('/') as [string, string, string | undefined];
    if (text && pos !== 'PUNCT' && word !== "'s") text += ' ';
    tokens.push({ start: text.length, end: text.length + word.length, text: word, lower: word.toLowerCase(), pos, lemma: lemma ?? word.toLowerCase(), sentence: 0 });
    text += word;
  }
  const span = (a: number, b: number) => ({ start: tokens[a]!.start, end: tokens[b - 1]!.end, text: text.slice(tokens[a]!.start, tokens[b - 1]!.end) });
  return {
    index: 0, start: 0, end: text.length, text, tokens,
    actors: actors.map(([a, b, actor]) => ({ ...span(a, b), actor })),
    dates: dates.map(([a, b, date]) => ({ ...span(a, b), date })),
    quoted: [], speaker: null,
  };
}

const country = (code: string): Actor => ({ text: code, country: code, sectors: [], code, name: null, title: null, type: 'country' });
const year = (y: string): EventDate => ({ value: y, precision: 'year', basis: 'explicit', text: y });
const ARTICLE_DATE: EventDate = { value: '2017-08-17', precision: 'day', basis: 'article', text: null };

const frame: ArticleFrame = {
  articleId: 'unit', articleDate: ARTICLE_DATE, datelineCountry: 'AZE', datelinePlace: 'Baku',
  pair: () => [country('AZE'), country('PER')],
  person: () => null,
  countryActor: (code, text) => ({ ...country(code), text: text ?? code }),
  place: (name) => ({ Lima: { country: 'PER', city: true }, Baku: { country: 'AZE', city: true } } as Record<string, { country: string; city: boolean }>)[name] ?? null,
};

const coder = DiplomaticCoder.load();

test('two clauses, two openings, each with its own year and direction', () => {
  const s = sentence(
    'In/ADP 2015/NUM ,/PUNCT Azerbaijan/PROPN opened/VERB/open its/PRON embassy/NOUN in/ADP Lima/PROPN and/CCONJ in/ADP 2017/NUM ,/PUNCT Peru/PROPN inaugurated/VERB/inaugurate its/PRON embassy/NOUN in/ADP Baku/PROPN ./PUNCT',
    [[3, 4, country('AZE')], [13, 14, country('PER')]],
    [[1, 2, year('2015')], [10, 11, year('2017')]],
  );
  const got = coder.codeSentence(s, frame).map((e) => [e.kind, e.source?.country, e.target?.country, e.date.value, e.attributes.city]);
  assert.deepEqual(got, [['mission.open', 'AZE', 'PER', '2015', 'Lima'], ['mission.open', 'PER', 'AZE', '2017', 'Baku']]);
});

test('"the two sides" fill in the article pair; no date means the article date', () => {
  const s = sentence('The/DET two/NUM sides/NOUN/side agreed/VERB/agree to/PART cooperate/VERB in/ADP trade/NOUN ./PUNCT');
  const [e] = coder.codeSentence(s, frame);
  assert.equal(e?.kind, 'cooperation.intent');
  assert.deepEqual([e?.source?.country, e?.target?.country].sort(), ['AZE', 'PER']);
  assert.equal(e?.date.basis, 'article');
});

test('one party is not an event', () => {
  const s = sentence('Peru/PROPN opened/VERB/open a/DET factory/NOUN and/CCONJ signed/VERB/sign a/DET contract/NOUN ./PUNCT', [[0, 1, country('PER')]]);
  assert.deepEqual(coder.codeSentence(s, frame), []);
});

test('clauses split at "and" only when both sides have a verb', () => {
  const s = sentence('Peru/PROPN and/CCONJ Azerbaijan/PROPN established/VERB/establish relations/NOUN/relation and/CCONJ later/ADV Peru/PROPN opened/VERB/open an/DET embassy/NOUN');
  const clauses = splitClauses(s.tokens, 0, s.tokens.length).map((c) => [c.from, c.to, c.type]);
  assert.deepEqual(clauses, [[0, 5, 'main'], [5, 11, 'coordinate']]);
});

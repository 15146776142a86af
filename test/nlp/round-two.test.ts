import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Analyser } from '../../src/nlp/analyser.js';

/** A month after a capitalised preposition or qualifier at a sentence start is a date (own sentences). */
const analyser = new Analyser();
const dates = (text: string): string[] => analyser.analyse(text, { published: '2024-05-10' }).dates.map((d) => `${d.text}=${d.date.value}`);

test('"In March" opening a sentence is a date', () => {
  assert.deepEqual(dates('In March the Chilean foreign minister met the president.'), ['March=2024-03']);
  assert.deepEqual(dates('Since February, the post in Lima has been vacant.'), ['February=2024-02']);
  assert.deepEqual(dates('Early April saw the first round of talks.'), ['Early April=2024-04']);
});

test('a capitalised "May" alone is still no date', () => {
  assert.deepEqual(dates('May the talks succeed, the minister said.'), []);
});

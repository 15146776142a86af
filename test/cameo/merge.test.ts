import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oddCase } from '../../src/coding/cameo/odd-case.js';
import type { Article } from '../../src/model/article.js';
import { createCoder } from '../../src/pipeline/index.js';

const pipeline = createCoder();

function article(text: string): Article {
  return { id: 't', url: null, title: '', published: '2024-03-02', source: null, author: null, dateline: null, language: 'en', duplicateOf: null, text };
}

/** `SRC>TGT:code` of every event of a text, sorted. */
function triples(text: string): string[] {
  return pipeline.code(article(text)).map((e) => `${e.source?.country ?? '-'}>${e.target?.country ?? '-'}:${e.cameo}`).sort();
}

test('merge: a negotiation (046) is coded for both sides', () => {
  assert.deepEqual(triples('Peru held talks with Chile on Monday.'), ['CHL>PER:046', 'PER>CHL:046']);
});

test('merge: a visit on the schedule is the visit still to come; one promised is an intent to meet', () => {
  const due = pipeline.code(article("Peru's president is due to visit Chile next week."));
  assert.deepEqual(due.map((e) => `${e.cameo}/${e.modality}`), ['042/planned']);
  assert.deepEqual(triples("Peru's president will visit Chile next week."), ['PER>CHL:036']);
});

test('odd case: a capital inside a lower-case word marks a mistyped name; plain lower case does not', () => {
  assert.equal(oddCase('pERU'), true);
  assert.equal(oddCase('cHILE'), true);
  assert.equal(oddCase('turkey'), false);
  assert.equal(oddCase('Israel'), false);
  assert.equal(oddCase('iOS'), false);
});

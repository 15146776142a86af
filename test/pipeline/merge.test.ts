import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.js';
import type { DiploEvent } from '../../src/model/event.js';
import { createCoder } from '../../src/pipeline/index.js';

// How the diplomatic events and the general CAMEO events of one sentence are merged
// (src/coding/general-events.ts). Sentences written for these tests.
const coder = createCoder();
const code = (text: string): readonly DiploEvent[] => coder.code({
  id: 'merge', url: null, title: '', published: '2024-03-04', source: null, author: null, dateline: null, language: 'en', duplicateOf: null, text,
} satisfies Article);
const dyad = (e: DiploEvent): string => `${e.source?.country ?? '-'}>${e.target?.country ?? '-'}:${e.cameo}`;

test('a threat to break relations is its own event, ranked above the relations it threatens', () => {
  const events = code('Armenia threatened on Monday to break off diplomatic relations with Azerbaijan unless Baku freed the prisoners.');
  const threat = events.find((e) => e.kind === null && e.cameo === '1313');
  assert.ok(threat, events.map(dyad).join(' '));
  assert.equal(dyad(threat), 'ARM>AZE:1313');
  for (const e of events) if (e !== threat && e.kind !== null) assert.ok(threat.confidence > e.confidence, `${e.kind} ${e.confidence}`);
});

test('a refused meeting keeps the refusal (125) beside the diplomatic reading', () => {
  const events = code('Chile refused to meet the Peruvian delegation in Lima.');
  assert.ok(events.some((e) => e.kind === null && e.cameo === '125' && e.source?.country === 'CHL' && e.target?.country === 'PER'), events.map(dyad).join(' '));
});

test('a demanded meeting is a demand (106) first', () => {
  const events = code('Tunisia demanded a meeting of the Arab League to discuss the crisis.');
  const main = [...events].sort((a, b) => b.confidence - a.confidence)[0];
  assert.equal(main?.cameo, '106');
});

test('a meeting of three parties has every ordered pair in the CAMEO stream, the meeting itself once', () => {
  const events = code('Peru, Chile and Bolivia met in Lima on Monday.');
  const pairs = new Set(events.filter((e) => e.cameo.startsWith('04')).map((e) => `${e.source?.country}>${e.target?.country}`));
  for (const a of ['PER', 'CHL', 'BOL']) for (const b of ['PER', 'CHL', 'BOL']) if (a !== b) assert.ok(pairs.has(`${a}>${b}`), `${a}>${b} in ${[...pairs].join(' ')}`);
  assert.equal(events.filter((e) => e.kind === 'meeting').length, 1);
});

test('a domestic act directed at the own country says so (PETRARCH-style triples leave such targets out)', () => {
  const events = code("Sudan's government lifted the state of emergency on Monday.");
  const e = events.find((x) => x.cameo.startsWith('08'));
  assert.equal(e && dyad(e), 'SDN>SDN:0814');
  assert.equal(e?.attributes.targetFrom, 'home');
});

test('an intent read more precisely by the CAMEO coder takes its code; a compound subject states it both ways', () => {
  const events = code('Japan and India agreed to deepen their partnership in energy.');
  const intent = events.find((e) => e.kind === 'cooperation.intent');
  assert.equal(intent?.cameo, '031', events.map(dyad).join(' '));
  const dyads = new Set(events.filter((e) => e.cameo === '031').map((e) => `${e.source?.country}>${e.target?.country}`));
  assert.deepEqual([...dyads].sort(), ['IND>JPN', 'JPN>IND']);
});

test('a visit still to come is coded as an intent to meet (036)', () => {
  const events = code('The German foreign minister will visit Albania in June.');
  const visit = events.find((e) => e.kind === 'visit');
  assert.equal(visit?.modality, 'planned');
  assert.equal(visit?.cameo, '036');
});

test('an arrest "for collaborating with" someone ranks above the collaboration it names', () => {
  const events = code('A Canadian engineer was arrested in Lebanon for collaborating with Israel.');
  const main = [...events].sort((a, b) => b.confidence - a.confidence)[0];
  assert.equal(main && dyad(main), 'LBN>CAN:173');
});

test('troops arriving are a deployment (CAMEO 150), not a state visit', () => {
  const events = code('Chinese troops arrived in Mali on Monday.');
  assert.equal(events.filter((e) => e.kind === 'visit').length, 0);
  assert.ok(events.some((e) => dyad(e) === 'CHN>MLI:150'), events.map(dyad).join(' '));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPeopleRegistry } from '../../src/actors/index.js';
import { CameoTable } from '../../src/coding/cameo-table.js';
import type { Article } from '../../src/model/article.js';
import { DIPLOMATIC_KINDS } from '../../src/model/event.js';
import { createCoder } from '../../src/pipeline/index.js';

const coder = createCoder();
const table = CameoTable.load();

const art = (id: string, text: string, published: string | null): Article => ({
  id, url: null, title: '', published, source: null, author: null, dateline: null, language: 'en', duplicateOf: null, text,
});

const STORY = art('story-1', [
  'Lima, Aug.17',
  '',
  'Peru and Azerbaijan established diplomatic relations in 1996, the Peruvian charge d\'affaires Luis Chang Boldrini said.',
  '',
  'Boldrini pointed out that on July 28, he met with Azerbaijan\'s Foreign Minister Elmar Mammadyarov.',
  '',
  'Peru and Azerbaijan can cooperate in trade and tourism, he said.',
  '',
  'Rwanda accused Belgium of undermining it.',
].join('\n'), '2017-08-17T11:27');

test('events are frozen, complete and coded from the CAMEO table', () => {
  const events = coder.code(STORY);
  assert.ok(events.length >= 3);
  assert.ok(Object.isFrozen(events));
  for (const e of events) {
    assert.ok(Object.isFrozen(e) && Object.isFrozen(e.evidence) && Object.isFrozen(e.date));
    assert.equal(e.articleId, 'story-1');
    assert.match(e.id, /^[0-9a-f]{20}$/);
    assert.ok(e.kind === null || (DIPLOMATIC_KINDS as readonly string[]).includes(e.kind));
    const info = table.info(e.cameo);
    assert.ok(info, e.cameo);
    assert.equal(e.quadClass, info.quadClass);
    assert.equal(e.goldstein, info.goldstein);
    assert.deepEqual(e.plover, info.plover);
    assert.ok(e.confidence > 0 && e.confidence <= 1);
    assert.equal(STORY.text.slice(e.evidence.start, e.evidence.end), e.evidence.sentence);
    assert.ok(['asserted', 'planned', 'intended', 'negated'].includes(e.modality));
  }
  assert.equal(new Set(events.map((e) => e.id)).size, events.length, 'ids are unique');
});

test('ids are stable across coders and calls', () => {
  const a = coder.code(STORY).map((e) => e.id);
  const b = createCoder().code(STORY).map((e) => e.id);
  assert.deepEqual(a, b);
});

test('the article date follows through: published → "on July 28" → event date', () => {
  const events = coder.code(STORY);
  const meeting = events.find((e) => e.kind === 'meeting');
  assert.equal(meeting?.date.value, '2017-07-28');
  assert.equal(meeting?.date.basis, 'relative');
  const est = events.find((e) => e.kind === 'relations.establish');
  assert.equal(est?.date.value, '1996');
  assert.equal(est?.date.basis, 'explicit');
  const coop = events.find((e) => e.kind === 'cooperation.intent');
  assert.equal(coop?.date.value, '2017-08-17');
  assert.equal(coop?.date.basis, 'article');
});

test('people act in events: names and titles on the parties and the speaker', () => {
  const events = coder.code(STORY);
  const meeting = events.find((e) => e.kind === 'meeting')!;
  const names = [meeting.source, meeting.target, ...meeting.participants].map((a) => a?.name);
  assert.ok(names.includes('Elmar Mammadyarov'), JSON.stringify(names));
  const coop = events.find((e) => e.kind === 'cooperation.intent')!;
  assert.equal(coop.evidence.speaker?.country, 'PER');
});

test('other political events come with kind null, diplomatic triggers are not coded twice', () => {
  const events = coder.code(STORY);
  const other = events.filter((e) => e.kind === null);
  assert.ok(other.some((e) => e.source?.country === 'RWA' && e.target?.country === 'BEL'), JSON.stringify(other.map((e) => e.cameo)));
  const meeting = events.find((e) => e.kind === 'meeting')!;
  const dup = other.filter((e) => e.evidence.start === meeting.evidence.start && e.cameo.startsWith('04'));
  assert.deepEqual(dup.map((e) => e.cameo), []);
});

test('a registry passed in learns the article\'s people; the coder keeps its own otherwise', () => {
  const registry = createPeopleRegistry();
  coder.code(STORY, { registry });
  assert.ok(registry.all().some((p) => p.name === 'Elmar Mammadyarov' && p.country === 'AZE'));
});

test('an empty or eventless text gives no events', () => {
  assert.deepEqual(coder.code(art('e', '', null)), []);
  assert.deepEqual(coder.code(art('w', 'It rained in the mountains all week.', '2020-01-01')).filter((e) => e.kind), []);
});

test('an event the coder reads twice (a compound demonym) is returned once: ids stay unique', () => {
  const text = 'Basseterre, Sept. 16\n\nOn September 15, Kenji Haddad presented his credentials to the Kittitian or Nevisian President.';
  const events = coder.code(art('creds-1', text, '2021-09-16'));
  assert.ok(events.length > 0);
  assert.equal(new Set(events.map((e) => e.id)).size, events.length, JSON.stringify(events.map((e) => [e.kind, e.cameo, e.id])));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ActorResolver, createPeopleRegistry } from '../../src/actors/index.js';
import { gazetteer } from './helpers.js';

const PIECES = [
  'Peru', "Azerbaijan's", 'Foreign', 'Minister', 'the', 'diplomat', 'he', 'said', ',', '.', '“', '”', 'Ã´', '?', '\uFFFD',
  'of', 'in', 'Baku', 'embassy', 'Pablo', 'Ruiz', 'Tagle', "d'Affaires", 'e.p.', 'U.S.', '-', '’s', '\n\n', 'Charge',
  'UN', 'and', 'his', 'counterpart', 'Peruvian', 'SAPound', 'o', 'Tome', '😀', 'بي', 'Ελλάδα', '1996', 'K', 'al-', 'Jr.',
  'Mongolian', 'Deputy', 'ministers', 'as', 'country', "'s", 'ambassador', 'to', 'Sultanate', 'Oman', 'capital', 'II',
];

/** A small deterministic generator so failures reproduce. */
function* texts(n: number): Generator<string> {
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < n; k++) {
    const words: string[] = [];
    const len = 1 + Math.floor(next() * 40);
    for (let i = 0; i < len; i++) words.push(PIECES[Math.floor(next() * PIECES.length)]);
    yield words.join(next() < 0.8 ? ' ' : '');
  }
}

test('arbitrary text never throws and every mention points into the text', () => {
  const resolver = new ActorResolver(gazetteer());
  const registry = createPeopleRegistry();
  for (const text of texts(300)) {
    const actors = resolver.startArticle({ text, published: null }, registry);
    const cut = Math.floor(text.length / 2);
    for (const [a, b] of [[0, cut], [cut, text.length], [text.length, text.length]] as const) {
      let last = a;
      for (const m of actors.mentions(a, b)) {
        assert.ok(m.start >= a && m.end <= b && m.start < m.end, `${JSON.stringify(text)}: ${m.start}-${m.end}`);
        assert.ok(m.start >= last, `${JSON.stringify(text)}: mentions overlap or are out of order at ${m.start}`);
        assert.equal(text.slice(m.start, m.end), m.text);
        last = m.end;
      }
    }
    actors.resolveSpeaker(0, text.length);
    for (const p of actors.people()) registry.remember(p, null);
  }
});

test('an empty or repeated range is harmless', () => {
  const actors = new ActorResolver(gazetteer()).startArticle({ text: 'Peru agreed.', published: 'not a date' }, createPeopleRegistry());
  assert.deepEqual(actors.mentions(0, 0), []);
  const first = actors.mentions(0, 12);
  assert.equal(actors.mentions(0, 12), first);
  assert.equal(actors.resolveSpeaker(0, 0), null);
});

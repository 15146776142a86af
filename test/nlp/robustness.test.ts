import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Analyser, attribution, clauses } from '../../src/nlp/index.js';

// Deterministic pseudo-random texts built from awkward pieces: every offset must stay valid.
const PIECES = [
  '“', '”', '"', "'", '‘', '’', '«', '»', 'U.S.', 'Mr.', 'No.', 'Jan.', 'May', '2019', '1950s', '22-member',
  'Monday', 'last week', 'said', 'he', 'the diplomat', ',', '.', ';', '\n', '\n\n', '\r\n', ' ', '  ', 'and',
  'embassy', 'Baku', 'e.p.', '…', '?', '!', '—', '(', ')', '17.08.2017', 'June 27-28', 'العاصمة', '🙂', '\t',
];

function* texts(count: number): Generator<string> {
  let seed = 42;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    const len = 5 + (next() % 60);
    for (let i = 0; i < len; i++) parts.push(PIECES[next() % PIECES.length]!, next() % 3 ? ' ' : '');
    yield parts.join('');
  }
}

test('offsets stay consistent on awkward texts', () => {
  const analyser = new Analyser();
  for (const text of texts(300)) {
    const r = analyser.analyse(text, { published: '2020-02-29' });
    let last = -1;
    for (const s of r.sentences) {
      assert.ok(s.start > last && s.end > s.start, `sentence order in ${JSON.stringify(text)}`);
      assert.equal(text.slice(s.start, s.end), s.text);
      assert.ok(!/\n/.test(s.text.replace(/\r?\n[ \t]*(?=[a-z])/g, '')), `line break inside a sentence: ${JSON.stringify(s.text)}`);
      last = s.end - 1;
      const a = attribution(r, s);
      if (a) assert.equal(text.slice(a.start, a.end), a.text);
      for (const c of clauses(r, s)) assert.ok(c.start >= s.start && c.end <= s.end && c.end > c.start);
    }
    for (const t of r.tokens) assert.equal(text.slice(t.start, t.end), t.text);
    for (const d of r.dates) assert.equal(text.slice(d.start, d.end), d.text);
    for (const q of r.quotes) {
      assert.ok(q.end > q.start && q.end <= text.length);
      if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
    }
  }
});

test('tokens wink leaves without a lemma (a sentence-final "cannot") fall back to their text', () => {
  const r = new Analyser().analyse('The rules apply when state and federal authorities cannot. We cannot go.', { published: '2020-01-01' });
  assert.equal(r.sentences.length, 2);
  assert.ok(r.tokens.every((t) => typeof t.lemma === 'string' && t.lemma.length > 0));
  assert.equal(r.tokens.find((t) => t.lower === 'cannot')?.lemma, 'cannot');
});

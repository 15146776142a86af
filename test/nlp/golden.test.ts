import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Analyser, attribution, clauses } from '../../src/nlp/index.js';
import type { AnalysedText } from '../../src/nlp/index.js';
import { projectRoot } from '../../src/util/paths.js';

// test/golden/nlp/<case>.txt → <case>.json. A first line "@published YYYY-MM-DD" (or
// "@published none") sets the article date and is not part of the text.
// UPDATE_GOLDEN=1 rewrites the .json files; review the diff.
const dir = join(projectRoot(), 'test', 'golden', 'nlp');
const analyser = new Analyser();

function view(r: AnalysedText): unknown {
  const t = r.text;
  return {
    sentences: r.sentences.map((s) => {
      const speaker = attribution(r, s);
      const parts = clauses(r, s);
      return {
        p: s.paragraph,
        text: s.text,
        ...(speaker ? { speaker: speaker.text } : {}),
        ...(parts.length > 1 ? { clauses: parts.map((c) => t.slice(c.start, c.end)) } : {}),
      };
    }),
    dates: r.dates.map((d) => [d.text, d.date.value, d.date.precision, d.date.basis]),
    quotes: r.quotes.map((q) => ({ text: t.slice(q.start, q.end), speaker: q.speaker?.text ?? null })),
  };
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  test(`golden nlp: ${file}`, () => {
    let text = readFileSync(join(dir, file), 'utf8');
    let published: string | null = null;
    const head = /^@published (\S+)\n/.exec(text);
    if (head) {
      published = head[1] === 'none' ? null : head[1]!;
      text = text.slice(head[0].length);
    }
    const r = analyser.analyse(text, { published });
    for (const s of r.sentences) assert.equal(text.slice(s.start, s.end), s.text);
    for (const tok of r.tokens) assert.equal(text.slice(tok.start, tok.end), tok.text);
    const got = JSON.stringify(view(r), null, 1) + '\n';
    const jsonPath = join(dir, file.replace(/\.txt$/, '.json'));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(jsonPath, got);
    assert.deepEqual(JSON.parse(got), JSON.parse(readFileSync(jsonPath, 'utf8')), `${file}: output differs from ${jsonPath}`);
  });
}

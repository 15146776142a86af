import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { readInputs, type InputFormat } from '../../src/ingest/index.js';
import { ERROR_CODES } from '../../src/model/errors.js';
import type { Article } from '../../src/model/article.js';
import { createCoder } from '../../src/pipeline/index.js';
import { createRng } from '../../src/scale/prng.js';
import { createPeopleRegistry } from '../../src/actors/registry.js';
import { fuzzInput } from './generate.js';

const SEED = 20_261_129;
const INPUTS = Number(process.env.ATTACHE_FUZZ_INPUTS ?? 400);
const FORMATS: readonly (InputFormat | null)[] = [null, 'text', 'html', 'feed', 'jsonl'];

/** Reads one input as standard input, forcing `format` (null: let the readers sniff). */
async function readAll(input: Buffer, format: InputFormat | null): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readInputs(['-'], { stdin: Readable.from([input]), format, markDuplicates: false })) {
    if (item.ok) {
      const a = item.value.article;
      assert.equal(typeof a.id, 'string');
      assert.ok(a.id.length > 0);
      assert.equal(typeof a.text, 'string');
      articles.push(a);
    } else {
      assert.ok(item.error.code in ERROR_CODES, `undocumented error code ${item.error.code}`);
      assert.equal(typeof item.error.message, 'string');
      assert.ok(item.error.message.length > 0);
    }
  }
  return articles;
}

test(`fuzz: ${INPUTS} generated inputs × every reader, then extract, with a fixed seed: no crash`, { timeout: 300_000 }, async () => {
  const rng = createRng(SEED);
  const coder = createCoder();
  const registry = createPeopleRegistry();
  let read = 0;
  let events = 0;
  for (let i = 0; i < INPUTS; i++) {
    const input = fuzzInput(rng);
    for (const format of FORMATS) {
      let articles: Article[];
      try {
        articles = await readAll(input, format);
      } catch (e) {
        assert.fail(`input #${i} (seed ${SEED}) as ${format ?? 'sniffed'}: readers threw ${(e as Error).stack}\n${JSON.stringify(input.toString('latin1').slice(0, 500))}`);
      }
      for (const article of articles) {
        read++;
        let coded;
        try {
          coded = coder.code(article, { registry });
        } catch (e) {
          assert.fail(`input #${i} (seed ${SEED}) as ${format ?? 'sniffed'}: extract threw ${(e as Error).stack}\n${JSON.stringify(article.text.slice(0, 500))}`);
        }
        for (const ev of coded) {
          events++;
          const { start, end, sentence } = ev.evidence;
          assert.ok(start >= 0 && start <= end && end <= article.text.length, `input #${i}: evidence offsets ${start}-${end} outside the text`);
          assert.equal(article.text.slice(start, end), sentence, `input #${i}: evidence offsets do not point at the sentence`);
        }
      }
    }
  }
  assert.ok(read > INPUTS / 2, `the generator makes mostly readable inputs (${read} articles)`);
  assert.ok(events > 0, 'some inputs produced events');
});

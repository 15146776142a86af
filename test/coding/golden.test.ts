import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../src/model/actor.js';
import type { DiploEvent } from '../../src/model/event.js';
import { projectRoot } from '../../src/util/paths.js';
import { article, coder } from './helpers.js';

/**
 * Golden files: test/golden/coding/<case>.txt (first line `# published YYYY-MM-DD`, then the
 * article) → <case>.json, the canonical diplomatic events. `UPDATE_GOLDEN=1` rewrites them.
 */
const dir = join(projectRoot(), 'test', 'golden', 'coding');
const update = process.env.UPDATE_GOLDEN === '1';

const actor = (a: Actor | null): string | null =>
  a ? [a.country ?? '-', a.name ?? '', a.title ?? ''].join('|').replace(/\|+$/, '') : null;

/** The stable, reviewable shape of an event (no ids, no confidence). */
function canonical(e: DiploEvent, text: string): unknown {
  return {
    kind: e.kind, cameo: e.cameo, source: actor(e.source), target: actor(e.target),
    participants: e.participants.map(actor), date: e.date, modality: e.modality, place: e.place,
    attributes: e.attributes, speaker: actor(e.evidence.speaker ?? null),
    evidence: text.slice(e.evidence.start, e.evidence.end),
  };
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  test(`golden coding: ${file}`, () => {
    const raw = readFileSync(join(dir, file), 'utf8');
    const published = /^# published (\S+)\n/.exec(raw)?.[1] ?? null;
    const text = raw.replace(/^# published \S+\n/, '');
    const events = coder().code(article(text, published, { id: file })).filter((e) => e.kind !== null);
    const got = JSON.stringify(events.map((e) => canonical(e, text)), null, 1) + '\n';
    const path = join(dir, file.replace(/\.txt$/, '.json'));
    if (update || !existsSync(path)) writeFileSync(path, got);
    assert.equal(got, readFileSync(path, 'utf8'));
  });
}

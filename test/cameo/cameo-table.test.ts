import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CameoTable } from '../../src/coding/cameo-table.js';

const table = CameoTable.load();

test('every code has sane values', () => {
  const all = table.all();
  assert.ok(all.length > 280, `only ${all.length} codes`);
  for (const c of all) {
    assert.match(c.code, /^\d{2,4}$/, c.code);
    assert.equal(c.root, c.code.slice(0, 2), c.code);
    const r = Number(c.root);
    assert.ok(r >= 1 && r <= 20, c.code);
    const quad = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    assert.equal(c.quadClass, quad, c.code);
    assert.ok(c.goldstein >= -10 && c.goldstein <= 10, c.code);
    assert.ok(c.name.length > 2, c.code);
    if (r <= 2) assert.equal(c.plover, null, `${c.code} should have no PLOVER mapping`);
    else assert.ok(c.plover && /^[A-Z]+$/.test(c.plover.type), `${c.code} needs a PLOVER type`);
    if (c.code.length > 2) assert.ok(table.has(c.code.slice(0, c.code.length - 1)) || table.has(c.root), `${c.code} has no parent`);
  }
});

test('every root 01–20 is present with its unspecified 0-code', () => {
  for (let r = 1; r <= 20; r++) {
    const root = String(r).padStart(2, '0');
    assert.ok(table.has(root), root);
    assert.ok(table.has(`${root}0`), `${root}0`);
  }
});

const cases: readonly [string, string | null, 1 | 2 | 3 | 4 | null, number | null, string | null][] = [
  // code, resolved code, quad, goldstein, plover type
  ['057', '057', 1, 8, 'SUPPORT'],
  ['0571', '057', 1, 8, 'SUPPORT'],
  ['1663', '1663', 4, -7, 'SANCTION'],
  ['190', '190', 4, -10, 'ASSAULT'],
  ['199', '19', 4, -10, 'ASSAULT'],
  ['010', '010', 1, 0, null],
  ['036', '036', 1, 4, 'AGREE'],
  ['173', '173', 4, -5, 'COERCE'],
  ['abc', null, null, null, null],
  ['99', null, null, null, null],
];
for (const [code, resolved, quad, goldstein, type] of cases) {
  test(`info(${code})`, () => {
    const i = table.info(code);
    if (resolved === null) { assert.equal(i, null); return; }
    assert.ok(i);
    assert.equal(i.code, resolved);
    assert.equal(i.quadClass, quad);
    assert.equal(i.goldstein, goldstein);
    assert.equal(i.plover?.type ?? null, type);
  });
}

test('every code the verb lexicon uses is a CAMEO code of the table', async () => {
  const { readFileSync } = await import('node:fs');
  const { dataPath } = await import('../../src/util/paths.js');
  const file = JSON.parse(readFileSync(dataPath('cameo', 'verbs.json'), 'utf8')) as {
    verbs: { verb: string; code: string | null; reverse?: string; objects?: { code: string | null }[]; preps?: { code: string }[]; subjects?: { code: string }[] }[];
    compose: Record<string, Record<string, string | null>>;
  };
  const codes: [string, string][] = [];
  for (const v of file.verbs) {
    for (const c of [v.code, v.reverse, ...(v.objects ?? []).map((o) => o.code), ...(v.preps ?? []).map((p) => p.code), ...(v.subjects ?? []).map((p) => p.code)]) {
      if (c) codes.push([v.verb, c.replace(/^~/, '')]);
    }
  }
  for (const [kind, table] of Object.entries(file.compose)) for (const c of Object.values(table)) if (c) codes.push([`compose.${kind}`, c]);
  assert.ok(codes.length > 300);
  for (const [where, c] of codes) assert.ok(table.has(c), `${where}: ${c} is not in codes.json`);
});

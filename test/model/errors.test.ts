import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '../../src/model/errors.js';
import { projectRoot } from '../../src/util/paths.js';

test('every error code maps to an HTTP status and has a description', () => {
  for (const [code, info] of Object.entries(ERROR_CODES)) {
    assert.match(code, /^[A-Z_]+$/);
    assert.ok(info.status >= 200 && info.status < 600, code);
    assert.ok(info.doc.length > 5, code);
  }
});

test('every error code is documented in the README with its status', () => {
  const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
  for (const [code, info] of Object.entries(ERROR_CODES)) {
    assert.match(readme, new RegExp(`\\| \`${code}\` \\| ${info.status} \\|`), `README lacks a row for ${code}`);
  }
});

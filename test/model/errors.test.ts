import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_CODES } from '../../src/model/errors.js';

test('every error code maps to an HTTP status and has a description', () => {
  for (const [code, info] of Object.entries(ERROR_CODES)) {
    assert.match(code, /^[A-Z_]+$/);
    assert.ok(info.status >= 200 && info.status < 600, code);
    assert.ok(info.doc.length > 5, code);
  }
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenCheck } from '../../src/http/auth.js';
import { CountryIndex } from '../../src/http/countries.js';
import { eventTable, pickFormat } from '../../src/http/formats.js';
import { RateLimiter } from '../../src/http/rate-limit.js';
import { isLoopback } from '../../src/http/server.js';
import { article, event } from './fixtures.js';

describe('TokenCheck', () => {
  test('matches only the configured token', () => {
    const t = new TokenCheck('s3cret');
    assert.equal(t.matches('s3cret'), true);
    for (const wrong of ['', 's3cre', 's3cret ', 'S3CRET', 's3cret\0']) assert.equal(t.matches(wrong), false, JSON.stringify(wrong));
    assert.equal(new TokenCheck(null).matches(''), false);
    assert.equal(new TokenCheck('').configured, false);
  });
});

describe('RateLimiter', () => {
  test('a burst of `capacity`, then one per 1/refill seconds, per client', () => {
    let now = 0;
    const r = new RateLimiter({ capacity: 2, refillPerSecond: 1, now: () => now });
    assert.deepEqual([r.take('a'), r.take('a'), r.take('a')], [0, 0, 1]);
    assert.equal(r.take('b'), 0);
    now = 1000;
    assert.deepEqual([r.take('a'), r.take('a')], [0, 1]);
  });
  test('forgets the least recently seen clients beyond maxClients', () => {
    const r = new RateLimiter({ capacity: 1, refillPerSecond: 0.001, now: () => 0, maxClients: 2 });
    r.take('a'); r.take('b'); r.take('c');
    assert.equal(r.take('a'), 0); // forgotten, so a fresh bucket
  });
  test('refuses nonsense options', () => {
    assert.throws(() => new RateLimiter({ capacity: 0, refillPerSecond: 1 }));
  });
});

describe('event tables', () => {
  const a = article('t', 'Head\n\n=HYPERLINK("http://x") said, "Chile and Norway met."\tthen left.');
  const e = event(a, { n: 1, kind: 'meeting', cameo: '040', sentence: '=HYPERLINK("http://x") said, "Chile and Norway met."\tthen left.', source: ['Chile', 'CHL'], target: ['Norway', 'NOR'], date: '2020', precision: 'year' });
  test('CSV quotes, doubles quotes and defuses formulas', () => {
    const line = eventTable([e], 'csv').split('\r\n')[1];
    assert.ok(line.endsWith(`"'=HYPERLINK(""http://x"") said, ""Chile and Norway met.""\tthen left."`), line);
    assert.ok(line.includes(',3.5,'));
  });
  test('TSV replaces tabs and line breaks', () => {
    const [head, row] = eventTable([e], 'tsv').split('\n');
    assert.equal(row.split('\t').length, head.split('\t').length);
  });
  const formats: [string | undefined, string | undefined, string][] = [
    [undefined, undefined, 'json'], [undefined, 'application/json', 'json'], [undefined, 'text/csv', 'csv'],
    [undefined, 'text/tab-separated-values;q=0.9', 'tsv'], ['tsv', 'text/csv', 'tsv'], ['json', 'text/csv', 'json'],
  ];
  for (const [f, accept, want] of formats) test(`format ${f} / accept ${accept} → ${want}`, () => assert.equal(pickFormat(f, accept), want));
});

describe('CountryIndex', () => {
  const c = CountryIndex.load(['UNO']);
  const cases: [string, string | null][] = [
    ['PER', 'PER'], ['pe', 'PER'], ['Peru', 'PER'], ['Republic of Peru', 'PER'], ['Peruvian', 'PER'], ['azerbaijan', 'AZE'],
    ['Côte d’Ivoire', 'CIV'], ['UNO', 'UNO'], ['Atlantis', null], ['XYZ', null],
  ];
  for (const [input, want] of cases) test(`${input} → ${want}`, () => assert.equal(c.resolve(input), want));
});

describe('isLoopback', () => {
  const cases: [string, boolean][] = [['127.0.0.1', true], ['127.1.2.3', true], ['::1', true], ['localhost', true], ['0.0.0.0', false], ['192.168.1.2', false], ['::', false]];
  for (const [h, want] of cases) test(`${h} → ${want}`, () => assert.equal(isLoopback(h), want));
});

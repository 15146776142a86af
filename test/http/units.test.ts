import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenCheck } from '../../src/http/auth.js';
import { CountryIndex } from '../../src/http/countries.js';
import { pickFormat } from '../../src/http/formats.js';
import { RateLimiter } from '../../src/http/rate-limit.js';
import { isLoopback } from '../../src/http/server.js';
import { inPeriod } from '../../src/http/views.js';

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

describe('pickFormat', () => {
  const formats: [string | undefined, string | undefined, string][] = [
    [undefined, undefined, 'json'], [undefined, 'application/json', 'json'], [undefined, 'text/csv', 'csv'],
    [undefined, 'text/tab-separated-values;q=0.9', 'tsv'], ['tsv', 'text/csv', 'tsv'], ['json', 'text/csv', 'json'],
  ];
  for (const [f, accept, want] of formats) test(`format ${f} / accept ${accept} → ${want}`, () => assert.equal(pickFormat(f, accept), want));
});

describe('inPeriod', () => {
  const cases: [string | null, string | undefined, string | undefined, boolean][] = [
    ['2015', '2015', '2015', true], ['2015-06-20', '2015', undefined, true], ['2015', '2015-06', '2015-06', true],
    ['2014-12-31', '2015', undefined, false], ['2016-01-01', undefined, '2015', false], ['2015-12-31', undefined, '2015', true],
    ['1950/1959', '1955', '1956', true], ['1950/1959', '1960', undefined, false], [null, undefined, undefined, true], [null, '2000', undefined, false],
  ];
  for (const [value, from, to, want] of cases) test(`${value} in ${from}..${to} → ${want}`, () => assert.equal(inPeriod(value, { from, to }), want));
});

describe('CountryIndex', () => {
  test('lists countries with ISO numeric ids, sorted by name', () => {
    const list = CountryIndex.load().list;
    assert.deepEqual(list.find((c) => c.code === 'AZE'), { code: 'AZE', name: 'Azerbaijan', numeric: '031', capital: 'Baku' });
    assert.ok(list.findIndex((c) => c.code === 'AZE') < list.findIndex((c) => c.code === 'PER'));
  });
});

describe('isLoopback', () => {
  const cases: [string, boolean][] = [['127.0.0.1', true], ['127.1.2.3', true], ['::1', true], ['localhost', true], ['0.0.0.0', false], ['192.168.1.2', false], ['::', false]];
  for (const [h, want] of cases) test(`${h} → ${want}`, () => assert.equal(isLoopback(h), want));
});

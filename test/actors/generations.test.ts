import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Person } from '../../src/model/actor.js';
import { createTrackingRegistry } from '../../src/scale/code-task.js';

const person = (name: string, country: string, seen: string): Person => ({
  name, country, title: 'minister', sectors: ['GOV'], aliases: [], firstSeen: seen, lastSeen: seen,
});

test('a namesake in the older generation whose dates fit better wins over the newer one', () => {
  const registry = createTrackingRegistry([], 2);
  registry.remember(person('Ali Navid Rostami', 'IRN', '2001-03-01'), '2001-03-01');
  registry.remember(person('Tove Lindqvist', 'SWE', '2001-04-01'), '2001-04-01');
  // a new generation: Omar Rostami (another man of that surname) is remembered there only
  registry.remember(person('Omar Rostami', 'IRQ', '2020-02-01'), '2020-02-01');
  assert.equal(registry.lookup('Rostami', '2001-03-15')?.country, 'IRN');
  assert.equal(registry.lookup('Rostami', '2020-02-10')?.country, 'IRQ');
  // no date to go on: the newer generation's answer
  assert.equal(registry.lookup('Rostami')?.country, 'IRQ');
});

test('a person carried into the newer generation is listed once by all()', () => {
  const registry = createTrackingRegistry([], 2);
  registry.remember(person('Marta Quiroga', 'BOL', '2022-01-01'), '2022-01-01');
  registry.remember(person('Teodor Vasile', 'ROU', '2022-01-02'), '2022-01-02');
  registry.remember(person('Marta Quiroga', 'BOL', '2022-03-01'), '2022-03-01');
  const all = registry.all();
  assert.deepEqual(all.map((p) => p.name).sort(), ['Marta Quiroga', 'Teodor Vasile']);
  const marta = all.find((p) => p.name === 'Marta Quiroga');
  // the newer generation's record, with the dates of both meetings
  assert.equal(marta?.firstSeen, '2022-01-01');
  assert.equal(marta?.lastSeen, '2022-03-01');
});

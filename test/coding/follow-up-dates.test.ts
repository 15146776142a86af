import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, diplomatic } from './helpers.js';

// "X will visit Y. The visit will take place in June": a definite noun for the event just told,
// with a date of its own, dates that event and is no second event.

/** The events of `kind` in a text, as `brief`s. */
const of = (text: string, kind: string): string[] => diplomatic(text).filter((e) => e.kind === kind).map(brief);

test('a dated definite follow-up gives the undated event before it its date', () => {
  assert.deepEqual(of('The Danish foreign minister will visit Ghana. The visit will take place in August.', 'visit'), ['visit DNK>GHA 2024-08 planned']);
  assert.deepEqual(of('Norway and Chile will hold talks. The talks are set for June 4 in Oslo.', 'meeting'), ['meeting NOR>CHL 2024-06-04 planned']);
});

test('a follow-up about other sides, another modality or another occasion stays its own event', () => {
  // other sides
  assert.equal(of('Norway and Chile will hold talks. Talks between Peru and Chile are set for June 4.', 'meeting').length, 2);
  // a past occasion of the same pair ("the first visit took place in 2019")
  const past = of('The Danish foreign minister will visit Ghana. The first visit took place in 2019.', 'visit');
  assert.ok(past.some((b) => b.endsWith('planned')) && past.some((b) => b.includes('2019')), JSON.stringify(past));
  // an event that has its own date keeps it
  const dated = of('The Danish foreign minister will visit Ghana on June 2. The visit will take place in August.', 'visit');
  assert.ok(dated.includes('visit DNK>GHA 2024-06-02 planned'), JSON.stringify(dated));
});

test('"scheduled for June": a month after "for" dates the event', () => {
  assert.deepEqual(of('The Danish foreign minister will visit Ghana. The visit is scheduled for October.', 'visit'), ['visit DNK>GHA 2024-10 planned']);
  assert.deepEqual(of("The Danish minister's visit to Ghana is planned for November.", 'visit'), ['visit DNK>GHA 2024-11 planned']);
  // "for May's support": the name, not the month
  assert.deepEqual(of("Denmark thanked Ghana for May's support and will open an embassy in Accra.", 'mission.open'), ['mission.open DNK>GHA 2024-05-10 planned']);
});

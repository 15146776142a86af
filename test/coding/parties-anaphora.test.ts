import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, diplomatic, parties } from './helpers.js';

/** Pronouns after relative clauses, non-state "they", other occasions, organisations in a title's complement. */

test('"X, which … in Y, said it would reopen its embassy": X is the sender, Y the host', () => {
  const text = 'Qatar reopened its embassy in Tripoli on Tuesday. '
    + 'Oman, which has had no diplomatic presence in Libya since 2014, said on Monday it would reopen its embassy soon.';
  const got = diplomatic(text, '2025-02-12').map(brief);
  assert.ok(got.some((b) => b.startsWith('mission.reopen OMN>LBY')), JSON.stringify(got));
  assert.ok(!got.some((b) => b.startsWith('mission.reopen QAT>') && b.includes('2025-02-10')), JSON.stringify(got));
});

test('"it" after a relative clause is the main subject, not the country inside the clause', () => {
  const got = diplomatic('Oman, which has no embassy in Syria, said on Monday it would restore diplomatic relations with Qatar.', '2025-02-12').map(brief);
  assert.ok(got.some((b) => b.startsWith('relations.restore OMN>QAT')), JSON.stringify(got));
  assert.ok(!got.some((b) => b.includes('SYR')), JSON.stringify(got));
});

test('"the partners said they would invite …" makes no state pair', () => {
  const text = 'Latvian President Edgars Rinkevics held talks with Finnish President Alexander Stubb in Riga on Thursday. '
    + 'The partners said they would invite Danish and Swedish companies to a meeting in Tallinn later this year.';
  const got = diplomatic(text, '2025-05-16');
  assert.ok(got.some((e) => e.kind === 'meeting' && parties(e).join() === 'FIN,LVA' && e.date.value === '2025-05-15'), JSON.stringify(got.map(brief)));
  assert.equal(got.filter((e) => e.kind === 'meeting').length, 1, JSON.stringify(got.map(brief)));
});

test('"the countries said they would" keeps its state reading', () => {
  const got = diplomatic('Peru and Chile held talks in Lima on Monday, and the two countries said they would open embassies.', '2025-05-16');
  assert.ok(got.some((e) => e.kind === 'meeting' && parties(e).join() === 'CHL,PER'), JSON.stringify(got.map(brief)));
});

test('"the first summit in this format was held in X" is another occasion: no parties from the last talks', () => {
  const text = 'On the sidelines, Latvian President Edgars Rinkevics held talks with Finnish President Alexander Stubb. '
    + 'The first summit in this format was held in Vilnius in June 2021.';
  const got = diplomatic(text, '2025-05-16').map(brief);
  assert.ok(!got.some((b) => b.includes('2021')), JSON.stringify(got));
});

test('an organisation where the signatories are posted is no party', () => {
  const text = 'Nepal and Fiji established diplomatic relations on Thursday, when their permanent representatives to the United Nations signed a joint communique in New York.';
  const got = diplomatic(text, '2025-09-26').filter((e) => e.kind === 'relations.establish' || e.kind === 'agreement.sign');
  assert.ok(got.length > 0);
  for (const e of got) assert.deepEqual(parties(e), ['FJI', 'NPL'], brief(e));
});

test('an organisation in a clause of its own after the event is no party', () => {
  const got = diplomatic('Qatar and Libya agreed to restore diplomatic relations in June 2022, the same month Libya was readmitted to the African Union.', '2025-02-12')
    .filter((e) => e.kind === 'relations.restore');
  assert.equal(got.length, 1, JSON.stringify(got.map(brief)));
  assert.deepEqual(parties(got[0]!), ['LBY', 'QAT']);
});

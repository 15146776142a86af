import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, diplomatic, expectEvents, expectNoKind } from './helpers.js';

/**
 * Round eight, modality (sentences written for these tests): conditions, suppositions and "any
 * … who" are no facts; claims an appended correction withdraws are none; a denial of the verb
 * that governs a gerund reaches it; a report the text contradicts is negated. Published Friday
 * 2024-05-10.
 */

// what is only supposed is no event
expectNoKind([
  ['If the leaders talk once more, the venue ought to be Lima or Quito rather than a neutral city.', 'meeting.intent'],
  ['If Chile and Peru hold another summit, Lima would be the natural host.', 'meeting'],
  ['Should there be a deal at all, and if Chile and Peru one day sign one, fisheries would top it.', 'agreement.sign'],
  ['The pact will matter only if Kenya and Ghana sign it before June.', 'agreement.sign'],
  ['Yet any Ecuadorian leader who restored ties with Mexico would face angry protests.', 'relations.restore'],
  ['Every government that recognised Kosovo would lose Serbian goodwill, Peru said.', 'relations.establish'],
  ['Suppose Kenya and Ghana chose next week to exchange ambassadors.', 'envoy.appoint'],
  ['Imagine Kenya opened an embassy in Accra next year.', 'mission.open'],
]);

// the consequence of a condition, a question with "if", and plain relatives stay events
expectEvents([
  ['If approved by parliament, Chile will open an embassy in Lima.', 'mission.open CHL>PER 2024-05-10 planned'],
  ['Chile will reopen its embassy in Lima if security allows, the minister said.', 'mission.reopen CHL>PER 2024-05-10 planned'],
  ['Asked if Ruto would visit Ghana next month, the spokeswoman said the dates were being discussed.', 'visit KEN>GHA 2024-06 planned'],
  ['The president of Chile, who met Peru\'s president on Monday, left for home.', 'meeting CHL>PER 2024-05-06 asserted'],
], 'round 8: ');

// a claim an appended correction withdraws is no event; the corrected fact stays
test('round 8: a correction notice withdraws the claims it names', () => {
  const text = 'Chile\'s ambassador to Peru, Ana Ruiz, presented her credentials to Peruvian President Jorge Salas on Monday.\n\n'
    + 'Correction: A previous version of this report stated that the envoy handed her credentials to the deputy minister. '
    + 'The previous version also stated that Salas had travelled to Santiago in April; he did not.';
  const got = diplomatic(text).map(brief);
  assert.deepEqual(got.filter((b) => b.startsWith('envoy.credentials')), ['envoy.credentials CHL>PER 2024-05-06 asserted']);
  assert.ok(!got.some((b) => b.startsWith('visit') && b.endsWith('asserted')), JSON.stringify(got));
});
expectNoKind([
  ['This report incorrectly stated that Kenya had closed its embassy in Accra.', 'mission.close'],
]);
expectEvents([
  ['The minister said that Kenya had closed its embassy in Accra in March.', 'mission.close KEN>GHA 2024-03 asserted'],
], 'round 8: ');

// "failed to agree on recalling": the failure reaches the gerund
expectEvents([
  ['Serbia\'s government on Wednesday failed to agree on withdrawing its ambassador from Montenegro.', 'envoy.recall SRB>MNE 2024-05-08 negated'],
  ['The Kenyan cabinet did not agree on closing the embassy in Accra.', 'mission.close KEN>GHA 2024-05-10 negated'],
], 'round 8: ');

// a plan the text says did not happen is negated, not kept as planned beside the denial
test('round 8: a meeting denied "despite earlier reports that" it was planned keeps no planned meeting', () => {
  const got = diplomatic('Chile\'s president Ana Ruiz never met Peru\'s president Jorge Salas, despite earlier reports that the pair would confer on Monday.').map(brief);
  assert.ok(got.some((b) => b.startsWith('meeting CHL>PER') && b.endsWith('negated')), JSON.stringify(got));
  assert.ok(!got.some((b) => b.endsWith('planned')), JSON.stringify(got));
});
expectEvents([
  ['Kenya recalled its envoy from Accra on Monday, contrary to reports that it would keep him there.', 'envoy.recall KEN>GHA 2024-05-06 asserted'],
], 'round 8: ');

// a yes/no question asserts nothing; a wh-question takes its event as given
expectEvents([
  ['Q: Will President Ruto travel to Ghana after all?', 'visit KEN>GHA 2024-05-10 intended'],
  ['Will Chile reopen its embassy in Lima this year?', 'mission.reopen CHL>PER 2024 intended'],
  ['Why did Chile close its embassy in Lima in March?', 'mission.close CHL>PER 2024-03 asserted'],
], 'round 8: ');

// a headline the body contradicts ("failed to agree on recalling") is dropped
test('round 8: the body\'s negated report replaces the headline\'s claim', () => {
  const got = diplomatic('Peru recalls ambassador from Santiago over border row\n\n'
    + 'The Peruvian cabinet on Wednesday failed to agree on withdrawing the ambassador from Chile, officials said.').map(brief);
  assert.deepEqual(got.filter((b) => b.startsWith('envoy.recall')), ['envoy.recall PER>CHL 2024-05-08 negated']);
});
test('round 8: a headline the body confirms is not dropped for another kind\'s denial', () => {
  const got = diplomatic('Peru recalls ambassador from Santiago over border row\n\n'
    + 'Peru recalled its ambassador to Chile on Wednesday. Chile said it would not expel any Peruvian diplomats.').map(brief);
  assert.ok(got.includes('envoy.recall PER>CHL 2024-05-08 asserted'), JSON.stringify(got));
});

// a mission kept open is no closure; one that will not stay open closes ahead
expectEvents([
  ['Egypt\'s embassy in Nairobi will stay open, the Egyptian foreign ministry announced.', 'mission.close EGY>KEN 2024-05-10 negated'],
  ['Chile will keep its embassy in Lima open despite the fighting.', 'mission.close CHL>PER 2024-05-10 negated'],
  ['The Chilean embassy in Lima will not stay open after June.', 'mission.close CHL>PER 2024-06 planned'],
], 'round 8: ');
expectNoKind([
  ['Chile will leave its embassy in Lima in the hands of a chargé.', 'mission.close'],
  ['The border crossing with Peru will remain open, Chile said.', 'mission.close'],
  ['Its work moves to the embassy in Lima and the Chilean consulate in Cusco, which stays open.', 'mission.close'],
  ['Chile\'s consulate in Arequipa remains open on weekdays.', 'mission.close'],
]);

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, diplomatic, expectEvents } from './helpers.js';

/**
 * Phrasings that wire copy uses and the first rules got wrong: refusals and denials, a visitor
 * named by a participle or "the latter", subordinate clauses with their own subject, invitations,
 * dates of "since" clauses, datelines, nominal closures, envoys named after an appositive.
 * The article is published on Friday 2024-05-10. Expected: `kind SOURCE>TARGET date modality`.
 */
const CASES: readonly (readonly [string, string])[] = [
  // refusals: a denied intent
  ['Russia will refuse any talks with Ukraine, the spokesman said.', 'meeting.intent RUS>UKR 2024-05-10 negated'],
  ['The French president will not meet his Algerian counterpart.', 'meeting.intent FRA>DZA 2024-05-10 negated'],
  ['Asked whether Wang Yi would meet his Japanese counterpart, the spokesman said: "There is no such plan."', 'meeting CHN>JPN 2024-05-10 negated'],
  ['Asked if Ruto would visit Ethiopia next month, the spokeswoman said the dates were being discussed.', 'visit KEN>ETH 2024-06 planned'],
  // visitor and host
  ['King Abdullah II received on Monday the visiting President of Ghana.', 'visit GHA>JOR 2024-05-06 asserted'],
  ['King Abdullah II received on Monday the visiting President of Ghana.', 'meeting JOR>GHA 2024-05-06 asserted'],
  ['President Ruto met Indian Prime Minister Narendra Modi, who is on a state visit to Kenya.', 'visit IND>KEN 2024-05-10 asserted'],
  ["The accord was signed by Sergey Lavrov and his Laotian counterpart during the latter's official visit to Moscow on May 3.", 'visit LAO>RUS 2024-05-03 asserted'],
  ['Peru recalled its ambassador from Mexico City over remarks by Lopez Obrador.', 'envoy.recall PER>MEX 2024-05-10 asserted'],
  // a subordinate clause has its own subject
  ['Sweden closed its embassy in Bamako, a month after Mali\'s military rulers ordered the Swedish ambassador to leave.', 'mission.close SWE>MLI 2024-05-10 asserted'],
  ['Sweden closed its embassy in Bamako, a month after Mali\'s military rulers ordered the Swedish ambassador to leave.', 'envoy.expel MLI>SWE 2024-05-10 asserted'],
  ['Two weeks after Mali\'s junta ordered the Swedish ambassador to leave the country, Sweden closed its embassy.', 'mission.close SWE>MLI 2024-05-10 asserted'],
  ['Rabat and Lisbon agreed last week that Morocco will open a consulate in Porto.', 'mission.open MAR>PRT 2024-05-10 planned'],
  // the date of a "since" clause is not the event's
  ["It was Modi's first trip to the US since he took office in May.", 'visit IND>USA 2024-05-10 asserted'],
  // invitations: the invitee's visit has not happened
  ['Ruto said he had accepted an invitation to visit Tokyo later this year.', 'visit KEN>JPN 2024 planned'],
  // datelines are where the story was filed
  ['ANKARA/CAIRO, March 10 – Egypt and Syria agreed on Friday to restore diplomatic relations.', 'relations.restore EGY>SYR 2024-05-10 planned'],
  ['LIMA, May 7 - The Ambassador Extraordinary and Plenipotentiary of Japan, Hiro Sato, presented copies of his credentials to First Deputy Foreign Minister Ana Gervasi on Tuesday.', 'envoy.credentials JPN>PER 2024-05-07 asserted'],
  // nominal closures, appointments after an appositive
  ['Spain announced on Monday the temporary closure of its embassy in Bamako for security reasons.', 'mission.close ESP>MLI 2024-05-06 asserted'],
  ['Peru named Jorge Luis Salas, a former deputy minister, as its new ambassador to South Korea.', 'envoy.appoint PER>KOR 2024-05-10 asserted'],
  // a list of countries: one envoy event each
  ['The ambassadors of Peru, Ghana and Norway presented their credentials to President Tokayev.', 'envoy.credentials GHA>KAZ 2024-05-10 asserted'],
  ['The ambassadors of Peru, Ghana and Norway presented their credentials to President Tokayev.', 'envoy.credentials NOR>KAZ 2024-05-10 asserted'],
  ['President Tokayev received the letters of credence of the ambassadors of Peru, Ghana and Norway.', 'envoy.credentials PER>KAZ 2024-05-10 asserted'],
  ['President Tokayev received the letters of credence of the ambassadors of Peru, Ghana and Norway.', 'envoy.credentials NOR>KAZ 2024-05-10 asserted'],
  ['Lithuania expelled the ambassadors of Russia and Belarus.', 'envoy.expel LTU>BLR 2024-05-10 asserted'],
  // topics of talks and conditions are not facts
  ['The ministers discussed trade and the opening of a Peruvian embassy in Baku.', 'mission.open PER>AZE 2024-05-10 intended'],
  ['He said the countries would exchange ambassadors as soon as the treaty is signed by Peru and Chile.', 'agreement.sign CHL>PER 2024-05-10 planned'],
  // a delegation is a state actor, a team is not (see ABSENT)
  ['A Chinese government delegation arrived in Kathmandu on Tuesday.', 'visit CHN>NPL 2024-05-07 asserted'],
  ["President Ruto has appointed former finance minister Njuguna Ndung'u as Kenya's High Commissioner to Canada.", 'envoy.appoint KEN>CAN 2024-05-10 asserted'],
];

expectEvents(CASES, 'phrasing: ');

/** Sentences whose event must not be there (or not in that form). */
const ABSENT: readonly (readonly [string, string])[] = [
  ['The leaders of Peru and Chile initialled the text of a border agreement on Monday.', 'agreement.sign PER>CHL 2024-05-06 asserted'],
  ['The Kenyan squad arrived in Kampala on Sunday.', 'visit KEN>UGA 2024-05-05 asserted'],
  ['A 40-member Chinese rescue team arrived in Kathmandu on Tuesday.', 'visit CHN>NPL 2024-05-07 asserted'],
  ['Chinese rescue team arrives in quake-hit Nepal', 'visit CHN>NPL 2024-05-10 asserted'],
  ['Russia will refuse any talks with Ukraine, the spokesman said.', 'meeting RUS>UKR 2024-05-10 asserted'],
  ['The Chilean president invited the Vietnamese leader to visit Santiago.', 'visit VNM>CHL 2024-05-10 asserted'],
  ['King Abdullah II received on Monday the visiting President of Ghana.', 'visit JOR>GHA 2024-05-06 asserted'],
  ['Peru recalled its ambassador from Mexico City over remarks by Lopez Obrador.', 'envoy.recall MEX>PER 2024-05-10 asserted'],
  ["It was Modi's first trip to the US since he took office in May.", 'visit IND>USA 2024-05 asserted'],
  ['ANKARA/CAIRO, March 10 – Egypt and Syria agreed on Friday to restore diplomatic relations.', 'relations.restore TUR>SYR 2024-05-10 planned'],
];

for (const [text, unwanted] of ABSENT) {
  test(`phrasing, not: ${unwanted} ← ${text.slice(0, 60)}`, () => {
    const got = diplomatic(text).map(brief);
    assert.ok(!got.includes(unwanted), `unwanted ${unwanted} in ${JSON.stringify(got)}`);
  });
}

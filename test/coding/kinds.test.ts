import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, diplomatic } from './helpers.js';

/**
 * Sentence → expected event, one row per phrasing of each diplomatic kind (EVENTS.md §4). The
 * article is published on Friday 2024-05-10. Expected: `kind SOURCE>TARGET date modality`;
 * symmetric kinds list their parties in text order.
 */
const CASES: readonly (readonly [string, string])[] = [
  ['Norway restored diplomatic ties with Iran in March 2019 after a five-year break.', 'relations.restore NOR>IRN 2019-03 asserted'],
  ['Morocco severed diplomatic relations with Algeria on Sunday.', 'relations.sever MAR>DZA 2024-05-05 asserted'],
  ['Qatar upgraded its diplomatic relations with Chad to ambassadorial level.', 'relations.upgrade QAT>TCD 2024-05-10 asserted'],
  ['Vietnam and the United States elevated their ties to a comprehensive strategic partnership.', 'relations.upgrade VNM>USA 2024-05-10 asserted'],
  ['Cuba and South Korea established diplomatic relations in February 2024.', 'relations.establish CUB>KOR 2024-02 asserted'],
  ['Diplomatic relations between Kenya and Chile were established on June 25, 1996.', 'relations.establish KEN>CHL 1996-06-25 asserted'],
  ['Brazil will open an embassy in Tbilisi next year.', 'mission.open BRA>GEO 2025 planned'],
  ["Georgia's consulate general in Istanbul was inaugurated on 3 May 2022.", 'mission.open GEO>TUR 2022-05-03 asserted'],
  ['The Peruvian embassy began operating in Azerbaijan in June 2017.', 'mission.open PER>AZE 2017-06 asserted'],
  ['The Spanish embassy in Kabul resumed its work in 2023.', 'mission.reopen ESP>AFG 2023 asserted'],
  ['The Maldives has re-established its embassy in the United States.', 'mission.reopen MDV>USA 2024-05-10 asserted'],
  ['Ukraine closed its embassy in Minsk in 2022.', 'mission.close UKR>BLR 2022 asserted'],
  ['President Ilham Aliyev appointed Rashad Aslanov as Azerbaijan\'s ambassador to Portugal.', 'envoy.appoint AZE>PRT 2024-05-10 asserted'],
  ['The new ambassador of Japan, Hiroshi Sato, presented his credentials to President Emomali Rahmon on Monday.', 'envoy.credentials JPN>TJK 2024-05-06 asserted'],
  ['Argentina recalled its ambassador to Venezuela for consultations.', 'envoy.recall ARG>VEN 2024-05-10 asserted'],
  ['Lithuania declared a Chinese diplomat persona non grata.', 'envoy.expel LTU>CHN 2024-05-10 asserted'],
  ['Uzbekistan and Tajikistan signed a memorandum of understanding on water management in Dushanbe on 12 June 2021.', 'agreement.sign UZB>TJK 2021-06-12 asserted'],
  ['Italy did not sign the agreement with Libya.', 'agreement.sign ITA>LBY 2024-05-10 negated'],
  ['The parliament of Armenia ratified the border agreement with Georgia.', 'agreement.ratify ARM>GEO 2024-05-10 asserted'],
  ['Foreign Minister Sergey Lavrov met with his Turkish counterpart Hakan Fidan in Moscow.', 'meeting RUS>TUR 2024-05-10 asserted'],
  ['The foreign ministers of Vietnam and Thailand held political consultations in Hanoi on Thursday.', 'meeting VNM>THA 2024-05-09 asserted'],
  ['On Monday, Sweden\'s foreign minister Tobias Billstrom spoke by phone with his Hungarian counterpart Peter Szijjarto.', 'meeting SWE>HUN 2024-05-06 asserted'],
  ['German Chancellor Olaf Scholz will pay an official visit to India next month.', 'visit DEU>IND 2024-06 planned'],
  ['Kazakh President Kassym-Jomart Tokayev arrived in Baku on a state visit.', 'visit KAZ>AZE 2024-05-10 asserted'],
  ['Mongolia and South Korea can cooperate in mining and renewable energy.', 'cooperation.intent MNG>KOR 2024-05-10 intended'],
  ['Hungary wants to expand ties with Laos.', 'cooperation.intent HUN>LAO 2024-05-10 intended'],
  ['Finland joined NATO in April 2023.', 'membership.join FIN>NAT 2023-04 asserted'],
  ['The Croatia-Slovenia parliamentary friendship group met in Zagreb.', 'parliament.friendship-group HRV>SVN 2024-05-10 asserted'],
  ['Honduras broke diplomatic ties with Taiwan and established relations with China.', 'relations.sever HND>TWN 2024-05-10 asserted'],
  ['Honduras broke diplomatic ties with Taiwan and established relations with China.', 'relations.establish HND>CHN 2024-05-10 asserted'],
  ['Niger\'s junta ordered the French ambassador to leave the country within 48 hours.', 'envoy.expel NER>FRA 2024-05-10 asserted'],
  ['South Africa withdrew all its diplomats from Israel for consultations.', 'envoy.recall ZAF>ISR 2024-05-10 asserted'],
  ['Chinese President Xi Jinping received the credentials of the new Nepalese ambassador.', 'envoy.credentials NPL>CHN 2024-05-10 asserted'],
  ['Indonesia\'s parliament ratified the defence cooperation agreement with Singapore on Tuesday.', 'agreement.ratify IDN>SGP 2024-05-07 asserted'],
  ['Japanese Foreign Minister Yoko Kamikawa visited Kyiv on Sunday and met President Volodymyr Zelensky.', 'meeting JPN>UKR 2024-05-05 asserted'],
  ['The President of Kenya, William Ruto, is expected to travel to the United States next month.', 'visit KEN>USA 2024-06 planned'],
  ['Mongolia hopes to join the Shanghai Cooperation Organization as a full member.', 'membership.join MNG>SCO 2024-05-10 intended'],
  ['The Indian embassy in Kabul, which was shut in August 2021, has been partially reopened.', 'mission.close IND>AFG 2021-08 asserted'],
  ['The Indian embassy in Kabul, which was shut in August 2021, has been partially reopened.', 'mission.reopen IND>AFG 2024-05-10 asserted'],
  ['Lavrov discussed the situation with his Belarusian counterpart.', 'meeting RUS>BLR 2024-05-10 asserted'],
  ['The Slovak foreign minister was received by President Ilham Aliyev in Baku on Monday.', 'meeting AZE>SVK 2024-05-06 asserted'],
  ['Turkmen President Serdar Berdimuhamedov paid a three-day official visit to Tajikistan on Monday.', 'visit TKM>TJK 2024-05-06 asserted'],
  ['The National Assembly of Serbia adopted the law on ratification of the agreement with Hungary.', 'agreement.ratify SRB>HUN 2024-05-10 asserted'],
  ['Kenya and Ethiopia adopted a joint declaration on border security.', 'agreement.sign KEN>ETH 2024-05-10 asserted'],
  ['Lithuania downgraded its diplomatic relations with China to the level of charge d\'affaires.', 'relations.downgrade LTU>CHN 2024-05-10 asserted'],
  ['Bosnia and Herzegovina applied to join the European Union in 2016.', 'membership.join BIH>EUR 2016 asserted'],
  ['"We will send a trade delegation to Nairobi in June," the Chilean ambassador said.', 'visit CHL>KEN 2024-06 planned'],
  ['Colombia\'s president Gustavo Petro said on Wednesday that his country would break off diplomatic relations with Israel.', 'relations.sever COL>ISR 2024-05-10 planned'],
  ['Malaysian Prime Minister Anwar Ibrahim received a courtesy call from the Ambassador of Brazil to Malaysia.', 'meeting MYS>BRA 2024-05-10 asserted'],
  ['US President Joe Biden received a phone call from Chinese President Xi Jinping.', 'meeting USA>CHN 2024-05-10 asserted'],
  ['President Ilham Aliyev has received a delegation led by the Speaker of the Senate of Pakistan Sadiq Sanjrani.', 'meeting AZE>PAK 2024-05-10 asserted'],
  ['Ecuador\'s police raided the Mexican embassy in Quito, prompting Mexico to suspend diplomatic relations with Ecuador.', 'relations.sever MEX>ECU 2024-05-10 asserted'],
];

for (const [sentence, want] of CASES) {
  test(`codes: ${sentence}`, () => {
    const got = diplomatic(sentence).map(brief);
    assert.ok(got.includes(want), `want ${want}\n got ${JSON.stringify(got)}`);
  });
}

test('a clause per date: two openings in one sentence keep their own years and directions', () => {
  const got = diplomatic('Azerbaijan and Peru are friends. The diplomat recalled that in 2015, Azerbaijan opened its embassy in Lima and in 2017, Peru inaugurated its embassy in Baku.')
    .filter((e) => e.kind === 'mission.open').map(brief);
  assert.deepEqual(got.sort(), ['mission.open AZE>PER 2015 asserted', 'mission.open PER>AZE 2017 asserted']);
});

test('"the two countries" are the pair the article is about', () => {
  const got = diplomatic('Ghana and Norway held talks in Accra. The two countries agreed to cooperate in fisheries.').map(brief);
  assert.ok(got.some((g) => /^cooperation\.intent (GHA>NOR|NOR>GHA)/.test(g)), JSON.stringify(got));
});

test('a year-named agreement is an agreement signed that year', () => {
  const [e] = diplomatic('Peru and Azerbaijan are partners. Among the landmarks is the 2007 Protocol of Cooperation between the Ministries of Foreign Affairs of Peru and Azerbaijan.');
  assert.equal(e?.kind, 'agreement.sign');
  assert.equal(e?.date.value, '2007');
  assert.equal(e?.attributes.agreementType, 'protocol');
  assert.match(e?.attributes.agreementTitle ?? '', /^Protocol of Cooperation between/);
});

test('an anniversary dates the fact it celebrates', () => {
  const [e] = diplomatic('The 30th anniversary of the establishment of diplomatic relations between Kazakhstan and Israel was celebrated in Astana.');
  assert.equal(e?.kind, 'relations.establish');
  assert.equal(e?.date.value, '1994');
});

test('a later back-reference takes the parties of the last event of its kind', () => {
  const text = 'Cabinet endorsed an agreement to be signed with the Government of India on visas, Fijian officials said.\n\nHe said the agreement is expected to be signed this week.';
  const got = diplomatic(text, '2023-02-16').filter((e) => e.kind === 'agreement.sign');
  assert.ok(got.length >= 2, JSON.stringify(got.map(brief)));
  for (const e of got) assert.equal(e.modality, 'planned');
});

test('a plural or reciprocal object with two countries as subject goes both ways', () => {
  const got = diplomatic('Saudi Arabia and Iran agreed on Friday to re-establish relations and reopen embassies within two months.')
    .filter((e) => e.kind === 'mission.reopen').map(brief);
  assert.deepEqual(got.sort(), ['mission.reopen IRN>SAU 2024-05-10 planned', 'mission.reopen SAU>IRN 2024-05-10 planned']);
});

test('"since then" spans from the date before to the article date', () => {
  const text = 'Hungary and Kazakhstan established diplomatic relations in 1992. Since then, the two countries have signed more than 30 agreements.';
  const e = diplomatic(text).find((x) => x.kind === 'agreement.sign');
  assert.equal(e?.date.value, '1992/2024');
});

test('the host of the pair opens nothing: "the two countries agreed to open a trade office in Sao Paulo"', () => {
  const text = 'Brazil and Vietnam held talks in Hanoi. The two countries agreed to upgrade their ties and to open a trade office in Sao Paulo.';
  const e = diplomatic(text).find((x) => x.kind === 'mission.open');
  assert.equal(e ? brief(e) : null, 'mission.open VNM>BRA 2024-05-10 planned');
  assert.equal(e?.attributes.missionType, 'office');
  assert.equal(e?.attributes.city, 'Sao Paulo');
});

test('"the two countries will open embassies in each other\'s capitals": one opening each way', () => {
  const got = diplomatic('Cuba and South Korea established diplomatic relations in February 2024. The two countries will open embassies in each other\'s capitals.')
    .filter((e) => e.kind === 'mission.open').map(brief);
  assert.deepEqual(got.sort(), ['mission.open CUB>KOR 2024-05-10 planned', 'mission.open KOR>CUB 2024-05-10 planned']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/nlp/dates/find.js';
import { brief, diplomatic, expectEvents, expectNoKind } from './helpers.js';

/**
 * A sixth round (sentences written for these tests): background events dated by a time stated
 * before them (anaphoric "that month", "the same year", a sentence-opening date over its
 * coordinate clauses, the saying's date over its complement, "N years ago today"), intransitive
 * openings and closings of missions, and "responded by expelling". Published Friday 2024-05-10.
 */
expectEvents([
  // anaphoric dates: the time stated last before
  ['Analysts single out March 2011 as the turning point. That month the Chilean president paid a state visit to Argentina.', 'visit CHL>ARG 2011-03 asserted'],
  ['Talks stalled in August 2019. That same month, Peru and Bolivia signed a border protocol.', 'agreement.sign PER>BOL 2019-08 asserted'],
  ['Ghana and Togo agreed a roadmap in 2016, and the two countries signed a visa accord in June of the same year.', 'agreement.sign GHA>TGO 2016-06 asserted'],
  ['Relations thawed in 2003. In October of that year, Oman opened an embassy in Tehran.', 'mission.open OMN>IRN 2003-10 asserted'],
  ['The crisis peaked in 1998. That year Iraq expelled two Kuwaiti diplomats.', 'envoy.expel IRQ>KWT 1998 asserted'],
  // a date that opens the sentence dates its coordinate clauses
  ['In March 2019 Latvia expelled a Belarusian diplomat, and Minsk in turn expelled a Latvian envoy.', 'envoy.expel BLR>LVA 2019-03 asserted'],
  ['On Tuesday, Ecuador recalled its ambassador from Mexico, and Mexico closed its embassy in Quito.', 'mission.close MEX>ECU 2024-05-07 asserted'],
  // the date of the saying dates what it reports as done
  ['On 3 March 2015, the Omani minister announced that Oman was restoring diplomatic relations with Egypt.', 'relations.restore OMN>EGY 2015-03-03 asserted'],
  ['In 2016 the Chilean minister told reporters that Chile had reopened its embassy in Caracas.', 'mission.reopen CHL>VEN 2016 asserted'],
  // "N years ago today"
  ['Twenty years ago today, Peru opened its embassy in Baku.', 'mission.open PER>AZE 2004-05-10 asserted'],
  ['Eleven years ago today, Canada severed diplomatic relations with Syria.', 'relations.sever CAN>SYR 2013-05-10 asserted'],
  // "in YEAR, when …": the when-clause's date also dates the verb phrase coordinated with it
  ['The break came in 2008, when Serbia recalled its ambassador and closed its embassy in Pristina.', 'mission.close SRB>XKX 2008 asserted'],
  // the mission as the subject of an intransitive "open" / "close"
  ['The Embassy of Panama in Seoul opened in 2013.', 'mission.open PAN>KOR 2013 asserted'],
  ['The honorary consulate of Chile in Porto, Portugal, officially opened on Monday.', 'mission.open CHL>PRT 2024-05-06 asserted'],
  ["Norway's consulate in Murmansk will close on 1 September 2024.", 'mission.close NOR>RUS 2024-09-01 planned'],
  ['The Kenyan embassy in Dakar opened its doors on Wednesday.', 'mission.open KEN>SEN 2024-05-08 asserted'],
  // "responded / retaliated by expelling"
  ['Chile retaliated by expelling two Peruvian diplomats.', 'envoy.expel CHL>PER 2024-05-10 asserted'],
  ['Poland expelled a Russian diplomat, and Russia responded by expelling two Polish diplomats.', 'envoy.expel RUS>POL 2024-05-10 asserted'],
], 'round six: ');

expectNoKind([
  ['Outside the embassy, police opened fire on protesters.', 'mission.open'],
  ['The embassy opened an investigation into the incident.', 'mission.open'],
  ['The consulate closed the visa section for a week of repairs.', 'mission.close'],
]);

test('"N years ago today" is the article day in that year; "N years ago" stays a year', () => {
  assert.deepEqual(findDates('Thirty years ago today, Peru').map((d) => d.form), [{ kind: 'offset', unit: 'year', n: -30, q: null, sameDay: true }]);
  assert.deepEqual(findDates('Fifteen years ago, Peru').map((d) => d.form), [{ kind: 'offset', unit: 'year', n: -15, q: null }]);
});

test('a back-reference with nothing stated before stays undated', () => {
  const got = diplomatic('That month the Chilean president paid a state visit to Argentina.').map(brief);
  assert.deepEqual(got, ['visit CHL>ARG 2024-05-10 asserted']);
});

test('a saying\'s date does not date a plan it reports', () => {
  const got = diplomatic('On Monday, the Chilean minister said that Chile would reopen its embassy in Caracas.').map(brief);
  assert.deepEqual(got, ['mission.reopen CHL>VEN 2024-05-10 planned']);
});

test('a sentence-opening date does not date a coordinate clause that moves on or looks ahead', () => {
  const later = diplomatic('In 2019 Latvia expelled a Belarusian diplomat, and Minsk later expelled a Latvian envoy.').map(brief);
  assert.ok(later.includes('envoy.expel BLR>LVA 2024-05-10 asserted'), JSON.stringify(later));
  const ahead = diplomatic('On Tuesday Peru expelled a Chilean diplomat, and Chile is expected to expel a Peruvian envoy.').map(brief);
  assert.ok(!ahead.some((b) => b.startsWith('envoy.expel CHL>PER 2024-05-07')), JSON.stringify(ahead));
});

expectNoKind([
  // a time adverbial's noun is no party; private travellers; past cooperation; anonymity; accession talks
  ['Kenyans living in or travelling to Uganda are asked to register with the embassy.', 'visit'],
  ['Thousands of Filipinos travelled to Kuwait last year.', 'visit'],
  ['The minister recalled that the two countries have since worked closely within the African Union.', 'cooperation.intent'],
  ['Ghana and Togo cooperated closely on border security in 2019.', 'cooperation.intent'],
  ['"Trust takes time," said a retired Chilean ambassador who asked not to be named.', 'envoy.appoint'],
  ['A Peruvian diplomat, who declined to be named, said the talks had stalled.', 'envoy.appoint'],
  ['Protests have continued since March, when the government suspended EU accession talks.', 'membership.join'],
  ['Serbia wants to speed up its membership negotiations with the European Union.', 'membership.join'],
]);

test('a noun after "after / since the … of" is no party of a symmetric event', () => {
  const got = diplomatic('Kazakhstan and Chile established diplomatic relations in 1992, shortly after the collapse of the Soviet Union.');
  const est = got.find((e) => e.kind === 'relations.establish');
  assert.ok(est, JSON.stringify(got.map(brief)));
  assert.deepEqual([...new Set([est.source, est.target, ...est.participants].map((a) => a?.country))].sort(), ['CHL', 'KAZ']);
});

test('a bid to join is intended; a counterfactual trip did not happen', () => {
  const bid = diplomatic("Hungary criticised Moldova's bid to join the European Union on Monday.").filter((e) => e.kind === 'membership.join');
  assert.ok(bid.every((e) => e.modality === 'intended'), JSON.stringify(bid.map(brief)));
  const trip = diplomatic('The Chilean minister cancelled a visit to Lima planned for next week. The trip would have been the first by a Chilean minister to Peru in two years.');
  assert.ok(trip.length > 0 && trip.every((e) => e.modality === 'negated'), JSON.stringify(trip.map(brief)));
});

expectEvents([
  ['Sweden joined NATO in March 2024.', 'membership.join SWE>NAT 2024-03 asserted'],
  ['Ghana and Togo agreed to cooperate on border security.', 'cooperation.intent GHA>TGO 2024-05-10 intended'],
  ['The Chileans travelled to Lima for talks on Monday, the ministry said.', 'visit CHL>PER 2024-05-06 asserted'],
  ['Relations have grown since the Malaysian prime minister visited Tashkent and Samarkand in May 2023, when the two sides set a trade target.', 'visit MYS>UZB 2023-05 asserted'],
  ['The ministry said that the honorary consulate of Kenya in Kano will close on 30 June 2024.', 'mission.close KEN>NGA 2024-06-30 planned'],
], 'round six: ');

expectEvents([
  // one event per destination country
  ['The Chilean president travelled to Peru and Bolivia in March.', 'visit CHL>BOL 2024-03 asserted'],
  ['The Chilean president travelled to Peru and Bolivia in March.', 'visit CHL>PER 2024-03 asserted'],
  ['Denmark will close its consulates general in Hamburg and Guangzhou by the end of September.', 'mission.close DNK>CHN 2024-09 planned'],
  // a gerund after a preposition is a verb
  ['For years Ghana covered Chile from its embassy in Brasilia before opening an embassy in Santiago in 2016.', 'mission.open GHA>CHL 2016 asserted'],
  // an agentless passive expulsion announced by a side is that side's
  ['On Monday the Chilean foreign minister announced that a Peruvian military attaché had been declared persona non grata.', 'envoy.expel CHL>PER 2024-05-06 asserted'],
  ['Latvia on Tuesday declared a counsellor at the Russian embassy in Riga persona non grata.', 'envoy.expel LVA>RUS 2024-05-07 asserted'],
  // "that evening" after a day stated earlier in the sentence, in a relative clause too
  ['The Italian prime minister, who arrived in Tunis on Wednesday, met the Tunisian president that evening.', 'meeting ITA>TUN 2024-05-08 asserted'],
  // an apposed name over a description ("the host, X")
  ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday. Boric also held talks with the host, Colombian President Gustavo Petro, on Tuesday.', 'meeting CHL>COL 2024-05-07 asserted'],
], 'round six: ');

test('a trip to a region names no host', () => {
  const got = diplomatic('The Chilean president met Peruvian President Dina Boluarte on Monday. The Chilean president will travel to Southeast Asia next month.')
    .filter((e) => e.kind === 'visit').map(brief);
  assert.deepEqual(got, []);
});

test('"will meet X for talks": the purpose noun is as planned as its verb (no asserted twin)', () => {
  const got = diplomatic('The Chilean president will meet Peruvian President Dina Boluarte for talks on trade.').filter((e) => e.kind === 'meeting' || e.kind === 'meeting.intent');
  assert.ok(got.length > 0 && got.every((e) => e.modality !== 'asserted'), JSON.stringify(got.map(brief)));
});

expectEvents([
  // Spanish-influenced English of ministry notes
  ['The Chilean foreign minister sustained a work meeting with his Peruvian counterpart on Tuesday.', 'meeting CHL>PER 2024-05-07 asserted'],
  ['Peru and Chile subscribed a memorandum on migration on Monday.', 'agreement.sign PER>CHL 2024-05-06 asserted'],
  ['The Chilean minister, who realizes an official visit to Peru this week, met President Dina Boluarte on Tuesday.', 'visit CHL>PER 2024-05-06/2024-05-12 asserted'],
  ['The last binational cabinet of Peru and Ecuador was realized in Tumbes in October 2022.', 'meeting PER>ECU 2022-10 asserted'],
  // other wordings of a signing
  ['When the envoys of Chile and Argentina put their names to the treaty in Rome on November 29, 1984, ending the dispute, crowds gathered.', 'agreement.sign CHL>ARG 1984-11-29 asserted'],
  ['The two leaders are expected to witness the signing of an arrangement between Ghana and Togo on trade.', 'agreement.sign GHA>TGO 2024-05-10 planned'],
  // a participle after a name that opens the sentence is its verb ("X promised in 2015 …, and Y met …")
  ['Chilean President Michelle Bachelet promised in 2014 to repair ties with Bolivia, and her foreign minister met his Bolivian counterpart in La Paz in March 2015.', 'meeting CHL>BOL 2015-03 asserted'],
  // an undated past sentence that goes on telling a dated background occasion
  ['Eleven years ago today, on 10 May 2013, Ghana severed diplomatic relations with Togo. The decision came as a surprise. Ghana closed its embassy in Lome and expelled the Togolese ambassador.', 'mission.close GHA>TGO 2013-05-10 asserted'],
], 'round six: ');

expectNoKind([
  ['Britain subscribed to the principles of the charter on Monday.', 'agreement.sign'],
  ['Leyla Rustamova told reporters that each state has the right to decide on opening and closing its embassies abroad.', 'mission.open'],
]);

test('a story of this week keeps the article date for an undated past sentence', () => {
  const got = diplomatic('Ghana severed diplomatic relations with Togo on Monday. Ghana closed its embassy in Lome and expelled the Togolese ambassador.').map(brief);
  assert.ok(got.includes('mission.close GHA>TGO 2024-05-10 asserted'), JSON.stringify(got));
});

test('"would have a role" is no counterfactual', () => {
  const got = diplomatic('The minister said the opening of the Chilean embassy in Lima would have a vital role in trade.').filter((e) => e.kind === 'mission.open');
  assert.ok(got.every((e) => e.modality !== 'negated'), JSON.stringify(got.map(brief)));
});

expectEvents([
  ['The Ghanaian minister received the new ambassador of Chile, who handed him a copy of his letters of credence.', 'envoy.credentials CHL>GHA 2024-05-10 asserted'],
  ['The Ghanaian minister met the new ambassador of Chile on Tuesday. In the afternoon, the Ghanaian minister received the ambassador of Togo.', 'meeting GHA>TGO 2024-05-07 asserted'],
  ['Italian Prime Minister Giorgia Meloni met Spanish Prime Minister Pedro Sanchez on Monday. Greek Prime Minister Kyriakos Mitsotakis held talks with Cypriot President Nikos Christodoulides on Tuesday. The two leaders agreed to deepen cooperation on energy.', 'cooperation.intent GRC>CYP 2024-05-10 intended'],
], 'round six: ');

test('a place after a further verb is not the first verb\'s host', () => {
  const got = diplomatic('Denmark to shut two consulates, open embassy in Manila').map(brief);
  assert.ok(!got.some((b) => b.startsWith('mission.close DNK>PHL')), JSON.stringify(got));
  assert.ok(got.includes('mission.open DNK>PHL 2024-05-10 planned'), JSON.stringify(got));
});

test('a subject "A and <unknown name>" takes no side from the article\'s pair', () => {
  const got = diplomatic('The Chilean minister met the Bolivian minister on Monday. Ghana and the Republic of Ruritania signed a joint communique on the establishment of diplomatic relations on Tuesday.');
  const est = got.filter((e) => e.kind === 'relations.establish');
  assert.ok(est.every((e) => ![e.source, e.target, ...e.participants].some((a) => a?.country === 'CHL' || a?.country === 'BOL')), JSON.stringify(got.map(brief)));
});

expectEvents([
  // a document's topic takes the parties of the verb that governs the document, however far
  ['Ghana and the Republic of Chile signed on Monday 6 May 2024 in New York a joint communique on the establishment of diplomatic relations.', 'relations.establish GHA>CHL 2024-05-06 asserted'],
  // a meeting in a "that"-clause naming no party is the pair's who agreed to it
  ["Ghana's trade minister and Togo's trade minister signed a memorandum on customs and agreed that the joint commission would hold its next session in Accra in November.", 'meeting GHA>TGO 2024-11 planned'],
], 'round six: ');

test('a country apposed to a place ("in Kananaskis, Canada") is no party', () => {
  const got = diplomatic('The Chilean president met the Peruvian president in Lima, Peru, on Monday, and will meet the Bolivian president in Sucre, Bolivia, next week.');
  for (const e of got.filter((x) => x.kind === 'meeting' && x.target?.country === 'PER')) {
    assert.deepEqual([...new Set([e.source, e.target, ...e.participants].map((a) => a?.country))].sort(), ['CHL', 'PER']);
  }
  assert.ok(got.some((e) => e.kind === 'meeting' && e.target?.country === 'PER'), JSON.stringify(got.map(brief)));
});

expectNoKind([
  ['Protests have gone on since March, when the government suspended talks on joining the European Union.', 'membership.join'],
  ['Norway will hold a referendum on joining the European Union.', 'membership.join'],
  ['The UN Security Council will convene on Monday to discuss the crisis.', 'meeting'],
]);

expectEvents([
  ['The council, which the Chilean and Peruvian presidents are due to co-chair, is expected to convene in Lima in June.', 'meeting CHL>PER 2024-06 planned'],
  ["The ministry wishes to inform the public that Chile's honorary consulate in La Paz will close on 31 July 2024.", 'mission.close CHL>BOL 2024-07-31 planned'],
], 'round six: ');

test('an organisation whose summit is the venue ("on the sidelines of the G7 summit") is no participant', () => {
  const got = diplomatic('The Chilean president will meet the Peruvian president next week on the sidelines of the Group of Seven summit.')
    .filter((e) => e.kind === 'meeting' || e.kind === 'meeting.intent');
  assert.ok(got.length > 0, 'no meeting');
  for (const e of got) assert.ok(![e.source, e.target, ...e.participants].some((a) => a?.type === 'igo'), JSON.stringify(got.map(brief)));
});

test('a sentence-opening date does not date a clause of another time ("after …")', () => {
  const got = diplomatic('In 2019 Peru opened an embassy in Baku after Azerbaijan opened an embassy in Lima.').map(brief);
  assert.ok(got.includes('mission.open PER>AZE 2019 asserted'), JSON.stringify(got));
  assert.ok(!got.includes('mission.open AZE>PER 2019 asserted'), JSON.stringify(got));
});

expectEvents([
  // a visitor in a relative clause; "working" names the kind of visit, no intent
  ['The Peruvian foreign minister held talks with his Bolivian counterpart, who is on a working visit to Lima.', 'visit BOL>PER 2024-05-10 asserted'],
  ['Peruvian President Dina Boluarte received the Chilean foreign minister, who is paying an official visit to Peru.', 'visit CHL>PER 2024-05-10 asserted'],
], 'round six: ');

expectEvents([
  ['In August 2021 the Chilean president went back to Lima, where the two sides signed three accords.', 'visit CHL>PER 2021-08 asserted'],
  ['The Chilean president went to Lima in March.', 'visit CHL>PER 2024-03 asserted'],
  ["The Chilean president's conversation with the Peruvian president on Monday was frank.", 'meeting CHL>PER 2024-05-06 asserted'],
], 'round six: ');

expectNoKind([
  ['Peru will return to the negotiating table next week.', 'visit'],
  ['The Chilean president met the Peruvian president in Lima on Monday. The Chilean president will return to Chile on Friday.', 'visit'],
  ['In a conversation with reporters, the Peruvian minister criticised the plan.', 'meeting'],
  ['Once both ratifications are complete, the Chilean and Peruvian presidents will exchange the instruments at a ceremony.', 'agreement.sign'],
]);

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/nlp/dates/find.js';
import { brief, diplomatic, expectEvents, expectExactly, expectNoKind } from './helpers.js';

/**
 * A sixth round (sentences written for these tests): background events dated by a time stated
 * before them (anaphoric "that month", "the same year", a sentence-opening date over its
 * coordinate clauses, the saying's date over its complement, "N years ago today"), intransitive
 * openings and closings of missions, and "responded by expelling". Published Friday 2024-05-10.
 */
expectEvents([
  // anaphoric dates: the time stated last before
  ['Analysts single out March 2011 as the turning point. That month the Chilean president flew to Argentina on an official trip.', 'visit CHL>ARG 2011-03 asserted'],
  ['Talks stalled in August 2019. That same month, Peru and Bolivia signed a border protocol.', 'agreement.sign PER>BOL 2019-08 asserted'],
  ['Ghana and Togo agreed a roadmap in 2016, and the two countries signed a visa accord in June of the same year.', 'agreement.sign GHA>TGO 2016-06 asserted'],
  ['Relations thawed in 2003. In October of that year, Oman opened an embassy in Tehran.', 'mission.open OMN>IRN 2003-10 asserted'],
  ['The crisis peaked in 1998. That year Iraq expelled two Kuwaiti diplomats.', 'envoy.expel IRQ>KWT 1998 asserted'],
  // a date that opens the sentence dates its coordinate clauses
  ['In March 2019 Latvia expelled a Belarusian diplomat, and Minsk replied by expelling a Latvian envoy.', 'envoy.expel BLR>LVA 2019-03 asserted'],
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

expectExactly([
  ['a back-reference with nothing stated before stays undated',
    'That month the Chilean president flew to Argentina on an official trip.', ['visit CHL>ARG 2024-05-10 asserted']],
  ['a saying\'s date does not date a plan it reports',
    'On Monday, the Chilean minister said that Chile would reopen its embassy in Caracas.', ['mission.reopen CHL>VEN 2024-05-10 planned']],
]);

test('a sentence-opening date does not date a coordinate clause that moves on or looks ahead', () => {
  const later = diplomatic('In 2019 Latvia expelled a Belarusian diplomat, and Minsk later expelled a Latvian envoy.').map(brief);
  assert.ok(later.includes('envoy.expel BLR>LVA 2024-05-10 asserted'), JSON.stringify(later));
  const ahead = diplomatic('On Tuesday Peru expelled a Chilean diplomat, and Chile is expected to expel a Peruvian envoy.').map(brief);
  assert.ok(!ahead.some((b) => b.startsWith('envoy.expel CHL>PER 2024-05-07')), JSON.stringify(ahead));
});

expectNoKind([
  // a time adverbial's noun is no party; private travellers; past cooperation; anonymity; accession talks
  ['Ghanaians who work in or travel to Togo should register with the consulate.', 'visit'],
  ['Thousands of Filipinos travelled to Kuwait last year.', 'visit'],
  ['The minister noted that both states have since cooperated within ECOWAS on fisheries.', 'cooperation.intent'],
  ['Ghana and Togo cooperated closely on border security in 2019.', 'cooperation.intent'],
  ['"We are patient," said a Chilean envoy in Lima who asked that he not be named.', 'envoy.appoint'],
  ['A Peruvian diplomat, who declined to be named, said the talks had stalled.', 'envoy.appoint'],
  ['Strikes have gone on since June, when the cabinet froze EU accession talks.', 'membership.join'],
  ['Serbia wants to speed up its membership negotiations with the European Union.', 'membership.join'],
]);

test('a noun after "after / since the … of" is no party of a symmetric event', () => {
  const got = diplomatic('Chile and Slovakia established diplomatic relations in 1993, soon after the split of Czechoslovakia.');
  const est = got.find((e) => e.kind === 'relations.establish');
  assert.ok(est, JSON.stringify(got.map(brief)));
  assert.deepEqual([...new Set([est.source, est.target, ...est.participants].map((a) => a?.country))].sort(), ['CHL', 'SVK']);
});

test('a bid to join is intended; a counterfactual trip did not happen', () => {
  const bid = diplomatic("Romania praised Moldova's bid to join the European Union on Monday.").filter((e) => e.kind === 'membership.join');
  assert.ok(bid.every((e) => e.modality === 'intended'), JSON.stringify(bid.map(brief)));
  const trip = diplomatic('The Chilean minister cancelled a trip to Lima planned for next week. A visit to Peru by the Chilean minister would have marked the first such trip in years.');
  assert.ok(trip.length > 0 && trip.every((e) => e.modality === 'negated'), JSON.stringify(trip.map(brief)));
});

expectEvents([
  ['Sweden joined NATO in March 2024.', 'membership.join SWE>NAT 2024-03 asserted'],
  ['Ghana and Togo agreed to cooperate on border security.', 'cooperation.intent GHA>TGO 2024-05-10 intended'],
  ['The Chileans flew to Lima for talks on Monday, the ministry said.', 'visit CHL>PER 2024-05-06 asserted'],
  ['Ties have deepened since the Indian prime minister visited Almaty and Astana in June 2022, when both sides agreed a trade goal.', 'visit IND>KAZ 2022-06 asserted'],
  ['The ministry said that the honorary consulate of Ghana in Lyon will close on 15 August 2024.', 'mission.close GHA>FRA 2024-08-15 planned'],
], 'round six: ');

expectEvents([
  // one event per destination country
  ['The Chilean president travelled to Peru and Bolivia in March.', 'visit CHL>BOL 2024-03 asserted'],
  ['The Chilean president travelled to Peru and Bolivia in March.', 'visit CHL>PER 2024-03 asserted'],
  ['Norway will shut its consulates general in Milan and Osaka by the end of October.', 'mission.close NOR>JPN 2024-10 planned'],
  // a gerund after a preposition is a verb
  ['Ghana covered Chile from Brasilia for years prior to opening an embassy in Santiago in 2016.', 'mission.open GHA>CHL 2016 asserted'],
  // an agentless passive expulsion announced by a side is that side's
  ['On Monday the Chilean foreign minister said that a Peruvian naval attaché was declared persona non grata.', 'envoy.expel CHL>PER 2024-05-06 asserted'],
  ['On Tuesday Latvia declared the first secretary of the Belarusian embassy persona non grata.', 'envoy.expel LVA>BLR 2024-05-07 asserted'],
  // "that evening" after a day stated earlier in the sentence, in a relative clause too
  ['The Italian prime minister, who landed in Tunis on Wednesday, held talks with the Tunisian president that evening.', 'meeting ITA>TUN 2024-05-08 asserted'],
  // an apposed name over a description ("the host, X")
  ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte on Monday. Boric also held talks with the host, Colombian President Gustavo Petro, on Tuesday.', 'meeting CHL>COL 2024-05-07 asserted'],
], 'round six: ');

test('a trip to a region names no host', () => {
  const got = diplomatic('The Chilean president met Peruvian President Dina Boluarte on Monday. The Chilean president will travel to Central Asia later this month.')
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
  ['The Chilean minister, who realizes a state visit to Peru this week, met President Dina Boluarte on Tuesday.', 'visit CHL>PER 2024-05-06/2024-05-12 asserted'],
  ['The previous binational cabinet of Peru and Ecuador was realized in Loja in November 2021.', 'meeting PER>ECU 2021-11 asserted'],
  // other wordings of a signing
  ['When Chile and Argentina put their signatures to the peace treaty at the Vatican on November 29, 1984, ending a century of disputes, church bells rang.', 'agreement.sign CHL>ARG 1984-11-29 asserted'],
  ['Both presidents are set to attend the signing of a fisheries arrangement between Ghana and Togo.', 'agreement.sign GHA>TGO 2024-05-10 planned'],
  // a participle after a name that opens the sentence is its verb ("X promised in 2015 …, and Y met …")
  ['President Akufo-Addo pledged in 2017 to mend ties with Togo, and his foreign minister held talks with her Togolese counterpart in Lome in March 2018.', 'meeting GHA>TGO 2018-03 asserted'],
  // an undated past sentence that goes on telling a dated background occasion
  ['On 10 May 2013, Ghana broke off diplomatic relations with Togo. Few diplomats had seen it coming. Ghana shut its embassy in Lome and expelled the Togolese ambassador.', 'mission.close GHA>TGO 2013-05-10 asserted'],
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
  ['The Ghanaian minister welcomed Chile\'s incoming envoy, who gave him a copy of his credentials.', 'envoy.credentials CHL>GHA 2024-05-10 asserted'],
  ['The Ghanaian minister met Chile\'s incoming envoy on Tuesday. In the evening, the Ghanaian minister hosted the Togolese ambassador.', 'meeting GHA>TGO 2024-05-07 asserted'],
  ['Italian Prime Minister Giorgia Meloni met Spanish Prime Minister Pedro Sanchez on Monday. Greek Prime Minister Kyriakos Mitsotakis held talks with Cypriot President Nikos Christodoulides on Tuesday. The two leaders pledged to cooperate on energy.', 'cooperation.intent GRC>CYP 2024-05-07 intended'],
], 'round six: ');

test('a place after a further verb is not the first verb\'s host', () => {
  const got = diplomatic('Norway to close three consulates, open embassy in Hanoi').map(brief);
  assert.ok(!got.some((b) => b.startsWith('mission.close NOR>VNM')), JSON.stringify(got));
  assert.ok(got.includes('mission.open NOR>VNM 2024-05-10 planned'), JSON.stringify(got));
});

test('a subject "A and <unknown name>" takes no side from the article\'s pair', () => {
  const got = diplomatic('The Chilean minister met the Bolivian minister on Monday. Ghana and the Republic of Ruritania issued a joint statement on the establishment of diplomatic relations on Tuesday.');
  const est = got.filter((e) => e.kind === 'relations.establish');
  assert.ok(est.every((e) => ![e.source, e.target, ...e.participants].some((a) => a?.country === 'CHL' || a?.country === 'BOL')), JSON.stringify(got.map(brief)));
});

expectEvents([
  // a document's topic takes the parties of the verb that governs the document, however far
  ['Ghana and the Republic of Chile issued in Geneva on Monday 6 May 2024 a joint statement on the establishment of diplomatic relations.', 'relations.establish GHA>CHL 2024-05-06 asserted'],
  // a meeting in a "that"-clause naming no party is the pair's who agreed to it
  ["Ghana's trade minister and Togo's trade minister signed a memorandum on customs and decided that the joint commission would hold its fifth session in Accra in November.", 'meeting GHA>TGO 2024-11 planned'],
], 'round six: ');

test('a country apposed to a place ("in Kananaskis, Canada") is no party', () => {
  const got = diplomatic('The Chilean president met the Peruvian president in Lima, Peru, on Monday, and will meet the Bolivian president in Sucre, Bolivia, next week.');
  for (const e of got.filter((x) => x.kind === 'meeting' && x.target?.country === 'PER')) {
    assert.deepEqual([...new Set([e.source, e.target, ...e.participants].map((a) => a?.country))].sort(), ['CHL', 'PER']);
  }
  assert.ok(got.some((e) => e.kind === 'meeting' && e.target?.country === 'PER'), JSON.stringify(got.map(brief)));
});

expectNoKind([
  ['Strikes have gone on since June, when the cabinet froze talks on joining the European Union.', 'membership.join'],
  ['Norway will hold a referendum on joining the European Union.', 'membership.join'],
  ['The UN Security Council will convene on Monday to discuss the crisis.', 'meeting'],
]);

expectEvents([
  ['The Chilean and Peruvian presidents will co-chair the cooperation council, which is set to convene in Lima in June.', 'meeting CHL>PER 2024-06 planned'],
  ["The embassy hereby notifies citizens that Chile's honorary consulate in Cusco will close on 31 July 2024.", 'mission.close CHL>PER 2024-07-31 planned'],
], 'round six: ');

test('an organisation whose summit is the venue ("on the sidelines of the G7 summit") is no participant', () => {
  const got = diplomatic('The Chilean president will hold talks with the Peruvian president on the fringes of the G20 summit in June.')
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
  ['The Peruvian foreign minister hosted his Bolivian counterpart, who is on a working visit to Lima.', 'visit BOL>PER 2024-05-10 asserted'],
  ['Peruvian President Dina Boluarte received the Chilean foreign minister, who is paying an official visit to Peru.', 'visit CHL>PER 2024-05-10 asserted'],
], 'round six: ');

expectEvents([
  ['In June 2021 the Chilean president went back to Lima, where both governments signed a fisheries accord.', 'visit CHL>PER 2021-06 asserted'],
  ['The Chilean president went to Lima in March.', 'visit CHL>PER 2024-03 asserted'],
  ["The Chilean president's conversation with the Peruvian president on Monday lasted an hour.", 'meeting CHL>PER 2024-05-06 asserted'],
], 'round six: ');

expectNoKind([
  ['Peru will return to the negotiating table next week.', 'visit'],
  ['The Chilean president met the Peruvian president in Lima on Monday. The Chilean president will return to Chile on Friday.', 'visit'],
  ['In a conversation with reporters, the Peruvian minister criticised the plan.', 'meeting'],
  ['Once both ratifications are complete, the Chilean and Peruvian presidents will exchange the instruments at a ceremony.', 'agreement.sign'],
]);

// review mends: "that year" after a verb is no complement clause; lists of destinations read in full
expectEvents([
  ['Chile expelled two Peruvian diplomats on 3 March 2015. The Chilean president visited Lima in June of that year.', 'visit CHL>PER 2015-06 asserted'],
  ['The Chilean president will travel to Peru, Bolivia and Ecuador.', 'visit CHL>PER 2024-05-10 planned'],
  ['The Chilean president will travel to Peru, Bolivia and Ecuador.', 'visit CHL>ECU 2024-05-10 planned'],
  ['Chile will close its embassies in Peru and Bolivia next year.', 'mission.close CHL>BOL 2025 planned'],
  ['Chile will close its embassies in Peru and Bolivia next year.', 'mission.close CHL>PER 2025 planned'],
  ['The Chilean president will travel to Europe and Peru next month.', 'visit CHL>PER 2024-06 planned'],
], 'round six review: ');

test('"N years ago today" without a publication date stays undated', () => {
  const got = diplomatic('Ten years ago today, Chile opened an embassy in Lima.', null);
  assert.ok(got.length > 0 && got.every((e) => e.date.value === null), JSON.stringify(got.map(brief)));
});

expectNoKind([
  // opening hours are no opening or closing of a mission
  ['The Chilean embassy in Lima will close on Monday for a public holiday.', 'mission.close'],
  ['The Peruvian consulate in Santiago closes at 2 pm on Fridays.', 'mission.close'],
  ['The Chilean embassy in Lima opened at 9 am as usual.', 'mission.open'],
]);

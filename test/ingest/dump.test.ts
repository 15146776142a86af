import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPlaceResolver, finishDraft, parseText, resolveReadOptions } from '../../src/ingest/index.js';
import { DUMP_STORY } from './helpers.js';

const places = createPlaceResolver();
const opts = resolveReadOptions({ places });
const read = (text: string) => {
  const r = finishDraft(parseText(text, 'test.txt', places), opts);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.value;
};

test('dump metadata: title without (PHOTO), date-time, source, author, dateline', () => {
  const a = read(DUMP_STORY);
  assert.equal(a.title, 'Azerbaijan and Peru eye closer ties, says envoy');
  assert.equal(a.published, '2017-08-17T11:27');
  assert.equal(a.source, 'Caspian Desk');
  assert.equal(a.author, 'Nigar Aliyeva');
  assert.deepEqual(a.dateline, { place: 'Baku', country: 'AZE', date: '2017-08-17' });
  assert.equal(a.language, 'en');
  assert.equal(a.duplicateOf, null);
  assert.match(a.id, /^[0-9a-f]{16}$/);
});

test('dump text: headline first, paragraphs by blank lines, boilerplate gone', () => {
  const a = read(DUMP_STORY);
  const paras = a.text.split('\n\n');
  assert.equal(paras[0], 'Azerbaijan and Peru eye closer ties, says envoy');
  assert.match(paras[1], /^Azerbaijan and Peru can work together/);
  assert.match(paras.at(-1)!, /^A parliamentary friendship group/);
  for (const junk of ['(PHOTO)', '---', 'Follow the author', 'By Nigar', '| www.', 'Aug.17']) assert.ok(!a.text.includes(junk), junk);
});

test('the same id for the same normalised text', () => {
  assert.equal(read(DUMP_STORY).id, read(DUMP_STORY.replace(/ {1}/g, '  ').replace(/\n\n/g, '\n\n\n')).id);
});

test('a date line followed by body text: that text is body, not a headline', () => {
  const a = read(' date 2023-02-16 Fiji\'s cabinet has endorsed an agreement with India on visa exemption for diplomatic passports.\n\nThe agreement is to be signed this week in Nadi, the prime minister said.');
  assert.equal(a.published, '2023-02-16');
  assert.match(a.text, /^Fiji's cabinet has endorsed/);
  assert.equal(a.title, "Fiji's cabinet has endorsed an agreement with India on visa exemption for diplomatic passports.");
});

test('a date line with an outlet byline, then an author byline, then junk', () => {
  const a = read(' date 2021-02-24 By Caspian Desk\n\n\n\nBy Vafa Aliyev\n\n+ ↺ − 16 px\n\nAzerbaijan and Mongolia held their first political consultations by video conference on February 23, 2021.\n\nThe deputy foreign ministers of the two countries took part.');
  assert.equal(a.source, 'Caspian Desk');
  assert.equal(a.author, 'Vafa Aliyev');
  assert.match(a.text, /^Azerbaijan and Mongolia held/);
  assert.ok(!a.text.includes('px'));
});

test('plain text without any metadata still works', () => {
  const a = read('Peru and Azerbaijan signed an agreement on visa exemption for diplomatic passports in 2014. Both sides welcomed it.');
  assert.equal(a.published, null);
  assert.equal(a.dateline, null);
  assert.equal(a.author, null);
  assert.match(a.title, /^Peru and Azerbaijan signed/);
  assert.match(a.text, /^Peru and Azerbaijan signed/);
});

test('inline datelines are parsed and stripped from the text', () => {
  const cases: [string, string | null, { place: string; country: string | null; date: string | null }, string][] = [
    ['BEIJING, (APP - Example News - 21st Sep, 2019 ) :China and the Solomon Islands established diplomatic relations on Saturday.', '2019-09-21',
      { place: 'Beijing', country: 'CHN', date: '2019-09-21' }, 'China and the Solomon Islands'],
    ['ISLAMABAD - Ambassador Misganu Arega on Thursday inaugurated the embassy of Ethiopia in the city.', '2023-05-12',
      { place: 'Islamabad', country: 'PAK', date: null }, 'Ambassador Misganu Arega'],
    ['UNITED NATIONS, (Example News - 19th Nov, 2022 ) :Pakistan and the Dominican Republic signed a joint communique on diplomatic relations.', null,
      { place: 'United Nations', country: null, date: '2022-11-19' }, 'Pakistan and the Dominican'],
    ['LIMA, June 25 (Andean Wire) - Peru and Azerbaijan marked the anniversary of their diplomatic relations with a reception.', '2021-06-26',
      { place: 'Lima', country: 'PER', date: '2021-06-25' }, 'Peru and Azerbaijan marked'],
  ];
  for (const [text, published, dateline, start] of cases) {
    const d = parseText(text, 't', places);
    const a = finishDraft({ ...d, published: published ?? d.published }, opts);
    assert.ok(a.ok);
    assert.deepEqual(a.value.dateline, dateline, text);
    assert.ok(a.value.text.startsWith(start), a.value.text);
  }
});

test('sentences that merely start with a country name are not datelines', () => {
  for (const text of ['Pakistan - a founding member of the group - welcomed the decision of the council.', 'Peru said on Monday it would reopen its embassy.']) {
    const d = parseText(text, 't', places);
    assert.equal(d.dateline, null, text);
    assert.equal(d.paragraphs[0], text);
  }
});

test('a yearless dateline after the published date belongs to the year before', () => {
  const d = parseText(' date 2018-01-02 Azerbaijan and Peru review ties\n\n2018-01-02 10:00 | www.example.example | 1\n\nBaku, Azerbaijan, Dec.30\n\nThe two foreign ministries reviewed the year in their bilateral relations and agreed on plans.', 't', places);
  const a = finishDraft(d, opts);
  assert.ok(a.ok);
  assert.equal(a.value.dateline?.date, '2017-12-30');
});

test('wire datelines: agency in parentheses or slashes, date then full stop', () => {
  const cases: [string, string, string | null, string][] = [
    ['WASHINGTON (AP) — The United States and Vietnam upgraded their relations on Sunday.', 'Washington', 'AP', 'The United States'],
    ['MOSCOW, June 5. /TASS/. Russia and Azerbaijan held consultations on Caspian issues.', 'Moscow', 'TASS', 'Russia and Azerbaijan'],
    ['BAKU, Azerbaijan, June 25. Azerbaijan and Peru marked the anniversary of relations.', 'Baku', null, 'Azerbaijan and Peru'],
  ];
  for (const [text, place, agency, start] of cases) {
    const d = parseText(text, 't', places);
    assert.equal(d.dateline?.place, place, text);
    assert.equal(d.source ?? null, agency, text);
    assert.ok(d.paragraphs[0].startsWith(start), d.paragraphs[0]);
  }
});

test('a dateline in the paragraph after a headline line', () => {
  const d = parseText('Peru and Azerbaijan hold consultations\n\nLIMA, June 25 (Andean Wire) - The foreign ministries of Peru and Azerbaijan held political consultations.', 't', places);
  assert.equal(d.title, 'Peru and Azerbaijan hold consultations');
  assert.equal(d.dateline?.place, 'Lima');
  assert.deepEqual(d.paragraphs, ['Peru and Azerbaijan hold consultations', 'The foreign ministries of Peru and Azerbaijan held political consultations.']);
});

test('boilerplate rules leave real sentences alone', () => {
  const body = [
    'Copyright protection was among the topics the two ministers discussed in Lima.',
    'Source countries of migration were also discussed by the delegations at length.',
    'The ministers agreed to meet again.',
    'Copyright © 2024 Example Media. All rights reserved.',
  ].join('\n\n');
  const d = parseText(body, 't', places);
  assert.deepEqual(d.paragraphs, body.split('\n\n').slice(0, 3));
});

test('a headline repeated as the first body line appears once', () => {
  const d = parseText(' date 2019-09-21 China and Solomon Islands establish ties (VIDEO)\n\n2019-09-21 18:00 | www.x.example | 1\n\nChina and Solomon Islands establish ties\n\nChina and the Solomon Islands established diplomatic relations in Beijing on Saturday.', 't', places);
  assert.deepEqual(d.paragraphs, ['China and Solomon Islands establish ties', 'China and the Solomon Islands established diplomatic relations in Beijing on Saturday.']);
});

test('bylines: names and outlets are read, sentences that start with "By" are not bylines', () => {
  const text = (first: string) => `${first}\n\nPeru and Azerbaijan held political consultations in Lima, the ministry said.`;
  const cases: [string, string | null, string | null][] = [
    ['By Leman Zeynalova – Trend:', 'Leman Zeynalova', 'Trend'],
    ['By: Amina Nazarli', 'Amina Nazarli', null],
    ['(MENAFN- AzerNews) By Amina Nazarli', 'Amina Nazarli', 'AzerNews'],
    ['By Maria de la Cruz, Andean Wire', 'Maria de la Cruz', 'Andean Wire'],
  ];
  for (const [line, author, source] of cases) {
    const d = parseText(text(line), 't', places);
    assert.equal(d.author, author, line);
    assert.equal(d.source ?? null, source, line);
    assert.equal(d.paragraphs.length, 1, line);
  }
  for (const line of ['By Tuesday, the two ministers had agreed on a plan.', 'By Tuesday, the two ministers had agreed']) {
    const d = parseText(text(line), 't', places);
    assert.equal(d.author, null, line);
    assert.equal(d.paragraphs[0], line);
  }
});

test('dateline and byline on one line', () => {
  const d = parseText(' date 2017-08-17 Peru and Azerbaijan eye ties\n\n2017-08-17 11:27 | www.x.example | 1\n\nBaku, Azerbaijan, Aug.17 By Nigar Aliyeva – Caspian Desk:\n\nAzerbaijan and Peru can cooperate at many levels, the envoy said.', 't', places);
  assert.equal(d.dateline?.place, 'Baku');
  assert.equal(d.author, 'Nigar Aliyeva');
  assert.equal(d.source, 'Caspian Desk');
  assert.deepEqual(d.paragraphs, ['Peru and Azerbaijan eye ties', 'Azerbaijan and Peru can cooperate at many levels, the envoy said.']);
});

test('bulleted and numbered lines stay separate paragraphs; hard-wrapped prose is still joined', () => {
  const bullets = [
    '- Tonga and Samoa agree on a joint fisheries patrol schedule for the coming season',
    '- Uruguay names its first resident ambassador to the Kingdom of Morocco in a decade',
    '- Nepal and Bhutan hold the fourth round of border talks in the town of Phuntsholing',
  ];
  assert.deepEqual(read(`Briefs of the day\n\n${bullets.join('\n')}`).text.split('\n\n').slice(1), bullets);
  const numbered = ['1. Ministers of Chile and Peru will meet in Arica on the first of the month to talk', '2. Trade officials of both countries will then draft a common customs checklist'];
  assert.deepEqual(read(`Agenda\n\n${numbered.join('\n')}`).text.split('\n\n').slice(1), numbered);
  const prose = ['The foreign minister of Ghana said on Monday that her government would open', 'a consulate in the city of Kumasi for traders from the neighbouring countries.'];
  assert.equal(read(`Consulate plan\n\n${prose.join('\n')}`).text.split('\n\n')[1], prose.join(' '));
});

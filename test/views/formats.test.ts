import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_COLUMNS, formatEvent, formatEvents } from '../../src/views/event-format.js';
import { Gazetteer } from '../../src/actors/gazetteer.js';
import { formatDate } from '../../src/views/labels.js';
import { article, country, day, event } from '../store/fixtures.js';

const a = article('fmt-1', 'Formats', ['Peru said "yes, and\tno" to Chile.']);
const e = event(a, 0, { kind: 'meeting', source: country('PER', 'Peru'), target: country('CHL', 'Chile'), date: day('2019-04'), sentence: 'Peru said "yes, and\tno" to Chile.' });
const info = new Map([[a.id, { id: a.id, title: a.title, url: 'https://x.example/a,b', published: '2019-04-02', source: 'Wire', duplicateOf: null }]]);

test('jsonl is the event itself', () => {
  assert.deepEqual(JSON.parse(formatEvent(e, 'jsonl')), e);
});

test('tsv keeps one row per event with no tabs inside cells', () => {
  const [header, row] = formatEvents([e], 'tsv', info).trimEnd().split('\n');
  assert.equal(header, EVENT_COLUMNS.join('\t'));
  const cells = row!.split('\t');
  assert.equal(cells.length, EVENT_COLUMNS.length);
  const col = (name: (typeof EVENT_COLUMNS)[number]): string => cells[EVENT_COLUMNS.indexOf(name)]!;
  assert.equal(col('date'), '2019-04');
  assert.equal(col('actor1_code'), 'PER');
  assert.equal(col('source_url'), 'https://x.example/a,b');
  assert.equal(col('evidence'), 'Peru said "yes, and no" to Chile.');
});

test('csv quotes cells with commas and quotes (RFC 4180)', () => {
  const row = formatEvents([e], 'csv', info).trimEnd().split('\n')[1]!;
  assert.ok(row.includes('"https://x.example/a,b"'));
  assert.ok(row.endsWith('"Peru said ""yes, and\tno"" to Chile."'));
});

test('country names, codes, official names and demonyms resolve (through the Gazetteer)', () => {
  const r = Gazetteer.load();
  const rows: [string, string | null][] = [
    ['Peru', 'PER'], ['PE', 'PER'], ['per', 'PER'], ['Republic of Azerbaijan', 'AZE'], ['Azerbaijani', 'AZE'],
    ['  côte d’ivoire ', 'CIV'], ["Côte d'Ivoire", 'CIV'], ['United Nations', 'UNO'], ['EU', 'EUR'], ['Atlantis', null],
  ];
  for (const [q, code] of rows) assert.equal(r.country(q)?.code ?? null, code, q);
});

test('dates read as people write them', () => {
  const rows: [string | null, string][] = [
    ['1996-06-25', '25 June 1996'], ['2015-06', 'June 2015'], ['1996', '1996'], ['1950/1959', '1950–1959'], [null, 'date unknown'],
  ];
  for (const [v, text] of rows) assert.equal(formatDate(day(v)), text);
});

test('every kind reads as a sentence naming its parties', async () => {
  const { describeFact } = await import('../../src/views/labels.js');
  const { DIPLOMATIC_KINDS } = await import('../../src/model/event.js');
  const names: Record<string, string> = { AZE: 'Azerbaijan', PER: 'Peru' };
  const name = (c: string | null): string => (c ? names[c] ?? c : 'unknown');
  for (const kind of [...DIPLOMATIC_KINDS, null]) {
    const text = describeFact({
      id: 'f', kind, cameo: '050', parties: ['AZE', 'PER'], source: 'AZE', target: 'PER', date: day('2020'),
      modality: 'asserted', attributes: {}, people: [], sources: [], conflictsWith: [],
    }, name);
    assert.ok(!/undefined|null|unknown|\[object/.test(text), `${kind}: ${text}`);
    if (kind !== 'relations.establish' && kind !== 'relations.restore' && kind !== 'parliament.friendship-group') {
      assert.match(text, /Azerbaijan|Peru/, `${kind}: ${text}`);
    }
  }
  const planned = describeFact({
    id: 'f', kind: 'meeting', cameo: '040', parties: ['AZE', 'PER'], source: null, target: null, date: day('2020'),
    modality: 'planned', attributes: { format: 'phone' }, people: [], sources: [], conflictsWith: [],
  }, name);
  assert.equal(planned, 'Planned: Phone call between Azerbaijan and Peru');
});

test('text cells that a spreadsheet would run as formulas are defused; numbers are not', () => {
  const b = article('fmt-2', 'Formulas', ['@SUM(A1) +cmd']);
  const evil = event(b, 0, { kind: 'meeting', source: country('PER', '=HYPERLINK("http://x")'), target: country('CHL', 'Chile'), date: day('2019-04'), sentence: '@SUM(A1) +cmd' });
  for (const format of ['csv', 'tsv'] as const) {
    const out = formatEvents([evil], format);
    assert.ok(!/(^|[,\t])"?[=@+]/.test(out.split('\n')[1]!), `${format}: ${out}`);
    assert.ok(out.includes("'=HYPERLINK"), format);
    assert.ok(out.includes("'@SUM(A1) +cmd"), format);
  }
  const negative = { ...e, goldstein: -4 };
  assert.ok(formatEvent(negative, 'csv').includes(',-4,'), 'a negative Goldstein value stays a number');
});

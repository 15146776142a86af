import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonlLine, tsvHeader, tsvRows, TSV_COLUMNS } from '../../src/cli/format.js';
import type { Article } from '../../src/model/article.js';
import type { DiploEvent } from '../../src/model/event.js';

const article: Article = {
  id: 'a1', url: 'https://x.example/1', title: 'Peru opens embassy', published: '2017-06-30', source: 'Envoy Notes', author: null,
  dateline: null, language: 'en', duplicateOf: null, text: 'Peru opened its embassy in Baku.\tIt is new.',
};
const event: DiploEvent = {
  id: 'e1', articleId: 'a1', kind: 'mission.open', cameo: '054', quadClass: 1, goldstein: 6, plover: null,
  source: { text: 'Peru', country: 'PER', sectors: [], code: 'PER', name: null, title: null },
  target: { text: 'Azerbaijan', country: 'AZE', sectors: ['GOV'], code: 'AZEGOV', name: 'Azerbaijan', title: null },
  participants: [], date: { value: '2017-06', precision: 'month', basis: 'explicit', text: 'June 2017' },
  place: { name: 'Baku', country: 'AZE' }, modality: 'asserted', attributes: { missionType: 'embassy', city: 'Baku' },
  evidence: { sentence: 'Peru opened its embassy\tin Baku\nin June 2017.', start: 0, end: 32 }, confidence: 0.9,
};

test('TSV: header and one row per event, same column count, no tabs or newlines inside fields', () => {
  const header = tsvHeader();
  assert.equal(header, `${TSV_COLUMNS.join('\t')}\n`);
  const rows = tsvRows(article, [event, { ...event, id: 'e2', target: null, place: null }]).split('\n').filter(Boolean);
  assert.equal(rows.length, 2);
  for (const row of rows) assert.equal(row.split('\t').length, TSV_COLUMNS.length);
  const cells = Object.fromEntries(TSV_COLUMNS.map((c, i) => [c, rows[0].split('\t')[i]]));
  assert.equal(cells.date, '2017-06');
  assert.equal(cells.cameo, '054');
  assert.equal(cells.root_code, '05');
  assert.equal(cells.actor1_code, 'PER');
  assert.equal(cells.actor2_code, 'AZEGOV');
  assert.equal(cells.actor2_name, 'Azerbaijan');
  assert.equal(cells.source_url, 'https://x.example/1');
  assert.equal(cells.evidence, 'Peru opened its embassy in Baku in June 2017.');
  assert.equal(rows[1].split('\t')[TSV_COLUMNS.indexOf('actor2_code')], '');
  assert.equal(tsvRows(article, []), '');
  const risky = tsvRows({ ...article, source: '=HYPERLINK("http://evil.example")' }, [{ ...event, goldstein: -10 }]).split('\t');
  assert.equal(risky[TSV_COLUMNS.indexOf('source')], `'=HYPERLINK("http://evil.example")`);
  assert.equal(risky[TSV_COLUMNS.indexOf('goldstein')], '-10');
});

test('JSONL: one line holding {article, events}', () => {
  const line = jsonlLine(article, [event]);
  assert.ok(line.endsWith('\n') && !line.slice(0, -1).includes('\n'));
  assert.deepEqual(JSON.parse(line), { article, events: [event] });
});

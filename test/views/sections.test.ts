import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DossierLine } from '../../src/views/dossier-types.js';
import { agreementStates, envoyStates, missionStates, relationsState } from '../../src/views/sections.js';
import { day } from '../store/fixtures.js';

let n = 0;
const line = (kind: DossierLine['kind'], date: string, attributes: DossierLine['attributes'] = {}, over: Partial<DossierLine> = {}): DossierLine => ({
  factId: `f${n++}`, kind, cameo: '050', date: day(date), modality: 'asserted', text: String(kind), source: 'AZE', target: 'PER',
  people: [], attributes, sources: [], conflictsWith: [], ...over,
});

test('relations: the latest asserted change is the status', () => {
  const r = relationsState([line('relations.establish', '1996'), line('relations.sever', '2001'), line('relations.restore', '2004'), line('relations.sever', '2010', {}, { modality: 'planned' })]);
  assert.equal(r.status, 'restored');
  assert.equal(r.since?.value, '2004');
  assert.equal(relationsState([]).status, 'unknown');
});

test('missions: lines without a city join the one mission they fit', () => {
  const ms = missionStates([
    line('mission.open', '2015', { missionType: 'embassy', city: 'Lima' }),
    line('mission.close', '2019-02', { missionType: 'embassy', temporary: true }),
    line('mission.open', '2018', { missionType: 'consulate', city: 'Cusco' }),
    line('mission.open', '2021', { missionType: 'embassy' }, { modality: 'planned', source: 'PER', target: 'AZE' }),
  ]);
  assert.deepEqual(ms.map((m) => [m.sender, m.type, m.city, m.status, m.lines.length]), [
    ['AZE', 'embassy', 'Lima', 'temporarily closed', 2], ['AZE', 'consulate', 'Cusco', 'open', 1], ['PER', 'embassy', null, 'planned', 1],
  ]);
});

test('envoys: a surname joins the full name; an expulsion counts for the expelled side', () => {
  const es = envoyStates([
    line('envoy.appoint', '2020', { person: 'Rashad Aliyev', rank: 'ambassador' }),
    line('envoy.credentials', '2020-06', { person: 'Aliyev' }),
    line('envoy.expel', '2022', { person: 'Aliyev' }, { source: 'PER', target: 'AZE' }),
  ]);
  assert.deepEqual(es.map((e) => [e.sender, e.host, e.person, e.appointed?.value, e.credentials?.value, e.expelled?.value]), [
    ['AZE', 'PER', 'Rashad Aliyev', '2020', '2020-06', '2022'],
  ]);
});

test('agreements: an untitled ratification follows the one untitled signature it fits', () => {
  const as = agreementStates([
    line('agreement.sign', '2014', { topics: ['visa'] }),
    line('agreement.sign', '2012', { agreementTitle: 'Agreement on trade', topics: ['trade'] }),
    line('agreement.ratify', '2015', { topics: ['visa'] }),
  ]);
  assert.deepEqual(as.map((a) => [a.title, a.signed?.value, a.ratified?.value ?? null, a.status]), [
    ['Agreement on trade', '2012', null, 'signed'], [null, '2014', '2015', 'ratified'],
  ]);
});

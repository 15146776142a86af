import type { Article } from '../../src/model/article.js';
import type { DiploEvent } from '../../src/model/event.js';
import { article, country, day, event, person, signature } from '../store/fixtures.js';
import type { Store } from '../../src/store/store.js';

const AZE = country('AZE', 'Azerbaijan');
const PER = country('PER', 'Peru');
const UNO = country('UNO', 'the United Nations');

/** Six small articles of our own about one pair, with hand-built events (the coder's output shape). */
export function pairArticles(): { article: Article; events: DiploEvent[] }[] {
  const s1 = [
    'Azerbaijan and Peru established diplomatic relations on 25 June 1996.',
    'Azerbaijan opened its embassy in Lima in June 2015, and Peru inaugurated its embassy in Baku in June 2017.',
    "On July 28, Chargé d'Affaires Luis Chang Boldrini met Foreign Minister Elmar Mammadyarov.",
    'The countries signed an agreement on visa exemption in 2007, a memorandum on political consultations in 2012 and an agreement on cultural cooperation in 2014.',
    'A parliamentary friendship group links the two parliaments.',
    'The diplomat said the two countries can cooperate at regional levels.',
  ];
  const a1 = article('pair-1', 'Azerbaijan, Peru can cooperate at many levels', s1);
  const boldrini = person('Luis Chang Boldrini', 'PER', "chargé d'affaires");
  const mammadyarov = person('Elmar Mammadyarov', 'AZE', 'foreign minister');
  const e1 = [
    event(a1, 0, { kind: 'relations.establish', source: AZE, target: PER, date: day('1996-06-25'), sentence: s1[0]! }),
    event(a1, 1, { kind: 'mission.open', source: AZE, target: PER, date: day('2015-06'), attributes: { missionType: 'embassy', city: 'Lima' }, sentence: s1[1]! }),
    event(a1, 2, { kind: 'mission.open', source: PER, target: AZE, date: day('2017-06'), attributes: { missionType: 'embassy', city: 'Baku' }, sentence: s1[1]! }),
    event(a1, 3, { kind: 'meeting', source: boldrini, target: mammadyarov, date: day('2017-07-28', 'relative'), sentence: s1[2]! }),
    event(a1, 4, { kind: 'agreement.sign', source: AZE, target: PER, date: day('2007'), attributes: { agreementTitle: 'Agreement on visa exemption', agreementType: 'agreement', topics: ['visa'] }, sentence: s1[3]! }),
    event(a1, 5, { kind: 'agreement.sign', source: AZE, target: PER, date: day('2012'), attributes: { agreementTitle: 'Memorandum on political consultations', agreementType: 'memorandum', topics: ['consultations'] }, sentence: s1[3]! }),
    event(a1, 6, { kind: 'agreement.sign', source: AZE, target: PER, date: day('2014'), attributes: { agreementTitle: 'Agreement on cultural cooperation', agreementType: 'agreement', topics: ['culture'] }, sentence: s1[3]! }),
    event(a1, 7, { kind: 'parliament.friendship-group', source: AZE, target: PER, date: day('2017-08-17', 'article'), sentence: s1[4]! }),
    event(a1, 8, { kind: 'cooperation.intent', source: PER, target: AZE, date: day('2017-08-17', 'article'), sentence: s1[5]! }),
  ];
  const s2 = ['Peru and Azerbaijan have had diplomatic relations since 1996.', 'The first round of political consultations was held in Baku on 5 March 2018.'];
  const a2 = article('pair-2', 'Peru & Azerbaijan <b>hold talks</b>', s2, { published: '2018-03-06', url: 'https://news.example/p2?x="1"&y=<2>' });
  const e2 = [
    event(a2, 0, { kind: 'relations.establish', source: PER, target: AZE, date: day('1996'), sentence: s2[0]! }),
    event(a2, 1, { kind: 'meeting', source: PER, target: AZE, date: day('2018-03-05'), attributes: { format: 'consultations', round: 1, city: 'Baku' }, sentence: s2[1]! }),
  ];
  const s3 = ['Peru temporarily closed its embassy in Baku in March 2020.', 'Azerbaijan appointed Rashad Aliyev as ambassador to Peru.', "Azerbaijan's parliament ratified the agreement on visa exemption in 2008."];
  const a3 = article('pair-3', 'Embassy closes', s3, { published: '2020-03-20' });
  const e3 = [
    event(a3, 0, { kind: 'mission.close', source: PER, target: AZE, date: day('2020-03'), attributes: { missionType: 'embassy', city: 'Baku', temporary: true }, sentence: s3[0]! }),
    event(a3, 1, { kind: 'envoy.appoint', source: AZE, target: PER, date: day('2020-03-20', 'article'), attributes: { person: 'Rashad Aliyev', rank: 'ambassador' }, sentence: s3[1]! }),
    event(a3, 2, { kind: 'agreement.ratify', source: AZE, target: PER, date: day('2008'), attributes: { agreementTitle: 'agreement on visa exemption' }, sentence: s3[2]! }),
  ];
  const s4 = ['Peru reopened its embassy in Baku on 10 May 2021.', 'Ambassador Aliyev presented his credentials in Lima on 2 June 2021.', 'Both are members of the United Nations; Azerbaijan joined it in 1992 and Peru in 1945.'];
  const a4 = article('pair-4', 'Embassy reopens', s4, { published: '2021-06-03' });
  const e4 = [
    event(a4, 0, { kind: 'mission.reopen', source: PER, target: AZE, date: day('2021-05-10'), attributes: { missionType: 'embassy', city: 'Baku' }, sentence: s4[0]! }),
    event(a4, 1, { kind: 'envoy.credentials', source: AZE, target: PER, date: day('2021-06-02'), attributes: { person: 'Aliyev', rank: 'ambassador', city: 'Lima' }, sentence: s4[1]! }),
    event(a4, 2, { kind: 'membership.join', source: AZE, target: UNO, date: day('1992'), attributes: { organisation: 'UNO' }, sentence: s4[2]! }),
    event(a4, 3, { kind: 'membership.join', source: PER, target: UNO, date: day('1945'), attributes: { organisation: 'UNO' }, sentence: s4[2]! }),
  ];
  const s5 = ['Azerbaijan opened its embassy in Lima in 2016.'];
  const a5 = article('pair-5', 'A different account', s5, { published: '2019-01-01' });
  const e5 = [event(a5, 0, { kind: 'mission.open', source: AZE, target: PER, date: day('2016'), attributes: { missionType: 'embassy', city: 'Lima' }, sentence: s5[0]! })];
  const a6: Article = { ...a1, id: 'pair-1-copy', url: 'https://mirror.example/pair-1', source: 'Mirror', text: `${a1.text}\n\nShare this story.` };
  const e6 = e1.map((e, i) => ({ ...e, id: `pair-1-copy:${i}`, articleId: a6.id }));
  return [
    { article: a1, events: e1 }, { article: a2, events: e2 }, { article: a3, events: e3 },
    { article: a4, events: e4 }, { article: a5, events: e5 }, { article: a6, events: e6 },
  ];
}

/** Stores the fixture with real duplicate signatures. */
export async function loadPair(store: Store): Promise<void> {
  for (const { article: a, events } of pairArticles()) await store.putArticle(a, events, signature(a.text));
}

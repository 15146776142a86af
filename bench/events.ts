import type { Actor, Article, DiploEvent, DiplomaticKind } from '../src/model/index.js';
import type { PutItem, Store } from '../src/store/store.js';
import { createRng } from '../src/scale/prng.js';
import { isOnceKind } from '../src/store/merge.js';

/** The pair the API benchmark asks about; it gets a large share of the events, as a busy pair would. */
export const HOT_PAIR = ['AZE', 'PER'] as const;

/** An ordinary pair: its share of the events is that of any of the 1,225 pairs of the 50 countries. */
export const TYPICAL_PAIR = ['DEU', 'FRA'] as const;

const CODES = ['AZE', 'PER', 'USA', 'CHN', 'RUS', 'FRA', 'DEU', 'GBR', 'IND', 'BRA', 'TUR', 'IRN', 'JPN', 'KOR', 'ZAF', 'NGA',
  'EGY', 'SAU', 'ARE', 'ISR', 'UKR', 'POL', 'ITA', 'ESP', 'MEX', 'ARG', 'CHL', 'COL', 'KAZ', 'GEO', 'ARM', 'PAK', 'IDN', 'VNM',
  'THA', 'MYS', 'PHL', 'AUS', 'NZL', 'CAN', 'NOR', 'SWE', 'FIN', 'DNK', 'NLD', 'BEL', 'AUT', 'CHE', 'GRC', 'PRT'];
const KINDS: readonly [DiplomaticKind, string][] = [
  ['meeting', '040'], ['visit', '042'], ['agreement.sign', '057'], ['cooperation.intent', '030'], ['envoy.credentials', '050'],
  ['mission.open', '054'], ['relations.establish', '054'], ['envoy.appoint', '050'], ['meeting.intent', '036'], ['envoy.recall', '161'],
];

/** The true date of a once-only fact of a pair: fixed per pair and kind. */
function onceDate(a: string, b: string, kind: string): string {
  let h = 0;
  for (const ch of [a, b].sort().join('|') + kind) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `${1990 + (h % 35)}-${String(1 + (h % 12)).padStart(2, '0')}-${String(1 + (h % 28)).padStart(2, '0')}`;
}

const actor = (code: string): Actor => ({ text: code, country: code, sectors: ['GOV'], code: `${code}GOV`, name: null, title: null, type: 'country' });

/**
 * Synthetic stored articles with `perArticle` events each, for the API benchmark: a quarter of
 * the events concern HOT_PAIR, the rest random pairs of 50 countries, dates 1990–2024.
 */
export function* eventBatches(total: number, perArticle = 10, batch = 100): Generator<PutItem[]> {
  const rng = createRng(4242);
  let made = 0;
  let n = 0;
  while (made < total) {
    const items: PutItem[] = [];
    for (let b = 0; b < batch && made < total; b++, n++) {
      const id = `bench-${n}`;
      const sentences: string[] = [];
      const events: DiploEvent[] = [];
      let text = '';
      const k = Math.min(perArticle, total - made);
      for (let i = 0; i < k; i++) {
        const [a, c] = rng.chance(0.25) ? HOT_PAIR : [rng.pick(CODES), rng.pick(CODES)];
        const [kind, cameo] = rng.pick(KINDS);
        // Once-only kinds (relations established, an embassy opened) have one true date per pair,
        // which most reports give (in full or as the year); one in ten gets it wrong.
        const once = isOnceKind(kind) && !rng.chance(0.1) ? onceDate(a, c, kind) : null;
        const year = once ? Number(once.slice(0, 4)) : rng.int(1990, 2024);
        const full = once ?? `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
        const date = rng.chance(0.5) ? full : String(year);
        const sentence = `${a} and ${c === a ? 'PER' : c} reported ${kind} number ${n}-${i} in ${date}.`;
        const start = text.length;
        text += `${sentence} `;
        sentences.push(sentence);
        events.push({
          id: `${id}-e${i}`, articleId: id, kind, cameo, quadClass: cameo === '161' ? 3 : 1, goldstein: cameo === '161' ? -4 : 3,
          plover: null, source: actor(a), target: actor(c === a ? 'PER' : c), participants: [],
          date: { value: date, precision: date.length === 4 ? 'year' : 'day', basis: 'explicit', text: date },
          place: null, modality: 'asserted', attributes: {},
          evidence: { sentence, start, end: start + sentence.length, sentenceIndex: i }, confidence: 0.8,
        });
      }
      const article: Article = {
        id, url: null, title: `Bench ${n}`, published: '2024-01-01', source: 'bench', author: null, dateline: null,
        language: 'en', duplicateOf: null, text,
      };
      items.push({ article, events });
      made += k;
    }
    yield items;
  }
}

/** Fills `store` with `total` events; returns the seconds it took. */
export async function fillStore(store: Store, total: number, onBatch?: (done: number) => void): Promise<number> {
  const t0 = performance.now();
  let done = 0;
  for (const items of eventBatches(total)) {
    await store.putArticles(items);
    done += items.reduce((s, i) => s + i.events.length, 0);
    onBatch?.(done);
  }
  return (performance.now() - t0) / 1000;
}

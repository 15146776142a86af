import { petrDate } from '../petrarch/actors.js';

/** A (source, target, event) triple as PETRARCH validation records write it. */
export interface Triple {
  readonly source: string;
  readonly target: string;
  readonly code: string;
}

/** One PETRARCH validation record: its raw text and the events expected from it. */
export interface PetrRecord {
  /** Record id, with `-` written as `_` (the two unit-test files differ only in that). */
  readonly id: string;
  readonly category: string;
  /** ISO date of the story (`YYYY-MM-DD`), or null. */
  readonly date: string | null;
  readonly text: string;
  readonly expected: readonly Triple[];
  /** The record expects no event at all. */
  readonly noEvents: boolean;
  /** The record tests error handling (not scored). */
  readonly error: boolean;
}

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? '') : null;
};

const unescape = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/**
 * Reads PETRARCH validation-record XML leniently: by tags, not as a tree, so the self-closed
 * `<Sentence …/>` of PETR2_GSR_validation.xml (with its `EventCoding`/`Text` as siblings) reads
 * like the nested form. Parses (`<Parse>`) are ignored: only the raw text is coded.
 */
export function parsePetrarchRecords(xml: string): PetrRecord[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const starts = [...body.matchAll(/<Sentence\b[^>]*>/g)];
  const out: PetrRecord[] = [];
  for (let k = 0; k < starts.length; k++) {
    const m = starts[k]!;
    const tag = m[0];
    const chunk = body.slice(m.index! + tag.length, k + 1 < starts.length ? starts[k + 1]!.index : body.length);
    const textM = /<Text>([\s\S]*?)<\/Text>/.exec(chunk);
    if (!textM) continue;
    const id = (attr(tag, 'id') ?? `record-${k}`).replace(/-/g, '_');
    const d = attr(tag, 'date');
    const expected: Triple[] = [];
    let noEvents = false;
    let error = false;
    for (const ec of chunk.matchAll(/<EventCoding\b[^>]*>/g)) {
      const t = ec[0];
      if (attr(t, 'noevents') !== null) { noEvents = true; continue; }
      if (attr(t, 'error') !== null) { error = true; continue; }
      const code = attr(t, 'eventcode');
      if (code === null) continue;
      expected.push({ source: unescape(attr(t, 'sourcecode') ?? '---'), target: unescape(attr(t, 'targetcode') ?? '---'), code });
    }
    out.push({
      // The UD unit-test file has no category attribute: the id's prefix is the category.
      id, category: attr(tag, 'category') ?? id.replace(/[_-]*[0-9].*$/, '').toUpperCase(), error,
      // YYYYMMDD, or YYMMDD as PETRARCH also reads it
      date: d ? petrDate(d) : null,
      text: unescape(textM[1]!).replace(/\s+/g, ' ').trim(),
      expected, noEvents: noEvents && expected.length === 0,
    });
  }
  return out;
}

import type { SentenceInput } from './types.js';

const DATELINE_DASHES = new Set(['—', '–', '-', '--', '|', ':']);

/**
 * "BEIJING/DUBAI, March 10 – Saudi Arabia and Iran agreed …", "LIMA (Reuters) -": the place of a
 * dateline is where the story was filed, not a party; its actor mentions are dropped.
 */
export function withoutDateline(s: SentenceInput, datelinePlace: string | null): SentenceInput {
  const t = s.tokens;
  if (t.length === 0) return s;
  const first = t[0]!.text;
  const place = datelinePlace?.toLowerCase() ?? null;
  const capsPlace = first.length >= 3 && /^[\p{Lu}/.'-]+$/u.test(first);
  if (!capsPlace && !(place && t[0]!.lower === place.split(/[ ,]/)[0])) return s;
  const dash = t.findIndex((x, k) => k > 0 && k < 14 && DATELINE_DASHES.has(x.text));
  if (dash < 0 || t.slice(0, dash).some((x) => x.pos === 'VERB')) return s;
  const end = t[dash]!.end;
  const actors = s.actors.filter((a) => a.start >= end);
  return actors.length === s.actors.length ? s : { ...s, actors };
}


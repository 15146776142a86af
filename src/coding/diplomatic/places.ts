import type { Token } from '../../nlp/types.js';
import type { Place } from '../../model/event.js';
import type { Slot } from './clause-view.js';
import type { ArticleFrame } from './types.js';

const HOST_PREPS = new Set(['in', 'to', 'for', 'at', 'into']);
const CITY_VIA = new Set(['capital', 'city', 'seat', 'place']);

/** A place stated after token `from` in the clause: "in Baku", "to the United States", "here". */
export interface FoundPlace {
  readonly country: string;
  readonly name: string;
  /** True when the words name a city rather than a country. */
  readonly city: boolean;
}

/**
 * The first place after `from` (up to `to`) introduced by in/to/for/at, read from actor mentions
 * when there are, else from capitalised words looked up in the gazetteer; "here" is the dateline.
 */
export function placeAfter(
  tokens: readonly Token[], from: number, to: number, slots: readonly Slot[], frame: ArticleFrame, exclude: string | null,
): FoundPlace | null {
  for (let k = from; k < to && k < from + 10; k++) {
    const t = tokens[k]!;
    if (t.lower === 'here' && frame.datelineCountry && frame.datelineCountry !== exclude) {
      return { country: frame.datelineCountry, name: frame.datelinePlace ?? t.text, city: true };
    }
    if (!HOST_PREPS.has(t.lower)) continue;
    let j = k + 1;
    if (tokens[j]?.pos === 'DET') j++;
    const slot = slots.find((s) => s.from === j || s.from === k + 1);
    if (slot?.span.actor.country && slot.span.actor.country !== exclude && slot.span.actor.type !== 'person') {
      return { country: slot.span.actor.country, name: slot.span.text, city: CITY_VIA.has(slot.span.via ?? '') };
    }
    const named = capitalised(tokens, j, to);
    for (let n = named; n > j; n--) {
      const name = tokens.slice(j, n).map((x, i) => (i > 0 && x.start > tokens[j + i - 1]!.end ? ' ' : '') + x.text).join('');
      const hit = frame.place(name);
      if (hit && hit.country !== exclude) return { country: hit.country, name, city: hit.city };
    }
  }
  return null;
}

/** End of a run of capitalised words starting at `j` ("Washington , D.C." stops at the comma). */
function capitalised(tokens: readonly Token[], j: number, to: number): number {
  let n = j;
  while (n < to && n < j + 4 && /^[A-Z]/.test(tokens[n]!.text)) n++;
  return n;
}

/** The place of an event from a slot introduced by in/at ("talks in Beijing"). */
export function placeOfSlot(s: Slot): Place {
  return { name: s.span.text, country: s.span.actor.country };
}

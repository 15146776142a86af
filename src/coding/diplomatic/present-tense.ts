import type { Token } from '../../nlp/types.js';
import type { DiplomaticPatterns } from './patterns.js';

const SUBJECT_END = new Set(['PROPN', 'NOUN']);
const OBJECT_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PRON']);
const THIRD_PERSON = /^\p{Ll}+[^s']s$/u;

/**
 * "Chile cuts diplomatic ties with Peru", "5 June 2017 — A, together with B and C, cuts ties with
 * D", "Lima names X as its ambassador to Quito": in chronology entries and historical-present
 * sentences the tagger reads the "-s" form of a verb right after its subject as a plural noun, so
 * no clause has a verb. Such a word is retagged as a verb when it is a verb trigger, the sentence
 * has no verb before it, its subject (a name, a noun, or a phrase closed by a comma) ends right
 * before it and its object starts right after it (a plural noun cannot go on with a determiner or
 * a possessive). The sentence's own tokens are returned when nothing changes.
 */
export function presentTenseVerbs(tokens: readonly Token[], patterns: DiplomaticPatterns): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return out ?? tokens;
    if (t.pos !== 'NOUN' || !THIRD_PERSON.test(t.text) || !verbTrigger(t, patterns)) continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (!(SUBJECT_END.has(prev.pos) || prev.lower === ',') || !OBJECT_START.has(next.pos)) continue;
    // ("budget cuts hit the embassy": a plural noun before a noun and a verb heads a noun phrase)
    if (next.pos === 'NOUN' && tokens[i + 2]?.pos === 'VERB') continue;
    // ("the Lima talks, visits and signings": a list of nouns)
    if (prev.lower === ',' && (next.pos === 'NOUN' || tokens[i + 2]?.lower === 'and')) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'VERB' };
    return out;
  }
  return out ?? tokens;
}

function verbTrigger(t: Token, patterns: DiplomaticPatterns): boolean {
  return patterns.triggers(t.lemma, t.lower).some((x) => !x.nominal && x.words.length === 1);
}

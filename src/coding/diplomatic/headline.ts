import type { CodedDiplo, SentenceInput } from './types.js';

/**
 * "Peru, Kenya restore ties" over a body that says "Peru and Kenya restored diplomatic relations on
 * Monday": an event of a headline (a first line without final punctuation) that the body reports
 * again with a stated date is the same fact; the headline's copy, dated only with the article
 * date, is dropped.
 */
export function withoutHeadlineRepeats(sentences: readonly SentenceInput[], out: CodedDiplo[][]): CodedDiplo[][] {
  const first = sentences[0];
  if (!first || out.length < 2 || (out[0]?.length ?? 0) === 0 || !isHeadline(first.text)) return out;
  const body = out.slice(1).flat();
  const kept = out[0]!.filter((h) => (h.date.basis !== 'article' || !body.some((b) => repeats(h, b))) && !body.some((b) => contradicts(h, b)));
  return kept.length === out[0]!.length ? out : [kept, ...out.slice(1)];
}

const isHeadline = (text: string): boolean => !/[.!?…"”’')]\s*$/u.test(text.trim()) && !text.includes('\n');

const countries = (e: CodedDiplo): string =>
  [...new Set([e.source, e.target, ...e.participants].map((a) => a?.country).filter(Boolean))].sort().join('+');

const unrealised = (e: CodedDiplo): boolean => e.modality === 'planned' || e.modality === 'intended';

function repeats(h: CodedDiplo, b: CodedDiplo): boolean {
  // the body may name a further party the headline leaves out ("… at the UN")
  const theirs = new Set(countries(b).split('+'));
  return b.kind === h.kind && b.date.basis !== 'article' && countries(h).split('+').every((c) => theirs.has(c))
    && (b.modality === 'negated') === (h.modality === 'negated') && (unrealised(h) || !unrealised(b));
}

/**
 * "Norland pulls envoy out of Fredonia" over a body that says the cabinet "could not agree on
 * withdrawing" her: the body's negated report of the same kind and sides corrects the headline,
 * whose asserted copy is dropped.
 */
function contradicts(h: CodedDiplo, b: CodedDiplo): boolean {
  if (b.kind !== h.kind || b.modality !== 'negated' || h.modality === 'negated') return false;
  const theirs = new Set(countries(b).split('+'));
  return countries(h).split('+').every((c) => theirs.has(c));
}

import type { Actor } from '../../model/actor.js';
import type { ActorSpan, CodedDiplo, SentenceInput } from './types.js';
import type { Memory } from './memory.js';

const ENVOY_TITLE = /\b(?:ambassador|envoy|charg[eé] d'affaires|high commissioner|nuncio|permanent representative)\b/i;
const CREDENTIAL_WORDS = new Set(['credential', 'credentials', 'credence']);
/** Between two listed envoys: a comma or semicolon and "and"; before a semicolon also the first envoy's own words ("resident in Oslo"). */
const LIST_GAP = /^\s*[,;]?\s*(?:and\s+)?$/;

/**
 * "The president received letters of credence from A, ambassador of Peru; B, ambassador of
 * Ghana; and C, ambassador of Norway": a credentials event of a sentence that lists several
 * envoys, each with a title and a country, gives one event per sending country, the host as
 * target and each envoy as a person of his event. The event's own sender must be one of the
 * listed envoys.
 */
export function listedEnvoys(s: SentenceInput, events: readonly CodedDiplo[]): CodedDiplo[] {
  if (!events.some((e) => e.kind === 'envoy.credentials' && e.target?.country)) return [...events];
  const out: CodedDiplo[] = [];
  const done = new Set<string>();
  for (const e of events) {
    const host = e.kind === 'envoy.credentials' ? e.target?.country : null;
    const envoys = host ? envoysOf(s, host) : [];
    if (!host || envoys.length < 2 || !envoys.some((a) => a.country === e.source?.country)) {
      out.push(e);
      continue;
    }
    const hostPeople = [e.source, ...e.participants].filter((a): a is Actor => a?.type === 'person' && a.country === host);
    for (const envoy of envoys) {
      const key = `${envoy.country}>${host}:${e.modality}`;
      if (done.has(key)) continue;
      done.add(key);
      out.push({ ...e, source: envoy, participants: [envoy, ...hostPeople] });
    }
  }
  return out;
}

/**
 * "The king received the letters of credence of four new envoys on Monday. Handing over
 * their letters were A, Ambassador of Peru; B, Ambassador of Chile; …": a
 * sentence that names the credentials and lists the envoys right after a credentials event (a
 * sentence or two before) gives one event per envoy with that event's host and date. The earlier
 * event, whose sender was only guessed, is replaced by them. `out` holds the article's events so far.
 */
export function followingEnvoys(s: SentenceInput, memory: Memory, out: CodedDiplo[][]): CodedDiplo[] {
  if (!s.tokens.some((t) => CREDENTIAL_WORDS.has(t.lower))) return [];
  const last = memory.get('envoy');
  if (!last?.slot || last.event.kind !== 'envoy.credentials' || s.index - last.index > 2) return [];
  const e = last.event;
  const host = e.target?.country;
  if (!host) return [];
  const envoys = envoysOf(s, host);
  if (envoys.length < 2) return [];
  const [i, j] = last.slot;
  const earlier = out[i];
  // the earlier event's sender: one of the listed envoys, or a country named nowhere in its sentence
  if (earlier?.[j] === e && (envoys.some((a) => a.country === e.source?.country) || e.source?.start === undefined)) {
    out[i] = earlier.filter((x) => x !== e);
  }
  const word = s.tokens.find((t) => CREDENTIAL_WORDS.has(t.lower))!;
  const hostPeople = [e.source, ...e.participants].filter((a): a is Actor => a?.type === 'person' && a.country === host);
  return envoys.map((envoy) => ({
    ...e, source: envoy, participants: [envoy, ...hostPeople],
    trigger: { start: word.start, end: word.end }, clause: { start: s.start, end: s.end }, speaker: s.speaker, rule: 'envoy.credentials/list',
  }));
}

/**
 * The titled envoys of the sentence listed one after the other, one per country other than the
 * host's, in text order (an envoy named elsewhere in the sentence is no part of the list).
 */
function envoysOf(s: SentenceInput, host: string): Actor[] {
  let best: ActorSpan[] = [];
  let run: ActorSpan[] = [];
  for (const span of s.actors) {
    const a = span.actor;
    if (a.type !== 'person' || !a.name || !a.country || a.country === host) continue;
    if (!ENVOY_TITLE.test(a.title ?? '') && !ENVOY_TITLE.test(span.text)) continue;
    const prev = run[run.length - 1];
    const gap = prev ? s.text.slice(prev.end - s.start, span.start - s.start) : '';
    const listed = prev && (LIST_GAP.test(gap) || (gap.includes(';') && LIST_GAP.test(gap.slice(gap.lastIndexOf(';')))));
    run = listed ? [...run, span] : [span];
    if (run.length > best.length) best = run;
  }
  const seen = new Map<string, Actor>();
  for (const span of best) if (!seen.has(span.actor.country!)) seen.set(span.actor.country!, span.actor);
  return [...seen.values()];
}

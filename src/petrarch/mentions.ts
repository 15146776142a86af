import type { Actor } from '../model/actor.js';
import type { Token } from '../nlp/types.js';
import { codeOn, type PetrActorEntry } from './actors.js';
import type { PetrAgentEntry } from './agents.js';
import { normWord } from './lines.js';

/** A mention found with PETRARCH dictionaries: the same shape as src/actors' Mention. */
export interface PetrMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly actor: Actor;
  readonly via: 'petrarch';
}

interface Word {
  /** Upper-case text of one or more adjacent tokens joined by hyphens. */
  readonly w: string;
  /** Part of speech of its first token. */
  readonly pos: string;
  /** Whether the text has a capital letter (names do; "pole" is no Pole). */
  readonly cap: boolean;
  readonly start: number;
  readonly end: number;
}

interface Phrase<T> {
  readonly words: readonly string[];
  readonly exact: boolean;
  readonly value: T;
}

interface Hit<T> {
  readonly from: number;
  readonly to: number;
  readonly value: T;
}

/** Stems shorter than this only match whole words. */
const MIN_STEM = 4;
const MAX_STEM_EXTRA = 4;

/**
 * Finds actors and agents of PETRARCH dictionaries in a token range and builds CAMEO actor codes
 * the PETRARCH way: `ARN` + agent `GOV` → `ARNGOV` ("Arnorian government", "president of Arnor"),
 * an agent without a country → `---GOV`, prefix agents (`NGO~`) before the country.
 */
export class PetrarchMentionFinder {
  private readonly actorIndex = new Map<string, Phrase<PetrActorEntry>[]>();
  private readonly agentIndex = new Map<string, Phrase<PetrAgentEntry>[]>();

  constructor(actors: readonly PetrActorEntry[], agents: readonly PetrAgentEntry[]) {
    for (const e of actors) for (const p of e.phrases) add(this.actorIndex, { words: p.words, exact: p.exact, value: e });
    for (const a of agents) add(this.agentIndex, { words: a.words, exact: true, value: a });
    for (const idx of [this.actorIndex, this.agentIndex] as Map<string, Phrase<unknown>[]>[]) {
      for (const list of idx.values()) list.sort((x, y) => y.words.length - x.words.length);
    }
  }

  /** Mentions in tokens `[from, to)` of `text`, with codes valid on `date` (ISO, or null). */
  find(text: string, tokens: readonly Token[], from: number, to: number, date: string | null): PetrMention[] {
    const words = mergeWords(tokens, from, to);
    // a phrase several entries list ("President Bush") means the one whose dates cover the story's
    const hits = scan(words, this.actorIndex, true, (e) => datedFit(e, date), true);
    const coded = hits
      .map((a) => ({ from: a.from, to: a.to, code: codeOn(a.value, date) }))
      .filter((a): a is Span => a.code !== null);
    const agents = scan(words, this.agentIndex, false).filter((g) => !coded.some((a) => overlaps(a, g)));
    const actors = mergeNounPhrases(words, coded, agents);
    const used = new Set<Hit<PetrAgentEntry>>();
    const out: Span[] = [];
    for (let n = 0; n < actors.length; n++) {
      let a = actors[n]!;
      // Titles inside a merged noun phrase ("Norland Prime Minister Ada Brun") add their sector.
      const inside = agents.filter((g) => !used.has(g) && g.from >= a.from && g.to <= a.to);
      if (inside.length) {
        for (const g of inside) { used.add(g); a = { ...a, code: combine(a.code, g.value) }; }
        // "envoys from the Latvian government", "delegates of Chile's farmers' union"
        const head = agents.find((g) => !used.has(g) && g.to < a.from && a.from - g.to <= 2 && between(words, g.to, a.from, ['OF', 'FROM', 'IN', 'THE']));
        if (head) { used.add(head); a = { from: head.from, to: a.to, code: combine(a.code, head.value) }; }
        out.push(a);
        continue;
      }
      let span: Span = a;
      // "Arnorian foreign minister", "Arnor's president": an agent right after the actor.
      const after = agents.find((g) => !used.has(g) && g.from >= a.to && g.from - a.to <= 3 && modifiers(words, a.to, g.from));
      // "the president of Arnor": an agent right before, joined by of/from/in; "President Halvard": a title.
      const before = after ? undefined : agents.find((g) => !used.has(g) && g.to <= a.from && a.from - g.to <= 2
        && (a.from > g.to ? between(words, g.to, a.from, ['OF', 'FROM', 'IN', 'THE']) : true));
      const g = after ?? before;
      if (!g) { out.push(a); continue; }
      used.add(g);
      // A title before a name the dictionary already codes with a sector keeps the name's code.
      const titled = !after && a.from === g.to && a.code.length > 3 && !a.code.startsWith('---');
      span = { from: Math.min(a.from, g.from), to: Math.max(a.to, g.to), code: titled ? a.code : combine(a.code, g.value) };
      // "envoys from the Latvian government": a head agent before the whole phrase
      const head = after ? agents.find((h) => !used.has(h) && h.to < a.from && a.from - h.to <= 2 && between(words, h.to, a.from, ['OF', 'FROM', 'IN', 'THE'])) : undefined;
      // (the head's sector comes first: "heads of Norland's Islamist movement" → EGY + OPP + MUS, as the
      // phrase reads from its head)
      if (head) { used.add(head); span = { from: head.from, to: span.to, code: titled ? combine(span.code, head.value) : combine(combine(a.code, head.value), g.value) }; }
      out.push(span);
      if (after) {
        // "Irish and Dutch volunteers": an earlier actor joined by "and" shares the agent.
        const prev = out[out.length - 2];
        if (prev && prev.code.length <= 3 && a.from - prev.to <= 2 && a.from > prev.to && between(words, prev.to, a.from, ['AND', ','])) {
          out[out.length - 2] = { ...prev, code: combine(prev.code, g.value) };
        }
        // "Norwegian unions and government": further agents joined to the first share its country.
        let last = g;
        for (const g2 of agents) {
          if (used.has(g2) || g2.from <= last.to || g2.from - last.to > 2 || !between(words, last.to, g2.from, ['AND', ',', 'OR'])) continue;
          used.add(g2);
          out.push({ from: g2.from, to: g2.to, code: combine(a.code, g2.value) });
          last = g2;
        }
      } else {
        // "judges in Norland and Fredon": the agent applies to each actor of the compound.
        for (let m = n + 1; m < actors.length; m++) {
          const prev = actors[m - 1]!;
          const next = actors[m]!;
          if (next.from - prev.to > 2 || !between(words, prev.to, next.from, ['AND', ',', 'OR'])) break;
          out.push({ from: next.from, to: next.to, code: combine(next.code, g.value) });
          n = m;
        }
      }
    }
    const free = agents.filter((g) => !used.has(g) && !actors.some((a) => overlaps(a, g)));
    let carried: { from: number; code: string } | null = null;
    for (let n = 0; n < free.length; n++) {
      const g = free[n]!;
      let code: string = combine(carried?.code ?? '---', g.value);
      // "a rebel camp north of Veloburg": a group of no country is placed by the location phrase of its noun phrase
      if (code.startsWith('---')) code = locatedBy(words, g.to, actors, hits) + code.slice(3);
      const from: number = carried?.from ?? g.from;
      carried = null;
      // "Christian student marchers": agents in one noun phrase are one group (---CHREDUOPP)
      const h = free[n + 1];
      if (h && h.from > g.to - 1 && h.from - g.to <= 2 && modifiers(words, g.to, h.from)) { carried = { from, code }; continue; }
      // "military exercises", "a fresh military campaign": an agent word modifying a noun names no group
      const next = words[g.to];
      const prev = words[g.from - 1];
      if (next && (next.pos === 'NOUN' || (next.pos === 'ADJ' && prev && ['DET', 'ADJ', 'ADV'].includes(prev.pos)))) continue;
      out.push({ from, to: g.to, code });
    }
    const sorted = apposed(words, out.sort((x, y) => x.from - y.from));
    return sorted.map((s) => mention(text, words, s.from, s.to, s.code));
  }
}

interface Span {
  readonly from: number;
  readonly to: number;
  readonly code: string;
}

/** Words that may stand between a name and its title inside one noun phrase. */
function modifiers(words: readonly Word[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const w = words[k]!;
    if (!(["'S", "'"].includes(w.w) || w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM')) return false;
  }
  return true;
}

/**
 * "Norland Prime Minister Ada Brun": two actors in one noun phrase (only titles and modifiers
 * between) are one mention, coded with the more specific code (the head's on a tie).
 */
function mergeNounPhrases(words: readonly Word[], actors: readonly Span[], agents: readonly Hit<PetrAgentEntry>[]): Span[] {
  const out: Span[] = [];
  for (const a of actors) {
    const prev = out[out.length - 1];
    const gapOk = prev && a.from - prev.to <= 6 && (a.from === prev.to || [...Array(a.from - prev.to).keys()].every((d) => {
      const k = prev.to + d;
      return agents.some((g) => g.from <= k && k < g.to) || ["'S", "'"].includes(words[k]!.w) || words[k]!.pos === 'PROPN' || words[k]!.pos === 'ADJ';
    }));
    if (prev && gapOk && a.from > prev.to - 1) {
      const code = a.code.length >= prev.code.length ? a.code : prev.code;
      out[out.length - 1] = { from: prev.from, to: a.to, code };
      continue;
    }
    out.push(a);
  }
  return out;
}

function add<T>(index: Map<string, Phrase<T>[]>, p: Phrase<T>): void {
  const key = p.words[0]!;
  const list = index.get(key) ?? [];
  list.push(p);
  index.set(key, list);
}

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

function between(words: readonly Word[], a: number, b: number, allowed: readonly string[]): boolean {
  for (let k = a; k < b; k++) if (!allowed.includes(words[k]!.w)) return false;
  return true;
}

/** Joins tokens written without a space around a hyphen ("al-Qaeda") into one word. */
function mergeWords(tokens: readonly Token[], from: number, to: number): Word[] {
  const out: Word[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const prev = out[out.length - 1];
    const w = normWord(t.text);
    if (prev && prev.end === t.start && (w === '-' || prev.w.endsWith('-'))) {
      out[out.length - 1] = { w: prev.w + w, pos: prev.pos, cap: prev.cap, start: prev.start, end: t.end };
      continue;
    }
    out.push({ w, pos: t.pos, cap: /\p{Lu}/u.test(t.text), start: t.start, end: t.end });
  }
  return out;
}

function wordMatches(dict: string, word: string, stem: boolean): boolean {
  if (dict === word) return true;
  if (word === `${dict}S` || word === `${dict}ES`) return true;
  return stem && dict.length >= MIN_STEM && word.startsWith(dict) && word.length - dict.length <= MAX_STEM_EXTRA;
}

/** Longest non-overlapping phrase matches, left to right. */
function scan<T>(words: readonly Word[], index: ReadonlyMap<string, Phrase<T>[]>, stems: boolean, rank: (v: T) => number = () => 0, names = false): Hit<T>[] {
  const out: Hit<T>[] = [];
  for (let i = 0; i < words.length;) {
    let best: Hit<T> | null = null;
    for (const key of candidateKeys(words[i]!.w, stems)) {
      for (const p of index.get(key) ?? []) {
        if (best && (p.words.length < best.to - best.from || (p.words.length === best.to - best.from && rank(p.value) <= rank(best.value)))) continue;
        if (i + p.words.length > words.length) continue;
        let ok = true;
        for (let k = 0; k < p.words.length && ok; k++) {
          ok = wordMatches(p.words[k]!, words[i + k]!.w, stems && !p.exact && k === p.words.length - 1);
        }
        // actors are names: lower-case words alone ("pole", "turkey") are none ("the Shire" is)
        if (ok && names && !words.slice(i, i + p.words.length).some((w) => w.cap)) ok = false;
        if (ok) best = { from: i, to: i + p.words.length, value: p.value };
      }
    }
    if (best) { out.push(best); i = best.to; } else i++;
  }
  return out;
}

/** 2: a dated code of the entry covers `date`; 1: it has an undated code; 0: neither. */
function datedFit(e: PetrActorEntry, date: string | null): number {
  const day = date ? date.slice(0, 10) : null;
  if (day && e.dated.some((d) => (d.from === null || d.from <= day) && (d.to === null || day <= d.to))) return 2;
  return e.defaultCode ? 1 : 0;
}

/** Dictionary first-words a text word can match: itself, without a plural ending, or its stems. */
function candidateKeys(w: string, stems: boolean): string[] {
  const keys = new Set([w]);
  if (w.endsWith('S')) keys.add(w.slice(0, -1));
  if (w.endsWith('ES')) keys.add(w.slice(0, -2));
  if (stems) for (let n = 1; n <= MAX_STEM_EXTRA && w.length - n >= MIN_STEM; n++) keys.add(w.slice(0, -n));
  return [...keys];
}

/** Actor code + agent: `ARN` + [~GOV] → `ARNGOV`; [NGO~] goes before; a sector already there is not repeated. */
/**
 * "Norland's army chief, General Gregor Halm, said…": a name set off by commas after a noun phrase
 * of the same country with a sector (its prepositional phrase between) is that phrase's apposition;
 * the phrase's head decides the code, as the subject's head does in PETRARCH's tree.
 */
function apposed(words: readonly Word[], spans: readonly Span[]): Span[] {
  const out = [...spans];
  for (let n = 1; n < out.length; n++) {
    const s = out[n]!;
    // a title the dictionaries do not know may stand before the name ("General")
    let c = s.from - 1;
    while (c > s.from - 3 && words[c]?.pos === 'PROPN') c--;
    if (words[c]?.w !== ',' || words[s.to]?.w !== ',') continue;
    let h = n - 1;
    // the head's own prepositional phrase ("commander in Veloria") may stand between
    while (h > 0 && out[h]!.to <= c && words[out[h]!.from - 1] && ['IN', 'OF', 'FOR'].includes(words[out[h]!.from - 1]!.w)) h--;
    const head = out[h]!;
    if (head.code.length <= 3 || head.code.startsWith('---') || head.code.slice(0, 3) !== s.code.slice(0, 3)) continue;
    if (!betweenPhrase(words, head.to, c)) continue;
    out[n] = { ...s, code: head.code };
  }
  return out;
}

/** Only a short prepositional phrase (or nothing) between `a` and `b`. */
function betweenPhrase(words: readonly Word[], a: number, b: number): boolean {
  if (b - a > 4) return false;
  for (let k = a; k < b; k++) if (!['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ'].includes(words[k]!.pos)) return false;
  return true;
}

/** Words of a location phrase ("north of", "near") after a noun. */
const LOCATION_WORDS = new Set(['NORTH', 'SOUTH', 'EAST', 'WEST', 'NORTHEAST', 'NORTHWEST', 'SOUTHEAST', 'SOUTHWEST', 'NEAR', 'OUTSIDE']);

/**
 * The country of an actor in a location phrase closing the noun phrase that starts before `k`
 * ("…camp north of Veloburg" → Veloburg's), or `---` when there is none. Only the noun phrase's own
 * modifiers and head may stand before the location word.
 */
function locatedBy(words: readonly Word[], k: number, actors: readonly Span[], hits: readonly Hit<PetrActorEntry>[]): string {
  let j = k;
  while (j < k + 3 && words[j] && !LOCATION_WORDS.has(words[j]!.w) && ['NOUN', 'PROPN', 'ADJ'].includes(words[j]!.pos)) j++;
  if (!words[j] || !LOCATION_WORDS.has(words[j]!.w)) return '---';
  j++;
  if (words[j]?.w === 'OF') j++;
  const a = actors.find((x) => x.from === j);
  if (!a || a.code.startsWith('---')) return '---';
  // "north of Norland", "outside Norland": next to a country is outside it; only a town (a synonym
  // of its country's entry, "north of Veloburg") places the group inside
  const h = hits.find((x) => x.from === j);
  if (h && isPrimaryName(words, h)) return '---';
  return a.code.slice(0, 3);
}

/** True when a hit matched its entry's first (primary) phrase: a country's own name in a countries file. */
function isPrimaryName(words: readonly Word[], h: Hit<PetrActorEntry>): boolean {
  const first = h.value.phrases[0];
  if (!first || first.words.length !== h.to - h.from) return false;
  const last = first.words.length - 1;
  // a stem phrase ("FREDON" without a closing "_") matches its longer forms too
  return first.words.every((w, n) => w === words[h.from + n]!.w || (n === last && !first.exact && words[h.from + n]!.w.startsWith(w)));
}

function combine(code: string, agent: PetrAgentEntry): string {
  if (agent.prefix) return code.startsWith(agent.code) ? code : agent.code + code;
  return code.endsWith(agent.code) || code.slice(3).includes(agent.code) ? code : code + agent.code;
}

function mention(text: string, words: readonly Word[], from: number, to: number, code: string): PetrMention {
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  const country = /^[A-Z]{3}/.test(code) && !code.startsWith('---') ? code.slice(0, 3) : null;
  const rest = code.startsWith('---') ? code.slice(3) : code.slice(3);
  const sectors = rest.match(/.{1,3}/g) ?? [];
  return {
    start, end, text: text.slice(start, end), via: 'petrarch',
    actor: { text: text.slice(start, end), country, sectors, code, name: null, title: null, start, end },
  };
}

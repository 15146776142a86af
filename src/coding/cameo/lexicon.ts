import { readFileSync } from 'node:fs';
import type { Token } from '../../nlp/types.js';
import { dataPath } from '../../util/paths.js';

/** How a governing verb combines with its to-infinitive or that-clause complement. */
/**
 * How a governing verb combines with its complement; `purpose`: the complement is what the act was
 * for and is coded instead of it, with the verb's subject and object ("summoned the envoy to protest" → 114).
 */
export type GovernorKind = 'intent' | 'appeal' | 'demand' | 'reject' | 'threaten' | 'allege' | 'prepare' | 'purpose' | 'none';

/** What a lexicon needs to see around a candidate verb. All indexes are into `tokens`. */
export interface VerbContext {
  readonly tokens: readonly Token[];
  /** The candidate verb token. */
  readonly i: number;
  /** First token after the clause the verb heads (exclusive bound for objects). */
  readonly end: number;
  /** First token of the clause (inclusive bound for words before the verb). */
  readonly start: number;
  /** The verb is passive: its object nouns stand before it ("the ambassador was expelled"). */
  readonly passive?: boolean;
}

/** A lexicon's answer for a verb: its code in this context, and how it combines with a complement. */
export interface VerbMatch {
  /** CAMEO code for source → target, or null when the verb alone is no event. */
  readonly code: string | null;
  /** Code of the reciprocal event target → source (meet, fight), or null. */
  readonly reverse: string | null;
  /** Last token belonging to the verb (the particle of "call for"). */
  readonly last: number;
  readonly governs: GovernorKind | null;
  /** True when an object or prepositional pattern (not just the verb) decided the code. */
  readonly patterned: boolean;
  /** Prepositions that introduce the target although they usually name a place ("arrived in Baku", "fired at"). */
  readonly targetPreps?: readonly string[];
  /** The direct object is a topic, not a target ("discussed Iran"): only `targetPreps` introduce the target. */
  readonly topicObject?: boolean;
  /** A compound subject with no object acts on itself ("Arnor and Gondor agree" → both ways). */
  readonly mutual?: boolean;
  /** `reverse` pairs the members of a compound subject only; with an object the event is one way ("met X"). */
  readonly pairsOnly?: boolean;
}

/**
 * Maps a verb in context to a CAMEO code. Implementations: Attaché's own lexicon
 * (data/cameo/verbs.json) and one built from a PETRARCH verb dictionary.
 */
export interface VerbLexicon {
  readonly name: string;
  /**
   * True when a promised or refused action is coded as intent or rejection ("will give aid" →
   * 033, "will not meet" → 125), as the CAMEO codebook does; PETRARCH dictionaries code the verb.
   */
  readonly futureAsIntent: boolean;
  match(ctx: VerbContext): VerbMatch | null;
  /**
   * Optional cheap pre-check: false when `match` returns null for this verb token whatever its
   * context, so the caller can skip building the context (clause bounds, voice).
   */
  has?(token: Token): boolean;
  /**
   * The code of a governing verb of `kind` applied to a complement coded `code` ("agreed" + "meet"
   * → 036); the complement's own code when the table says to keep it; null when the table has no
   * rule (the governing verb's own code applies).
   */
  compose(kind: GovernorKind, code: string): string | null;
}

/** One entry of data/cameo/verbs.json. */
export interface VerbEntry {
  readonly verb: string;
  readonly particle?: string;
  readonly code: string | null;
  /** Object nouns that decide the code; `mutual`: the event is reciprocal ("A and B signed an agreement"). */
  readonly objects?: readonly { readonly nouns: readonly string[]; readonly code: string | null; readonly mutual?: boolean }[];
  readonly preps?: readonly { readonly prep: string; readonly nouns?: readonly string[]; readonly code: string }[];
  /** Nouns before the verb, in its clause, that decide the code ("a roadside bomb killed…" → 1833). */
  readonly subjects?: readonly { readonly nouns: readonly string[]; readonly code: string }[];
  readonly governs?: GovernorKind;
  readonly reverse?: string;
  /** `reverse` only pairs a compound subject's members: "met X" is one way, "A and B met" both. */
  readonly pairsOnly?: boolean;
  readonly targetPreps?: readonly string[];
  readonly topicObject?: boolean;
  /**
   * The verb announces or orders an act named by its object noun ("announced a suspension of
   * flights", "accelerated the pullout of troops"): the noun's verb (`nominals`) codes it.
   */
  readonly nominal?: boolean;
}

/** The shape of data/cameo/verbs.json. */
export interface VerbFile {
  readonly verbs: readonly VerbEntry[];
  /** Event nouns → the verb lemma that codes them ("suspension" → suspend), for `nominal` verbs. */
  readonly nominals?: Readonly<Record<string, string>>;
  readonly compose: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
}

/** A pattern that decided a verb's code. */
interface Found {
  readonly code: string | null;
  readonly prep: string | null;
  readonly mutual: boolean;
}

/** Days and times a report puts between a verb and its particle. */
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'overnight']);

/** Irregular past forms the tagger may read as nouns ("troops shot dead two men"), by base form. */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'], ['fought', 'fight'], ['struck', 'strike'], ['sent', 'send'], ['met', 'meet'], ['held', 'hold'], ['led', 'lead'], ['sought', 'seek'],
]);

/** How many tokens after the verb are searched for object nouns and prepositions. */
const OBJECT_WINDOW = 10;

/** Attaché's own verb lexicon: verb lemma + particle + object/preposition patterns → CAMEO code. */
export class OwnVerbLexicon implements VerbLexicon {
  readonly name = 'attache';
  readonly futureAsIntent = true;
  private readonly byVerb = new Map<string, VerbEntry[]>();

  constructor(private readonly file: VerbFile) {
    for (const e of file.verbs) {
      const list = this.byVerb.get(e.verb) ?? [];
      list.push(e);
      // Entries with a particle are tried first ("call for" before "call").
      list.sort((a, b) => (b.particle ? 1 : 0) - (a.particle ? 1 : 0));
      this.byVerb.set(e.verb, list);
    }
  }

  static load(path: string = dataPath('cameo', 'verbs.json')): OwnVerbLexicon {
    const file = JSON.parse(readFileSync(path, 'utf8')) as VerbFile;
    if (!Array.isArray(file.verbs)) throw new Error(`attache: ${path} has no "verbs" array`);
    return new OwnVerbLexicon(file);
  }

  /** The governing class of a verb lemma ("agree" → intent), or null. */
  governs(lemma: string): GovernorKind | null {
    return this.byVerb.get(lemma)?.find((e) => !e.particle)?.governs ?? null;
  }

  has(token: Token): boolean {
    return this.entries(token) !== undefined;
  }

  /** The entries of a verb token's lemma, word or base form (see `match`). */
  private entries(t: Token): VerbEntry[] | undefined {
    // The tagger's lemma first, then regular de-inflections of the word ("staged" → stage when
    // the lemma says "stag"), then without a "re-" prefix ("reimpose" → impose).
    let list = this.byVerb.get(t.lemma) ?? this.byVerb.get(t.lower);
    if (list) return list;
    for (const base of baseForms(t.lower)) if ((list = this.byVerb.get(base))) return list;
    const irregular = IRREGULAR_PAST.get(t.lower);
    if (irregular) return this.byVerb.get(irregular);
    return /^re-?[a-z]{4,}/.test(t.lemma) ? this.byVerb.get(t.lemma.replace(/^re-?/, '')) : undefined;
  }

  match(ctx: VerbContext): VerbMatch | null {
    const list = this.entries(ctx.tokens[ctx.i]!);
    if (!list) return null;
    for (const e of list) {
      let last = ctx.i;
      if (e.particle) {
        const words = e.particle.split(' ');
        let j = ctx.i + 1;
        // "called Friday for…", "called again for…": a day or an adverb between verb and particle
        if ((ctx.tokens[j]?.pos === 'ADV' || DAYS.has(ctx.tokens[j]?.lower ?? '')) && ctx.tokens[j]?.lower !== words[0]) j++;
        if (!words.every((w, k) => ctx.tokens[j + k]?.lower === w)) continue;
        last = j + words.length - 1;
      }
      const found = this.objectCode(e, ctx, last) ?? this.subjectCode(e, ctx);
      if (!found && e.nominal) {
        const act = this.nominal(ctx, last);
        if (act) return act;
      }
      const code = found ? found.code : e.code;
      // a preposition that codes the verb by itself introduces its target whatever the object
      // ("fired missiles at Fredonia": the object decides 194, "at" still names the target)
      const bare = (e.preps ?? []).filter((p) => !p.nouns).map((p) => p.prep);
      const targetPreps = [...(e.targetPreps ?? []), ...(found?.prep ? [found.prep] : []), ...bare];
      // A code an object decided is directed ("met their demands" 083), not mutual like the verb's own.
      const reverse = found?.mutual && code ? code : found && found.code !== e.code ? null : (e.reverse ?? null);
      return { code, reverse, last, governs: e.governs ?? null, patterned: found !== null, targetPreps, topicObject: e.topicObject ?? false, ...(e.pairsOnly ? { pairsOnly: true } : {}) };
    }
    return null;
  }

  /**
   * "announced a suspension of flights to Fredonia": the event noun right after a `nominal`
   * verb (past determiners and adjectives) is coded by its own verb's entry, with the target
   * searched after the noun.
   */
  private nominal(ctx: VerbContext, last: number): VerbMatch | null {
    let k = last + 1;
    while (k < ctx.end && k <= last + 4 && ['DET', 'ADJ', 'NUM', 'ADV'].includes(ctx.tokens[k]!.pos)) k++;
    const noun = ctx.tokens[k];
    const verb = noun && noun.pos === 'NOUN' ? this.file.nominals?.[noun.lower] ?? this.file.nominals?.[noun.lemma] : undefined;
    const list = verb ? this.byVerb.get(verb) : undefined;
    const e = list?.find((x) => !x.particle && !x.nominal);
    if (!e) return null;
    // the noun itself may be the pattern's object ("announced a ceasefire" → declare + ceasefire)
    const found = this.objectCode(e, ctx, last);
    const code = found ? found.code : e.code;
    if (!code) return null;
    const targetPreps = [...(e.targetPreps ?? []), ...(found?.prep ? [found.prep] : []), ...(e.preps ?? []).filter((p) => !p.nouns).map((p) => p.prep)];
    return { code, reverse: null, last: k, governs: null, patterned: true, targetPreps, topicObject: e.topicObject ?? false };
  }

  /** Subject nouns before the verb; for a passive verb, its object patterns too. */
  private subjectCode(e: VerbEntry, ctx: VerbContext): Found | null {
    const words = ctx.tokens.slice(Math.max(ctx.start, ctx.i - OBJECT_WINDOW), ctx.i) as Token[];
    for (const p of [...(e.subjects ?? []), ...(ctx.passive ? (e.objects ?? []) : [])]) {
      if (findNoun(words, p.nouns, 0) >= 0) return { code: p.code, prep: null, mutual: 'mutual' in p && p.mutual === true };
    }
    return null;
  }

  private objectCode(e: VerbEntry, ctx: VerbContext, last: number): Found | null {
    const end = Math.min(ctx.end, last + 1 + OBJECT_WINDOW);
    const words: Token[] = ctx.tokens.slice(last + 1, end) as Token[];
    let best: (Found & { at: number }) | null = null;
    for (const o of e.objects ?? []) {
      const at = findNoun(words, o.nouns, 0);
      if (at >= 0 && (!best || at < best.at)) best = { at, code: o.code, prep: null, mutual: o.mutual === true };
    }
    for (const p of e.preps ?? []) {
      const at = words.findIndex((w) => w.lower === p.prep);
      if (at < 0) continue;
      if (p.nouns && findNoun(words.slice(at + 1, at + 6), p.nouns, 0) < 0) continue;
      // A prepositional pattern is more specific than a bare object noun found later.
      if (!best || at <= best.at) best = { at, code: p.code, prep: p.prep, mutual: false };
    }
    return best ? { code: best.code, prep: best.prep, mutual: best.mutual } : null;
  }

  compose(kind: GovernorKind, code: string): string | null {
    const table = this.file.compose[kind];
    if (!table) return null;
    for (let n = Math.min(4, code.length); n >= 2; n--) {
      const key = code.slice(0, n);
      if (key in table) return table[key] ?? code;
    }
    return null;
  }
}

/** Index of the first word (or multi-word noun, "air strike") of `nouns` in `words`, or -1. */
function findNoun(words: readonly Token[], nouns: readonly string[], from: number): number {
  for (let k = from; k < words.length; k++) {
    const w = words[k]!;
    for (const n of nouns) {
      if (!n.includes(' ')) { if (nounIs(w, n) && !possessor(words, k)) return k; continue; }
      if (wordsAt(words, k, n)) return k;
    }
  }
  return -1;
}

/** The space-separated words of `n` are `words[k…]` (each as written or as a noun's lemma). */
function wordsAt(words: readonly Token[], k: number, n: string): boolean {
  let from = 0;
  for (let j = k; ; j++) {
    const space = n.indexOf(' ', from);
    const part = space < 0 ? n.slice(from) : n.slice(from, space);
    const x = words[j];
    if (!x || !nounIs(x, part)) return false;
    if (space < 0) return true;
    from = space + 1;
  }
}

/** "President Reagan's statement": the noun at `k` names a possessor, not the object's head. */
function possessor(words: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(words.length, k + 4); j++) {
    const t = words[j]!;
    if (t.lower === "'s" || t.lower === "'") return true;
    if (t.pos !== 'PROPN') return false;
  }
  return false;
}

/** A word as written, or a noun by its lemma ("talks" → talk; but "stricken" is not "strike"). */
function nounIs(w: Token, n: string): boolean {
  return w.lower === n || (w.lemma === n && (w.pos === 'NOUN' || w.pos === 'PROPN'));
}

/** Candidate base forms of an inflected verb: attacked → attack, staged → stage, stopped → stop, denies → deny. */
export function baseForms(w: string): string[] {
  const out: string[] = [];
  // every suffix ends in s, d or g: skip the regular expression for other words
  const c = w.charCodeAt(w.length - 1);
  if (c !== 115 && c !== 100 && c !== 103) return out;
  const m = /^(.*?)(ied|ies|ing|ed|es|s|d)$/.exec(w);
  if (!m || m[1]!.length < 2) return out;
  const stem = m[1]!;
  switch (m[2]) {
    case 'ied': case 'ies': out.push(`${stem}y`); break;
    case 'ing': case 'ed': out.push(stem, `${stem}e`); if (/([bdgklmnprt])\1$/.test(stem)) out.push(stem.slice(0, -1)); break;
    case 'es': out.push(stem, `${stem}e`); break;
    case 's': case 'd': out.push(stem); break;
  }
  return out;
}

import { readFileSync } from 'node:fs';
import type { DiplomaticKind } from '../../model/event.js';
import { DIPLOMATIC_KINDS } from '../../model/event.js';
import { dataPath } from '../../util/paths.js';
import { baseForms, mayBeInflected, PhraseIndex } from './tokens.js';

/** A phrase as words (lemmas or lower-case forms). */
export type Phrase = readonly string[];

/** One entry of an object class ("embassy" → mission type `embassy`). */
export interface ObjectEntry {
  readonly words: Phrase;
  readonly type?: string;
  readonly rank?: string;
  readonly format?: string;
}

/** How the parties of an event are read from its clause (see roles.ts). */
export type Direction =
  | 'symmetric' | 'directed' | 'mission' | 'envoy' | 'expel' | 'ratify' | 'meeting' | 'host' | 'visit' | 'membership';

/** A compiled rule of data/patterns/diplomatic.json. */
export interface Rule {
  readonly id: string;
  readonly kind: DiplomaticKind;
  readonly cameo: string;
  readonly direction: Direction;
  readonly object: string | null;
  readonly window: number;
  readonly passive: boolean;
  /** Triggers whose object comes before them as their subject ("the embassy started functioning"). */
  readonly intransitive: ReadonlySet<string> | true | null;
  /**
   * Triggers that also take the object as their subject when nothing follows as object ("the
   * embassy in Lima opened on Monday", "the consulate will close in June"), stricter than
   * `intransitive`: the object must open its clause.
   */
  readonly subjectVerbs: ReadonlySet<string> | null;
  readonly reKind: DiplomaticKind | null;
  readonly require: ReadonlySet<string> | null;
  readonly requireAfter: ReadonlyMap<string, readonly Phrase[]>;
  readonly minParties: number;
  readonly explicitParties: boolean;
  readonly needObjectActor: boolean;
  readonly allowNegation: boolean;
  readonly noModality: boolean;
  readonly source: readonly string[] | null;
  readonly target: readonly string[] | null;
  /** Prepositions that introduce the other party ("discussed … with Y"); null: any object. */
  readonly objectPreps: ReadonlySet<string> | null;
  /** The trigger must be followed at once by a place or country ("stayed in Nairobi", not "stay in regular contact"). */
  readonly placeRightAfter: boolean;
  /** A person must be the direct object right after the trigger ("called Prime Minister X"). */
  readonly personRightAfter: boolean;
  /** No preposition may follow the trigger ("subscribed an accord", not "subscribed to the principles"). */
  readonly noPrepAfter: boolean;
  /** The trigger itself looks ahead ("is expected in Lima next week"): asserted becomes planned. */
  readonly planned: boolean;
  /** The trigger states the kind's opposite ("the embassy will remain open" for a closure): negated, or planned when itself negated. */
  readonly negates: boolean;
}

/** A trigger phrase of a rule, as indexed by its first word. */
export interface Trigger {
  readonly rule: Rule;
  readonly words: Phrase;
  readonly key: string;
  readonly nominal: boolean;
}

/** Modality cue words (see modality.ts). */
export interface ModalityWords {
  readonly planned: ReadonlySet<string>;
  readonly intended: ReadonlySet<string>;
  readonly negated: ReadonlySet<string>;
  readonly assertedVerbs: ReadonlySet<string>;
  /** Words before a gerund that make it hypothetical ("the right to decide on opening …"): no event. */
  readonly hypothetical: ReadonlySet<string>;
  /** Verbs that call off what their object names ("suspending talks with X"): the noun is negated. */
  readonly cancelled: ReadonlySet<string>;
}

interface RawRule {
  id: string; kind: string; cameo: string; direction: Direction; verbs?: string[]; nouns?: string[];
  object?: string; window?: number; passive?: boolean; intransitive?: boolean | string[]; subjectVerbs?: string[]; reKind?: string;
  require?: string[]; requireAfter?: Record<string, string[]>; minParties?: number; explicitParties?: boolean;
  needObjectActor?: boolean; allowNegation?: boolean; noModality?: boolean; source?: string[]; target?: string[];
  objectPreps?: string[]; placeRightAfter?: boolean; personRightAfter?: boolean; noPrepAfter?: boolean;
  planned?: boolean; negates?: boolean;
}
interface RawFile {
  objects: Record<string, { words: string; type?: string; rank?: string; format?: string }[]>;
  rules: RawRule[];
  modality: Record<'planned' | 'intended' | 'negated' | 'assertedVerbs' | 'hypothetical' | 'cancelled', string[]>;
  pairWords: string[];
  temporaryWords: string[];
  topics: Record<string, string[]>;
  nonStateGroups?: string[];
  peopleCues?: string[];
  pairPeople?: string[];
  sportBodies?: string[];
  venueCities?: string[];
}

/** Splits a phrase into words; "d'affaires" stays one word, "consulate - general" is three. */
export const words = (phrase: string): Phrase => phrase.toLowerCase().trim().split(/\s+/);

/**
 * The diplomatic patterns, compiled once: triggers indexed by the lemma of their first word, so
 * matching a sentence costs one map lookup per token.
 */
export class DiplomaticPatterns {
  readonly triggersByKey: ReadonlyMap<string, readonly Trigger[]>;
  readonly objects: ReadonlyMap<string, readonly ObjectEntry[]>;
  /** Each object class as a phrase index whose values are indexes into `objects`. */
  readonly objectIndex: ReadonlyMap<string, PhraseIndex<number>>;
  readonly rules: readonly Rule[];
  readonly modality: ModalityWords;
  /** "the two countries", "both sides", "bilateral"…: words that point at the article's pair. */
  readonly pairWords: PhraseIndex<number>;
  readonly temporaryWords: PhraseIndex<number>;
  /** "squad", "rescue team", "company": groups whose travel is no state visit. */
  readonly nonStateGroups: ReadonlySet<string>;
  /** Topic words, valued by topic (`visa`, `trade`…). */
  readonly topics: PhraseIndex<string>;
  /** "cricket", "rugby": a sport right before a country's name makes it a sports body ("Cricket Australia"). */
  readonly sportBodies: ReadonlySet<string>;
  /** "the hague", "geneva": seats of courts and organisations; going there together is no visit to the host. */
  readonly venueCities: ReadonlySet<string>;
  /** "in the presence of", "attended by": the persons named after it take part in the clause's event. */
  readonly peopleCues: PhraseIndex<number>;
  /** "the two ministers", "the leaders": the people of the two sides, named before. */
  readonly pairPeople: PhraseIndex<number>;

  constructor(raw: RawFile) {
    const known = new Set<string>(DIPLOMATIC_KINDS);
    const objects = new Map<string, ObjectEntry[]>();
    for (const [name, list] of Object.entries(raw.objects)) {
      const entries = list.map((e) => Object.freeze({ ...e, words: words(e.words) }));
      entries.sort((x, y) => y.words.length - x.words.length);
      objects.set(name, entries);
    }
    const byKey = new Map<string, Trigger[]>();
    const rules: Rule[] = [];
    for (const r of raw.rules) {
      if (!known.has(r.kind)) throw new Error(`attache: pattern ${r.id} has an unknown kind ${r.kind}`);
      if (r.reKind && !known.has(r.reKind)) throw new Error(`attache: pattern ${r.id} has an unknown reKind`);
      if (r.object && !objects.has(r.object)) throw new Error(`attache: pattern ${r.id} names an unknown object class ${r.object}`);
      const rule: Rule = Object.freeze({
        id: r.id, kind: r.kind as DiplomaticKind, cameo: r.cameo, direction: r.direction,
        object: r.object ?? null, window: r.window ?? 6, passive: r.passive ?? false,
        intransitive: r.intransitive === true ? true : Array.isArray(r.intransitive) ? new Set(r.intransitive) : null,
        subjectVerbs: r.subjectVerbs ? new Set(r.subjectVerbs) : null,
        reKind: (r.reKind as DiplomaticKind | undefined) ?? null,
        require: r.require ? new Set(r.require) : null,
        requireAfter: new Map(Object.entries(r.requireAfter ?? {}).map(([k, v]) => [k, v.map(words)])),
        minParties: r.minParties ?? 2, explicitParties: r.explicitParties ?? false,
        needObjectActor: r.needObjectActor ?? false, allowNegation: r.allowNegation ?? false,
        noModality: r.noModality ?? false, source: r.source ?? null, target: r.target ?? null,
        objectPreps: r.objectPreps ? new Set(r.objectPreps) : null,
        placeRightAfter: r.placeRightAfter ?? false,
        personRightAfter: r.personRightAfter ?? false,
        noPrepAfter: r.noPrepAfter ?? false,
        planned: r.planned ?? false,
        negates: r.negates ?? false,
      });
      rules.push(rule);
      const add = (phrase: string, nominal: boolean): void => {
        const w = words(phrase);
        for (const key of keysOf(w[0]!)) {
          const list = byKey.get(key) ?? [];
          list.push(Object.freeze({ rule, words: w, key: phrase, nominal }));
          byKey.set(key, list);
        }
      };
      for (const v of r.verbs ?? []) add(v, false);
      for (const n of r.nouns ?? []) add(n, true);
    }
    this.triggersByKey = byKey;
    this.objects = objects;
    this.objectIndex = new Map([...objects].map(([k, v]) => [k, new PhraseIndex(v.map((e, i) => [e.words, i] as const))]));
    this.rules = rules;
    const set = (xs: string[] | undefined): ReadonlySet<string> => new Set(xs ?? []);
    this.modality = {
      planned: set(raw.modality.planned), intended: set(raw.modality.intended),
      negated: set(raw.modality.negated), assertedVerbs: set(raw.modality.assertedVerbs),
      hypothetical: set(raw.modality.hypothetical), cancelled: set(raw.modality.cancelled),
    };
    this.pairWords = new PhraseIndex(raw.pairWords.map((w, i) => [words(w), i] as const));
    this.temporaryWords = new PhraseIndex(raw.temporaryWords.map((w, i) => [words(w), i] as const));
    this.nonStateGroups = set(raw.nonStateGroups);
    this.sportBodies = set(raw.sportBodies);
    this.venueCities = set(raw.venueCities);
    this.peopleCues = new PhraseIndex((raw.peopleCues ?? []).map((w, i) => [words(w), i] as const));
    this.pairPeople = new PhraseIndex((raw.pairPeople ?? []).map((w, i) => [words(w), i] as const));
    this.topics = new PhraseIndex(Object.entries(raw.topics).flatMap(([k, v]) => v.map((w) => [words(w), k] as const)));
  }

  /** Reads `data/patterns/diplomatic.json` (or another file of the same format). */
  static load(path: string = dataPath('patterns', 'diplomatic.json')): DiplomaticPatterns {
    let raw: RawFile;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8')) as RawFile;
    } catch (cause) {
      throw new Error(`attache: cannot read the diplomatic patterns ${path}`, { cause });
    }
    return new DiplomaticPatterns(raw);
  }

  /** Whether `triggers(lemma, lower)` is non-empty, without building the list. */
  hasTrigger(lemma: string, lower: string): boolean {
    const byKey = this.triggersByKey;
    if (byKey.has(lemma) || byKey.has(lower)) return true;
    if (lemma === lower && mayBeInflected(lower)) {
      for (const base of baseForms(lower)) if (byKey.has(base)) return true;
    }
    return false;
  }

  /** Triggers that may start at a token with this lemma or lower-case form. */
  triggers(lemma: string, lower: string): readonly Trigger[] {
    const a = this.triggersByKey.get(lemma);
    if (a && lemma !== lower) {
      const b = this.triggersByKey.get(lower);
      return b ? [...a, ...b.filter((t) => !a.includes(t))] : a;
    }
    if (a) return a;
    const b = this.triggersByKey.get(lower);
    if (b) return b;
    // the lemmatiser left the word inflected ("re-established"): try its base forms
    if (lemma === lower && mayBeInflected(lower)) {
      for (const base of baseForms(lower)) {
        const c = this.triggersByKey.get(base);
        if (c) return c;
      }
    }
    return [];
  }
}

/** Index keys of a word: itself and, for "re-establish" or "d'affaires", its first piece. */
function keysOf(word: string): string[] {
  const first = word.split(/[-'’]/)[0]!;
  return first && first !== word ? [word, first] : [word];
}

import type { DiplomaticKind } from '../../model/event.js';
import type { Token } from '../../nlp/types.js';
import type { Clause } from './clauses.js';
import type { DiplomaticPatterns, ObjectEntry, Phrase, Rule, Trigger } from './patterns.js';
import { baseForms, matchAny, matchPhrase, type PhraseIndex } from './tokens.js';
import { objectFollows, subjectObject } from './subject-object.js';

/** A trigger (and its object, when the rule needs one) found in a clause. */
export interface Match {
  readonly rule: Rule;
  /** The rule's kind, or its `reKind` when the trigger has a "re-" prefix. */
  readonly kind: DiplomaticKind;
  readonly trigFrom: number;
  readonly trigTo: number;
  /** The object noun's tokens, or -1 when the rule has no object. */
  readonly objFrom: number;
  readonly objTo: number;
  readonly object: ObjectEntry | null;
  readonly nominal: boolean;
  /** For an object pronoun ("re-established them", "signed it"): where its antecedent noun starts (character offset). */
  readonly antecedent?: number;
  /** A further document of a list after the verb's first object ("…, a memorandum on Y and a protocol on Z"). */
  readonly listed?: boolean;
  /** The object is a pronoun subject ("it entered into force"): the parties are those of the document named before. */
  readonly anaphoric?: boolean;
}

const ATTRIBUTIVE_BEFORE = new Set(['newly', 'recently', 'newly-appointed', 'the', 'a', 'an']);
const PASSIVE_AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'has', 'have', 'had']);
const REDUCED_NEXT = new Set(['in', 'on', 'by', 'at', 'last', 'with', 'between', 'during', 'earlier', 'this', 'from']);
const STOP_AFTER = new Set(['that', 'which', 'who', 'whom', 'because', 'while', 'whereas', ';', ':', '(', ')']);

/** Every match of the patterns in a clause, one lookup per token. */
export function findMatches(tokens: readonly Token[], clause: Clause, patterns: DiplomaticPatterns): Match[] {
  const out: Match[] = [];
  for (let i = clause.from; i < clause.to; i++) {
    const t = tokens[i]!;
    const cands = patterns.triggers(t.lemma, t.lower);
    const gerund = cands.length > 0 && prepGerund(tokens, clause, i);
    for (const trig of gerund ? [...verbTriggers(t.lower, patterns), ...cands] : cands) {
      const m = tryTrigger(tokens, clause, i, trig, patterns);
      // ("after setting up a consulate", "prior to opening a mission": the verb's reading wins over the noun's)
      if (m && !out.some((o) => (o.rule === m.rule || gerund && o.kind === m.kind && m.nominal && !o.nominal) && o.trigFrom < m.trigTo && m.trigFrom < o.trigTo)) out.push(m);
    }
  }
  return out;
}

/** The verb triggers of an "-ing" form the tagger took for a noun ("opening" → "open"). */
function verbTriggers(lower: string, patterns: DiplomaticPatterns): Trigger[] {
  const out: Trigger[] = [];
  for (const base of baseForms(lower)) for (const trig of patterns.triggers(base, base)) if (!trig.nominal && !out.includes(trig)) out.push(trig);
  return out;
}

function tryTrigger(tokens: readonly Token[], clause: Clause, i: number, trig: Trigger, patterns: DiplomaticPatterns): Match | null {
  const end = matchPhrase(tokens, i, trig.words, clause.to);
  if (end < 0) return null;
  const head = tokens[i]!;
  if (trig.words.length === 1) {
    if (trig.nominal && head.pos === 'VERB') return null;
    if (!trig.nominal && (head.pos === 'NOUN' || head.pos === 'PROPN') && !headlineVerb(tokens, clause, i) && !prepGerund(tokens, clause, i)) return null;
  }
  const rule = trig.rule;
  if (rule.noPrepAfter && tokens[end]?.pos === 'ADP') return null;
  // "the newly appointed ambassador", "a recently opened embassy": a participle naming a past fact as a modifier
  if (!trig.nominal && head.lower.endsWith('ed') && ATTRIBUTIVE_BEFORE.has(tokens[i - 1]?.lower ?? '') && rule.object) return null;
  if ((trig.nominal || prepGerund(tokens, clause, i)) && head.lower.endsWith('ing') && hypothetical(tokens, clause.from, i, patterns)) return null;
  const reFix = rule.reKind !== null && rePrefixed(tokens, i, clause.from);
  const kind = reFix ? rule.reKind! : rule.kind;
  if (rule.require && !requireIn(tokens, clause, rule.require)) return null;
  if (!rule.object) {
    // "ditched X in favour of Y": a phrase that must follow the trigger
    const req = rule.requireAfter.get(trig.words[0]!);
    return req && !phraseAfter(tokens, end, clause.to, req) ? null : mk(rule, kind, i, end, -1, -1, null, trig.nominal);
  }
  const entries = patterns.objects.get(rule.object)!;
  const phrases = patterns.objectIndex.get(rule.object)!;
  const intrans = rule.intransitive === true || (rule.intransitive !== null && rule.intransitive.has(trig.key));
  const after = intrans && rule.intransitive === true ? null : objectAfter(tokens, clause, end, rule.window, phrases, trig.nominal);
  let obj = after;
  if (!obj && (rule.passive || intrans)) obj = objectBefore(tokens, clause, i, rule.window + 2, phrases, intrans || trig.nominal);
  if (!obj && !trig.nominal && rule.subjectVerbs?.has(trig.key) && !objectFollows(tokens, end, clause.to)) obj = subjectObject(tokens, clause, i, phrases);
  // "It entered into force in 2024", "…, which came into force in May": a pronoun subject stands for a document named before
  if (!obj && intrans && rule.kind === 'agreement.ratify') {
    const pro = pronounSubject(tokens, clause.from, i);
    if (pro >= 0) return { ...mk(rule, kind, i, end, pro, pro + 1, null, false), anaphoric: true };
  }
  if (!obj && !trig.nominal && !intrans) {
    const pro = pronounObject(tokens, end, i, phrases);
    if (pro) return { ...mk(rule, kind, i, end, end, end + 1, entries[pro.entry]!, false), antecedent: pro.antecedent };
  }
  if (!obj) return null;
  const req = rule.requireAfter.get(trig.words[0]!);
  if (req && !phraseAfter(tokens, obj[1], clause.to, req)) return null;
  return mk(rule, kind, i, end, obj[0], obj[1], entries[obj[2]]!, trig.nominal);
}

const mk = (
  rule: Rule, kind: DiplomaticKind, trigFrom: number, trigTo: number, objFrom: number, objTo: number,
  object: ObjectEntry | null, nominal: boolean,
): Match => ({ rule, kind, trigFrom, trigTo, objFrom, objTo, object, nominal });

/** The object noun within `window` tokens after the trigger; stops at another verb or clause word. */
function objectAfter(
  tokens: readonly Token[], clause: Clause, from: number, window: number, phrases: PhraseIndex<number>, nominal: boolean,
): [number, number, number] | null {
  const limit = Math.min(clause.to, from + window);
  for (let k = from; k < limit; k++) {
    const t = tokens[k]!;
    if (STOP_AFTER.has(t.lower)) return null;
    // a verb after a determiner is a modifier ("signed the Comprehensive Partnership Accord", "the revised protocol")
    // (a capitalised word inside a title is no verb, whatever the tagger says: "the V Session of the Mixed Committee")
    if (k > from && t.pos === 'VERB' && !nominal && tokens[k - 1]!.lower !== 'of' && tokens[k - 1]!.pos !== 'DET' && !titleWord(tokens, k)) return null;
    const hit = phrases.at(tokens, k, clause.to);
    if (hit) return [k, hit[1], hit[0]];
  }
  return null;
}

/** "retaliated by expelling three envoys", "after opening": a gerund after a preposition, tagged as a noun, is a verb. */
function prepGerund(tokens: readonly Token[], clause: Clause, i: number): boolean {
  return i > clause.from && tokens[i - 1]!.pos === 'ADP' && /^\p{Ll}+ing$/u.test(tokens[i]!.text);
}

const HEADLINE_OBJECT = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "Portugal names diplomat X as ambassador to Angola", "Fiji, Samoa sign police pact": in a
 * headline the tagger reads a present-tense verb right after the subject's name as a noun. A
 * lower-case trigger word right after a name, before its object, in a sentence without a final
 * full stop, is a verb.
 */
function headlineVerb(tokens: readonly Token[], clause: Clause, i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const last = tokens[clause.to - 1]!;
  return i > clause.from && prev!.pos === 'PROPN' && /^\p{Ll}/u.test(tokens[i]!.text) && next !== undefined
    && HEADLINE_OBJECT.has(next.pos) && last.text !== '.' && tokens[tokens.length - 1]!.text !== '.';
}

/** A capitalised word in the middle of a sentence, after another capitalised word or a roman numeral. */
function titleWord(tokens: readonly Token[], k: number): boolean {
  return /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && /^\p{Lu}/u.test(tokens[k - 1]!.text) && k > 0 && tokens[k - 1]!.pos !== 'PUNCT';
}

const OBJECT_PRONOUNS = new Set(['it', 'them']);

/**
 * "Peru broke off relations with Kenya in 1998 and re-established them in 2011", "ratified
 * the treaty, six days after the presidents signed it": an object pronoun right after the trigger
 * stands for a noun of the rule's object class named earlier in the sentence.
 */
function pronounObject(
  tokens: readonly Token[], at: number, trig: number, phrases: PhraseIndex<number>,
): { entry: number; antecedent: number } | null {
  const t = tokens[at];
  if (!t || !OBJECT_PRONOUNS.has(t.lower) || tokens[at + 1]?.lower === 'to') return null;
  for (let k = trig - 1; k >= 0; k--) {
    const hit = phrases.at(tokens, k, trig);
    if (hit) return { entry: hit[0], antecedent: tokens[k]!.start };
  }
  return null;
}

/**
 * The object noun before the trigger: passive ("relations were established"), a reduced
 * relative ("the agreement signed in 2014"), a compound ("embassy opening"), or the subject of an
 * intransitive trigger ("the embassy started functioning").
 */
function objectBefore(
  tokens: readonly Token[], clause: Clause, trig: number, window: number, phrases: PhraseIndex<number>, free: boolean,
): [number, number, number] | null {
  // a participle after a comma may follow a long noun phrase ("the treaty between A and B on …, signed in")
  const reach = tokens[trig - 1]?.lower === ',' ? Math.max(window, COMMA_REACH) : window;
  const limit = Math.max(clause.from, trig - reach - relativeLength(tokens, clause.from, trig) - betweenLength(tokens, clause.from, trig));
  for (let k = trig - 1; k >= limit; k--) {
    const hit = phrases.at(tokens, k, trig);
    if (!hit) continue;
    const between = tokens.slice(hit[1], trig);
    // "the first meeting of a joint commission … would take place": the head noun before "of" is the subject
    if (free) return headOf(tokens, k, clause.from, phrases) ?? [k, hit[1], hit[0]];
    if (between.some((t) => PASSIVE_AUX.has(t.lower))) return [k, hit[1], hit[0]];
    // a reduced relative ("the agreement signed in 2014", "… praised the embassy opened by X"),
    // not a subject and its verb ("the diplomat recalled that …")
    if (between.length === 0 && (REDUCED_NEXT.has(tokens[trig + 1]?.lower ?? '') || verbBefore(tokens, clause.from, k))) return [k, hit[1], hit[0]];
    // set off by a comma after the noun's own phrase ("ratified the treaty with X, signed in Lima in May")
    if (commaRelative(tokens, between, trig)) return [k, hit[1], hit[0]];
    return null;
  }
  return null;
}

const COMMA_REACH = 22;
const MODIFIER_BEFORE = new Set(['DET', 'PRON']);

/** A participle after a comma that ends a short verbless noun phrase, followed by where, when or by whom. */
function commaRelative(tokens: readonly Token[], between: readonly Token[], trig: number): boolean {
  return between.length >= 1 && between.length <= COMMA_REACH - 2 && between[between.length - 1]!.lower === ','
    // (a participle after a determiner is a modifier: "their shared border")
    && !between.slice(0, -1).some((t, k) => (t.pos === 'VERB' && !MODIFIER_BEFORE.has(between[k - 1]?.pos ?? '')) || t.pos === 'AUX' || t.lower === ',')
    && tokens[trig]!.lower.endsWith('ed')
    && REDUCED_NEXT.has(tokens[trig + 1]?.lower ?? '');
}

/** Tokens in ", which … ," clauses between `from` and `to`: "the embassy, which was shut in 2021, has reopened". */
function relativeLength(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from + 1; k < to; k++) {
    if (tokens[k - 1]!.lower !== ',' || (tokens[k]!.lower !== 'which' && tokens[k]!.lower !== 'who')) continue;
    let e = k;
    while (e < to && tokens[e]!.lower !== ',') e++;
    if (e < to) n += e - k + 2;
    k = e;
  }
  return n;
}

const NAME_PART = new Set(['PROPN', 'DET', 'CCONJ']);

/**
 * "ties between the Kingdom of Norland and the Republic of Fredonia were set up":
 * the tokens of a "between / with" phrase of names right before the passive verb group, so the
 * object before it stays in reach.
 */
function betweenLength(tokens: readonly Token[], from: number, trig: number): number {
  let k = trig - 1;
  // ("were formally established": an adverb in the verb group)
  while (k > from && (PASSIVE_AUX.has(tokens[k]!.lower) || tokens[k]!.pos === 'ADV')) k--;
  const end = k;
  while (k > from && (NAME_PART.has(tokens[k]!.pos) || tokens[k]!.lower === 'of' || tokens[k]!.lower === ',')) k--;
  const w = tokens[k]?.lower;
  return k < end && (w === 'between' || w === 'with') ? end - k + 1 : 0;
}

function verbBefore(tokens: readonly Token[], from: number, k: number): boolean {
  for (let i = from; i < k; i++) if (tokens[i]!.pos === 'VERB') return true;
  return false;
}

/** "re-established", "re-opened": a "re" prefix written as its own token or inside the word. */
function rePrefixed(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (/^re-/.test(t.lower)) return true;
  return i - 2 >= from && tokens[i - 1]!.lower === '-' && tokens[i - 2]!.lower === 're' && tokens[i - 1]!.start === tokens[i - 2]!.end;
}

/** "the right to decide on opening and closing …": a gerund under a word of choice or right. */
function hypothetical(tokens: readonly Token[], from: number, i: number, patterns: DiplomaticPatterns): boolean {
  for (let k = i - 1; k >= from && k >= i - 4; k--) {
    const t = tokens[k]!;
    if (!patterns.modality.hypothetical.has(t.lower) && !patterns.modality.hypothetical.has(t.lemma)) continue;
    // "agreed to study the question of opening an embassy": a topic taken up is an intent (see modality.ts), not nothing
    return !topicTakenUp(tokens, from, k);
  }
  return false;
}

const TAKE_UP = new Set(['study', 'examine', 'explore', 'discuss', 'review', 'raise', 'consider', 'work']);

/** A verb of study right before the cue noun ("study the question of", "consider the possibility of"). */
function topicTakenUp(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= from && j >= k - 3; j--) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' && TAKE_UP.has(t.lemma)) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return false;
  }
  return false;
}

function requireIn(tokens: readonly Token[], clause: Clause, words: ReadonlySet<string>): boolean {
  for (let k = clause.from; k < clause.to; k++) if (words.has(tokens[k]!.lower) || words.has(tokens[k]!.lemma)) return true;
  return false;
}

function phraseAfter(tokens: readonly Token[], from: number, to: number, phrases: readonly Phrase[]): boolean {
  for (let k = from; k < to; k++) if (matchAny(tokens, k, phrases, to)) return true;
  return false;
}


const SUBJECT_PRONOUNS = new Set(['it', 'which']);

/** The pronoun subject right before an intransitive trigger (auxiliaries and adverbs between), or -1. */
function pronounSubject(tokens: readonly Token[], from: number, trig: number): number {
  for (let k = trig - 1; k >= from && k >= trig - 4; k--) {
    const t = tokens[k]!;
    if (SUBJECT_PRONOUNS.has(t.lower)) return k;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return -1;
  }
  return -1;
}

/** The object phrase that ends right before "of (a|the)" at `k`: the head of "X of Y". */
function headOf(tokens: readonly Token[], k: number, limit: number, phrases: PhraseIndex<number>): [number, number, number] | null {
  let o = k - 1;
  if (tokens[o]?.pos === 'DET') o--;
  if (tokens[o]?.lower !== 'of') return null;
  for (let j = o - 1; j >= limit && j >= o - 3; j--) {
    const h = phrases.at(tokens, j, o);
    if (h && h[1] === o) return [j, h[1], h[0]];
  }
  return null;
}

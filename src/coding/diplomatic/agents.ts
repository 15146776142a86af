import type { Actor } from '../../model/actor.js';
import type { ClauseView, Slot } from './clause-view.js';
import { isPlace } from './clause-view.js';
import { PLURAL_QUANTIFIERS } from './clauses.js';
import type { ArticleFrame, SentenceInput } from './types.js';
import type { PartyContext } from './party-types.js';
import { itemLabelEnd } from './passages.js';

/** What the parties of one match are read from. */
export interface AgentContext {
  readonly view: ClauseView;
  readonly sentence: SentenceInput;
  readonly frame: ArticleFrame;
  /** The subject of the clause before, for clauses that have none of their own. */
  readonly inherited: readonly Actor[];
  readonly trigFrom: number;
  readonly trigTo: number;
  /** The object noun's owner slot, excluded from the subject. */
  readonly owner: Slot | null;
  /** The trigger is a noun ("the opening of …"): its agent is in its own noun phrase, not the clause subject. */
  readonly nominal?: boolean;
}

/**
 * The agent context of a party context's match, every field named: `{ ...ctx, trigFrom, … }`
 * (a spread with extra keys) takes a slow path in V8 and cost ≈ 3% of the whole pipeline.
 */
export function agentContext(ctx: PartyContext, owner: Slot | null, nominal: boolean | undefined): AgentContext {
  return {
    view: ctx.view, sentence: ctx.sentence, frame: ctx.frame, inherited: ctx.inherited,
    trigFrom: ctx.match.trigFrom, trigTo: ctx.match.trigTo, owner, nominal,
  } satisfies { readonly [K in keyof Required<AgentContext>]: AgentContext[K] };
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'we', 'they', 'it', 'i', 'our', 'my']);

/**
 * Who does the action of the trigger: a passive "by X", an "of X" right before it ("the decision
 * of Rwanda to cut"), the clause's subject (its first actor), a pronoun resolved from context, or
 * the subject of the clause before. Returns every coordinated subject ("X and Y").
 */
export function agentsOf(ctx: AgentContext): Actor[] {
  const { view, trigFrom, trigTo, owner } = ctx;
  const notOwner = (s: Slot): boolean => s !== owner;
  const byAfter = view.after(trigTo).filter((s) => s.prep === 'by' && !verbBetween(view, trigTo, s.from)
    && (ctx.nominal || passiveTrigger(view, trigFrom, trigTo, s.from)));
  if (byAfter.length) return withCoordinated(view, byAfter[0]!).map((s) => s.span.actor);
  if (ctx.nominal) return nounAgents(ctx);
  // "received the incoming envoy, Mr. X, who handed her a copy of his credentials": X does it
  const rel = relativeSubject(view, trigFrom);
  if (rel.length) return rel.map((x) => x.span.actor);
  const label = labelEnd(ctx.sentence);
  const before = view.before(trigFrom).filter((s) => notOwner(s) && s.span.start >= label);
  // "prompting Mexico to suspend", "urged Chile to open": the infinitive's own subject
  const inf = infinitiveSubject(view, before, trigFrom);
  if (inf) return [inf.span.actor];
  const near = before.filter((s) => (s.prep === 'of' || s.prep === 'by') && s.to >= trigFrom - 5);
  if (near.length) return [near[near.length - 1]!.span.actor];
  const owned = possessiveCountry(ctx);
  if (owned) return [owned];
  const subj = before.find((s) => s.prep === null) ?? before.find((s) => s.prep !== 'with' && s.prep !== 'to');
  if (subj) return withCoordinated(view, subj).filter(notOwner).map((s) => s.span.actor);
  const pro = pronounSubject(ctx);
  if (pro.length) return pro;
  return [...ctx.inherited];
}

/**
 * "KENYA – UGANDA: Kenya and Uganda signed …": a digest item's capitalised label names the item's
 * countries but is no subject; mentions before the returned offset are skipped (the sentence
 * start when there is no label; only a first word in capitals is looked at further).
 */
function labelEnd(s: SentenceInput): number {
  const first = s.tokens[0]?.text ?? '';
  if (first.length < 3 || first.toUpperCase() !== first || first.toLowerCase() === first) return s.start;
  const end = itemLabelEnd(s);
  return end < 0 ? s.start : s.start + end;
}

/**
 * The antecedent of a relative "who" that is the trigger's subject: "…, Mr. Alper Aktaş, who
 * handed over …", "X, who was appointed in March" (a verb of its own between "who" and the
 * trigger makes it some other clause's subject).
 */
function relativeSubject(view: ClauseView, trigFrom: number): Slot[] {
  const t = view.tokens;
  for (let k = trigFrom - 1; k > view.clause.from && k >= trigFrom - 6; k--) {
    const w = t[k]!;
    // "Fiji and Samoa, both of which broke with X": every name of the pair before the quantifier
    const quantified = w.lower === 'which' && t[k - 1]?.lower === 'of' && PLURAL_QUANTIFIERS.has(t[k - 2]?.lower ?? '');
    if (w.lower === 'who' || quantified) {
      let at = quantified ? k - 2 : k;
      if (t[at - 1]?.lower === ',') at--;
      const head = view.slots.find((s) => s.to === at && s.span.actor.country !== null && !isPlace(s));
      if (!head) return [];
      return quantified ? coordinatedBefore(view, head) : [head];
    }
    if (w.pos === 'VERB' || w.lower === ',' || w.lower === 'and') return [];
  }
  return [];
}

/** The names coordinated with `last` before it ("A, B and C" ending at C), in text order. */
function coordinatedBefore(view: ClauseView, last: Slot): Slot[] {
  const out = [last];
  let first = last;
  for (let i = view.slots.indexOf(last) - 1; i >= 0; i--) {
    const s = view.slots[i]!;
    const between = view.tokens.slice(s.to, first.from).map((x) => x.lower);
    if (isPlace(s) || between.length === 0 || !between.every((w) => w === 'and' || w === ',' || w === 'the')) break;
    out.unshift(s);
    first = s;
  }
  return out;
}

const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'gets']);

/**
 * "was signed by X", "the accord signed by X", "received by X": a by-phrase names the agent only
 * of a passive trigger ("recalled its ambassador over remarks by X" is active).
 */
function passiveTrigger(view: ClauseView, trigFrom: number, trigTo: number, byFrom: number): boolean {
  const t = view.tokens;
  if (byFrom <= trigTo + 1) return true;
  for (let k = trigFrom - 1; k >= view.clause.from && k >= trigFrom - 3; k--) {
    if (BE_FORMS.has(t[k]!.lower)) return true;
    if (t[k]!.pos !== 'ADV' && t[k]!.pos !== 'AUX') break;
  }
  const prev = t[trigFrom - 1];
  // a reduced relative ("the accord signed in Baku by X") has no object of its own after the verb
  return prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.lower === ',') && t[trigTo]?.pos === 'ADP';
}

/** A mention right before "to" + trigger ("Mexico to suspend"). */
function infinitiveSubject(view: ClauseView, before: readonly Slot[], trigFrom: number): Slot | null {
  let k = trigFrom - 1;
  while (k > view.clause.from && view.tokens[k]!.pos === 'ADV') k--;
  if (view.tokens[k]?.lower !== 'to') return null;
  return before.find((s) => s.to === k) ?? null;
}

const COUNTRY_NOUNS = new Set(['country', 'government', 'nation', 'state']);

/** "his country would break off relations": the country of the person "his" refers to. */
function possessiveCountry(ctx: AgentContext): Actor | null {
  const { view, trigFrom, frame, sentence } = ctx;
  for (let k = view.clause.from; k < trigFrom - 1; k++) {
    const w = view.tokens[k]!.lower;
    if ((w === 'his' || w === 'her') && COUNTRY_NOUNS.has(view.tokens[k + 1]!.lower) && !view.covering(k + 1)) {
      const p = frame.person(view.tokens[k]!.start) ?? sentence.speaker;
      return p?.country ? frame.countryActor(p.country) : null;
    }
  }
  return null;
}

/** The agent of a nominal trigger: "Azerbaijan's opening of", "his visit", "their meeting". */
function nounAgents(ctx: AgentContext): Actor[] {
  const { view, trigFrom, trigTo, sentence, frame } = ctx;
  const own = view.ownerOf(trigFrom, trigTo);
  if (own && own !== ctx.owner && (own.to <= trigFrom)) return [own.span.actor];
  const pro = view.pronounOwner(trigFrom);
  if (pro === 'his' || pro === 'her') {
    const p = frame.person(view.tokens[trigFrom]!.start) ?? sentence.speaker;
    return p ? [p] : [];
  }
  if (pro === 'our' || pro === 'my') return sentence.speaker ? [sentence.speaker] : [];
  if (pro === 'their') return ctx.inherited.length >= 2 ? [...ctx.inherited] : [...(frame.pair(sentence.index) ?? [])];
  // "the parliament adopted the law on ratification of the agreement": the governing verb's subject
  if (governed(view, trigFrom)) return agentsOf({ ...ctx, nominal: false });
  return [];
}

const SAYING = new Set(['say', 'tell', 'note', 'stress', 'add', 'recall', 'emphasize', 'emphasise', 'underline', 'mention', 'describe', 'announce', 'report', 'hail', 'praise', 'welcome', 'discuss', 'mark', 'celebrate', 'address', 'attend', 'regret', 'condemn']);

const GOVERNED_REACH = 6;
const DOCUMENT_REACH = 16;
const DOCUMENT_NOUNS = new Set(['communique', 'communiqué', 'agreement', 'memorandum', 'protocol', 'declaration', 'statement', 'treaty', 'accord']);

/** "a joint statement on the opening of …": the noun at `i` is the topic of a document noun. */
function documentTopic(view: ClauseView, i: number): boolean {
  let k = i - 1;
  if (view.tokens[k]?.pos === 'DET') k--;
  return view.tokens[k]?.lower === 'on' && DOCUMENT_NOUNS.has(view.tokens[k - 1]?.lower ?? '');
}

/** Is the noun at `i` the object of a (non-saying) verb a few words before it? */
function governed(view: ClauseView, i: number): boolean {
  // ("issued in Geneva on Friday a joint statement on the upgrading of relations": the topic of a
  // document is governed by the verb that governs the document, however far)
  const reach = documentTopic(view, i) ? DOCUMENT_REACH : GOVERNED_REACH;
  for (let k = i - 1; k >= view.clause.from && k >= i - reach; k--) {
    const t = view.tokens[k]!;
    if (t.pos === 'VERB') return !SAYING.has(t.lemma);
    if (t.pos === 'PUNCT') return false;
  }
  return false;
}

/** Is there a verb between tokens [from, to)? */
export function verbBetween(view: ClauseView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.tokens[k]!.pos === 'VERB') return true;
  return false;
}

/** "Chile's Ana Ruiz and her counterpart": the person right after a possessive country is the subject (the country says whose). */
function possessedPerson(view: ClauseView, s: Slot): Slot | null {
  if (s.span.via !== 'possessive') return null;
  const next = view.slots.find((x) => x.from >= s.to && x.from <= s.to + 1);
  return next && next.span.actor.type === 'person' && next.span.actor.country === s.span.actor.country ? next : null;
}

/** The slot and any slots coordinated with it ("Azerbaijan and Peru", "by X and Y"). */
function withCoordinated(view: ClauseView, first: Slot): Slot[] {
  first = possessedPerson(view, first) ?? first;
  const out = [first];
  let last = first;
  for (const s of view.slots) {
    if (s.from < last.to) continue;
    const between = view.tokens.slice(last.to, s.from).map((t) => t.lower);
    if (s.prep === 'and' || between.length === 1 && between[0] === ',' || between.every((w) => w === 'and' || w === ',' || w === 'the')) {
      if (isPlace(s)) break;
      out.push(s);
      last = s;
    } else break;
  }
  return out;
}

/** A pronoun subject before the trigger: he/she → a person named earlier; we → the speaker; they → the pair. */
function pronounSubject(ctx: AgentContext): Actor[] {
  const { view, sentence, frame, trigFrom } = ctx;
  for (let k = view.clause.from; k < trigFrom; k++) {
    const t = view.tokens[k]!;
    if (!SUBJECT_PRONOUNS.has(t.lower) || t.pos !== 'PRON') continue;
    if (t.lower === 'he' || t.lower === 'she') {
      const p = frame.person(t.start) ?? sentence.speaker;
      return p ? [p] : [];
    }
    if (t.lower === 'i') return sentence.speaker ? [sentence.speaker] : [];
    // "our foreign minister will visit Nairobi": the speaker's country
    if (t.lower === 'our' || t.lower === 'my') {
      const spk = sentence.speaker;
      if (!spk?.country || view.tokens[k + 1]?.pos !== 'NOUN' && view.tokens[k + 1]?.pos !== 'PROPN' && view.tokens[k + 1]?.pos !== 'ADJ') continue;
      return [frame.countryActor(spk.country)];
    }
    // "we" speak for the speaker's country
    if (t.lower === 'we') {
      const spk = sentence.speaker;
      if (!spk) return [];
      return [spk.type === 'person' && spk.country ? frame.countryActor(spk.country) : spk];
    }
    if (t.lower === 'they') {
      const pair = frame.pair(sentence.index);
      if (ctx.inherited.length >= 2) return [...ctx.inherited];
      const group = groupBefore(ctx, k);
      return group.length >= 2 ? group : pair ? [...pair] : [];
    }
    if (t.lower === 'it') return ctx.inherited.length ? [...ctx.inherited] : lastCountryBefore(ctx, k);
  }
  return [];
}

/**
 * "Rwanda says it has cut …": the last country-level actor named before the pronoun; "Oman, which
 * has no embassy in Syria, said it would …": not one inside a relative clause or after a preposition.
 */
function lastCountryBefore(ctx: AgentContext, k: number): Actor[] {
  const pos = ctx.view.tokens[k]!.start;
  const xs = ctx.sentence.actors.filter((a) => a.end <= pos && a.actor.country && a.actor.type !== 'person');
  let relatives: readonly (readonly [number, number])[] | null = null;
  const main = xs.filter((a) => !subordinate(ctx.sentence, a.start, () => (relatives ??= relativeClauses(ctx.sentence.text))));
  const last = main[main.length - 1] ?? xs[xs.length - 1];
  return last ? [last.actor] : [];
}

const RELATIVE_OPEN = /,\s*(?:which|who|whose|where)\b[^,]*(?:,|$)/gi;
const AFTER_PREPOSITION = /\b(?:in|to|from|with|at|for|of|into|against|on)\s+(?:the\s+)?$/i;

/** The [start, end) offsets, within the text, of its ", which … ," clauses. */
function relativeClauses(text: string): (readonly [number, number])[] {
  return [...text.matchAll(RELATIVE_OPEN)].map((m) => [m.index, m.index + m[0].length] as const);
}

/**
 * Is the mention at `at` inside a ", which … ," clause or the object of a preposition?
 * `relatives` gives the sentence's relative clauses (computed once a sentence, and only when needed).
 */
function subordinate(s: SentenceInput, at: number, relatives: () => readonly (readonly [number, number])[]): boolean {
  const rel = at - s.start;
  if (AFTER_PREPOSITION.test(s.text.slice(Math.max(0, rel - 12), rel))) return true;
  return relatives().some(([from, to]) => from < rel && rel < to);
}

/** Plural nouns that may stand for states or their people: "they" after them keeps its usual reading. */
const STATE_PLURALS = new Set([
  'countries', 'nations', 'states', 'sides', 'governments', 'capitals', 'leaders', 'ministers', 'officials', 'diplomats',
  'delegations', 'parties', 'presidents', 'envoys', 'ambassadors', 'authorities', 'neighbours', 'neighbors', 'allies',
  'members', 'two', 'both', 'three', 'all', 'spokesmen', 'spokespeople', 'sources', 'ministries', 'heads', 'premiers',
]);
const SAY_WORDS = new Set(['said', 'say', 'says', 'announced', 'added', 'stated', 'confirmed', 'told', 'noted']);

/**
 * "the partners said they would invite …", "the companies say they will open an office": a "they"
 * subject right after a verb of saying whose own subject is a plural noun that names no state
 * and no actor; the pronoun means those (firms, teams…), so the event has no state party.
 */
export function nonStateThey(view: ClauseView, trigFrom: number): boolean {
  const t = view.tokens;
  for (let k = view.clause.from; k < trigFrom; k++) {
    if (t[k]!.lower !== 'they' || t[k]!.pos !== 'PRON') continue;
    let j = k - 1;
    if (t[j]?.lower === 'that') j--;
    if (!SAY_WORDS.has(t[j]?.lower ?? '')) return false;
    const noun = t[j - 1];
    return noun !== undefined && noun.pos === 'NOUN' && noun.lower.endsWith('s') && !STATE_PLURALS.has(noun.lower)
      && !view.covering(j - 1) && !view.slots.some((s) => s.from <= j - 1 && s.to > j - 1);
  }
  return false;
}

/**
 * "Chad, Sudan and Libya said they would …": the countries of a list ("A, B and C") that ends
 * right before the pronoun's clause in the same sentence, at most a few words before it.
 */
function groupBefore(ctx: AgentContext, k: number): Actor[] {
  const pos = ctx.view.tokens[k]!.start;
  const text = ctx.sentence.text;
  const at = (n: number): number => n - ctx.sentence.start;
  const xs = ctx.sentence.actors.filter((a) => a.end <= pos && a.actor.country && a.actor.type !== 'person');
  const last = xs[xs.length - 1];
  // only a verb of saying and a time phrase between the list and the pronoun
  if (!last || !/^\s*(?:said|say|says|announced|stated|declared)\b[^,;.]{0,30}$/i.test(text.slice(at(last.end), at(pos)))) return [];
  const group = [last];
  for (let i = xs.length - 2; i >= 0; i--) {
    if (!/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(at(xs[i]!.end), at(group[0]!.start)))) break;
    group.unshift(xs[i]!);
  }
  return [...new Map(group.map((a) => [a.actor.country, a.actor])).values()];
}

import type { VerbContext } from '../coding/cameo/lexicon.js';
import { adjectival } from './verb-patterns.js';

// Words the tagger reads as verbs that are none in PETRARCH's parse tree: participles and
// infinitives inside noun phrases, complements of prepositional gerunds, attribution adjuncts.

/**
 * A participle inside a noun phrase ("the three banned parties", "a driver wanted for questioning"):
 * no verb in PETRARCH's parse.
 */
export function modifiesNoun(ctx: VerbContext): boolean {
  return adjectival(ctx.tokens, ctx.i) || reducedRelative(ctx) || nounComplement(ctx) || participleInPrepPhrase(ctx) || gerundComplement(ctx) || afterAttribution(ctx);
}

/**
 * "…, the ministry said on Monday, widening its inquiry into…": an -ing clause after a parenthetical
 * attribution hangs on the reporting verb in PETRARCH's parse (a verb of saying, whose complement is
 * what was said), so it is no event of its own.
 */
function afterAttribution(ctx: VerbContext): boolean {
  const { tokens, i } = ctx;
  if (!tokens[i]!.lower.endsWith('ing') || tokens[i - 1]?.lower !== ',') return false;
  for (let k = i - 2; k >= Math.max(0, i - 12); k--) {
    const t = tokens[k]!;
    if (t.lower === ',') return false;
    if (t.pos === 'VERB' && ATTRIBUTION.has(t.lemma)) return true;
  }
  return false;
}

/** Verbs of a parenthetical attribution ("…, officials said, …"). */
const ATTRIBUTION = new Set(['say', 'tell', 'report', 'add', 'announce', 'state']);

/**
 * "…claimed the raid on a depot housing the rebels' arms": an -ing form right after the noun of a
 * prepositional phrase modifies that noun (inside the phrase in PETRARCH's parse), no verb of its own.
 */
function participleInPrepPhrase(ctx: VerbContext): boolean {
  const { tokens, i } = ctx;
  if (!tokens[i]!.lower.endsWith('ing') || tokens[i - 1]?.pos !== 'NOUN') return false;
  for (let k = i - 2; k >= Math.max(ctx.start, i - 5); k--) {
    const t = tokens[k]!;
    if (t.pos === 'ADP') return k < i - 2 || t.lower !== 'to';
    if (!NOUN_PHRASE_INSIDE.has(t.pos)) return false;
  }
  return false;
}


/** A preposition as the tagger reads it ("for letting…" may be tagged SCONJ). */
const PREPOSITION_POS = new Set(['ADP', 'SCONJ']);

/** Parts of speech inside a short noun phrase before its head noun. */
const NOUN_PHRASE_INSIDE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * "…was fined for letting two traders ship grain abroad": the bare-infinitive complement of a
 * gerund after a preposition is part of that reason or allegation, no event of its own (as the
 * gerund itself is none).
 */
function gerundComplement(ctx: VerbContext): boolean {
  const { tokens, i } = ctx;
  if (tokens[i]!.lower !== tokens[i]!.lemma) return false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return t.lower.endsWith('ing') && PREPOSITION_POS.has(tokens[k - 1]?.pos ?? '') && k < i - 1;
    if (!NOUN_PHRASE_INSIDE.has(t.pos) && t.pos !== 'PRON') return false;
  }
  return false;
}

/**
 * "…met to weigh plans to curb the smugglers": a to-infinitive completing a noun that is
 * itself the object of an earlier verb belongs to that noun phrase; PETRARCH codes the verb the
 * phrase depends on, not this one.
 */
function nounComplement(ctx: VerbContext): boolean {
  const { tokens, i } = ctx;
  if (tokens[i - 1]?.lower !== 'to' || tokens[i - 2]?.pos !== 'NOUN' || !NOUN_PHRASE_BEFORE.has(tokens[i - 3]?.pos ?? '')) return false;
  for (let k = i - 3; k >= ctx.start; k--) if (tokens[k]!.pos === 'VERB' && !adjectival(tokens, k)) return true;
  return false;
}

/** Parts of speech a noun's phrase may start with or follow (a comma before "plans to" says "plans" is a verb). */
const NOUN_PHRASE_BEFORE = new Set(['DET', 'ADJ', 'VERB', 'ADP', 'PRON', 'NUM']);

/** Verbs that report another clause ("said protesters gathered in…"): the clause's verb is a main verb. */
const REPORTING = new Set(['say', 'tell', 'report', 'announce', 'claim', 'state', 'add', 'believe', 'think', 'know', 'see', 'hear', 'show', 'fear', 'hope', 'expect', 'warn', 'insist', 'confirm', 'deny', 'suggest', 'argue', 'note']);

/**
 * "…named a driver wanted for questioning": a past participle after a common noun and
 * before a preposition, with a full verb before it in its clause (not "be", not one of reporting),
 * modifies the noun (a reduced relative clause, inside the noun phrase in PETRARCH's parse).
 */
function reducedRelative(ctx: VerbContext): boolean {
  const { tokens, i } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.pos !== 'NOUN' || next.pos !== 'ADP' || t.lower === t.lemma || /(s|ing)$/.test(t.lower)) return false;
  let verb = false;
  for (let k = i - 2; k >= ctx.start; k--) {
    const w = tokens[k]!;
    if (w.pos === 'VERB' && REPORTING.has(w.lemma)) return false;
    // "there were six guards hurt in…": after "be" the participle is the predicate
    if (w.pos === 'VERB' && w.lemma !== 'be' && w.lemma !== 'have') verb = true;
  }
  return verb;
}

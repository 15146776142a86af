/**
 * Bodies that belong to a country ("Azerbaijani Foreign Ministry", "embassy of Peru in Baku",
 * "Milli Majlis") and back-references to a country named earlier ("the Sultanate",
 * "the Central American country").
 */
import type { Actor } from '../model/actor.js';
import { pickRole, spanActor } from './build.js';
import { nameEnd } from './names.js';
import type { ParseContext } from './parser.js';
import { fold } from './text.js';
import { SPEECH } from './cues.js';
import { countryMod, type HostAt, hostPhrase, isDet, keyAt, lexOf, ofPhrase, type Sent } from './phrases.js';

/** Bodies that may stand without a country word ("the Foreign Ministry said"). */
const BARE = new Set(['foreign ministry', 'government', 'parliament']);
/** Count words that make a back-reference plural ("the two countries"). */
const PLURAL = new Set(['two', 'three', 'both', 'several', 'many', 'all', 'other', 'these', 'those', 'some', 'member']);

/** Words that make "the state/country X" a compound, not a back-reference ("the state visit"). */
const COMPOUND = new Set([
  'visit', 'visits', 'level', 'media', 'television', 'tv', 'secretary', 'department', 'council', 'budget', 'house',
  'building', 'official', 'officials', 'programme', 'program', 'policy', 'run', 'owned', 'funded', 'team', 'office',
  'capital', 'border', 'director', 'manager', 'representative', 'leader', 'leaders', 'club', 'music', 'side',
]);

/** Prepositions after an agent that say where it is ("police in Cairo", "students across Iran"). */
const AGENT_PLACE = new Set(['in', 'throughout', 'across']);
/** Participles between an agent and the place it is in. */
const LOCATED = new Set(['operating', 'based', 'living', 'active', 'fighting', 'stationed', 'deployed', 'detained', 'held']);
/** Possessive determiners: "its troops" belong to someone named elsewhere. */
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our']);
/** Words that end a noun phrase: no filler between a country word and an agent. */
const FUNCTION_WORDS = new Set([
  'and', 'or', 'of', 'the', 'a', 'an', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'said', 'says', 'has', 'have',
  'had', 'was', 'were', 'is', 'are', 'will', 'would', 'who', 'which', 'that', 'than', 'as', 'but', 'not',
]);

/** A word that may stand between a country word and an agent ("paper", "Kurdish"). */
function isFiller(s: Sent, k: number): boolean {
  const t = s.tokens[k];
  return Boolean(t?.word) && s.lexAt[k].length === 0 && !FUNCTION_WORDS.has(t.key) && !/ly$|ed$/.test(t.key);
}

/** A body found at tokens [from, to), with the host and city of a mission. */
/** Describing words allowed between "the" and a back-reference noun. */
const FILLER = new Set([
  'oil', 'rich', 'gas', 'resource', 'tiny', 'small', 'impoverished', 'war', 'torn', 'conflict', 'hit', 'restive',
  'neighbouring', 'neighboring', 'mountainous', 'secretive', 'communist', 'reclusive', 'isolated', 'poor', 'wealthy',
  'former', 'ex', 'soviet', 'majority', 'predominantly', 'landlocked', 'coastal', 'vast', 'populous', 'young', 'host',
]);

export interface Found {
  readonly from: number;
  readonly to: number;
  readonly actor: Actor;
  readonly via: string;
  readonly host?: string;
  readonly city?: string;
}

function span(s: Sent, from: number, to: number): { text: string; start: number; end: number } {
  const start = s.tokens[from].start;
  const end = s.tokens[to - 1].end;
  return { text: s.text.slice(start, end), start, end };
}

/**
 * "Oman reopened its embassy there": "there" after a possessed mission is the country named in
 * the sentence or two before (and not in this one before it), e.g. "… closed its embassy in Tripoli".
 */
function thereHost(ctx: ParseContext, s: Sent, j: number, det: string | null): HostAt | null {
  if (keyAt(s, j) !== 'there' || (det !== 'its' && det !== 'their')) return null;
  const code = ctx.state.earlierPlace(s.tokens[j]!.start, (c) => !ctx.gaz.isIgo(c));
  return code ? { code, to: j + 1 } : null;
}

const RELATIVE = new Set(['which', 'who', 'whose', 'where']);
const LOCATIVE = new Set(['in', 'to', 'from', 'with', 'at', 'for', 'of', 'into', 'toward', 'towards', 'against', 'on']);

/**
 * The owner of "its"/"their" at token `i`: the last country named before it in this sentence that is
 * not inside a relative clause (", which … ,") nor the object of a preposition ("in Syria"), and
 * not the object of a verb when a subject is named before it. With `subjectOnly`, only a subject
 * that differs from that last country (null when they agree: the caller's own rule decides).
 */
function subjectCountry(ctx: ParseContext, s: Sent, i: number, subjectOnly = false): string | null {
  const here = ctx.state.countriesHere(s.tokens[i]!.start);
  if (here.length === 0) return null;
  let relative = false;
  let k = 0;
  let best: string | null = null;
  let subject: string | null = null;
  for (const m of here) {
    for (; k < i && s.tokens[k]!.start < m.at; k++) {
      const key = keyAt(s, k);
      if (key === ',' && RELATIVE.has(keyAt(s, k + 1))) relative = true;
      else if (key === ',' && relative) relative = false;
    }
    const prev = k > 0 ? keyAt(s, k - 1) : '';
    const prep = prev === 'the' && k > 1 ? keyAt(s, k - 2) : prev;
    if (relative || LOCATIVE.has(prep)) continue;
    best = m.code;
    if (!objectOf(s, k, i)) subject = m.code;
  }
  // "for years Chile served Estonia from its embassy in Helsinki": the subject's, not the object's
  const owner = subjectOnly ? (subject !== best ? subject : null) : subject ?? best;
  return owner && !ctx.gaz.isIgo(owner) ? owner : null;
}

/**
 * The country at token `k` is the object of a past-tense verb right before it ("covered Norway"),
 * with no "to" before "its" at `i` ("urged Chile to close its embassy" makes Chile the doer).
 */
function objectOf(s: Sent, k: number, i: number): boolean {
  const t = s.tokens[k - 1];
  if (!t || t.cap || !t.word || !t.key.endsWith('ed') || SPEECH.has(t.key)) return false;
  for (let x = k + 1; x < i; x++) if (keyAt(s, x) === 'to') return false;
  return true;
}

/** "[the] [Peruvian|Azerbaijan's] <body> [of X] [in Y]". */
/** Is token `i` preceded by "<country>," or "<country> and" (a list of countries as subjects)? */
function afterCountryList(s: Sent, i: number): boolean {
  const sep = keyAt(s, i - 1);
  if (sep !== ',' && sep !== 'and' && sep !== '&') return false;
  for (let k = Math.max(0, i - 6); k < i - 1; k++) if (lexOf(s, k, 'country') && s.lexEnd[k] === i - 1) return true;
  return false;
}

export function parseBody(ctx: ParseContext, s: Sent, i: number): Found | null {
  let j = i;
  const det = isDet(s, j) ? keyAt(s, j) : null;
  if (det) j++;
  // a body whose own name starts with a country's ("Pakistan Point News") is that body
  const cm = lexOf(s, j, 'body') ? null : countryMod(s, j);
  if (cm) j = cm.to;
  // "French paper workers", "Iraqi Kurdish rebels": a country word, a word or two, then an agent
  // (not after a list of countries: "Samoa, Tonga sign fisheries pact" has a verb there)
  if (cm && !lexOf(s, j, 'body') && !afterCountryList(s, i)) {
    for (let k = j; k < j + 2 && isFiller(s, k); k++) {
      if (lexOf(s, k + 1, 'body')?.agent) { j = k + 1; break; }
    }
  }
  // "the Bush administration", "the Putin government": a known leader's surname names the country
  let leader: string | null = null;
  if (!cm && s.tokens[j]?.cap && lexOf(s, j + 1, 'body')?.sectors.includes('GOV')) {
    const role = pickRole(ctx.gaz.seedRoles(s.tokens[j]!.raw), ctx.date);
    if (role && !ctx.gaz.isIgo(role.country)) {
      leader = role.country;
      j++;
    }
  }
  const body = lexOf(s, j, 'body');
  if (!body || (body.needsModifier && !cm && !leader)) return null;
  const bodyAt = j;
  j = s.lexEnd[j];
  const of = body.needsModifier ? null : ofPhrase(s, j);
  if (of) j = of.to;
  const host = body.mission ? (of?.host ?? hostPhrase(s, j) ?? thereHost(ctx, s, j, det)) : null;
  if (host && !of?.host) j = host.to;
  let country = body.country ?? cm?.code ?? leader ?? of?.code ?? null;
  let via = 'body';
  // "a court in Guyana", "students throughout Indonesia": an agent takes the country it is in
  if (!country && body.agent) {
    // "guerrillas operating in Colombia", "militants based in Syria": the place names their country
    const p = LOCATED.has(keyAt(s, j)) && AGENT_PLACE.has(keyAt(s, j + 1)) ? j + 1 : j;
    const where = AGENT_PLACE.has(keyAt(s, p)) ? (hostPhrase(s, p) ?? (countryMod(s, p + 1) ? { code: countryMod(s, p + 1)!.code, to: countryMod(s, p + 1)!.to } : null)) : null;
    if (where && !ctx.gaz.isIgo(where.code)) {
      country = where.code;
      if (p === j) j = where.to;
    }
    // "dissidents from Egypt", "refugees from war-torn Syria": people take the country they come from
    if (!country && keyAt(s, j) === 'from') {
      let k = j + 1;
      if (keyAt(s, k) === 'the') k++;
      while (k < j + 5 && s.tokens[k] && !s.tokens[k]!.cap && (s.tokens[k]!.word || keyAt(s, k) === '-') && !lexOf(s, k, 'country')) k++;
      const from = countryMod(s, k);
      if (from && !from.igo) country = from.code;
    }
    // "the rebel Revolutionary United Front": a modifier of the name that follows
    if (!country && s.tokens[j]?.cap && s.tokens[j]?.word) return null;
    // "its troops", "their supporters": someone's agents, not a group of their own
    if (!country && ((det && POSSESSIVE.has(det)) || POSSESSIVE.has(keyAt(s, i - 1)))) return null;
  }
  if (!country) {
    const at = s.tokens[i].start;
    // "the Kuwaiti side … reopened its embassy in Sanaa": the owner is the country named before (not the host)
    if ((det === 'its' || det === 'their') && body.mission && host) {
      // "Chile served Estonia from its embassy in Helsinki": the subject, not the verb's object
      const subject = subjectCountry(ctx, s, i, true);
      country = subject && subject !== host.code ? subject : ctx.state.lastCountry(at, (c) => c !== host.code && !ctx.gaz.isIgo(c), false, 1);
    }
    // "Qatar's embassy reopened. Oman, which has no envoy in Syria, said it would reopen its
    // embassy": the clause's subject owns it, not the embassy named before
    if (!country && (det === 'its' || det === 'their') && body.mission && ctx.state.lastBody(at, body.name)) country = subjectCountry(ctx, s, i);
    // "the embassy", "our embassy", "the ministry": the last one of its kind named before
    if (!country && det && det !== 'a' && det !== 'an' && !body.needsModifier) country = ctx.state.lastBody(at, body.name);
    if (!country && !body.mission && BARE.has(body.name) && (s.tokens[bodyAt].cap || det === 'the')) {
      country = ctx.state.onlyCountry(at) ?? (body.name === 'foreign ministry' ? ctx.state.dateline : null);
    }
    // "Police arrested students": agents of the one country this sentence (or article) is about
    if (!country && body.agent) country = ctx.state.onlyCountry(at);
    if (!country && !body.standalone && !body.agent) return null;
    if (country) via = 'body-context';
  }
  const actor = spanActor(ctx.gaz, span(s, i, j), {
    country,
    sectors: body.sectors,
    name: body.name,
    title: null,
    type: 'organisation',
  });
  return { from: i, to: j, actor, via, host: host?.code, city: host?.city };
}

/**
 * "the Sultanate", "the Central American country", "the country" (only when one country fits).
 * Returns a span with a null actor for plural forms ("the two countries"), which are skipped.
 */
export function parseBackref(ctx: ParseContext, s: Sent, i: number): { from: number; to: number; actor: Actor | null } | null {
  const k = keyAt(s, i);
  if (k !== 'the' && k !== 'this' && k !== 'both' && k !== 'these') return null;
  const half = k === 'the' ? divided(ctx, s, i) : null;
  if (half) return half;
  const igo = k === 'the' ? igoBackref(ctx, s, i) : null;
  if (igo) return igo;
  let j = i + 1;
  let plural = k === 'both' || k === 'these';
  while (PLURAL.has(keyAt(s, j))) {
    plural = true;
    j++;
  }
  // "the oil-rich Gulf state", "the tiny Himalayan kingdom", "the war-torn country"
  while (FILLER.has(keyAt(s, j)) || (keyAt(s, j) === '-' && FILLER.has(keyAt(s, j + 1)))) j++;
  const adj = lexOf(s, j, 'adj');
  if (adj) j = s.lexEnd[j];
  const noun = lexOf(s, j, 'noun');
  if (!noun) return null;
  const nounAt = j;
  j = s.lexEnd[j];
  const raw = s.tokens[nounAt].raw;
  if (/s$/i.test(raw) && !/islands$/i.test(raw) && noun.form !== 'island') plural = true;
  if (plural) return { from: i, to: j, actor: null };
  if (keyAt(s, j) === 'of' || COMPOUND.has(keyAt(s, j))) return null;
  if (keyAt(s, nounAt) === 'state' && !adj) return null;
  const at = s.tokens[i].start;
  const { gaz, state } = ctx;
  let code: string | null;
  if (adj || noun.form) {
    code = state.lastCountry(at, (c) => (!adj || adj.codes.has(c)) && (!noun.form || (gaz.forms.get(c)?.has(noun.form) ?? false)));
  } else {
    code = state.onlyCountry(at);
  }
  if (!code) return { from: i, to: j, actor: null };
  const actor = spanActor(gaz, span(s, i, j), { country: code, sectors: [], name: gaz.countryName(code), title: null, type: 'country' });
  return { from: i, to: j, actor };
}

/**
 * "the alliance", "the bloc", "the world body" once an organisation it can mean was named in the
 * story: that organisation ("NATO … Montenegro, which entered the alliance" → IGONAT). Not "the
 * alliance of…", "the alliance's" stays one.
 */
function igoBackref(ctx: ParseContext, s: Sent, i: number): { from: number; to: number; actor: Actor } | null {
  const first = s.tokens[i + 1]?.key ?? '';
  for (let n = 2; n >= 1; n--) {
    const words = n === 2 ? `${first} ${s.tokens[i + 2]?.key ?? ''}` : first;
    const codes = ctx.gaz.igoNouns.get(words);
    if (codes === undefined) continue;
    const next = keyAt(s, i + 1 + n);
    if (next === 'of' || s.tokens[i + 1 + n]?.cap) return null;
    const code = ctx.state.lastIgo(s.tokens[i].start, (c) => codes === null || codes.includes(c));
    if (!code) return null;
    const actor = spanActor(ctx.gaz, span(s, i, i + 1 + n), { country: code, sectors: [], name: ctx.gaz.countryName(code), title: null, type: 'igo' });
    return { from: i, to: i + 1 + n, actor };
  }
  return null;
}

/**
 * "the North" / "the South" in a story that has named one half of a divided country (Korea):
 * that half. Not "the North Atlantic" (a capitalised word or dictionary phrase follows).
 */
function divided(ctx: ParseContext, s: Sent, i: number): { from: number; to: number; actor: Actor } | null {
  const t = s.tokens[i + 1];
  if (!t || !t.cap || (t.key !== 'north' && t.key !== 'south')) return null;
  const after = s.tokens[i + 2];
  if (after?.word && (after.cap || s.lexAt[i + 2].length > 0)) return null;
  const countries = ctx.state.countries();
  const pair = ctx.gaz.halves.find((h) => countries.includes(h.north) || countries.includes(h.south));
  if (!pair) return null;
  const code = t.key === 'north' ? pair.north : pair.south;
  const actor = spanActor(ctx.gaz, span(s, i, i + 2), { country: code, sectors: [], name: ctx.gaz.countryName(code), title: null, type: 'country' });
  return { from: i, to: i + 2, actor };
}

/** Words that end (or follow) a company's name: "Kongsberg Gruppen", "Andes Copper Ltd", "Nordlys ASA". */
const FIRM_WORDS = new Set([
  'asa', 'ab', 'ag', 'gmbh', 'nv', 'bv', 'sa', 'spa', 'plc', 'ltd', 'limited', 'inc', 'llc', 'corp', 'corporation', 'co',
  'group', 'gruppen', 'groupe', 'grupo', 'holdings', 'holding', 'industries', 'motors', 'petroleum', 'mining', 'minerals',
  'energy', 'steel', 'shipping', 'pharma', 'pharmaceuticals', 'electronics', 'telecom', 'resources', 'consortium',
]);

/**
 * "Norway's Kongsberg Gruppen", "Chile's state-owned Andes Copper": a company of that country
 * (`BUS`), not the state. Only a name that ends in a company word, or one after "state-owned".
 */
export function parseFirm(ctx: ParseContext, s: Sent, i: number): Found | null {
  const cm = countryMod(s, i);
  if (!cm || cm.via !== 'possessive' || cm.igo) return null;
  let j = cm.to;
  const owned = keyAt(s, j) === 'state' && keyAt(s, j + 1) === '-' && (keyAt(s, j + 2) === 'owned' || keyAt(s, j + 2) === 'run');
  if (owned) j += 3;
  const ne = nameEnd(s, j);
  if (ne <= j || lexOf(s, j, 'seed')) return null;
  let to = ne;
  if (FIRM_WORDS.has(keyAt(s, ne)) && s.tokens[ne]?.cap) to = ne + 1;
  // "Norway's Nordlys" in a story that calls Nordlys a company elsewhere ("Nordlys ASA", "Nordlys chief executive")
  else if (!owned && !FIRM_WORDS.has(keyAt(s, ne - 1)) && !ctx.state.register.firms.has(fold(s.text.slice(s.tokens[j]!.start, s.tokens[ne - 1]!.end)))) return null;
  if (ctx.state.byName(s.text.slice(s.tokens[j]!.start, s.tokens[ne - 1]!.end))) return null;
  const actor = spanActor(ctx.gaz, span(s, i, to), {
    country: cm.code, sectors: ['BUS'], name: s.text.slice(s.tokens[j]!.start, s.tokens[to - 1]!.end), title: null, type: 'organisation',
  });
  return { from: i, to, actor, via: 'body' };
}

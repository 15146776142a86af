import type { Actor } from '../../model/actor.js';
import type { Sentence, Token } from '../../nlp/types.js';
import { actorGroups, type ActorGroup, type ActorMention } from './groups.js';
import { BACKERS } from './agents.js';
import { chainStart, isVerbPos, nextBreak, SAY } from './syntax.js';

/** Forms of "be" before a passive participle. */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Nouns of attacks whose owner is the agent of an agentless passive ("killed in an Israeli air strike"). */
const ATTACK_NOUNS = new Set(['shelling', 'strike', 'airstrike', 'raid', 'attack', 'bombing', 'fire', 'offensive', 'assault', 'bombardment', 'ambush', 'crackdown', 'operation']);

/** Nouns plural without an -s ("the police clash with…"). */
const PLURAL_NOUNS = new Set(['police', 'people']);

/** A plural noun or demonym ("troops", "Palestinians"): the head of a plural subject. */
function pluralHead(t: Token | undefined): boolean {
  if (t && PLURAL_NOUNS.has(t.lower)) return true;
  if (!t || !/[^s]s$/.test(t.lower)) return false;
  return (t.pos === 'NOUN' && t.lemma !== t.lower) || t.pos === 'PROPN';
}

/** The country of a city or other place name ("Kirkuk" → IRQ), or null. */
export type PlaceLookup = (name: string) => string | null;

/** People a state sends, deploys or withdraws: the object of "send troops", not a target. */
const MOVED = new Set(['troop', 'soldier', 'force', 'peacekeeper', 'inspector', 'monitor', 'observer', 'worker', 'staff', 'personnel',
  'police', 'expert', 'adviser', 'advisor', 'diplomat', 'envoy', 'team', 'mission', 'contingent', 'unit', 'battalion']);

/** Modal auxiliaries: the next word is a verb. */
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll"]);

/** Head nouns of protesters ("a Fredonian protester"), whatever sector the actor dictionary gives the mention. */
const PROTESTERS = new Set(['protester', 'protestor', 'demonstrator', 'rioter', 'marcher']);

/** Prepositions naming where unattributed violence happened ("near the village of X", "outside X"). */
const VIOLENCE_PLACE: readonly string[] = ['near', 'outside'];

/** Compass words before a place name ("in East Jerusalem", "in northern Iraq"). */
const COMPASS = /^(?:[Ee]ast|[Ww]est|[Nn]orth|[Ss]outh|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral|[Uu]pper|[Ll]ower)$/;

/** Nouns between "in" and a place name: "in the northern city of Kirkuk". */
const PLACE_HEADS = new Set(['city', 'town', 'village', 'province', 'region', 'district', 'port', 'capital', 'of', 'enclave', 'area']);

/**
 * One sentence's tokens and actor groups, with the positional questions the coder asks about
 * them (what is a place, an agent, a relative clause, a subordinate verb).
 */
export class SentenceView {
  protected readonly from: number;
  protected readonly to: number;
  protected readonly groups: ActorGroup[];
  protected readonly inMention: Set<number> = new Set();

  /** The word before a group, skipping determiners and adjectives ("in the northern Gaza Strip" → in). */
  protected prepBefore(g: ActorGroup): Token | undefined {
    return this.tokens[this.prepIndex(g)];
  }
  /** The index of the word before the group, past determiners, adjectives and compass words. */
  protected prepIndex(g: ActorGroup): number {
    let k = g.from - 1;
    while (k > this.from && (this.tokens[k]!.pos === 'DET' || this.tokens[k]!.pos === 'ADJ' || COMPASS.test(this.tokens[k]!.text)) && !this.inMention.has(k)) k--;
    return k;
  }

  constructor(
    protected readonly tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[],
    private readonly placeOf: PlaceLookup | null = null,
  ) {
    this.from = sentence.tokenStart;
    this.to = sentence.tokenEnd;
    // "Velorian-backed rebels": the backer modifies the group it backs, it is neither subject nor object
    const dashes = this.backerDashes();
    const backers = dashes.length ? mentions.filter((m) => dashes.includes(m.end)) : [];
    this.groups = actorGroups(tokens, this.from, this.to, backers.length ? mentions.filter((m) => !backers.includes(m)) : mentions);
    for (const g of this.groups) for (let k = g.from; k < g.to; k++) this.inMention.add(k);
  }

  /** Offsets of the dashes of "-backed" (sponsored, funded…) in the sentence. */
  private backerDashes(): number[] {
    const out: number[] = [];
    for (let k = this.from; k < this.to - 1; k++) if (this.tokens[k]!.text === '-' && BACKERS.has(this.tokens[k + 1]!.lower)) out.push(this.tokens[k]!.start);
    return out;
  }

  /**
   * How much less likely a verb is to state the sentence's main event: purpose infinitives ("…
   * to demand reforms"), participle adjuncts (", calling for…") and relative clauses.
   */
  protected subordinate(i: number): number {
    const { tokens } = this;
    const cs = chainStart(tokens, i, this.from);
    const before = tokens[cs - 1];
    if (tokens[i - 1]?.lower === 'to') return 0.2;
    // "accused Gondor of violating…": a gerund after a preposition.
    if (tokens[i]!.lower.endsWith('ing') && before?.pos === 'ADP') return 0.2;
    if (tokens[i]!.lower.endsWith('ing') && cs === i && before && (before.lower === ',' || before.pos === 'NOUN' || before.pos === 'PROPN' || this.inMention.has(cs - 1))) return 0.15;
    // ", who has vowed…": a non-restrictive relative clause is background to the sentence's event
    if (before && ['who', 'which'].includes(before.lower) && tokens[cs - 2]?.lower === ',') return 0.3;
    if (before && ['who', 'which', 'that'].includes(before.lower) && tokens[cs - 2]?.pos !== 'VERB') return 0.15;
    return 0;
  }
  /** "the group that has…", "Gondor, which…": `k` is a relative pronoun, not the "that" of a reported clause. */
  protected relativePronoun(k: number): boolean {
    const w = this.tokens[k]!.lower;
    const prev = this.tokens[k - 1];
    if (!prev) return false;
    if (w === 'who' || w === 'which') return prev.pos === 'NOUN' || prev.pos === 'PROPN' || this.inMention.has(k - 1);
    if (w !== 'that' || prev.pos !== 'NOUN') return false;
    for (let j = k - 2; j >= Math.max(this.from, k - 4); j--) if (SAY.has(this.tokens[j]!.lemma)) return false;
    return true;
  }
  /** The actor group right after `last` (after a determiner at most): a direct object. */
  protected directObject(last: number): ActorGroup | null {
    let k = last + 1;
    if (this.tokens[k]?.pos === 'DET' && !this.inMention.has(k)) k++;
    return this.groups.find((g) => g.from === k) ?? null;
  }
  /** The first actor group after "in" in the clause (where a protest took place). */
  protected placeGroup(last: number, not: ActorGroup | null = null): ActorGroup | null {
    const stop = nextBreak(this.tokens, last, this.to);
    const g = this.groups.find((x) => x.from > last && x.from < stop && x.from !== not?.from && this.prepBefore(x)?.lower === 'in') ?? this.namedPlace(last, stop);
    if (!g) return null;
    // A capital or city named as a place stands for its country, not its government ("rallied in Washington" → USA).
    const actors = g.actors.map((a, k) => (a.country && (g.vias[k] === 'capital' || g.vias[k] === 'city') ? { ...a, code: a.code?.startsWith('IGO') ? a.code : a.country, sectors: [] } : a));
    return { ...g, actors };
  }
  /** "in the northern city of Kirkuk": a place no mention covers, looked up by name (its country, no sectors). */
  private namedPlace(last: number, stop: number, prep = 'in'): ActorGroup | null {
    if (!this.placeOf) return null;
    const { tokens } = this;
    for (let k = Math.max(last, this.from); k < stop; k++) {
      if (tokens[k]!.lower !== prep || this.inMention.has(k)) continue;
      let a = k + 1;
      while (a < stop && !this.inMention.has(a) && (tokens[a]!.pos === 'DET' || !/^\p{Lu}/u.test(tokens[a]!.text)) &&
        (tokens[a]!.pos === 'DET' || tokens[a]!.pos === 'ADJ' || PLACE_HEADS.has(tokens[a]!.lower) || /^[a-z]+-?[a-z]*ed$/.test(tokens[a]!.text))) a++;
      let b = a;
      while (b < stop && b < a + 3 && !this.inMention.has(b) && /^\p{Lu}/u.test(tokens[b]!.text)) b++;
      for (let e = b; e > a; e--) {
        const country = this.placeOf(this.textOf(a, e));
        if (!country) continue;
        const text = this.textOf(a, e);
        const actor = { text, country, sectors: [], code: country, name: null, title: null, type: 'country' as const, start: tokens[a]!.start, end: tokens[e - 1]!.end };
        return { actors: [actor], vias: ['city'], from: a, to: e };
      }
    }
    return null;
  }

  /** The text of tokens [a, b) as written (tokens joined by their original spacing). */
  private textOf(a: number, b: number): string {
    let out = '';
    for (let k = a; k < b; k++) out += (k > a && this.tokens[k]!.start > this.tokens[k - 1]!.end ? ' ' : '') + this.tokens[k]!.text;
    return out;
  }

  /**
   * "Gunmen killed ten villagers in northern Veloria", "children were killed in shelling in Veloria":
   * agents of no named country (`---CVL`) where the act took place are of the place's country.
   */
  protected placed(g: ActorGroup | null, last: number, other: ActorGroup | null): ActorGroup | null {
    if (!g || !g.actors.some((a) => !a.country && a.sectors.length)) return g;
    // "killed in Norlandic shelling in Veloria": the attacker's group is no place
    const place = this.placeGroup(last, other) ?? this.nearPlace(last, other);
    const countries = new Set((place?.actors ?? []).map((a) => (a.type !== 'igo' && !/^(IGO|NGO)/.test(a.code ?? '') ? a.country : null)));
    if (countries.size !== 1 || countries.has(null)) return g;
    const [country] = [...countries] as [string];
    return { ...g, actors: g.actors.map((a) => (!a.country && a.sectors.length ? { ...a, country, code: country + a.sectors.join('') } : a)) };
  }

  /**
   * The country of the place an act happened in ("in Veloria", "in the city of Kirkuk"), as a country
   * actor with no sector, for violence no one is named for: whoever did it acted there.
   */
  protected placeCountry(last: number, not: ActorGroup | null): ActorGroup | null {
    const place = this.placeGroup(last, not) ?? this.nearPlace(last, not);
    if (!place || place.actors.some((a) => !a.country || a.type === 'igo' || /^(IGO|NGO)/.test(a.code ?? ''))) return null;
    return { ...place, actors: place.actors.map((a) => ({ ...a, code: a.country, sectors: [], type: 'country' as const })) };
  }

  /**
   * "a bomb near the village of Veloburg", "shot outside (of) the Velorian port of X": where violence no
   * one is named for happened, after "near / outside" — a country or a listed city, nothing else
   * ("near the Norlandic embassy" names no place).
   */
  private nearPlace(last: number, not: ActorGroup | null): ActorGroup | null {
    const stop = nextBreak(this.tokens, last, this.to);
    for (const g of this.groups) {
      if (g.from <= last || g.from >= stop || g.from === not?.from) continue;
      let k = this.prepIndex(g);
      if (this.tokens[k]?.lower === 'of' && this.tokens[k - 1]?.lower === 'outside') k--;
      if (!VIOLENCE_PLACE.includes(this.tokens[k]?.lower ?? '')) continue;
      if (g.actors.every((a, n) => a.type === 'country' || g.vias[n] === 'capital' || g.vias[n] === 'city' || g.vias[n] === 'place')) return g;
    }
    for (const prep of VIOLENCE_PLACE) {
      const named = this.namedPlace(last, stop, prep);
      if (named) return named;
    }
    return null;
  }

  /** Whether the group's head noun names protesters ("a Fredonian protestor", "rioters from Norland"). */
  protected namedProtesters(g: ActorGroup | null): boolean {
    if (!g) return false;
    const head = this.tokens[g.to]?.pos === 'NOUN' && !this.inMention.has(g.to) ? this.tokens[g.to]! : this.tokens[g.to - 1];
    return !!head && PROTESTERS.has(head.lemma);
  }

  /** The source's own country as a target, when the sentence names no other country. */
  protected homeGroup(source: ActorGroup): ActorGroup | null {
    const countryOf = (a: Actor): string | null =>
      a.country && a.type !== 'igo' && !/^(IGO|NGO)/.test(a.code ?? '') ? a.country : null;
    const homes = new Set(source.actors.map(countryOf));
    if (homes.size !== 1) return null;
    const home = [...homes][0];
    if (!home) return null;
    for (const g of this.groups) for (const a of g.actors) if (a.country && a.country !== home) return null;
    const actor: Actor = { text: home, country: home, sectors: [], code: home, name: null, title: null, type: 'country' };
    return { actors: [actor], vias: ['home'], from: source.from, to: source.from };
  }

  /** True when a verb follows the group directly (skipping auxiliaries): the group is a subject. */
  protected startsClause(g: ActorGroup): boolean {
    const { tokens } = this;
    let k = g.to;
    while (k < this.to && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || ['not', "n't"].includes(tokens[k]!.lower))) k++;
    if (!(k < this.to && isVerbPos(tokens[k]) && tokens[g.to]?.lower !== 'to')) return false;
    // A bare participle is a modifier, not a new clause's verb: "the president of Norland
    // following the vote", "a loan for Fredonia aimed at…".
    if (k === g.to) {
      const w = tokens[k]!.lower;
      if (w.endsWith('ing')) return false;
      const participle = /ed$/.test(w) || (w !== tokens[k]!.lemma && !/s$/.test(w));
      if (participle && tokens[k + 1]?.pos === 'ADP' && !['up', 'down', 'out', 'off'].includes(tokens[k + 1]!.lower)) return false;
    }
    return true;
  }
  /** The agent of a passive verb: the group after "by". */
  protected byAgent(last: number): ActorGroup | null {
    const stop = Math.min(this.to, last + 8);
    for (let k = last + 1; k < stop; k++) {
      if (this.tokens[k]!.lower !== 'by') continue;
      for (let j = k + 1; j < Math.min(this.to, k + 4); j++) {
        const g = this.groups.find((x) => x.from === j);
        if (g) return g;
      }
    }
    return null;
  }
  /** "a rocket was fired at Norland from Fredonia": where fire came from, for an agentless passive of force. */
  protected originGroup(last: number): ActorGroup | null {
    const stop = nextBreak(this.tokens, last, Math.min(this.to, last + 8));
    for (const g of this.groups) {
      if (g.from <= last || g.from >= stop) continue;
      if (this.prepBefore(g)?.lower === 'from') return g;
    }
    // "fired from the Veloria Strip": a place no mention covers
    return this.namedPlace(last, stop, 'from');
  }

  /** "killed in Israeli tank shelling": the actor owning the attack that did it, for an agentless passive. */
  protected instrumentOwner(last: number): ActorGroup | null {
    const stop = Math.min(this.to, last + 10);
    for (const g of this.groups) {
      if (g.from <= last || g.from >= stop) continue;
      if (!['in', 'during', 'by'].includes(this.tokens[g.from - 2]?.lower ?? '') && !['in', 'during'].includes(this.tokens[g.from - 1]?.lower ?? '')) continue;
      for (let k = g.to; k < Math.min(this.to, g.to + 3); k++) if (ATTACK_NOUNS.has(this.tokens[k]!.lemma) || ATTACK_NOUNS.has(this.tokens[k]!.lower)) return g;
    }
    return null;
  }

  /** A group whose agents of unknown country ("---OPP") take the only country the sentence names. */
  protected localised(g: ActorGroup): ActorGroup {
    if (!g.actors.some((a) => !a.country && a.sectors.length)) return g;
    const countries = new Set<string>();
    for (const x of this.groups) for (const a of x.actors) if (a.country && a.type !== 'igo' && !/^(IGO|NGO)/.test(a.code ?? '')) countries.add(a.country);
    if (countries.size !== 1) return g;
    const [country] = [...countries] as [string];
    return { ...g, actors: g.actors.map((a) => (!a.country && a.sectors.length ? { ...a, country, code: country + a.sectors.join('') } : a)) };
  }

  /** The subject of an "unless" / "if" clause after `last` (not the source again). */
  protected conditionSubject(last: number, source: ActorGroup | null): ActorGroup | null {
    const { tokens } = this;
    for (let k = last + 1; k < this.to; k++) {
      if (tokens[k]!.lower !== 'unless' && tokens[k]!.lower !== 'if') continue;
      let a = k + 1;
      while (a < this.to && a <= k + 3 && !this.inMention.has(a) && ['DET', 'ADJ'].includes(tokens[a]!.pos)) a++;
      const g = this.groups.find((x) => x.from === a);
      if (!g || (source && g.actors.every((x) => source.actors.some((y) => y.code !== null && y.code === x.code)))) return null;
      return g;
    }
    return null;
  }

  /** A group of the source's own (or no one's) troops, inspectors, staff… */
  protected movedPeople(g: ActorGroup, source: ActorGroup | null): boolean {
    const own = new Set((source?.actors ?? []).map((a) => a.country));
    return g.actors.every((a) => a.type === 'organisation' && (a.country === null || own.has(a.country))
      && MOVED.has(this.tokens[g.to - 1]!.lemma));
  }

  /** A VERB token not used as a modifier, or a noun the tagger took for a verb right after a subject ("Arnor attacks Gondor"). */
  protected verbLike(i: number, earlier: number): boolean {
    const t = this.tokens[i]!;
    const prev = this.tokens[i - 1];
    if (isVerbPos(t)) {
      if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ') && !this.inMention.has(i - 1)) return false;
      // "the newly imposed curfew", "a hastily formed council": an adverb between a determiner and a participle
      const before = this.tokens[i - 2];
      if (prev?.pos === 'ADV' && /ly$/.test(prev.lower) && before?.pos === 'DET' && !this.inMention.has(i - 2) && t.lower !== t.lemma) return false;
      // "Israeli-occupied", "Russian-backed": a hyphenated participle is a modifier.
      if (prev?.text === '-' && prev.end === t.start) return false;
      // "to demands": an infinitive marker is never followed by an inflected verb.
      if (prev?.lower === 'to' && t.lower !== t.lemma && /s$/.test(t.lower)) return false;
      // "the curfew imposed in Sudan": a participle after a common noun, once the clause has its verb.
      // (A main verb takes its object: "gunships killed 46 civilians".)
      const next = this.tokens[i + 1];
      if (earlier > 0 && prev?.pos === 'NOUN' && !this.inMention.has(i - 1) && /ed$/.test(t.lower) && (!next || next.pos === 'ADP' || next.pos === 'PUNCT')) return false;
      // the same with an irregular participle before a preposition: "two men held in the raid"
      if (earlier > 0 && prev?.pos === 'NOUN' && !this.inMention.has(i - 1) && t.lower !== t.lemma && !/(ing|s)$/.test(t.lower)
        && ['in', 'for', 'by', 'over', 'since'].includes(next?.lower ?? '')) return false;
      // "in Israeli tank shelling in …": an -ing noun compound with nothing it governs.
      if (earlier > 0 && prev?.pos === 'NOUN' && !this.inMention.has(i - 1) && /ing$/.test(t.lower) && (!next || next.pos === 'ADP' || next.pos === 'PUNCT')) return false;
      // "sought help from…": a base-form "verb" right after a verb, before a preposition, is its object
      if (prev?.pos === 'VERB' && !this.inMention.has(i - 1) && t.lower === t.lemma && (next?.pos === 'ADP' || next?.pos === 'PUNCT')) return false;
      // "killed in Israeli shelling in …": the same after a preposition and a country word
      if (/ing$/.test(t.lower) && this.inMention.has(i - 1) && this.tokens[i - 2]?.pos === 'ADP' && (!next || next.pos === 'ADP' || next.pos === 'PUNCT')) return false;
      return true;
    }
    // "it would free the prisoners": the word after a modal is a verb, whatever the tagger says
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && MODALS.has(this.tokens[i - 1]?.lower ?? '') && !this.inMention.has(i)) return true;
    // "is being pressured by…": an -ed word after a form of "be" and before "by" is a passive verb
    if (t.pos === 'ADJ' && /ed$/.test(t.lower) && BE.has(this.tokens[i - 1]?.lower ?? '') && this.tokens[i + 1]?.lower === 'by') return true;
    // "Norway alleged that Russia…": an -ed word between an actor and "that" is its verb
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && /ed$/.test(t.lower) && this.inMention.has(i - 1) && this.tokens[i + 1]?.lower === 'that') return true;
    const next = this.tokens[i + 1];
    // "Velorian troops clash with rebels", "students protest against…": a base form after a plural actor,
    // before a preposition or an object, is a present-tense verb the tagger read as a noun
    if (t.pos === 'NOUN' && earlier === 0 && t.lower === t.lemma && this.inMention.has(i - 1) && !this.inMention.has(i) && pluralHead(prev)
      && !!next && (next.pos === 'ADP' || next.pos === 'DET' || next.pos === 'NUM' || next.lower === 'dead' || this.inMention.has(i + 1))) return true;
    // "Norland mediated between…": an -ed word the tagger calls an adjective right after the subject, before
    // a preposition, a determiner or an actor, with no verb before it
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && earlier === 0 && /ed$/.test(t.lower) && this.inMention.has(i - 1) && !this.inMention.has(i)
      && !!next && (next.pos === 'ADP' || next.pos === 'DET' || this.inMention.has(i + 1))) return true;
    // "Norland, like its neighbours, plans to impose…": an -s "noun" after the subject or a closing
    // comma, before "to" and a base-form verb, is the verb (the tagger read a plural)
    if (t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && next?.lower === 'to' && (prev?.lower === ',' || this.inMention.has(i - 1))) {
      const v = this.tokens[i + 2];
      if (v && v.pos === 'VERB' && v.lower === v.lemma && !this.inMention.has(i)) return true;
    }
    if (t.pos !== 'NOUN' || !/s$|ed$/.test(t.lower)) return false;
    return this.inMention.has(i - 1) && !!next && (this.inMention.has(i + 1) || next.pos === 'DET');
  }
}

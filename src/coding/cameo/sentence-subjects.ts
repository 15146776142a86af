import type { Sentence, Token } from '../../nlp/types.js';
import type { ActorGroup, ActorMention } from './groups.js';
import type { PlaceLookup } from './sentence-view.js';
import { SentenceParts } from './sentence-parts.js';
import { chainStart, isVerbPos, LOCATIVE, prevBreak, SAY } from './syntax.js';
import { PERMISSION, sameCountries } from './acts.js';

/** Pronouns opening a reported clause that stand for its speaker ("Norland said it would…", "…said its troops…"). */
export const SPEAKER_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'he', 'his', 'she', 'her', 'we', 'our']);

/**
 * Who does what in one sentence: the compound subject of each verb (through coordination,
 * relative clauses, reported clauses, appositives and a pronoun continuing the sentence before),
 * cached per verb.
 */
export class SentenceSubjects extends SentenceParts {
  protected readonly subjects = new Map<number, ActorGroup | null>();

  constructor(
    tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[],
    placeOf: PlaceLookup | null, private readonly antecedent: ActorGroup | null,
  ) {
    super(tokens, sentence, mentions, placeOf);
  }

  /** The grammatical subject of the first coded verb (after `code()`), or null; the next sentence's antecedent. */
  mainSubject(): ActorGroup | null {
    let best: [number, ActorGroup] | null = null;
    for (const [i, g] of this.subjects) if (g && (!best || i < best[0])) best = [i, g];
    if (best) return best[1];
    // no verb coded ("Norland's army entered Fredonia."): the actor before the first verb, not after a preposition
    const verb = this.tokens.slice(this.from, this.to).findIndex((t) => isVerbPos(t));
    if (verb < 0) return null;
    const g = this.groups.find((x) => x.to <= this.from + verb && this.prepBefore(x)?.pos !== 'ADP');
    return g ?? null;
  }

  /** True when the sentence names any actor. */
  get namesActors(): boolean {
    return this.groups.length > 0;
  }

  /** The compound subject of the verb at `i` (nearest actor group to its left, not a place). */
  protected subject(i: number): ActorGroup | null {
    const cached = this.subjects.get(i);
    if (cached !== undefined) return cached;
    const { tokens } = this;
    const left = prevBreak(tokens, i, this.from);
    const cs = chainStart(tokens, i, left);
    const before = tokens[cs - 1];
    // "gave permission to Russia to fly…": who is permitted does what follows
    if (tokens[cs]?.lower === 'to' && cs < i) {
      const g = this.groups.find((x) => x.to === cs);
      if (g && tokens[g.from - 1]?.lower === 'to' && PERMISSION.has(tokens[g.from - 2]?.lemma ?? '')) return g;
    }
    // "Pakistan has refused to deploy…": an infinitive right after a verb shares that verb's subject.
    if (tokens[cs]?.lower === 'to' && cs < i && before && isVerbPos(before) && cs - 1 >= left) return this.subject(cs - 1);
    // "the militant group that has seized…": a relative clause's subject is the noun before the pronoun.
    if (before && cs - 2 >= left && this.relativePronoun(cs - 1)) return this.groups.find((g) => g.to === cs - 1) ?? null;
    // "…, and attacked": a verb coordinated with an earlier one shares its subject.
    if (before && (before.lower === 'and' || before.lower === ',' || before.lower === 'but')) {
      for (let v = cs - 2; v >= left; v--) {
        if (this.inMention.has(v)) continue;
        if (isVerbPos(tokens[v]) && !SAY.has(tokens[v]!.lemma)) {
          const g = this.groups.filter((x) => x.to <= v && x.from >= left).pop();
          if (g) return this.subject(v);
          // "a bomb killed two soldiers and wounded three others": the earlier verb's object is not
          // this verb's subject — both share the earlier verb's (unnamed) one
          if (before.lower === 'and' && this.groups.some((x) => x.from > v && x.to < cs)) return this.subject(v);
          break;
        }
        if (this.groups.some((x) => x.to === v + 1)) break;
      }
    }
    // "Norland said ten people were killed by…": the subject of a reported clause is in it, not
    // before the verb of saying; "Norland said it / its troops would…" is the speaker.
    const say = this.sayBefore(left, cs);
    if (say >= 0) {
      const g = this.groups.find((x) => x.from > say && x.to <= cs);
      if (!g) {
        // "said on Monday (that) it would expel…"
        for (let k = say + 1; k < cs; k++) if (tokens[k]!.pos === 'PRON' && SPEAKER_PRONOUNS.has(tokens[k]!.lower)) return this.subject(say);
        return null;
      }
      return this.nearestSubject(say + 1, i, i);
    }
    // "Pakistan, a key U.S. ally in the war, has refused": skip the appositive between commas.
    let limit = i;
    if (before?.lower === ',') {
      for (let p = cs - 2; p > left; p--) {
        if (isVerbPos(tokens[p])) break;
        if (tokens[p]!.lower === ',' && ['DET', 'ADJ', 'NUM'].includes(tokens[p + 1]?.pos ?? '')) { limit = p; break; }
      }
    }
    // With no actor named before the appositive, the appositive names it ("Kenzo Oshima, the UN coordinator,").
    return this.nearestSubject(left, limit, i) ?? (limit < i ? this.nearestSubject(left, i, i) : null) ?? this.pronounSubject(cs);
  }

  /** "It attacked…" opening the sentence: the subject of the sentence before, when the pronoun fits it. */
  private pronounSubject(cs: number): ActorGroup | null {
    const a = this.antecedent;
    const p = this.tokens[cs - 1];
    if (!a || !p || p.pos !== 'PRON') return null;
    const lead = cs - 1 === this.from || (cs - 2 === this.from && ['CCONJ', 'ADV'].includes(this.tokens[this.from]!.pos));
    if (!lead) return null;
    const persons = a.actors.every((x) => x.type === 'person');
    const fits = p.lower === 'they' || (p.lower === 'it' && !a.actors.some((x) => x.type === 'person'))
      || ((p.lower === 'he' || p.lower === 'she') && persons && a.actors.length === 1);
    return fits ? { ...a, from: cs - 1, to: cs } : null;
  }

  /** The act at `k` is the speaker's own: its subject is the speaker's group, or of the speaker's countries. */
  protected ownAct(k: number, accused: ActorGroup | null, speaker: ActorGroup | null): boolean {
    if (!speaker) return false;
    if (accused) return sameCountries(accused, speaker);
    return this.subject(k) === speaker;
  }

  /** The nearest actor group ending by `limit` that is not a place or a prepositional object. */
  protected nearestSubject(left: number, limit: number, i: number): ActorGroup | null {
    const { tokens } = this;
    let fallback: ActorGroup | null = null;
    for (let gi = this.groups.length - 1; gi >= 0; gi--) {
      const g = this.groups[gi]!;
      if (g.to > limit || g.from < left) continue;
      const prep = this.prepBefore(g);
      if (prep && prep.pos === 'ADP' && LOCATIVE.has(prep.lower)) { fallback ??= g; continue; }
      if (prep?.lower === 'by' || prep?.lower === 'with' || prep?.lower === 'to' || prep?.lower === 'against') { fallback ??= g; continue; }
      return g;
    }
    return fallback && fallback.to >= i - 2 ? fallback : null;
  }
}

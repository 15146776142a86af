import type { Sentence, Token } from '../../nlp/types.js';
import { dedupe, futureCode, pairs, type CodedClause } from './clauses.js';
import type { ActorGroup, ActorMention } from './groups.js';
import type { PlaceLookup } from './sentence-view.js';
import { SentenceParts, type Candidate } from './sentence-parts.js';
import type { GovernorKind, VerbLexicon } from './lexicon.js';
import { chainModality, chainStart, gerundAfterPreposition, hasObligation, isPassive, isVerbPos, LOCATIVE, nextBreak, prevBreak, SAY } from './syntax.js';
import { DOMESTIC, PERMISSION, sameCountries, STATE_ACTS, violentProtest } from './acts.js';

/** Pronouns opening a reported clause that stand for its speaker ("Norland said it would…", "…said its troops…"). */
const SPEAKER_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'he', 'his', 'she', 'her', 'we', 'our']);

/** Intent verbs whose that-clause states a view, not an act promised ("agreed that…"). */
const OPINION = new Set(['agree', 'concur']);

/** Conjunctions that open an adverbial clause before its subject. */
const SUBORDINATORS = new Set(['as', 'while', 'when', 'whereas', 'because', 'although', 'though', 'since', 'after', 'before', 'until']);

/** The state of coding one sentence. */
export class SentenceRun extends SentenceParts {
  private readonly subjects = new Map<number, ActorGroup | null>();
  private readonly coded: { i: number; code: string; verbCode: string | null }[] = [];

  /**
   * `antecedent`: the subject of the sentence before, for a sentence opening with a pronoun ("It
   * attacked…", "They demanded…").
   */
  constructor(
    private readonly lex: VerbLexicon, tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[],
    placeOf: PlaceLookup | null = null, private readonly antecedent: ActorGroup | null = null,
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

  code(): CodedClause[] {
    const cands = this.candidates();
    const consumed = new Set<number>();
    const out: CodedClause[] = this.obligations(cands, consumed);
    for (const c of cands) {
      if (consumed.has(c.i)) continue;
      const clause = this.codeCandidate(c, consumed);
      if (clause) out.push(...clause);
    }
    return dedupe(out);
  }

  private candidates(): Candidate[] {
    const out: Candidate[] = [];
    let verbs = 0;
    for (let i = this.from; i < this.to; i++) {
      if (this.inMention.has(i)) continue;
      if (isVerbPos(this.tokens[i]) && !this.verbLike(i, verbs)) continue;
      if (isVerbPos(this.tokens[i])) verbs++;
      else if (!this.verbLike(i, verbs)) continue;
      // an unknown verb needs no clause bounds (the lexicon would answer null)
      if (this.lex.has && !this.lex.has(this.tokens[i]!)) continue;
      const passive = isPassive(this.tokens, i, this.from);
      const m = this.lex.match({ tokens: this.tokens, i, start: prevBreak(this.tokens, i, this.from), end: nextBreak(this.tokens, i, this.to), passive });
      if (m) out.push({ i, m });
    }
    return out;
  }

  private codeCandidate(c: Candidate, consumed: Set<number>): CodedClause[] | null {
    const { tokens } = this;
    let code = c.m.code;
    let last = c.m.last;
    let reverse = c.m.reverse;
    let target: ActorGroup | null = null;
    let patterned = c.m.patterned;
    let kind: GovernorKind | null = c.m.governs;
    let governed: GovernorKind | null = null;
    let claim: CodedClause[] | null = null;
    if (kind === 'allege') {
      // "Fredonia claimed that Norland had attacked Osterlich": alleging another's hostile act is an
      // accusation of the one alleged to have done it (112); anything else is coded as the act itself.
      const comp = this.complement(c);
      const cm = comp ? this.lex.match({ tokens, i: comp.k, start: comp.k, end: nextBreak(tokens, comp.k, this.to) }) : null;
      const accused = comp?.object ?? null;
      const combined = cm?.code ? this.lex.compose('allege', cm.code) : null;
      if (comp && accused && combined && !sameCountries(accused, this.subject(c.i))) {
        consumed.add(comp.k);
        code = combined;
        governed = 'allege';
        patterned = true;
        target = accused;
        reverse = null;
      } else if (comp && cm?.code && combined && tokens[c.i]!.lemma === 'claim' && this.ownAct(comp.k, accused, this.subject(c.i))) {
        // "Norland claimed that its forces had shelled Fredonia": claiming one's own hostile act is a
        // claim of responsibility (015) aimed at its target; the act itself is coded from the complement too.
        const actTarget = this.objectGroup(cm.last, cm.targetPreps ?? [], false, this.subject(c.i), cm.patterned);
        if (actTarget) claim = pairs(this.subject(c.i), actTarget, '015', null, 'asserted', { start: tokens[c.i]!.start, end: tokens[cm.last]!.end }, 0.7, 'allege');
      }
      kind = null;
    }
    if (claim) {
      this.coded.push({ i: c.i, code: '015', verbCode: null });
      this.subjects.set(c.i, this.subject(c.i));
      return claim;
    }
    if (kind && kind !== 'none') {
      const comp = this.complement(c);
      // "wants Putin to attack", "expects Iran to withdraw": an intention for someone else is an appeal.
      if (comp?.object && kind === 'intent' && this.directObject(c.m.last) === comp.object) kind = 'appeal';
      // "agreed that the prisoners should be freed": agreeing with a view is no intent to act
      // ("agreed that they would open consulates" is: the parties themselves are to act)
      const that = comp ? tokens.slice(c.m.last + 1, comp.k).findIndex((t) => t.lower === 'that') : -1;
      const own = that >= 0 && SPEAKER_PRONOUNS.has(tokens[c.m.last + 2 + that]?.lower ?? '');
      const opinion = comp && kind === 'intent' && OPINION.has(tokens[c.i]!.lemma) && that >= 0 && !own;
      if (comp && opinion) consumed.add(comp.k);
      if (comp && !opinion) {
        consumed.add(comp.k);
        const cm = this.lex.match({ tokens, i: comp.k, start: comp.k, end: nextBreak(tokens, comp.k, this.to) });
        // "demanded that its partners refuse to recognize…": the complement's own complement is part
        // of what was demanded, not an event of its own
        if (cm?.governs && cm.governs !== 'none' && kind === 'demand') {
          const inner = this.complement({ i: comp.k, m: cm });
          if (inner) consumed.add(inner.k);
        }
        if (cm?.code) {
          governed = kind;
          code = this.lex.compose(kind, cm.code) ?? code;
          patterned = true;
          // "agreed to meet" stays mutual; "agreed to give aid" does not.
          reverse = kind === 'intent' && cm.reverse ? this.lex.compose(kind, cm.reverse) : null;
        }
        last = cm ? cm.last : comp.k;
        // "agreed to send troops to Lithuania": the people sent are not the target here either
        target = comp.object ?? this.objectGroup(last, cm?.targetPreps ?? [], false, this.subject(c.i), cm?.patterned ?? false);
      }
    }
    if (!code) return null;
    // "would not give permission to Gondor to fly…": an act permission is refused for does not happen
    if (this.refusedPermission(c.i)) return null;
    // "accused Gondor of violating…", "jailed for helping…": a gerund after a preposition is an
    // allegation or a reason, not an event of its own.
    if (gerundAfterPreposition(tokens, c.i)) return null;
    // "~072": the object's giver is the source ("received weapons from Gondor" → Gondor → subject).
    const flip = code.startsWith('~');
    if (flip) code = code.slice(1);
    // "faces pressure from Gondor to withdraw", "issued calls to release…": the infinitive after a
    // demand or appeal read from a noun is what was demanded, not an event of its own.
    if (!governed && /^(02|10)/.test(code) && (!kind || kind === 'none')) {
      const comp = this.complement(c);
      if (comp && tokens[comp.k - 1]?.lower === 'to') consumed.add(comp.k);
    }
    // "met X to discuss Y": a purpose infinitive restating the event just coded adds nothing.
    if (tokens[c.i - 1]?.lower === 'to' && this.coded.some((x) => x.i < c.i && (x.code.slice(0, 2) === code!.slice(0, 2) || x.verbCode?.slice(0, 2) === code!.slice(0, 2)))) return null;
    const passive = isPassive(tokens, c.i, this.from);
    let source: ActorGroup | null;
    let atPlace: 'place' | 'home' | undefined;
    if (passive) {
      target = this.subject(c.i);
      // "was urged by Fredonia to withdraw": the agent comes before the complement
      source = this.byAgent(last) ?? (last !== c.m.last ? this.byAgent(c.m.last) : null) ?? this.instrumentOwner(last);
      // "was put under investigation in Spain", "were detained in Chad": with no agent named, the
      // state of the place acted (its authorities investigate and arrest).
      if (!source && STATE_ACTS.has(code.slice(0, 2))) source = this.placeGroup(last);
      // "Relations between Azerbaijan and Peru were established": the pair acted together.
      if (!source && target && target.actors.length > 1 && this.prepBefore(target)?.lower === 'between') {
        source = target;
        target = null;
        reverse = code;
      }
    } else {
      source = this.subject(c.i);
      // "fired rockets at Vellport", "opened fire on the convoy": force is aimed at what "at" / "on" names
      const preps = /^(18|19|20)/.test(code) ? [...(c.m.targetPreps ?? []), 'at', 'on'] : c.m.targetPreps;
      target ??= this.objectGroup(last, preps, c.m.topicObject ?? false, source, patterned, /^(02|10)/.test(code));
      // With no one named as its target, an event is directed at the place it happens in
      // ("protested in Beijing", "will meet in Zurich"), as PETRARCH and the CAMEO manual code it.
      // A mutual verb with a compound subject ("A and B met in C") pairs its members instead.
      if (!target && !(reverse && source && source.actors.length > 1)) {
        target = this.placeGroup(last);
        // "NATO leaders met in Brussels" (NATO's seat): no event of an actor at itself
        if (target && source && target.actors.every((a) => a.code?.startsWith('IGO') && source!.actors.some((x) => x.code === a.code))) target = null;
        if (target) { reverse = null; atPlace = 'place'; }
      }
      // "Sudan's government lifted the state of emergency", "Nigerian authorities jailed 52 members":
      // a domestic act with no one else in the sentence is directed at the own country (PLOVER's reading)
      if (!target && source && DOMESTIC.has(code.slice(0, 2))) { target = this.homeGroup(source); if (target) { reverse = null; atPlace = 'home'; } }
    }
    // "met X and discussed Y": a later verb of the same root with no target of its own restates the event.
    if (!target && this.coded.some((x) => x.i < c.i && (x.code.slice(0, 2) === code!.slice(0, 2) || x.verbCode?.slice(0, 2) === code!.slice(0, 2)))) return null;
    this.subjects.set(c.i, passive ? target : source);
    // "Chechen refugees are on hunger strike against the Russian government": protesters of no named
    // country protest where they are — the one country of the sentence.
    if (code.startsWith('14') && source && !passive) source = this.localised(source);
    if (violentProtest(code, source)) { code = '145'; reverse = null; }
    if (flip) { [source, target] = [target, source]; reverse = null; }
    let modality = chainModality(tokens, c.i, this.from);
    if ((!kind || kind === 'none') && this.lex.futureAsIntent) {
      // CAMEO codes a promised action as intent ("will give aid" 033, "will attack" 138) and a
      // refused one as rejection ("will not meet" 125).
      const future = futureCode(this.lex, code, modality, tokens, c.i, this.from, this.to);
      if (future !== code) {
        governed = modality === 'negated' ? 'reject' : future.startsWith('13') ? 'threaten' : 'intent';
        code = future;
        reverse = reverse && modality !== 'negated' ? this.lex.compose('intent', reverse) : null;
        // The refusal is what happened: "will not meet" is an asserted rejection (125).
        if (modality === 'negated') modality = 'asserted';
      }
    }
    // "threatened to cut aid unless Fredonia withdrew…": a threat is aimed at whoever must meet its condition.
    if (code.startsWith('13') && !passive && (!target || atPlace)) {
      const cond = this.conditionSubject(last, source);
      if (cond) { target = cond; atPlace = undefined; reverse = null; }
    }
    const span = { start: tokens[c.i]!.start, end: tokens[last]!.end };
    // "… resigned as protesters threatened to march…": an adverbial clause is background
    const background = !passive && source && SUBORDINATORS.has(this.prepBefore(source)?.lower ?? '') ? 0.15 : 0;
    const confidence = Math.min(0.9, 0.45 + (source ? 0.15 : 0) + (target ? 0.15 : 0) + (patterned ? 0.1 : 0)) - this.subordinate(c.i) - background;
    this.coded.push({ i: c.i, code, verbCode: c.m.code });
    return pairs(source, target, code, reverse ?? (c.m.mutual ? code : null), modality, span, confidence, governed ?? undefined, flip ? undefined : atPlace);
  }

  /** The compound subject of the verb at `i` (nearest actor group to its left, not a place). */
  private subject(i: number): ActorGroup | null {
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
  private ownAct(k: number, accused: ActorGroup | null, speaker: ActorGroup | null): boolean {
    if (!speaker) return false;
    if (accused) return sameCountries(accused, speaker);
    return this.subject(k) === speaker;
  }

  /** The nearest actor group ending by `limit` that is not a place or a prepositional object. */
  private nearestSubject(left: number, limit: number, i: number): ActorGroup | null {
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

  /** "Arnor said Gondor must withdraw": a demand from the speaker to the obliged actor. */
  private obligations(cands: readonly Candidate[], consumed: Set<number>): CodedClause[] {
    const out: CodedClause[] = [];
    const { tokens } = this;
    for (let i = this.from; i < this.to; i++) {
      if (!isVerbPos(tokens[i]) || this.inMention.has(i) || !hasObligation(tokens, i, this.from)) continue;
      const obliged = this.subject(i);
      if (!obliged) continue;
      // The speaker: the subject of a verb of saying right before, or of the verb whose that-clause this is.
      let say = -1;
      const lead = tokens[obliged.from - 1]?.pos === 'DET' ? obliged.from - 2 : obliged.from - 1;
      const thatClause = tokens[lead]?.lower === 'that';
      for (let k = obliged.from - 1; k >= this.from && k >= obliged.from - (thatClause ? 12 : 4); k--) {
        if (this.inMention.has(k)) continue;
        const t = tokens[k]!;
        if (SAY.has(t.lemma) || t.lemma === 'demand' || t.lemma === 'insist' || (thatClause && isVerbPos(t))) { say = k; break; }
      }
      if (say < 0) continue;
      const speaker = this.subject(say);
      if (speaker === obliged) continue;
      const own = cands.find((c) => c.i === i);
      const code = own?.m.code ? (this.lex.compose('demand', own.m.code) ?? '100') : '100';
      consumed.add(i);
      const span = { start: tokens[say]!.start, end: tokens[own?.m.last ?? i]!.end };
      // A demand stated by the main verb ("reiterated that Fredonia must release…") is the sentence's main event.
      const confidence = (speaker ? 0.85 : 0.6) - this.subordinate(say);
      out.push(...pairs(speaker, obliged, code, null, 'asserted', span, confidence, 'demand'));
    }
    return out;
  }
}

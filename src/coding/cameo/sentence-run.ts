import type { Sentence, Token } from '../../nlp/types.js';
import { dedupe, futureCode, pairs, type CodedClause } from './clauses.js';
import type { ActorGroup, ActorMention } from './groups.js';
import type { PlaceLookup } from './sentence-view.js';
import type { Candidate } from './sentence-parts.js';
import { SentenceSubjects, SPEAKER_PRONOUNS } from './sentence-subjects.js';
import type { GovernorKind, VerbLexicon } from './lexicon.js';
import { chainModality, chainStart, gerundAfterPreposition, hasObligation, isPassive, isVerbPos, nextBreak, prevBreak, SAY } from './syntax.js';
import { DOMESTIC, isViolent, repression, sameCountries, STATE_ACTS, violentProtest } from './acts.js';


/** Verbs of saying whose report of another's hostile act is an accusation. */
const REPORTING = new Set(['say', 'state', 'tell', 'declare', 'assert', 'report', 'add', 'insist', 'stress', 'confirm', 'charge']);

/**
 * Refusals of a change of leadership or to yield ("refused to step down", "would not lift the
 * curfew"): like the yield they refuse, acts at home.
 */
const DOMESTIC_REFUSALS = /^12[34]/;

/** Words negating a complement ("vowed not to return"). */
const NOT_WORDS = new Set(['not', 'never', "n't"]);

/** Prepositions that open what an event is about. */
const TOPIC = new Set(['on', 'about', 'over', 'regarding', 'concerning']);

/** Forms of "be" before an adjective of willingness ("is prepared to"). */
const BE_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** Intent verbs whose that-clause states a view, not an act promised ("agreed that…"). */
const OPINION = new Set(['agree', 'concur']);

/** Conjunctions that open an adverbial clause before its subject. */
const SUBORDINATORS = new Set(['as', 'while', 'when', 'whereas', 'because', 'although', 'though', 'since', 'after', 'before', 'until']);

/** The state of coding one sentence. */
export class SentenceRun extends SentenceSubjects {
  private readonly coded: { i: number; code: string; verbCode: string | null }[] = [];

  /**
   * `antecedent`: the subject of the sentence before, for a sentence opening with a pronoun ("It
   * attacked…", "They demanded…").
   */
  constructor(
    private readonly lex: VerbLexicon, tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[],
    placeOf: PlaceLookup | null = null, antecedent: ActorGroup | null = null,
  ) {
    super(tokens, sentence, mentions, placeOf, antecedent);
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
        // Only the claim is coded: the act is what was claimed, not an act the sentence reports.
        const actTarget = this.objectGroup(cm.last, cm.targetPreps ?? [], false, this.subject(c.i), cm.patterned);
        if (actTarget) consumed.add(comp.k);
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
      // "the army prepared to shell the border posts", "as the minister prepared to fly to the summit": getting
      // ready for an act is no statement of intent ("is prepared to" is: an adjective of willingness)
      if (kind === 'intent' && tokens[c.i]!.lemma === 'prepare' && !BE_WORDS.has(tokens[c.i - 1]?.lower ?? '')) kind = 'prepare';
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
        // "vowed not to return the territory": an intent not to act is a refusal (cooperation) or an
        // intent to de-escalate (force); no event for anything else
        const negated = kind === 'intent' && tokens.slice(c.m.last + 1, comp.k).some((t) => NOT_WORDS.has(t.lower));
        if (negated && cm?.code) {
          const root = cm.code.slice(0, 2);
          if (/^0[3-8]$/.test(root)) kind = 'reject';
          else if (/^(18|19|20)$/.test(root)) { kind = 'none'; code = '0356'; }
          else return null;
        }
        if (cm?.code && kind === 'none') {
          governed = 'intent';
          patterned = true;
          reverse = null;
        } else if (cm?.code) {
          governed = kind;
          code = this.lex.compose(kind, cm.code) ?? (kind === 'prepare' || kind === 'purpose' ? cm.code : code);
          patterned = true;
          // "agreed to meet" stays mutual; "agreed to give aid" does not.
          reverse = kind === 'intent' && cm.reverse ? this.lex.compose(kind, cm.reverse) : null;
        }
        // "seeking to repair relations": an intent to do something the lexicon does not know is no appeal
        if (!cm?.code && kind === 'intent' && code?.startsWith('02')) code = null;
        last = cm ? cm.last : comp.k;
        // "agreed to send troops to Lithuania": the people sent are not the target here either
        target = comp.object ?? this.objectGroup(last, cm?.targetPreps ?? [], false, this.subject(c.i), cm?.patterned ?? false);
      }
    }
    if (!code) return null;
    // "would not give permission to Gondor to fly…": an act permission is refused for does not happen
    if (this.refusedPermission(c.i)) return null;
    // "accused Gondor of violating…", "fined for letting…": a gerund after a preposition is an
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
    let sourceAtPlace = false;
    if (passive) {
      target = this.subject(c.i);
      // "was urged by Fredonia to withdraw": the agent comes before the complement
      source = this.byAgent(last) ?? (last !== c.m.last ? this.byAgent(c.m.last) : null) ?? this.instrumentOwner(last);
      // "was put under investigation in Spain", "were detained in Chad": with no agent named, the
      // state of the place acted (its authorities investigate and arrest).
      if (!source && STATE_ACTS.has(code.slice(0, 2))) source = this.placeGroup(last);
      // "a mortar was fired at Norland from Fredonia": force with no agent named came from where it was fired
      if (!source && isViolent(code)) source = this.originGroup(last);
      // "rockets were fired at Norland": force aimed "at / on" someone has them as its target
      if (!target && isViolent(code)) target = this.objectGroup(last, ['at', 'on'], true, source);
      // "ten soldiers were killed in Veloria": violence by no one named is the place's (PLOVER and PETRARCH code so)
      if (!source && isViolent(code)) { source = this.placeCountry(last, target); sourceAtPlace = source !== null; }
      // "Relations between Azerbaijan and Peru were established": the pair acted together.
      if (!source && target && target.actors.length > 1 && this.prepBefore(target)?.lower === 'between') {
        source = target;
        target = null;
        reverse = code;
      }
    } else {
      source = this.subject(c.i);
      // "fired rockets at Vellport", "opened fire on the convoy": force is aimed at what "at" / "on" names
      // "deployed warships near Taiwan", "massed troops along the border with…": a show of force is aimed
      // at whom it is shown near
      const preps = isViolent(code) ? [...(c.m.targetPreps ?? []), 'at', 'on']
        : code.startsWith('15') ? [...(c.m.targetPreps ?? []), 'near', 'off', 'toward', 'towards'] : c.m.targetPreps;
      target ??= this.objectGroup(last, preps, c.m.topicObject ?? false, source, patterned, /^(02|10)/.test(code));
      // With no one named as its target, an event is directed at the place it happens in
      // ("protested in Beijing", "will meet in Zurich"), as PETRARCH and the CAMEO manual code it.
      // A mutual verb with a compound subject ("A and B met in C") pairs its members instead.
      if (!target && !(reverse && source && source.actors.length > 1)) {
        target = this.placeGroup(last);
        // "NATO leaders met in Brussels" (NATO's seat): no event of an actor at itself
        if (target && source && target.actors.every((a) => a.code?.startsWith('IGO') && source!.actors.some((x) => x.code === a.code))) target = null;
        // "Colombia will host the summit in Bogota": a meeting at home is with no one named
        if (target && code.startsWith('04') && sameCountries(target, source)) target = null;
        // "attended a summit on the crisis in Veloria": a place inside the topic is what the event is about
        const topic = target ? tokens.slice(last + 1, target.from).some((t) => TOPIC.has(t.lower)) : false;
        if (target) { reverse = null; if (!topic) atPlace = 'place'; }
        // "attended a summit in Geneva": meeting where no one else is named is a visit to the host (042);
        // a meeting at a third location (044) has a party named beside it
        if (target && !topic && code === '044') code = '042';
      }
      // "Sudan's government lifted the state of emergency", "Nigerian authorities jailed 52 members":
      // a domestic act with no one else in the sentence is directed at the own country (PLOVER's reading)
      if (!target && source && (DOMESTIC.has(code.slice(0, 2)) || DOMESTIC_REFUSALS.test(code))) { target = this.homeGroup(source); if (target) { reverse = null; atPlace = 'home'; } }
    }
    // "Norland said Fredonia had shelled its towns", "…said ten people were killed in a raid by Fredonian
    // forces": a hostile act of another that a named speaker reports is the speaker's accusation (112).
    const accusation = !governed && (!kind || kind === 'none') ? this.reportedAccusation(c.i, code, source) : null;
    if (accusation) {
      this.coded.push({ i: c.i, code: '112', verbCode: c.m.code });
      const span = { start: tokens[accusation.say]!.start, end: tokens[last]!.end };
      return pairs(accusation.speaker, source, '112', null, 'asserted', span, 0.75 - this.subordinate(accusation.say), 'allege');
    }
    // "a roadside bomb killed two soldiers in Veloria": the same for a weapon as subject
    if (!passive && !source && isViolent(code) && !this.subject(c.i)) {
      source = this.placeCountry(last, atPlace ? null : target);
      // "a car bomb near the village of Veloburg wounded…": the place in the weapon's own phrase
      if (!source) { const g = this.placeCountry(prevBreak(tokens, c.i, this.from) - 1, target); if (g && g.to <= c.i) source = g; }
      sourceAtPlace = source !== null;
    }
    // "rebels shelled the town, killing eight people": violence told as the consequence of violence coded
    // before it is the same attack
    if (isViolent(code) && tokens[c.i]!.lower.endsWith('ing') && tokens[c.i - 1]?.lower === ',' && this.coded.some((x) => x.i < c.i && isViolent(x.code))) return null;
    // "met X and discussed Y": a later verb of the same root with no target of its own restates the event.
    if (!target && this.coded.some((x) => x.i < c.i && (x.code.slice(0, 2) === code!.slice(0, 2) || x.verbCode?.slice(0, 2) === code!.slice(0, 2)))) return null;
    this.subjects.set(c.i, passive ? target : source);
    // "Chechen refugees are on hunger strike against the Russian government": protesters of no named
    // country protest where they are — the one country of the sentence.
    if (code.startsWith('14') && source && !passive) source = this.localised(source);
    // violence at a place: unnamed victims and attackers there are of its country
    if (isViolent(code) && !atPlace) {
      const s0 = source;
      source = this.placed(source, last, target);
      target = this.placed(target, last, sourceAtPlace ? null : s0);
    }
    // a clash of protesters and police: a riot (145) one way, violent repression (175) the other
    const rioters = /^1[789]/.test(code) && this.namedProtesters(passive ? this.byAgent(last) : source);
    if (violentProtest(code, source, rioters)) { reverse = reverse && repression(code, target, source) ? '175' : null; code = '145'; }
    else if (reverse && repression(code, source, target)) { code = '175'; reverse = '145'; }
    if (flip) { [source, target] = [target, source]; reverse = null; }
    let modality = chainModality(tokens, c.i, this.from);
    if (governed === 'prepare' && modality === 'asserted') modality = 'planned';
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
    // "Norland met Fredonian dissidents": a meeting with someone named is the subject's act, one way (as
    // the pipeline's two-party meetings are); "Norland and Fredonia met" still pairs its members
    if (c.m.pairsOnly && !governed && target && !atPlace) reverse = null;
    const span = { start: tokens[c.i]!.start, end: tokens[last]!.end };
    // "… resigned as protesters threatened to march…": an adverbial clause is background
    const background = !passive && source && SUBORDINATORS.has(this.prepBefore(source)?.lower ?? '') ? 0.15 : 0;
    const confidence = Math.min(0.9, 0.45 + (source ? 0.15 : 0) + (target ? 0.15 : 0) + (patterned ? 0.1 : 0)) - this.subordinate(c.i) - background;
    this.coded.push({ i: c.i, code, verbCode: c.m.code });
    return pairs(source, target, code, reverse ?? (c.m.mutual ? code : null), modality, span, confidence, governed ?? undefined, flip ? undefined : atPlace, sourceAtPlace && !flip);
  }

  /**
   * The speaker of a leading verb of saying that reports the hostile act at `i` (roots the `allege`
   * table composes) done by `doer`, another country's actor; null otherwise. An attribution after the
   * act ("…, officials said") is not an accusation, nor a future act (a threat or an intent).
   */
  private reportedAccusation(i: number, code: string, doer: ActorGroup | null): { speaker: ActorGroup; say: number } | null {
    if (!doer || !this.lex.compose('allege', code)) return null;
    const { tokens } = this;
    const left = prevBreak(tokens, i, this.from);
    const cs = chainStart(tokens, i, left);
    const say = this.sayBefore(left, cs);
    if (say < 0 || !REPORTING.has(tokens[say]!.lemma) || chainModality(tokens, i, this.from) !== 'asserted') return null;
    const speaker = this.subject(say);
    if (!speaker || speaker.to > say || speaker === doer || doer.from < say || sameCountries(doer, speaker)) return null;
    // "…, a correspondent said, two weeks after rebels seized…": the act is not what was said
    if (tokens[say + 1]?.lower === ',' || tokens.slice(say + 1, cs).some((t) => SUBORDINATORS.has(t.lower) || t.lower === 'when')) return null;
    return { speaker, say };
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

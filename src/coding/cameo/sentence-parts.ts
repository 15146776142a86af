import type { ActorGroup } from './groups.js';
import type { VerbMatch } from './lexicon.js';
import { SentenceView } from './sentence-view.js';
import { chainModality, isPassive, isVerbPos, LOCATIVE, nextBreak, SAY } from './syntax.js';
import { PERMISSION, POSSESSIVES } from './acts.js';

/** Prepositions after which an actor is a place or time, not the target. */
const NOT_TARGET = new Set([...LOCATIVE].filter((p) => !['on', 'into', 'over', 'from', 'between', 'among', 'toward', 'towards', 'about'].includes(p)));

/** A verb the lexicon knows, at token `i`. */
export interface Candidate {
  readonly i: number;
  readonly m: VerbMatch;
}

/**
 * The parts of a sentence a verb reaches beyond its subject: its complement ("agreed to meet",
 * "demanded that Gondor withdraw"), its object group, the verb of saying that reports it, and a
 * permission refused for it.
 */
export class SentenceParts extends SentenceView {
  /** The verb a governing verb takes: "agreed to meet", "urged Gondor to withdraw", "demanded that Gondor withdraw". */
  protected complement(c: Candidate): { k: number; object: ActorGroup | null } | null {
    const { tokens } = this;
    const end = Math.min(this.to, c.m.last + 12);
    let object: ActorGroup | null = null;
    for (let k = c.m.last + 1; k < end; k++) {
      const t = tokens[k]!;
      const g = this.groups.find((x) => x.from === k);
      // A mention that swallowed the "that" of a that-clause ("that President Mugabe") is its subject.
      if (g && t.lower === 'that') { object = g; let v = g.to; while (v < end && ['AUX', 'ADV', 'PART'].includes(tokens[v]!.pos)) v++; return isVerbPos(tokens[v]) ? { k: v, object } : null; }
      if (g) { object ??= g; k = g.to - 1; continue; }
      if (t.lower === 'to' || t.lower === 'that') {
        let v = k + 1;
        // that-clause: skip its subject and modal chain ("that Gondor must withdraw", "that their countries should").
        if (t.lower === 'that') {
          // "that its European partners refuse…": determiners and possessives before the subject
          while (v < end && (tokens[v]!.pos === 'DET' || POSSESSIVES.has(tokens[v]!.lower)) && !this.inMention.has(v)) v++;
          const sg = this.groups.find((x) => x.from === v);
          // "that its European Community partners refuse": the mention may modify the subject's head noun
          if (sg) { object = sg; v = sg.to; while (v < end && v - sg.to < 2 && tokens[v]!.pos === 'NOUN' && !isVerbPos(tokens[v])) v++; }
          else {
            while (v < end && v - k <= 4 && ['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[v]!.pos)) v++;
            // "that the leaders of Fredonia be released": an of-phrase inside the subject
            if (v > k + 1 && tokens[v]?.lower === 'of') {
              let w = v + 1;
              if (tokens[w]?.pos === 'DET' && !this.inMention.has(w)) w++;
              const og = this.groups.find((x) => x.from === w);
              if (og) { object = og; v = og.to; }
              else while (w < end && w - v <= 4 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[w]!.pos)) v = ++w;
            }
          }
        }
        while (v < end && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'PART')) v++;
        if (v < this.to && isVerbPos(tokens[v])) return { k: v, object };
        return null;
      }
      if (t.pos === 'VERB' || t.pos === 'PUNCT' && t.lower !== ',') return null;
    }
    return null;
  }

  /** "not give permission to X to V" / "refused permission to X to V" with V at `i`. */
  protected refusedPermission(i: number): boolean {
    const { tokens } = this;
    if (tokens[i - 1]?.lower !== 'to') return false;
    const g = this.groups.find((x) => x.to === i - 1);
    if (!g || tokens[g.from - 1]?.lower !== 'to' || !PERMISSION.has(tokens[g.from - 2]?.lemma ?? '')) return false;
    for (let k = g.from - 3; k >= Math.max(this.from, g.from - 6); k--) {
      if (!isVerbPos(tokens[k])) continue;
      return chainModality(tokens, k, this.from) === 'negated' || ['refuse', 'deny', 'reject', 'withhold'].includes(tokens[k]!.lemma);
    }
    return false;
  }

  /** The last verb of saying in `[left, cs)` (not inside a mention), or -1. */
  protected sayBefore(left: number, cs: number): number {
    for (let k = cs - 1; k >= left; k--) {
      const t = this.tokens[k]!;
      if (isVerbPos(t) && SAY.has(t.lemma) && !this.inMention.has(k)) return k;
    }
    return -1;
  }

  /** The first actor group after `last` in the clause that is not a place or a new clause's subject. */
  protected objectGroup(
    last: number, targetPreps: readonly string[] = [], topicOnly = false, source: ActorGroup | null = null, patterned = false,
    demand = false,
  ): ActorGroup | null {
    const { tokens } = this;
    let stop = nextBreak(tokens, last, this.to);
    // The object comes before the next verb ("demonstrated in Kirkuk, calling for independence from Iraq");
    // a "verb" right after the verb is its object noun ("rejected calls by Annan").
    for (let k = last + 2; k < stop; k++) if (isVerbPos(tokens[k]) && !this.inMention.has(k) && !/ed$/.test(tokens[k]!.lower) && tokens[k - 1]?.lower !== 'to' && this.verbLike(k, 1)) { stop = k; break; }
    for (const g of this.groups) {
      if (g.from <= last || g.from >= stop) continue;
      const prep = this.prepBefore(g);
      if (topicOnly && !(prep && targetPreps.includes(prep.lower))) continue;
      if (prep && NOT_TARGET.has(prep.lower) && !targetPreps.includes(prep.lower)) continue;
      if (prep?.lower === 'by' && isPassive(tokens, last, this.from)) continue;
      // "reiterated its demand that Israel ease…": who must act on a demand or appeal is its target
      if (this.startsClause(g)) return demand && this.tokens[g.from - 1]?.lower === 'that' ? g : null;
      // "Norland lifted curbs … on Norlandic traders": the subject again is no target; look further.
      if (source && g.actors.every((a) => source.actors.some((x) => x.code !== null && x.code === a.code))) continue;
      // "contributed troops to…", "will withdraw inspectors from Iraq": the people sent are what
      // is given or moved, not the target (unless another country's: "expelled Russian diplomats").
      if (patterned && prep?.pos !== 'ADP' && this.movedPeople(g, source)) continue;
      // "attend the Beijing Olympics": a capital modifying a noun names the place, not its government
      const head = tokens[g.to];
      if (head && (head.pos === 'NOUN' || head.pos === 'PROPN') && !this.inMention.has(g.to) && g.vias.every((v) => v === 'capital')) {
        return { ...g, actors: g.actors.map((a) => (a.country && !a.code?.startsWith('IGO') ? { ...a, code: a.country, sectors: [] } : a)) };
      }
      return g;
    }
    return null;
  }
}

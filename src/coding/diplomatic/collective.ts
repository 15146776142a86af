import type { Actor } from '../../model/actor.js';
import type { DiplomaticKind } from '../../model/event.js';
import { withoutDateline } from './dateline.js';
import type { ArticleFrame, CodedDiplo, SentenceInput } from './types.js';

/**
 * Collective anaphors: "the three countries", "the two capitals", "both governments", "the two
 * leaders" stand for
 * the countries just named ("Kenya, Uganda and Tanzania held a summit … The three countries
 * signed …"), not for the article's overall pair.
 */
const COLLECTIVE = /\b(?:the\s+(two|three|four|five|six)\s+(?:(?:brotherly|friendly|neighbou?ring|fraternal|sister|partner|allied|rival|Gulf|African|Asian|European|Arab|Latin\s+American|Pacific|Caribbean|Central\s+Asian|Baltic|Balkan|Nordic|Andean)\s+)?(?:countries|nations|states|capitals|governments|neighbou?rs|leaders|presidents|prime\s+ministers|foreign\s+ministers|heads\s+of\s+state|parties)|(both)\s+(?:countries|nations|states|capitals|governments|leaders|presidents|prime\s+ministers|foreign\s+ministers))\b/i;
const PEOPLE = /(?:leaders|presidents|ministers|heads\s+of\s+state)$/i;
const COUNT: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4, five: 5, six: 6 };
const LOOK_BACK = 3;

/** The countries a collective anaphor of sentence `i` stands for, or null (no anaphor, or no list of that size just before it). */
export function collectiveAntecedents(
  sentences: readonly SentenceInput[], i: number, from: number, frame: ArticleFrame, depth = 0,
): readonly Actor[] | null {
  const s = sentences[i]!;
  const m = COLLECTIVE.exec(s.text);
  if (!m) return null;
  const n = COUNT[(m[1] ?? m[2]!).toLowerCase()]!;
  const at = s.start + m.index;
  // "the two leaders" stands for the people of a sentence before (within its own sentence the pair rules read them)
  const people = PEOPLE.test(m[0]);
  for (let j = people ? i - 1 : i; j >= from && j >= i - LOOK_BACK; j--) {
    const sj = withoutDateline(sentences[j]!, frame.datelinePlace);
    const mentions = sj.actors.filter((a) => (j < i || a.end <= at) && a.actor.country && a.actor.type !== 'igo'
      && a.via !== 'pronoun' && !locative(sj, a));
    const codes = countries(mentions);
    if (codes.length === n) return codes.map((c) => frame.countryActor(c));
    // "Norway praised the accord reached by A and B to normalise ties between the two nations": the
    // list of that size right before the anaphor in its own sentence
    if (j === i) {
      const list = lastList(sj, mentions);
      if (list.length === n) return list.map((c) => frame.countryActor(c));
    }
    // "… ties between the two fraternal nations. … commends the two parties": the group the sentence
    // before meant by an anaphor of the same size
    if (j < i && codes.length > n && depth === 0) {
      const earlier = collectiveAntecedents(sentences, j, from, frame, 1);
      if (earlier?.length === n) return earlier;
    }
    // the sentence holding the anaphor may name other parties after it; an earlier one with another count is no antecedent
    if (j < i && codes.length > 0) return null;
  }
  return null;
}

type Mention = SentenceInput['actors'][number];

const countries = (mentions: readonly Mention[]): string[] => [...new Set(mentions.map((a) => a.actor.country!))];

/** "signed in Kigali", "a stop in Accra": a city or capital named as a place is no member of the group. */
function locative(s: SentenceInput, a: Mention): boolean {
  if (a.via !== 'capital' && a.via !== 'city') return false;
  return /\b(?:in|at|near|to|via|from|into)\s+$/i.test(s.text.slice(Math.max(0, a.start - s.start - 8), a.start - s.start));
}

/** The countries of the last coordinated list ("A and B", "A, B and C") of `mentions`. */
function lastList(s: SentenceInput, mentions: readonly Mention[]): string[] {
  const last = mentions.length - 1;
  if (last < 1) return [];
  let k = last;
  while (k > 0 && /^\s*(?:,|and|,\s*and)\s+(?:the\s+)?$/i.test(s.text.slice(mentions[k - 1]!.end - s.start, mentions[k]!.start - s.start))) k--;
  return k === last ? [] : countries(mentions.slice(k));
}

/** The frame with the pair of sentence `index` set to the first two countries of a collective anaphor. */
export function withGroupPair(frame: ArticleFrame, index: number, group: readonly Actor[]): ArticleFrame {
  const pair = [group[0]!, group[1]!] as const;
  return { ...frame, pair: (k: number) => (k === index ? pair : frame.pair(k)) };
}

const SHARED: ReadonlySet<DiplomaticKind> = new Set(['meeting', 'agreement.sign', 'relations.establish', 'relations.restore', 'cooperation.intent', 'meeting.intent']);

/** "The three countries signed …": a shared event of two of the group takes the rest of the group as participants. */
export function withGroup(events: CodedDiplo[], group: readonly Actor[]): CodedDiplo[] {
  if (group.length < 3) return events;
  const codes = new Set(group.map((a) => a.country));
  return events.map((e) => {
    if (!SHARED.has(e.kind) || !codes.has(e.source?.country ?? null) || !codes.has(e.target?.country ?? null)) return e;
    const have = new Set(e.participants.map((a) => a.country));
    const more = group.filter((a) => !have.has(a.country));
    return more.length ? { ...e, participants: [...e.participants, ...more] } : e;
  });
}

import type { AgreementType, EventAttributes, MissionType } from '../../model/event.js';
import type { Token } from '../../nlp/types.js';
import type { Match } from './match.js';
import type { Parties } from './parties.js';
import type { DiplomaticPatterns } from './patterns.js';

const TITLE_LINK = new Set(['of', 'on', 'for', 'between', 'the', 'and', 'in', 'to', 'about', "'s", '’s', '-', 'de', 'la']);
const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12,
};
const CALENDAR = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.',
  'oct.', 'nov.', 'dec.',
]);
const ROUND_NOUNS = new Set(['round', 'session', 'meeting', 'consultations', 'consultation', 'talks', 'sitting']);
const VIDEO = new Set(['video', 'videoconference', 'virtual', 'online', 'videolink']);
const PHONE = new Set(['phone', 'telephone', 'telephonic', 'phoned', 'telephoned']);

/** Kind-specific attributes of a match (EVENTS.md §3). */
export function attributesOf(
  tokens: readonly Token[], clauseFrom: number, clauseTo: number, m: Match, parties: Parties, patterns: DiplomaticPatterns,
  text: (from: number, to: number) => string,
): EventAttributes {
  const a: { -readonly [K in keyof EventAttributes]: EventAttributes[K] } = {};
  const kind = m.kind;
  if (kind.startsWith('mission.')) {
    if (m.object?.type) a.missionType = m.object.type as MissionType;
    if (parties.city) a.city = parties.city;
    if (kind === 'mission.close' && patterns.temporaryWords.inRange(tokens, clauseFrom, clauseTo)) a.temporary = true;
  }
  if (kind.startsWith('agreement.') && m.objFrom >= 0) {
    if (m.object?.type) a.agreementType = m.object.type as AgreementType;
    const title = titleAt(tokens, m.objFrom, m.objTo, clauseTo);
    if (title) a.agreementTitle = text(title[0], title[1]);
    const [from, to] = documentSpan(tokens, clauseFrom, clauseTo, m, patterns);
    const topics = topicsIn(tokens, from, to, patterns);
    if (topics.length) a.topics = topics;
  }
  if (kind.startsWith('envoy.')) {
    if (m.object?.rank) a.rank = m.object.rank;
    if (kind === 'envoy.credentials') a.format = 'credentials';
    if (parties.person?.name) a.person = parties.person.name;
  }
  if (kind === 'meeting' || kind === 'meeting.intent') {
    const format = formatOf(tokens, clauseFrom, clauseTo, m);
    if (format) a.format = format;
    const round = roundOf(tokens, clauseFrom, clauseTo);
    if (round) a.round = round;
  }
  if ((kind === 'visit' || kind === 'meeting') && parties.city) a.city = parties.city;
  if (kind === 'membership.join' && parties.target?.country) a.organisation = parties.target.country;
  return a;
}

/** The capitalised title around an agreement noun: "Protocol of Cooperation between … of Peru and Azerbaijan". */
export function titleAt(tokens: readonly Token[], from: number, to: number, limit: number): [number, number] | null {
  if (!/^[A-Z]/.test(tokens[from]!.text)) return null;
  let start = from;
  while (start > 0 && from - start < 3 && /^[A-Z]/.test(tokens[start - 1]!.text) && tokens[start - 1]!.pos !== 'NUM' && start - 1 > 0) start--;
  let end = to;
  let lastCap = to;
  while (end < limit && end - to < 25) {
    const t = tokens[end]!;
    // "signed the Framework Agreement on Wednesday": a date ends the title
    if (CALENDAR.has(t.lower)) break;
    if (/^[A-Z]/.test(t.text)) lastCap = end + 1;
    else if (!TITLE_LINK.has(t.lower)) break;
    end++;
  }
  return [start, lastCap];
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT']);

/**
 * The words that describe this document, not the others listed with it: "signed an agreement on
 * road transport, a memorandum on marine research and a protocol on customs" gives the agreement
 * "road transport", the memorandum "marine research". From the start of the object's noun phrase ("a trade
 * agreement") to the next document noun of the list, else the clause's end. A noun trigger
 * ("the signing of …") or a clause with one document keeps the clause.
 */
function documentSpan(tokens: readonly Token[], clauseFrom: number, clauseTo: number, m: Match, patterns: DiplomaticPatterns): [number, number] {
  const docs = patterns.objectIndex.get(m.rule.object ?? '');
  if (!docs) return [clauseFrom, clauseTo];
  let next = -1;
  for (let k = m.objTo; k < clauseTo && next < 0; k++) {
    if (!LIST_LINK.has(tokens[k]!.lower)) continue;
    let j = k + 1;
    while (j < clauseTo && j - k <= 4 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN' && !docs.at(tokens, j, clauseTo))) j++;
    if (docs.at(tokens, j, clauseTo)) next = k;
  }
  if (next < 0 && !m.listed) return [clauseFrom, clauseTo];
  let start = m.objFrom;
  while (start > clauseFrom && NP_POS.has(tokens[start - 1]!.pos) && tokens[start - 1]!.lower !== ',') start--;
  return [start, next < 0 ? clauseTo : next];
}

const LIST_LINK = new Set([',', 'and', ';']);

/**
 * The further documents listed after a match's object ("signed an agreement on X, a memorandum
 * on Y and a protocol on Z"): their noun spans [from, to) and object entry indexes, in order.
 */
export function listedDocuments(tokens: readonly Token[], clauseTo: number, m: Match, patterns: DiplomaticPatterns): [number, number, number][] {
  const docs = patterns.objectIndex.get(m.rule.object ?? '');
  if (!docs || m.objFrom < m.trigTo) return [];
  const out: [number, number, number][] = [];
  for (let k = m.objTo; k < clauseTo; k++) {
    // the list ends at the next verb or relative clause
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || /^(?:which|that|who|where)$/.test(tokens[k]!.lower)) break;
    if (!LIST_LINK.has(tokens[k]!.lower)) continue;
    let j = k + 1;
    while (j < clauseTo && j - k <= 4 && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN' && !docs.at(tokens, j, clauseTo))) j++;
    const hit = docs.at(tokens, j, clauseTo);
    if (!hit || tokens[k + 1]?.pos !== 'DET' && tokens[k]!.lower !== ',') continue;
    out.push([j, hit[1], hit[0]]);
    k = hit[1] - 1;
  }
  return out;
}

/** Topics named in tokens [from, to): visa, trade, education… (data/patterns/diplomatic.json). */
export function topicsIn(tokens: readonly Token[], from: number, to: number, patterns: DiplomaticPatterns): string[] {
  const out = new Set<string>();
  for (let k = from; k < to; k++) {
    const hit = patterns.topics.at(tokens, k, to);
    if (hit) out.add(hit[0]);
  }
  return [...out];
}

function formatOf(tokens: readonly Token[], from: number, to: number, m: Match): string | null {
  if (m.object?.format) return m.object.format;
  let phone = false;
  let video = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (VIDEO.has(w)) video = true;
    if (PHONE.has(w)) phone = true;
  }
  if (video) return 'video';
  if (phone || m.rule.id === 'meeting/call') return 'phone';
  const head = tokens[m.trigFrom]!.lemma;
  if (head === 'consultation' || head === 'consultations') return 'consultations';
  if (head === 'talk' || head === 'talks' || head === 'negotiation') return 'talks';
  return null;
}

/** "the first round of consultations", "their second meeting", "the 5th session": the round number. */
function roundOf(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from; k < to - 1; k++) {
    const w = tokens[k]!.lower;
    const digit = w.charCodeAt(0) - 48;
    const n = ORDINALS[w] ?? (digit >= 0 && digit <= 9 && /^(\d+)(?:st|nd|rd|th)$/.test(w) ? Number(/^(\d+)/.exec(w)![1]) : null);
    if (n === null) continue;
    for (let j = k + 1; j < Math.min(to, k + 4); j++) if (ROUND_NOUNS.has(tokens[j]!.lower)) return n;
  }
  return null;
}

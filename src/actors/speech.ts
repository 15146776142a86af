/**
 * First-person speech texts ("Remarks by President X at the dinner for President Y"): the
 * speaker is named in the heading, the guest in the heading or the salutation ("Dear President
 * Y,", "Your Excellency, …"). In the body, "I", "me", "my" stand for the speaker, "we",
 * "us", "our" for the speaker's country, "you", "your" for the guest. `register.speech` says
 * whether an article is such a text (one look at its first lines); nothing here runs otherwise.
 */
import type { Mention } from './build.js';
import type { ParseOut } from './parse-out.js';
import { titled } from './people-patterns.js';
import { titledPerson } from './parse-titled.js';
import type { ArticleState, SpeechRoles } from './state.js';

const SINGULAR: ReadonlySet<string> = new Set(['i', 'me', 'my', 'myself']);
const PLURAL: ReadonlySet<string> = new Set(['we', 'us', 'our', 'ourselves']);
const SECOND: ReadonlySet<string> = new Set(['you', 'your', 'yourself']);
/** Every word `speechPronoun` reads. */
export const SPEECH_PRONOUNS: ReadonlySet<string> = new Set([...SINGULAR, ...PLURAL, ...SECOND]);

/** Words a salutation line opens with ("Dear …", "Your Excellency …", "Mr President, …"). */
const VOCATIVE = /^(?:(?:my )?dear|your (?:excellency|majesty|highness)|excellenc(?:y|ies)|mr|madam|madame|honou?rable|distinguished|ladies)\b/i;
const BODY_END = /[.!?]["”’]?\s*$/;

/**
 * Reads the roles of a speech from one sentence of its opening (heading, venue line, salutation);
 * `head` is the heading line. Call for each sentence in order until `state.speech.body` is set.
 */
export function settleSpeech(
  state: ArticleState, head: { readonly from: number; readonly to: number }, text: string, start: number, end: number,
  found: readonly Mention[],
): void {
  const roles = state.speech;
  if (end <= head.from) return;
  const inHead = start < head.to;
  const line = text.slice(start, end).trim();
  const salutation = !inHead && (VOCATIVE.test(line) || line.endsWith(','));
  if (!inHead && !salutation) {
    // the venue and date line ("Palace of X, 3 May") comes before the body; a full sentence starts it
    if (BODY_END.test(line)) roles.body = true;
    return;
  }
  if (inHead && jointHeading(text, found, head.from)) {
    // "Remarks by Secretary X and Foreign Minister Y at a joint press conference": two speakers
    roles.body = true;
    return;
  }
  for (const m of found) {
    if (inHead && m.start < head.from) continue;
    const a = m.actor;
    if (!roles.country && !roles.speaker && inHead) {
      if (a.type === 'person' && a.name) {
        roles.speaker = state.byName(a.name);
        roles.country = a.country;
        continue;
      }
      // "Statement by the Ministry of Foreign Affairs of X": "we" is X, nobody says "I"
      if (a.type === 'organisation' && a.country) roles.country = a.country;
      continue;
    }
    if (roles.addressee || a.type !== 'person' || !a.name || (a.country && a.country === speakerCountry(roles))) continue;
    roles.addressee = state.byName(a.name);
  }
}

/** The speaker's country: the speaker's own (known later, perhaps), else the speaking body's. */
function speakerCountry(roles: SpeechRoles): string | null {
  return roles.speaker?.country ?? roles.country;
}

/** The heading names two speakers: its first two people are joined by "and" ("X and Y at …"). */
function jointHeading(text: string, found: readonly Mention[], from: number): boolean {
  const people = found.filter((m) => m.start >= from && m.actor.type === 'person');
  return people.length >= 2 && /^\s*(?:and|&)\s*$/i.test(text.slice(people[0]!.end, people[1]!.start));
}

/** "all of you", "thank you", "you all": the audience, not the guest. */
function audience(o: ParseOut, i: number): boolean {
  const { tokens } = o.s;
  const before = tokens[i - 1]?.key;
  return tokens[i]!.key === 'you' && (before === 'of' || before === 'thank' || tokens[i + 1]?.key === 'all');
}

/** Capitalised words a Roman numeral follows as a rank ("World War I", "Phase I", "Article I"). */
const NUMBERED: ReadonlySet<string> = new Set(['war', 'phase', 'stage', 'class', 'title', 'article', 'chapter', 'part', 'volume', 'level', 'category', 'type', 'round']);

/**
 * "World War I", "Pope John Paul I.": a numeral after a capitalised word — a rank word, or any
 * capitalised word when no lower-case word follows ("In Lima I met …", "As President I signed …"
 * are the speaker).
 */
function numeral(o: ParseOut, i: number): boolean {
  const { tokens } = o.s;
  const prev = tokens[i - 1];
  if (tokens[i]!.raw !== 'I' || i < 2 || !prev?.cap || !prev.word) return false;
  const next = tokens[i + 1];
  return NUMBERED.has(prev.key) || !next?.word || next.cap;
}

/** A first- or second-person word at token `i` of a speech; returns the token after what it read. */
export function speechPronoun(o: ParseOut, i: number): number {
  const { state } = o.ctx;
  const roles = state.speech;
  const key = o.s.tokens[i]!.key;
  if (SINGULAR.has(key)) {
    if (!roles.speaker || numeral(o, i)) return i + 1;
    return possessed(o, i, roles.speaker.country) ?? o.emitPerson(roles.speaker, i, i + 1, 'pronoun', null, false);
  }
  if (SECOND.has(key)) {
    if (!roles.addressee || audience(o, i)) return i + 1;
    return possessed(o, i, roles.addressee.country) ?? o.emitPerson(roles.addressee, i, i + 1, 'pronoun', null, false);
  }
  const country = speakerCountry(roles);
  if (!country) return i + 1;
  return possessed(o, i, country) ?? inclusive(o, i, country) ?? o.emitCountry(country, i, i + 1, 'pronoun');
}

/** Groups that "our" shares with the guest: "our ministers", "our two governments", "our delegations". */
const SHARED: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['countries', 'nations', 'peoples', 'states'].map((w): [string, readonly string[]] => [w, []]),
  ...['ministers', 'governments', 'delegations', 'leaders', 'officials', 'teams', 'foreign'].map((w): [string, readonly string[]] => [w, ['GOV']]),
]);

/**
 * "our ministers agreed …" said to a guest: the speaker's country ("our") and the guest's (the
 * group noun) take part; returns the token after the noun, or null when "our" is not shared.
 */
function inclusive(o: ParseOut, i: number, country: string): number | null {
  const guest = o.ctx.state.speech.addressee?.country;
  if (o.s.tokens[i]!.key !== 'our' || !guest || guest === country) return null;
  let k = i + 1;
  if (o.s.tokens[k]?.key === 'two' || o.s.tokens[k]?.key === 'respective') k++;
  const sectors = SHARED.get(o.s.tokens[k]?.key ?? '');
  if (!sectors) return null;
  // "our foreign ministers": the group noun is the last word
  const to = o.s.tokens[k]!.key === 'foreign' && o.s.tokens[k + 1]?.key === 'ministers' ? k + 2 : k + 1;
  o.emitCountry(country, i, i + 1, 'pronoun');
  o.emitCountry(guest, k, to, 'pronoun', sectors);
  return to;
}

/** "our ambassador, Ana Ruiz", "your foreign minister X": a titled name of the pronoun's country. */
function possessed(o: ParseOut, i: number, country: string | null): number | null {
  if (!country) return null;
  const t = titled(o.s, i);
  if (!t || t.nameFrom < 0 || t.country) return null;
  const end = titledPerson(o, t, country);
  return end > i ? end : null;
}

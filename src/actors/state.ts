/**
 * Per-article memory: the people named so far (with their short forms), the order in which people
 * and countries were mentioned, and who has been speaking. Owned by one ArticleActors.
 */
import type { Person } from '../model/actor.js';
import type { Gazetteer } from './gazetteer.js';
import { aliasesOf } from './names.js';
import { fold } from './text.js';
import type { ArticleRegister } from './register.js';

const NO_REGISTER: ArticleRegister = Object.freeze({ sports: false, firms: new Set<string>(), speech: null });

/** A person as this article knows them (mutable while the article is read). */
export interface ArticlePerson {
  name: string;
  country: string | null;
  title: string | null;
  sectors: readonly string[];
  aliases: string[];
  /** 'f' or 'm' when the name or the words around it say so (pronouns prefer people who fit). */
  gender?: 'f' | 'm' | null;
}

interface PersonMention {
  readonly at: number;
  readonly person: ArticlePerson;
  /** Said something, or opened its sentence: a pronoun most likely means this person. */
  readonly salient: boolean;
  readonly sentence: number;
}

interface CountryMention {
  readonly at: number;
  readonly code: string;
  readonly sentence: number;
  readonly owned: boolean;
  /** Named as a destination or origin ("leaving for Beijing"). */
  readonly destination: boolean;
}

/** Does a description ("diplomat", "minister", "ambassador") fit this person's title? */
export function fits(gaz: Gazetteer, fitsWhat: string, p: ArticlePerson): boolean {
  if (fitsWhat === 'any') return true;
  const title = p.title ?? '';
  if (!title) return false;
  if (title === fitsWhat) return true;
  if (fitsWhat === 'deputy') return /^(deputy|vice|first deputy)\b/.test(title);
  const base = title.replace(/^(first deputy|deputy|vice|first) /, '');
  const cls = gaz.titles.get(title)?.cls ?? gaz.titles.get(base)?.cls;
  if (cls === fitsWhat) return true;
  return hasWord(title, fitsWhat);
}

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** `/\bword\b/.test(text)` without building a RegExp (ASCII word boundaries, as `\b` without the u flag). */
function hasWord(text: string, word: string): boolean {
  if (word.length === 0 || !isWordChar(word.charCodeAt(0)) || !isWordChar(word.charCodeAt(word.length - 1))) {
    return new RegExp(`\\b${word}\\b`).test(text);
  }
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const j = i + word.length;
    if ((i === 0 || !isWordChar(text.charCodeAt(i - 1))) && (j === text.length || !isWordChar(text.charCodeAt(j)))) return true;
  }
  return false;
}

/** The people of a first-person speech; filled while its heading and salutation are read. */
export interface SpeechRoles {
  speaker: ArticlePerson | null;
  /** The speaker's country (also when the speaker is a body: "Statement by the Foreign Ministry of X"). */
  country: string | null;
  addressee: ArticlePerson | null;
  /** The body of the speech has begun: no more roles are taken from the text. */
  body: boolean;
}

/** The memory of one article while it is read; see the module comment. */
export class ArticleState {
  readonly people: ArticlePerson[] = [];
  private readonly strong = new Map<string, ArticlePerson>();
  private readonly weak = new Map<string, ArticlePerson | null>();
  private readonly personMentions: PersonMention[] = [];
  private readonly countryMentions: CountryMention[] = [];
  private readonly hostMentions: { readonly at: number; readonly code: string; readonly sentence: number }[] = [];
  private readonly bodies: { at: number; name: string; country: string }[] = [];
  /** Organisation codes named so far (by name or through one of their officials). */
  private readonly igos = new Set<string>();
  private readonly igoMentions: { at: number; code: string }[] = [];
  /** Index of the sentence being read (into `starts`). */
  sentence = -1;
  private readonly starts: number[] = [];
  private readonly fitsMemo = new Map<string, boolean>();
  /**
   * In a speech text (`register.speech`): who says "I" (named in the heading), whose country "we"
   * is, and who "you" is (the guest named in the heading or the salutation); see speech.ts.
   */
  readonly speech: SpeechRoles = { speaker: null, country: null, addressee: null, body: false };

  constructor(
    private readonly gaz: Gazetteer,
    readonly dateline: string | null,
    /** What kind of story this is (sports report, company names): see register.ts. */
    readonly register: ArticleRegister = NO_REGISTER,
  ) {}

  /** The person of this article with that name or short form, if it is unambiguous. */
  byName(name: string): ArticlePerson | null {
    const k = fold(name);
    return this.strong.get(k) ?? this.weak.get(k) ?? null;
  }

  /**
   * The article writes a known person's full name in its own spelling ("Abdel Fattah al-Sisi" for
   * the seed's "el-Sisi"): that spelling becomes the name, the old one stays a short form.
   */
  respell(p: ArticlePerson, name: string): void {
    if (p.name === name) return;
    const old = p.name;
    p.name = name;
    this.strong.set(fold(name), p);
    if (!p.aliases.includes(old)) p.aliases.push(old);
    for (const a of aliasesOf(name, this.gaz.particles).strong) {
      if (this.strong.has(fold(a))) continue;
      this.strong.set(fold(a), p);
      p.aliases.push(a);
    }
  }

  /** Adds a person or fills in what was missing; returns the article's record. */
  addPerson(name: string, country: string | null, title: string | null, sectors: readonly string[]): ArticlePerson {
    let p = this.strong.get(fold(name)) ?? null;
    if (p && country && p.country && p.country !== country) p = null;
    if (!p) {
      p = { name, country, title, sectors, aliases: [], gender: this.gaz.genderOf(name) };
      this.people.push(p);
      this.strong.set(fold(name), p);
      const { strong, weak } = aliasesOf(name, this.gaz.particles);
      for (const a of strong) {
        this.strong.set(fold(a), p);
        p.aliases.push(a);
      }
      for (const a of weak) {
        const k = fold(a);
        if (this.strong.has(k)) continue;
        this.weak.set(k, this.weak.has(k) && this.weak.get(k) !== p ? null : p);
        p.aliases.push(a);
      }
    } else {
      p.country ??= country;
      if (title && (!p.title || p.title === 'counterpart')) {
        p.title = title;
        p.sectors = sectors;
      }
    }
    return p;
  }

  notePerson(at: number, person: ArticlePerson, salient: boolean): void {
    this.personMentions.push({ at, person, salient, sentence: this.sentence });
  }

  noteIgo(code: string, at = -1): void {
    this.igos.add(code);
    if (at >= 0) this.igoMentions.push({ at, code });
  }

  /** The last organisation named before `at` that `accept`s ("the alliance" → NATO). */
  lastIgo(at: number, accept: (code: string) => boolean): string | null {
    for (let i = this.igoMentions.length - 1; i >= 0; i--) {
      const m = this.igoMentions[i]!;
      if (m.at < at && accept(m.code)) return m.code;
    }
    return null;
  }

  /** Whether the organisation has been named in this article. */
  namedIgo(code: string): boolean {
    return this.igos.has(code);
  }

  noteBody(at: number, name: string, country: string): void {
    this.bodies.push({ at, name, country });
  }

  /** The country of the last body of that kind ("the embassy" → the embassy named before). */
  lastBody(at: number, name: string): string | null {
    for (let i = this.bodies.length - 1; i >= 0; i--) {
      const b = this.bodies[i];
      if (b.at < at && b.name === name) return b.country;
    }
    return null;
  }

  /** Starts reading the sentence that begins at `start`. */
  beginSentence(start: number): void {
    this.starts.push(start);
    this.sentence = this.starts.length - 1;
  }

  /** The index of the sentence holding offset `at` (-1 before the first). */
  sentenceOf(at: number): number {
    for (let i = this.starts.length - 1; i >= 0; i--) if (this.starts[i] <= at) return i;
    return -1;
  }

  /** Records that this person spoke at `at` (pronouns prefer speakers). */
  markSpeaker(name: string, at: number): void {
    const p = this.strong.get(fold(name));
    if (p) this.personMentions.push({ at, person: p, salient: true, sentence: this.sentenceOf(at) });
  }

  /** A country named at `at`; `owned` when it belongs to a person's phrase ("Azerbaijan's Foreign Minister X"). */
  noteCountry(at: number, code: string, owned = false, destination = false): void {
    this.countryMentions.push({ at, code, sentence: this.sentence, owned, destination });
  }

  /** The last person mentioned before `at` that fits; salient ones (speakers, subjects) first. */
  lastPerson(
    at: number, fitsWhat: string | null = 'any', preferSalient = true, country?: string, otherSentence = false,
  ): ArticlePerson | null {
    let fallback: ArticlePerson | null = null;
    const here = new Set<ArticlePerson>();
    if (otherSentence) for (const m of this.personMentions) if (m.sentence === this.sentence && m.at < at) here.add(m.person);
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const m = this.personMentions[i];
      if (m.at >= at || here.has(m.person)) continue;
      if (fitsWhat && !this.fitsCached(fitsWhat, m.person)) continue;
      if (country && m.person.country !== country) continue;
      if (!preferSalient || m.salient) return m.person;
      fallback ??= m.person;
    }
    return fallback;
  }

  /** `fits`, remembered per description and title for this article (lastPerson asks it for everyone named so far). */
  private fitsCached(fitsWhat: string, p: ArticlePerson): boolean {
    if (fitsWhat === 'any') return true;
    const key = `${fitsWhat}\u0000${p.title ?? ''}`;
    let v = this.fitsMemo.get(key);
    if (v === undefined) {
      v = fits(this.gaz, fitsWhat, p);
      this.fitsMemo.set(key, v);
    }
    return v;
  }

  /** Whether a person of `country` is named in the sentence being read (before `at`). */
  personHere(country: string, at: number): boolean {
    for (let i = this.personMentions.length - 1; i >= 0; i--) {
      const m = this.personMentions[i]!;
      if (m.sentence !== this.sentence) break;
      if (m.at < at && m.person.country === country) return true;
    }
    return false;
  }

  /**
   * The person a pronoun most likely means: the last salient one, else the last one; with
   * `gender` ("she" → 'f'), a woman named in the last three sentences first; people known to be of
   * the other sex are passed over while anyone else fits.
   */
  pronoun(at: number, gender: 'f' | 'm' | null = null): ArticlePerson | null {
    if (gender) {
      // "she": a woman named in this or the last two sentences (most people named in the news
      // are men, so "he" only passes over known women)
      for (let i = this.personMentions.length - 1; i >= 0 && gender === 'f'; i--) {
        const m = this.personMentions[i]!;
        if (this.sentence - m.sentence > 2) break;
        if (m.at < at && m.person.gender === gender) return m.person;
      }
      let fallback: ArticlePerson | null = null;
      for (let i = this.personMentions.length - 1; i >= 0; i--) {
        const m = this.personMentions[i]!;
        if (m.at >= at || (m.person.gender && m.person.gender !== gender)) continue;
        if (m.salient) return m.person;
        fallback ??= m.person;
      }
      if (fallback) return fallback;
    }
    return this.lastPerson(at, 'any', true);
  }

  /**
   * The last country named before `at` whose code passes `accept` (in this sentence only, if
   * asked). With `prefer` (the dateline's country), that country wins when it is one of those
   * named in the range: an official of no stated country in a story from Kampala is more likely
   * Ugandan than the last foreign country named.
   */
  lastCountry(
    at: number, accept: (code: string) => boolean = () => true, thisSentence = false, sentencesBack = Infinity,
    prefer: string | null = null,
  ): string | null {
    let last: string | null = null;
    for (let i = this.countryMentions.length - 1; i >= 0; i--) {
      const m = this.countryMentions[i];
      if (thisSentence && m.sentence !== this.sentence) break;
      if (this.sentence - m.sentence > sentencesBack) break;
      // in its own sentence, a country that belongs to another person is not this person's
      if (m.owned && m.sentence === this.sentence) continue;
      // nor is a place someone travels to or from ("Before leaving for Beijing, President Bush …")
      if (m.destination && m.sentence === this.sentence) continue;
      if (m.at < at && accept(m.code)) {
        if (!prefer || m.code === prefer) return m.code;
        last ??= m.code;
      }
    }
    return last;
  }

  /** Countries the sentence being read names as destinations or origins after `at` ("paid a visit to Peru"). */
  destinationsAfter(at: number): ReadonlySet<string> {
    const out = new Set<string>();
    for (let i = this.countryMentions.length - 1; i >= 0; i--) {
      const m = this.countryMentions[i]!;
      if (m.sentence !== this.sentence) break;
      if (m.at > at && m.destination) out.add(m.code);
    }
    return out;
  }

  /** Countries named in the sentence being read before `at` (not a person's, not a destination), in text order. */
  countriesHere(at: number): { readonly at: number; readonly code: string }[] {
    const out: { at: number; code: string }[] = [];
    for (let i = this.countryMentions.length - 1; i >= 0; i--) {
      const m = this.countryMentions[i]!;
      if (m.sentence !== this.sentence) break;
      if (m.at < at && !m.owned && !m.destination) out.unshift(m);
    }
    return out;
  }

  /**
   * The last country named in the sentences before this one (at most `sentencesBack` back) that
   * is not also named in this sentence before `at`: what a locative "there" points back to.
   */
  earlierPlace(at: number, accept: (code: string) => boolean, sentencesBack = 2): string | null {
    const here = new Set<string>();
    let best: { at: number; code: string } | null = null;
    for (const list of [this.countryMentions, this.hostMentions]) {
      for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i]!;
        if (this.sentence - m.sentence > sentencesBack) break;
        if (m.sentence === this.sentence) {
          if (m.at < at) here.add(m.code);
          continue;
        }
        if (accept(m.code) && (!best || m.at > best.at)) best = m;
        break;
      }
    }
    return best && !here.has(best.code) ? best.code : null;
  }

  /** A mission's host ("its embassy in Tripoli"): a place a later "there" may point back to. */
  noteHost(at: number, code: string): void {
    this.hostMentions.push({ at, code, sentence: this.sentence });
  }

  /** Distinct countries named so far, in order of first mention. */
  countries(): string[] {
    return [...new Set(this.countryMentions.map((m) => m.code))];
  }

  /**
   * "The country" / a bare "Foreign Ministry": the one country named in this sentence so far, else
   * the only country named in the article, else null (ambiguous).
   */
  onlyCountry(at: number): string | null {
    const inSentence = new Set(this.countryMentions.filter((m) => m.sentence === this.sentence && m.at < at).map((m) => m.code));
    if (inSentence.size === 1) return [...inSentence][0];
    const all = new Set(this.countryMentions.filter((m) => m.at < at).map((m) => m.code));
    if (all.size === 1) return [...all][0];
    return null;
  }

  /** The people of this article as registry records. */
  persons(): Person[] {
    return this.people.map((p) =>
      Object.freeze({ name: p.name, country: p.country, title: p.title, sectors: p.sectors, aliases: Object.freeze([...p.aliases]) }),
    );
  }
}

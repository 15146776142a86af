/**
 * Finds the actor mentions of one sentence, left to right, updating the article state as it
 * goes (so "he", "the diplomat" and a surname can refer back). The patterns live by concern in
 * `parse-titled.ts` (titled people), `parse-named.ts` (people met by name), `parse-country.ts`
 * (country words) and `org-patterns.ts` (bodies, back-references); `parse-out.ts` collects.
 */
import type { PeopleRegistry } from './types.js';
import type { Gazetteer } from './gazetteer.js';
import type { Actor } from '../model/actor.js';
import { spanActor, type Mention } from './build.js';
import { nameEnd, nameText, skipHonorifics } from './names.js';
import { PRONOUNS, pronounGender } from './cues.js';
import { parseBody, parseBackref, parseFirm } from './org-patterns.js';
import { compound, coordinated, country, sided } from './parse-country.js';
import { namedPerson } from './parse-named.js';
import { SPEECH_PRONOUNS, speechPronoun } from './speech.js';
import { ParseOut } from './parse-out.js';
import { titledPerson } from './parse-titled.js';
import { titled } from './people-patterns.js';
import { isDet as isDetAt, keyAt, placeAt, type Sent } from './phrases.js';
import type { ArticleState } from './state.js';

/** Styles of address after "his"/"her" ("His Excellency", "Her Majesty"). */
const STYLED = new Set(['excellency', 'highness', 'majesty']);

/** Nouns after a person's "'s" that name someone else ("X's predecessor Y", "X's wife"). */
const RELATIONS = new Set([
  'predecessor', 'predecessors', 'successor', 'successors', 'wife', 'husband', 'widow', 'widower', 'son', 'daughter',
  'brother', 'sister', 'father', 'mother', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser',
  'advisers', 'advisor', 'advisors', 'deputy', 'lawyer', 'lawyers', 'nephew', 'niece', 'cousin', 'rival', 'opponent',
]);

/** Relations whose holder had or will have the possessor's office. */
const SAME_ROLE = new Set(['predecessor', 'predecessors', 'successor', 'successors']);

/** Relations whose holder works for the possessor: of the possessor's sector (else the government's). */
const STAFF = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'deputy']);

/** Relations that say nothing of the holder's country ("the president's rival", a foreign opponent maybe). */
const ADVERSARY = new Set(['rival', 'opponent']);

/** Plural mission words: only "its consulates in A and B" names a mission in each place. */
const PLURAL_MISSIONS = new Set(['embassies', 'consulates', 'missions', 'consulates-general', 'legations', 'offices', 'representations']);

/** "pro-" / "anti-" before a country word: a side taken, not a nationality. */
const SIDING = new Set(['pro', 'anti']);

/** Everything a sentence parse needs besides the sentence. */
export interface ParseContext {
  readonly gaz: Gazetteer;
  readonly state: ArticleState;
  readonly registry: PeopleRegistry;
  readonly date: string | null;
  /** When false the state is not changed (speaker look-ups on a phrase). */
  readonly record: boolean;
}

export class SentenceParser {
  private readonly o: ParseOut;

  constructor(ctx: ParseContext, private readonly s: Sent) {
    this.o = new ParseOut(ctx, s);
  }

  run(): Mention[] {
    const n = this.s.tokens.length;
    let i = 0;
    while (i < n) {
      let next = this.at(i);
      // "Orlov's predecessor Petrenko", "the president's spokesman": the possessor only says whose
      if (next > i && keyAt(this.s, next) === "'s" && RELATIONS.has(keyAt(this.s, next + 1))) {
        const owner = this.o.dropPerson(this.s.tokens[i]!.start);
        if (owner) next = this.related(owner, next + 1);
      }
      i = next > i ? next : i + 1;
    }
    return this.o.finish();
  }

  /** Tries every pattern at token `i`; returns the token after what it consumed (or i). */
  private at(i: number): number {
    const { s, o } = this;
    const t = s.tokens[i];
    if (!t.word) return i;
    // a speech's "I", "we", "you" (the article is a first-person speech text: see speech.ts)
    if (o.ctx.state.register.speech && SPEECH_PRONOUNS.has(t.key)) return speechPronoun(o, i);
    // nothing starts at a lower-case word that is neither a dictionary phrase nor a determiner
    if (!t.cap && s.lexAt[i].length === 0 && !isDetAt(s, i)) return PRONOUNS.has(t.key) ? this.pronoun(i) : i;
    if ((t.key === 'his' || t.key === 'her') && STYLED.has(keyAt(s, i + 1))) {
      const end = this.styled(i);
      if (end > i) return end;
    }
    if (PRONOUNS.has(t.key)) return this.pronoun(i);
    // regions ("Latin America") and regional adjectives ("Central American") shadow the country inside them
    if (s.lexAt[i].length > 0 && s.lexAt[i].every((l) => l.k === 'region' || l.k === 'adj')) return s.lexEnd[i];
    // "pro-Russian separatists", "anti-American protesters": whom a group is for or against is not whose it is
    if (keyAt(s, i - 1) === '-' && SIDING.has(keyAt(s, i - 2)) && s.lexAt[i].some((l) => l.k === 'country')) return sided(o, i);
    // "a UK-based charity", "the Israeli-occupied West Bank": a modifier, not the state as a party
    const c = isDetAt(s, i) ? i + 1 : i;
    if (s.tokens[c]?.cap && keyAt(s, s.lexEnd[c] > c ? s.lexEnd[c] : c + 1) === '-') {
      const end = compound(o, c);
      if (end > c) return end;
    }
    const person = titled(s, i);
    if (person) {
      const end = titledPerson(o, person);
      if (end > i) return end;
    }
    if (t.cap && !s.lexAt[i].some((l) => l.k !== 'seed')) {
      const end = namedPerson(o, i);
      if (end > i) return end;
    }
    const both = coordinated(o, i);
    if (both > i) return both;
    const body = parseFirm(o.ctx, s, i) ?? parseBody(o.ctx, s, i);
    if (body) {
      o.push(body.from, body.actor, body.via, body.host, body.city);
      return body.host && body.actor.type === 'organisation' ? this.moreHosts(body, body.host) : body.to;
    }
    const back = parseBackref(o.ctx, s, i);
    if (back) {
      if (back.actor && keyAt(s, back.to) === "'s") {
        // "the country's ambassador Rosa Vidal Soto", "the Sultanate's foreign ministry"
        const t = titled(s, back.to + 1);
        if (t && !t.country && !t.det && t.title) return titledPerson(o, t, back.actor.country, back.from);
      }
      if (back.actor) o.push(back.from, back.actor, 'backref');
      return back.to;
    }
    return country(o, i);
  }

  /**
   * "His Excellency Dr. X, Minister of …", "Her Majesty Queen Y": a style of address and the
   * honorifics after it open the person's mention (a preposition before the style then governs
   * the person: "a call from His Excellency X"). Returns the token after what was consumed.
   */
  private styled(i: number): number {
    const { s, o } = this;
    const k = skipHonorifics(s, i);
    if (k <= i + 1 || !s.tokens[k]?.cap) return i;
    const n = o.out.length;
    const end = this.at(k);
    const m = o.out[n];
    if (end <= k || !m || m.actor.type !== 'person' || m.start !== s.tokens[k]!.start) return end > k ? end : i;
    const start = s.tokens[i]!.start;
    o.out[n] = Object.freeze({ ...m, start, text: s.text.slice(start, m.end) });
    return end;
  }

  /**
   * "X's predecessor Ana Ruiz", "X's spokesman Li Wen": the name after the relation noun at `k` is
   * a person of X's country (a predecessor or successor also of X's title and sector, a spokesman
   * or aide of X's sector, else the government's; family and lawyers of no sector; a rival of no
   * country said); with no name, an unnamed one over "X's predecessor". Returns the token to go on from.
   */
  private related(owner: Mention, k: number): number {
    const { s, o } = this;
    const ne = nameEnd(s, k + 1);
    const rel = s.tokens[k]!.key;
    const same = SAME_ROLE.has(rel);
    const sectors = same ? owner.actor.sectors : STAFF.has(rel) ? (owner.actor.sectors.length ? owner.actor.sectors : ['GOV']) : [];
    const country = ADVERSARY.has(rel) ? null : owner.actor.country;
    if (ne <= k + 1 || s.lexAt[k + 1]!.some((l) => l.k !== 'seed')) {
      // "Orlov's predecessor was recalled": someone of X's country (and office), unnamed
      if (!country) return k + 1;
      const from = this.tokenOf(owner.start);
      const actor = spanActor(o.ctx.gaz, o.span(from, k + 1), {
        country, sectors, name: null, title: same ? owner.actor.title : null, type: 'person',
      });
      o.push(from, actor, 'title');
      return k + 1;
    }
    const p = o.resolve(nameText(s.text, s.tokens, k + 1, ne), country, same ? owner.actor.title : null, sectors, s.tokens[k + 1]!.start);
    return o.emitPerson(p, k + 1, ne, 'appositive');
  }

  /**
   * "its consulates in Osaka and Busan", "embassies in Chile, Ghana and Laos": each further place
   * after the first host of a plural mission is a mission of the same owner there. "in Lima, Peru"
   * (the same country again) names one place; "its embassy in Kabul and Sweden …" names one mission.
   * Returns the token after the list.
   */
  private moreHosts(body: { readonly from: number; readonly to: number; readonly actor: Actor; readonly via: string }, host: string): number {
    const { s, o } = this;
    const mission = body.actor;
    let plural = false;
    for (let k = body.from; k < body.to && !plural; k++) plural = PLURAL_MISSIONS.has(s.tokens[k]!.key);
    let last = host;
    let j = body.to;
    while (keyAt(s, j) === 'and' || keyAt(s, j) === ',') {
      const place = placeAt(s, j + 1);
      if (!place || (!plural && (place.code !== last || keyAt(s, j) !== ','))) break;
      const from = keyAt(s, j + 1) === 'the' ? j + 2 : j + 1;
      if (place.code !== last) {
        const actor = spanActor(o.ctx.gaz, o.span(from, place.to), {
          country: mission.country, sectors: mission.sectors, name: mission.name, title: null, type: 'organisation',
        });
        o.push(from, actor, body.via, place.code, place.city);
        last = place.code;
      }
      j = place.to;
    }
    return j;
  }

  /** The index of the token that starts at offset `at`. */
  private tokenOf(at: number): number {
    const { tokens } = this.s;
    let k = 0;
    while (k < tokens.length - 1 && tokens[k]!.start < at) k++;
    return k;
  }

  /** "he", "she": the person the state says the pronoun means, if any. */
  private pronoun(i: number): number {
    const t = this.s.tokens[i]!;
    const p = this.o.ctx.state.pronoun(t.start, pronounGender(t.key));
    if (p) this.o.emitPerson(p, i, i + 1, 'pronoun');
    return i + 1;
  }
}

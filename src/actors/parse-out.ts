/**
 * What one sentence parse collects: the mentions found so far, whether each is a place, and the
 * people whose country is still open; emitting a mention also notes it in the article state.
 */
import type { Actor } from '../model/actor.js';
import { spanActor, type Mention } from './build.js';
import { MOTION_PREPS, PLACE_PREPS, isSalient, wordsGender } from './cues.js';
import type { ParseContext } from './parser.js';
import type { HostAt, Sent } from './phrases.js';
import type { Token } from './text.js';
import type { ArticlePerson } from './state.js';
import { resolvePerson, settleCountries, type Pending } from './who.js';

/** Words that open an introductory phrase before a sentence's subject ("In Rome, …", "On Monday, …"). */
const INTRO = new Set([
  'in', 'at', 'on', 'after', 'before', 'during', 'from', 'speaking', 'later', 'earlier', 'meanwhile', 'separately',
  'elsewhere', 'following', 'upon', 'since', 'afterwards', 'there', 'asked', 'addressing',
]);

/** The person at token `from` is the subject after an introductory phrase: "In Rome, Minister X said". */
function introduced(tokens: readonly Token[], from: number): boolean {
  return from > 1 && tokens[from - 1]!.raw === ',' && INTRO.has(tokens[0]!.key);
}

/** The mentions of one sentence as the patterns find them, left to right. */
export class ParseOut {
  /** The mentions found so far, in the order found. */
  readonly out: Mention[] = [];
  /** For each mention: is it a place ("in Baku", "to Lima") rather than an actor? */
  private readonly placeAt: boolean[] = [];
  private readonly pending: Pending[] = [];
  /** People of this sentence whose country came from the context ("X, then trade minister,"). */
  private readonly guesses = new Set<ArticlePerson>();
  /** `ctx` that records nothing (for look-aheads), made on first use. */
  private quietCtx: ParseContext | null = null;

  constructor(readonly ctx: ParseContext, readonly s: Sent) {}

  /** `ctx` with `record: false`. */
  get quiet(): ParseContext {
    this.quietCtx ??= this.ctx.record ? { ...this.ctx, record: false } : this.ctx;
    return this.quietCtx;
  }

  /** The mentions, with the countries still open settled from the whole sentence. */
  finish(): Mention[] {
    if (this.pending.length > 0) settleCountries(this.ctx, this.out, this.placeAt, this.pending);
    if (this.guesses.size > 0 && this.ctx.record) this.notTravelling();
    return this.out;
  }

  /**
   * "agreed in Hanoi, when Trade Minister X made a trip to Vietnam": a person whose
   * country was guessed from the context is not of the country the sentence sends them to; they
   * take the country named before (the dateline's first), else none.
   */
  private notTravelling(): void {
    const { state, gaz } = this.ctx;
    for (const p of this.guesses) {
      if (!p.country) continue;
      const m = this.out.find((x) => x.actor.type === 'person' && x.actor.name === p.name);
      const away = m ? state.destinationsAfter(m.start) : null;
      if (!m || !away!.has(p.country)) continue;
      const ok = (x: string): boolean => !gaz.isIgo(x) && !away!.has(x);
      const home = state.dateline && ok(state.dateline) ? state.dateline : null;
      this.recountry(p, state.lastCountry(m.start, ok, false, 2, home) ?? home ?? state.lastCountry(m.start, ok));
    }
  }

  /** `owned`: a country word that belongs to another noun's phrase ("a Chinese battery maker"), never a person's own. */
  push(from: number, actor: Actor, via: string, host?: string, city?: string, owned = false): void {
    const m: { -readonly [K in keyof Mention]: Mention[K] } = { start: actor.start ?? 0, end: actor.end ?? 0, text: actor.text, actor, via };
    if (host) m.host = host;
    if (city) m.city = city;
    this.out.push(Object.freeze(m));
    // "worked out of Nairobi": leaving from there, like "from"
    const before = this.s.tokens[from - 1]?.key ?? '';
    const prev = before === 'of' && this.s.tokens[from - 2]?.key === 'out' ? 'from' : before;
    // "the Libyan capital" is a place wherever it stands
    this.placeAt.push(via === 'place' || (PLACE_PREPS.has(prev) && (via === 'capital' || via === 'name')));
    // "leaving for Beijing", "a visit to Moscow": a destination, never a titled person's own country
    const destination = via === 'place' || (MOTION_PREPS.has(prev) && (via === 'capital' || via === 'name'));
    if (!this.ctx.record) return;
    if (actor.type === 'organisation' && actor.country && actor.name) {
      this.ctx.state.noteBody(this.s.tokens[from].start, actor.name, actor.country);
    }
    if (host && actor.type === 'organisation') this.ctx.state.noteHost(actor.end ?? this.s.tokens[from].start, host);
    if (actor.country && this.ctx.gaz.isIgo(actor.country)) this.ctx.state.noteIgo(actor.country, this.s.tokens[from].start);
    if (actor.country && !this.ctx.gaz.isIgo(actor.country) && via !== 'pronoun' && via !== 'description') {
      if (actor.type !== 'person' || via === 'title') {
        this.ctx.state.noteCountry(this.s.tokens[from].start, actor.country, actor.type === 'person' || owned, destination);
      }
    }
  }

  /** Whether `p` was named in this sentence with a country taken from the context, not from the text. */
  guessed(p: ArticlePerson): boolean {
    return this.guesses.has(p);
  }

  /** Gives person `p` another country (or none) and rewrites their mentions in this sentence. */
  recountry(p: ArticlePerson, code: string | null): void {
    p.country = code;
    for (let k = 0; k < this.out.length; k++) {
      const m = this.out[k]!;
      if (m.actor.type !== 'person' || m.actor.name !== p.name) continue;
      this.out[k] = Object.freeze({ ...m, actor: this.personActor(p, this.tokenAt(m.start), this.tokenAt(m.end - 1) + 1) });
    }
  }

  private tokenAt(offset: number): number {
    const { tokens } = this.s;
    for (let k = 0; k < tokens.length; k++) if (tokens[k]!.start <= offset && offset < tokens[k]!.end) return k;
    return 0;
  }

  /** Takes back the last mention when it is a person starting at offset `start` (a possessor: "X's predecessor"). */
  dropPerson(start: number): Mention | null {
    const last = this.out[this.out.length - 1];
    if (!last || last.start !== start || last.actor.type !== 'person') return null;
    this.out.pop();
    this.placeAt.pop();
    return last;
  }

  /** The text and offsets of tokens `[from, to)`. */
  span(from: number, to: number): { text: string; start: number; end: number } {
    const start = this.s.tokens[from].start;
    const end = this.s.tokens[to - 1].end;
    return { text: this.s.text.slice(start, end), start, end };
  }

  private personActor(p: ArticlePerson, from: number, to: number): Actor {
    return spanActor(this.ctx.gaz, this.span(from, to), {
      country: p.country, sectors: p.sectors, name: p.name, title: p.title, type: 'person',
    });
  }

  /**
   * Emits person `p` over tokens `[from, to)` and notes them in the state (unless `note` is false:
   * a speech's "I" is no antecedent for a later "he"); returns `to`.
   */
  emitPerson(p: ArticlePerson, from: number, to: number, via: string, host?: HostAt | null, note = true): number {
    this.push(from, this.personActor(p, from, to), via, host?.code, host?.city);
    if (!note) return to;
    // "Ms Okafor", "the spokeswoman, Ines Duarte": the words before and in the title say the sex
    const g = via === 'pronoun' || via === 'description' ? null : wordsGender(this.s.tokens, from - 2, to);
    if (g) p.gender = g;
    if (this.ctx.record) {
      const first = this.out.length === 1 || (introduced(this.s.tokens, from) && this.out.every((m, k) => k === this.out.length - 1 || m.actor.type !== 'person'));
      this.ctx.state.notePerson(this.s.tokens[from].start, p, isSalient(this.s.tokens, from, to, first));
    }
    return to;
  }

  /** Emits country `code` (with `sectors`) over tokens `[from, to)` (a speech's "we"); returns `to`. */
  emitCountry(code: string, from: number, to: number, via: string, sectors: readonly string[] = []): number {
    const { gaz } = this.ctx;
    this.push(from, spanActor(gaz, this.span(from, to), { country: code, sectors, name: gaz.countryName(code), title: null, type: 'country' }), via);
    return to;
  }

  /** The article's person of that name (see `resolvePerson`); a country still open waits for the sentence's end. */
  resolve(
    name: string, country: string | null, title: string | null, sectors: readonly string[], at: number, hint?: string,
  ): ArticlePerson {
    const known = country === null ? this.ctx.state.byName(name) : null;
    const p = resolvePerson(this.ctx, this.pending, { name, country, title, sectors, at, hint });
    if (country === null && !known && !hint && !this.ctx.gaz.seedRoles(name).length) this.guesses.add(p);
    return p;
  }
}

/**
 * Finds the actor mentions of one sentence, left to right, updating the article state as it
 * goes (so "he", "the diplomat" and a surname can refer back).
 */
import type { Actor } from '../model/actor.js';
import type { PeopleRegistry } from './types.js';
import type { Gazetteer } from './gazetteer.js';
import { spanActor, type Mention } from './build.js';
import { nameEnd, nameText } from './names.js';
import { titled, qualified, type TitledAt } from './people-patterns.js';
import { countryMod, isDet as isDetAt, keyAt, lexOf, ofPhrase, type HostAt, type Sent } from './phrases.js';
import type { ArticlePerson, ArticleState } from './state.js';
import { parseBody, parseBackref } from './org-patterns.js';

/** Verbs after which a name is followed by the title given ("appointed X Ambassador of Y"). */
const APPOINT = new Set(['appoint', 'appoints', 'appointed', 'name', 'names', 'named', 'nominate', 'nominates', 'nominated']);

/** "pro-" / "anti-" before a country word: a side taken, not a nationality. */
const SIDING = new Set(['pro', 'anti']);
import { resolvePerson, settleCountries, type Pending } from './who.js';

import { fold } from './text.js';
import { MOTION_PREPS, PLACE_NOUNS, PLACE_PREPS, PRONOUNS, isSalient } from './cues.js';

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
  private readonly out: Mention[] = [];
  /** For each mention: is it a place ("in Baku", "to Lima") rather than an actor? */
  private readonly placeAt: boolean[] = [];
  private readonly pending: Pending[] = [];

  constructor(private readonly ctx: ParseContext, private readonly s: Sent) {}

  run(): Mention[] {
    const n = this.s.tokens.length;
    let i = 0;
    while (i < n) {
      const next = this.at(i);
      i = next > i ? next : i + 1;
    }
    if (this.pending.length > 0) settleCountries(this.ctx, this.out, this.placeAt, this.pending);
    return this.out;
  }

  /** Tries every pattern at token `i`; returns the token after what it consumed (or i). */
  private at(i: number): number {
    const { s } = this;
    const t = s.tokens[i];
    if (!t.word) return i;
    // nothing starts at a lower-case word that is neither a dictionary phrase nor a determiner
    if (!t.cap && s.lexAt[i].length === 0 && !isDetAt(s, i)) return PRONOUNS.has(t.key) ? this.pronoun(i) : i;
    if (PRONOUNS.has(t.key)) return this.pronoun(i);
    // regions ("Latin America") and regional adjectives ("Central American") shadow the country inside them
    if (s.lexAt[i].length > 0 && s.lexAt[i].every((l) => l.k === 'region' || l.k === 'adj')) return s.lexEnd[i];
    // "pro-Russian separatists", "anti-American protesters": whom a group is for or against is not whose it is
    if (keyAt(s, i - 1) === '-' && SIDING.has(keyAt(s, i - 2)) && s.lexAt[i].some((l) => l.k === 'country')) return this.sided(i);
    const person = titled(s, i);
    if (person) {
      const end = this.person(person);
      if (end > i) return end;
    }
    if (t.cap && !s.lexAt[i].some((l) => l.k !== 'seed')) {
      const end = this.named(i);
      if (end > i) return end;
    }
    const both = this.coordinated(i);
    if (both > i) return both;
    const body = parseBody(this.ctx, s, i);
    if (body) {
      this.push(body.from, body.actor, body.via, body.host, body.city);
      return body.to;
    }
    const back = parseBackref(this.ctx, s, i);
    if (back) {
      if (back.actor && keyAt(s, back.to) === "'s") {
        // "the country's ambassador Rosa Vidal Soto", "the Sultanate's foreign ministry"
        const t = titled(s, back.to + 1);
        if (t && !t.country && !t.det && t.title) return this.person(t, back.actor.country, back.from);
      }
      if (back.actor) this.push(back.from, back.actor, 'backref');
      return back.to;
    }
    return this.country(i);
  }

  private push(from: number, actor: Actor, via: string, host?: string, city?: string): void {
    const m: { -readonly [K in keyof Mention]: Mention[K] } = { start: actor.start ?? 0, end: actor.end ?? 0, text: actor.text, actor, via };
    if (host) m.host = host;
    if (city) m.city = city;
    this.out.push(Object.freeze(m));
    // "worked out of Nairobi": leaving from there, like "from"
    const before = this.s.tokens[from - 1]?.key ?? '';
    const prev = before === 'of' && this.s.tokens[from - 2]?.key === 'out' ? 'from' : before;
    this.placeAt.push(PLACE_PREPS.has(prev) && (via === 'capital' || via === 'name'));
    // "leaving for Beijing", "a visit to Moscow": a destination, never a titled person's own country
    const destination = MOTION_PREPS.has(prev) && (via === 'capital' || via === 'name');
    if (!this.ctx.record) return;
    if (actor.type === 'organisation' && actor.country && actor.name) {
      this.ctx.state.noteBody(this.s.tokens[from].start, actor.name, actor.country);
    }
    if (actor.country && this.ctx.gaz.isIgo(actor.country)) this.ctx.state.noteIgo(actor.country, this.s.tokens[from].start);
    if (actor.country && !this.ctx.gaz.isIgo(actor.country) && via !== 'pronoun' && via !== 'description') {
      if (actor.type !== 'person' || via === 'title') {
        this.ctx.state.noteCountry(this.s.tokens[from].start, actor.country, actor.type === 'person', destination);
      }
    }
  }

  private span(from: number, to: number): { text: string; start: number; end: number } {
    const start = this.s.tokens[from].start;
    const end = this.s.tokens[to - 1].end;
    return { text: this.s.text.slice(start, end), start, end };
  }

  private personActor(p: ArticlePerson, from: number, to: number): Actor {
    return spanActor(this.ctx.gaz, this.span(from, to), {
      country: p.country, sectors: p.sectors, name: p.name, title: p.title, type: 'person',
    });
  }

  private emitPerson(p: ArticlePerson, from: number, to: number, via: string, host?: HostAt | null): number {
    this.push(from, this.personActor(p, from, to), via, host?.code, host?.city);
    if (this.ctx.record) {
      const first = this.out.length === 1;
      this.ctx.state.notePerson(this.s.tokens[from].start, p, isSalient(this.s.tokens, from, to, first));
    }
    return to;
  }

  private resolve(
    name: string, country: string | null, title: string | null, sectors: readonly string[], at: number, hint?: string,
  ): ArticlePerson {
    return resolvePerson(this.ctx, this.pending, { name, country, title, sectors, at, hint });
  }

  private person(t0: TitledAt, given: string | null = null, from = t0.from): number {
    const { s, ctx } = this;
    const t: TitledAt = from === t0.from ? t0 : { ...t0, from };
    const at = s.tokens[t.from].start;
    // "the UN Ambassador of Peru": Peru's envoy to the UN
    const igoThenCountry = t.country?.igo && t.ofCode && !t.ofCode.igo;
    let country = given ?? (igoThenCountry ? t.ofCode!.code : null) ?? t.country?.code ?? t.ofCode?.code ?? null;
    let title = t.titleText;
    let sectors = t.title?.sectors ?? ['GOV'];
    if (t.counterpart) {
      const ref = ctx.state.lastPerson(at, 'any', false);
      title = ref?.title ?? null;
      sectors = ref?.sectors ?? ['GOV'];
      country ??= ctx.state.lastCountry(at, (c) => c !== ref?.country && !ctx.gaz.isIgo(c));
    }
    if (!country && !t.counterpart && (t.det === 'his' || t.det === 'her' || t.det === 'their')) {
      // "Guterres … his spokesman Stephane Dujarric": the possessor's country
      country = ctx.state.pronoun(at)?.country ?? null;
    }
    if (t.nameFrom >= 0) {
      const name = nameText(s.text, s.tokens, t.nameFrom, t.nameTo);
      let end = t.to;
      const after = country ? null : ofPhrase(s, end);
      if (after && !after.igo) {
        country = after.code;
        end = after.to;
      }
      // "Ambassador Tesfaye Alemu, Minister of State of Foreign Affairs of Ethiopia": the apposition says more
      const app = s.tokens[end]?.raw === ',' && !after && !this.titledName(end + 1) ? titled(s, end + 1, false) : null;
      if (app?.title && (app.country || app.ofCode) && (!country || country === (app.country?.code ?? app.ofCode?.code))) {
        country = app.country?.code ?? app.ofCode?.code ?? null;
        title = app.titleText;
        sectors = app.title.sectors;
        end = app.titleEnd;
      }
      const p = this.resolve(name, country, title, sectors, at, t.title?.hint);
      const via = t.counterpart ? 'counterpart' : 'title';
      // "condemned that President Mugabe": "that" is a conjunction here, not part of the name
      const from = t.det === 'that' || t.det === 'this' ? t.from + 1 : t.from;
      return this.emitPerson(p, from, end, via, t.host ?? app?.host);
    }
    if (t.counterpart && !t.country) {
      // "Hasanli briefed his counterpart": the last person of another country
      const ref = ctx.state.pronoun(at);
      const other = ref && ctx.state.people.slice().reverse().find((p) => p !== ref && p.country && p.country !== ref.country);
      if (other) return this.emitPerson(other, t.from, t.titleEnd, 'counterpart');
      return t.titleEnd;
    }
    if (t.det === 'the' && t.desc && !t.country && !t.ofCode) {
      if (t.desc.fits === null) return t.titleEnd;
      // a description rarely means someone already named in its own sentence ("Iyer thanked the minister")
      const p = ctx.state.lastPerson(at, t.desc.fits, true, undefined, true) ??
        (t.desc.fits === 'diplomat' ? ctx.state.lastPerson(at, 'minister', true, undefined, true) : null);
      if (p) return this.emitPerson(p, t.from, t.titleEnd, 'description');
      return t.titleEnd;
    }
    if ((!given && !qualified(s, t)) || (!country && !t.counterpart)) return t.from;
    // "Azerbaijan's Foreign Minister" without a name: the person already named with that role
    const same = ctx.state.people.find((p) => p.country === country && p.title === title) ??
      (t.det === 'the' && t.desc?.fits && country ? ctx.state.lastPerson(at, t.desc.fits, true, country) : null);
    if (same) return this.emitPerson(same, t.from, t.titleEnd, 'title');
    const actor = spanActor(ctx.gaz, this.span(t.from, t.titleEnd), { country, sectors, name: null, title, type: 'person' });
    this.push(t.from, actor, t.counterpart ? 'counterpart' : 'title', t.host?.code);
    return t.titleEnd;
  }

  /** "the Azerbaijani and Mongolian foreign ministries": one body or title for each country word. */
  private coordinated(i: number): number {
    const { s, ctx } = this;
    const j = isDetAt(s, i) ? i + 1 : i;
    const first = countryMod(s, j);
    if (!first || (keyAt(s, first.to) !== 'and' && keyAt(s, first.to) !== ',')) return i;
    const second = countryMod(s, first.to + 1);
    if (!second) return i;
    const body = parseBody(ctx, s, second.from);
    const title = body ? null : titled(s, second.from, false);
    if (!body && !title?.title) return i;
    const kind = body ? { sectors: body.actor.sectors, name: body.actor.name, title: null, type: 'organisation' as const }
      : { sectors: title!.title!.sectors, name: null, title: title!.titleText, type: 'person' as const };
    const one = spanActor(ctx.gaz, this.span(i, first.to), { country: first.code, sectors: kind.sectors, name: kind.name, title: kind.title, type: kind.type });
    this.push(i, one, body ? 'body' : 'title');
    if (body) {
      this.push(body.from, body.actor, body.via, body.host, body.city);
      return body.to;
    }
    const two = spanActor(ctx.gaz, this.span(second.from, title!.titleEnd), { country: second.code, sectors: kind.sectors, name: kind.name, title: kind.title, type: kind.type });
    this.push(second.from, two, 'title');
    return title!.titleEnd;
  }

  /** A capitalised run: "Name, <title>" apposition, or a name already known. */
  private named(i: number): number {
    const { s, ctx } = this;
    const ne = nameEnd(s, i);
    if (ne <= i) return i;
    // "Separately, the new ambassador …": a sentence adverb, not a name
    if (ne === i + 1 && s.tokens[ne]?.raw === ',' && /ly$/.test(s.tokens[i].raw) && s.tokens[i].start === s.tokens[0].start) return ne;
    // "appoints Oleksandr Petrenko Ambassador of Ukraine to Chile": the title follows the appointee's name
    if (APPOINT.has(keyAt(s, i - 1))) {
      const t = titled(s, ne, false);
      if (t?.title && (t.country || t.ofCode)) {
        const p = this.resolve(nameText(s.text, s.tokens, i, ne), t.country?.code ?? t.ofCode?.code ?? null, t.titleText, t.title.sectors, s.tokens[i].start, t.title.hint);
        return this.emitPerson(p, i, t.titleEnd, 'appositive', t.host);
      }
    }
    if (s.tokens[ne]?.raw === ',') {
      const app = this.titledName(ne + 1) ? null : titled(s, ne + 1, false);
      if (app && app.title && (app.country || app.ofCode || app.det || this.ofBody(app))) {
        const name = nameText(s.text, s.tokens, i, ne);
        const country = app.country?.code ?? app.ofCode?.code ?? null;
        const p = this.resolve(name, country, app.titleText, app.title.sectors, s.tokens[i].start, app.title.hint);
        return this.emitPerson(p, i, app.titleEnd, 'appositive');
      }
    }
    if (keyAt(s, ne) === 'as') {
      const end = this.asTitle(i, ne);
      if (end > 0) return end;
    }
    for (let from = i; from < ne; from++) {
      const name = nameText(s.text, s.tokens, from, ne);
      const at = s.tokens[from].start;
      const known = ctx.state.byName(name);
      if (known) return this.emitPerson(this.resolve(known.name, null, null, known.sectors, at), from, ne, 'alias');
      if (lexOf(s, from, 'seed') && s.lexEnd[from] === ne) {
        return this.emitPerson(this.resolve(name, null, null, ['GOV'], at), from, ne, 'seed');
      }
      // a lone surname from earlier articles only where it speaks ("Hasanli said")
      const lone = ne - from === 1 && name.length >= 5 && isSalient(s.tokens, from, ne, false);
      if ((ne - from >= 2 || lone) && ctx.registry.lookup(name, ctx.date)) {
        return this.emitPerson(this.resolve(name, null, null, ['GOV'], at), from, ne, 'registry');
      }
    }
    return ne;
  }

  /** "…, President of Poland Andrzej Duda": a list of titled people goes on; no apposition here. */
  private titledName(i: number): boolean {
    const t = titled(this.s, i);
    return t !== null && !t.det && t.nameFrom >= 0;
  }

  /** "Carlos Muñoz, Chairman of the Foreign Affairs Committee": a title of a named body. */
  private ofBody(t: TitledAt): boolean {
    const { s } = this;
    let j = s.lexEnd[t.det ? t.from + 1 : t.from];
    if (keyAt(s, j) !== 'of') return false;
    j++;
    if (keyAt(s, j) === 'the') j++;
    return Boolean(s.tokens[j]?.cap && lexOf(s, j, 'body'));
  }

  /** "appointed Rosa Vidal Soto as the country's ambassador to Peru". */
  private asTitle(i: number, ne: number): number {
    const { s, ctx } = this;
    let j = ne + 1;
    let country: string | null = null;
    const back = parseBackref({ ...ctx, record: false }, s, j);
    if (back?.actor && keyAt(s, back.to) === "'s") {
      country = back.actor.country;
      j = back.to + 1;
    }
    const t = titled(s, j, false);
    if (!t?.title) return -1;
    country ??= t.country?.code ?? t.ofCode?.code ?? null;
    if (!country) return -1;
    const name = nameText(s.text, s.tokens, i, ne);
    const p = this.resolve(name, country, t.titleText, t.title.sectors, s.tokens[i].start, t.title.hint);
    this.emitPerson(p, i, ne, 'appositive', t.host);
    return ne;
  }

  private pronoun(i: number): number {
    const p = this.ctx.state.pronoun(this.s.tokens[i].start);
    if (p) this.emitPerson(p, i, i + 1, 'pronoun');
    return i + 1;
  }

  /** The organisation a seat city stands for: one seated there and already named in the story. */
  private seatOf(from: number, to: number): string | null {
    const seats = this.ctx.gaz.seats.get(fold(this.span(from, to).text));
    return seats?.find((c) => this.ctx.state.namedIgo(c)) ?? null;
  }

  /** "pro-Russia rebels": skips the country word; an agent right after is of no country named so. */
  private sided(i: number): number {
    const { s } = this;
    const end = s.lexEnd[i] > i ? s.lexEnd[i] : i + 1;
    const body = lexOf(s, end, 'body');
    if (!body?.agent) return end;
    const found = parseBody(this.ctx, s, end);
    if (found) {
      this.push(found.from, found.actor, found.via, found.host, found.city);
      return found.to;
    }
    return end;
  }

  private country(i: number): number {
    const { s, ctx } = this;
    const cm = countryMod(s, i, true);
    if (!cm) return i;
    // "the Azerbaijani capital", "the Chinese port city of Qingdao": a place, not an actor
    let p = cm.to;
    while (PLACE_NOUNS.has(keyAt(s, p)) && p < cm.to + 2) p++;
    if (p > cm.to && !cm.igo) {
      const place = spanActor(ctx.gaz, this.span(i, p), { country: cm.code, sectors: [], name: ctx.gaz.countryName(cm.code), title: null, type: 'country' });
      this.push(i, place, 'place');
      return p;
    }
    // "Bosnian Serbs", "Croatian Serb refugees": a demonym of the state, then one of the people's
    // origin; the first names the country they belong to
    let end = cm.end;
    let next = cm.to;
    if (cm.via === 'demonym' && cm.to === cm.end) {
      const second = countryMod(s, cm.to);
      const people = second && (/s$/.test(s.tokens[second.end - 1]!.raw) || lexOf(s, second.to, 'body')?.agent);
      if (second && people && second.via === 'demonym' && !second.igo && second.code !== cm.code) {
        end = second.end;
        next = second.to;
      }
    }
    // "Brussels" in a story about the EU stands for the EU, not Belgium
    const seatOf = cm.capital ? this.seatOf(i, end) : null;
    if (seatOf) {
      this.push(i, spanActor(ctx.gaz, this.span(i, end), { country: seatOf, sectors: ['IGO'], name: ctx.gaz.countryName(seatOf) ?? null, title: null, type: 'igo' }), cm.via);
      return next;
    }
    const actor = spanActor(ctx.gaz, this.span(i, end), {
      country: cm.code,
      sectors: cm.capital ? ['GOV'] : cm.igo ? ['IGO'] : [],
      name: cm.igoName ?? ctx.gaz.countryName(cm.code) ?? null,
      title: null,
      type: cm.igo ? 'igo' : 'country',
    });
    this.push(i, actor, cm.via);
    return next;
  }
}


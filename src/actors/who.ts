/**
 * Who a named person is, and which country they belong to when nothing in their own phrase says.
 */
import { makeActor, pickRole, type Mention } from './build.js';
import type { ParseContext } from './parser.js';
import { fold } from './text.js';
import type { ArticlePerson } from './state.js';

/** A person whose country is still open at the end of their sentence. */
export interface Pending {
  readonly person: ArticlePerson;
  readonly at: number;
}

export interface PersonQuery {
  readonly name: string;
  readonly country: string | null;
  readonly title: string | null;
  readonly sectors: readonly string[];
  /** Offset of the mention in the article text. */
  readonly at: number;
  /** The country the title's wording implies ("External Affairs Minister" → IND). */
  readonly hint?: string;
}

/**
 * The same person earlier in this article, the seed list (by article date), the registry, the
 * title's hint, a country named earlier in the sentence. Still open: added to `pending`.
 */
export function resolvePerson(ctx: ParseContext, pending: Pending[], q: PersonQuery): ArticlePerson {
  const { state, gaz, registry, date } = ctx;
  const { name, country, title, sectors, at, hint } = q;
  const known = state.byName(name) ?? initialled(state, name);
  if (known && (!country || !known.country || known.country === country)) {
    if (!ctx.record) return known;
    const p = state.addPerson(known.name, country ?? known.country, title, title ? sectors : known.sectors);
    // named before with no country to go on: try this sentence's context again
    if (!p.country) pending.push({ person: p, at });
    return p;
  }
  const role = pickRole(gaz.seedRoles(name), date, title);
  const reg = role ? null : registry.lookup(name, date);
  const notIgo = (x: string): boolean => !gaz.isIgo(x);
  // "President Abdelaziz Bouteflicka": a known surname (or spelling) says the country, not who it is
  const words = name.split(/\s+/);
  // (only when the given names start alike: "Tomas Novak" is no kin of a seed "Katalin Novák")
  const kinRole = role || reg || words.length < 2 ? null : pickRole(gaz.seedRoles(words[words.length - 1]!), date);
  const kin = kinRole && fold(kinRole.name).charAt(0) === fold(name).charAt(0) ? kinRole : null;
  let c = country ?? role?.country ?? reg?.country ?? (kin && !gaz.isIgo(kin.country) ? kin.country : null);
  const tt = title ?? role?.title ?? reg?.title ?? null;
  const sec = title ? sectors : (role?.sectors ?? reg?.sectors ?? sectors);
  // two officials in one sentence are most often counterparts: the dateline is preferred only
  // while no one of its country is named in the sentence yet
  const home = state.dateline && !state.personHere(state.dateline, at) ? state.dateline : null;
  c ??= hint ?? state.lastCountry(at, notIgo, true, Infinity, home);
  // an initial stays as the text writes it ("S. Jaishankar": the seed gives only country and title);
  // a lone surname or a title-led alias ("King Abdullah II") takes the seed's name
  // a full name written in the article's own spelling stays so ("Abdel Fattah al-Sisi");
  // a short or title-led form ("Sisi", "King Abdullah II") takes the seed's
  const ownSpelling = role !== null && words.length === role.name.split(/\s+/).length;
  const fullName = role && !ownSpelling && !/(?:^|\s)\p{Lu}\.?\s/u.test(name) ? role.name : name;
  if (role && fullName !== role.name && ctx.record) {
    const seen = state.byName(role.name);
    if (seen && (!c || !seen.country || seen.country === c)) {
      state.respell(seen, fullName);
      return state.addPerson(fullName, c, tt, sec);
    }
  }
  if (!ctx.record) {
    c ??= state.lastCountry(at, notIgo) ?? state.dateline;
    return { name: fullName, country: c, title: tt, sectors: sec, aliases: [] };
  }
  const p = state.addPerson(fullName, c, tt, sec);
  // later short forms ("Sisi") that the seed spells out differently still find this person
  if (role && fullName !== role.name) {
    state.respell(p, role.name);
    state.respell(p, fullName);
  }
  if (!p.country) pending.push({ person: p, at });
  return p;
}

/**
 * "S. Romero Ruiz" after "Sergio Romero Ruiz": initials before a known name of this article that
 * match the person's first given name.
 */
function initialled(state: ParseContext['state'], name: string): ArticlePerson | null {
  const m = /^((?:\p{Lu}\.?\s+)+)(\S.*)$/u.exec(name);
  if (!m) return null;
  const p = state.byName(m[2]!);
  return p && fold(p.name).charAt(0) === fold(m[1]!).charAt(0) ? p : null;
}

/**
 * People whose country nothing said: the first country named after them in the sentence (not a
 * place after "in"), else one named in the last two sentences, else the dateline's, else the last
 * one named in the article. Rewrites their mentions in `out`.
 */
export function settleCountries(ctx: ParseContext, out: Mention[], placeAt: readonly boolean[], pending: readonly Pending[]): void {
  const { state, gaz } = ctx;
  const notIgo = (x: string): boolean => !gaz.isIgo(x);
  for (const { person, at } of pending) {
    if (person.country) continue;
    // "when Foreign Minister X paid a visit to Peru": the country the person goes to is not theirs
    const away = state.destinationsAfter(at);
    const ok = (x: string): boolean => notIgo(x) && !away.has(x);
    const later = out.find((m, k) => m.start > at && m.actor.type !== 'person' && m.actor.country &&
      ok(m.actor.country) && !placeAt[k]);
    const home = state.dateline && !state.personHere(state.dateline, at) ? state.dateline : null;
    person.country = later?.actor.country ?? state.lastCountry(at, ok, false, 2, home) ??
      (state.dateline && !away.has(state.dateline) ? state.dateline : null) ?? state.lastCountry(at, ok);
    if (!person.country) continue;
    for (let k = 0; k < out.length; k++) {
      const m = out[k];
      if (m.actor.type !== 'person' || m.actor.name !== person.name || m.actor.country) continue;
      const actor = makeActor(gaz, { ...m.actor, type: 'person', name: person.name, title: person.title,
        country: person.country, sectors: person.sectors, start: m.start, end: m.end });
      out[k] = Object.freeze({ ...m, actor });
    }
  }
}

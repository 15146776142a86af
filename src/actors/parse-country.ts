/**
 * Country words in a sentence: a country, its capital or demonym, a place in it ("the Azerbaijani
 * capital"), coordinated country words ("the Azerbaijani and Mongolian foreign ministries") and
 * sides taken ("pro-Russian separatists").
 */
import { spanActor } from './build.js';
import { PLACE_NOUNS, PRONOUNS } from './cues.js';
import { parseBody } from './org-patterns.js';
import type { ParseOut } from './parse-out.js';
import { titled } from './people-patterns.js';
import { nameEnd, nameText } from './names.js';
import { countryMod, isDet, keyAt, lexOf } from './phrases.js';
import { fold } from './text.js';

/** "the Azerbaijani and Mongolian foreign ministries": one body or title for each country word. */
export function coordinated(o: ParseOut, i: number): number {
  const { s, ctx } = o;
  const j = isDet(s, i) ? i + 1 : i;
  const first = countryMod(s, j);
  if (!first || (keyAt(s, first.to) !== 'and' && keyAt(s, first.to) !== ',')) return i;
  const second = countryMod(s, first.to + 1);
  if (!second) return i;
  const body = parseBody(ctx, s, second.from);
  const title = body ? null : titled(s, second.from, false);
  if (!body && !title?.title) return i;
  const kind = body ? { sectors: body.actor.sectors, name: body.actor.name, title: null, type: 'organisation' as const }
    : { sectors: title!.title!.sectors, name: null, title: title!.titleText, type: 'person' as const };
  const one = spanActor(ctx.gaz, o.span(i, first.to), { country: first.code, sectors: kind.sectors, name: kind.name, title: kind.title, type: kind.type });
  o.push(i, one, body ? 'body' : 'title');
  if (body) {
    o.push(body.from, body.actor, body.via, body.host, body.city);
    return body.to;
  }
  const two = spanActor(ctx.gaz, o.span(second.from, title!.titleEnd), { country: second.code, sectors: kind.sectors, name: kind.name, title: kind.title, type: kind.type });
  o.push(second.from, two, 'title');
  return title!.titleEnd;
}

/** The organisation a seat city stands for: one seated there and already named in the story. */
function seatOf(o: ParseOut, from: number, to: number): string | null {
  const seats = o.ctx.gaz.seats.get(fold(o.span(from, to).text));
  return seats?.find((c) => o.ctx.state.namedIgo(c)) ?? null;
}

/** "pro-Russia rebels": skips the country word; an agent right after is of no country named so. */
export function sided(o: ParseOut, i: number): number {
  const { s } = o;
  const end = s.lexEnd[i] > i ? s.lexEnd[i] : i + 1;
  const body = lexOf(s, end, 'body');
  if (!body?.agent) return end;
  const found = parseBody(o.ctx, s, end);
  if (found) {
    o.push(found.from, found.actor, found.via, found.host, found.city);
    return found.to;
  }
  return end;
}

/** A country word at token `i` (country, capital, demonym, organisation); returns the token after it, or `i` for none. */
export function country(o: ParseOut, i: number): number {
  const { s, ctx } = o;
  const cm = countryMod(s, i, true);
  if (!cm) return i;
  // "the Azerbaijani capital", "the Chinese port city of Qingdao": a place, not an actor
  let p = cm.to;
  while (PLACE_NOUNS.has(keyAt(s, p)) && p < cm.to + 2) p++;
  if (p > cm.to && !cm.igo) {
    const place = spanActor(ctx.gaz, o.span(i, p), { country: cm.code, sectors: [], name: ctx.gaz.countryName(cm.code), title: null, type: 'country' });
    o.push(i, place, 'place');
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
  const seat = cm.capital ? seatOf(o, i, end) : null;
  if (seat) {
    o.push(i, spanActor(ctx.gaz, o.span(i, end), { country: seat, sectors: ['IGO'], name: ctx.gaz.countryName(seat) ?? null, title: null, type: 'igo' }), cm.via);
    return next;
  }
  const actor = spanActor(ctx.gaz, o.span(i, end), {
    country: cm.code,
    sectors: cm.capital ? ['GOV'] : cm.igo ? ['IGO'] : [],
    name: cm.igoName ?? ctx.gaz.countryName(cm.code) ?? null,
    title: null,
    type: cm.igo ? 'igo' : 'country',
  });
  // "a Chinese battery maker": the demonym describes a thing of no role in the dictionaries
  const t = s.tokens[next];
  const thing = cm.via === 'demonym' && !!t && t.word && !t.cap && s.lexAt[next]!.length === 0 && !PRONOUNS.has(t.key);
  // a match report: "Ruritania beat Freedonia 2-1", "Ruritania fly home on Monday" name the national team
  const team = ctx.state.register.sports && !cm.capital && !cm.igo && (cm.via === 'name' || cm.via === 'possessive');
  // "Thailand's Somchai Jaidee said": a name of no title owned by the country is its person
  const named = cm.via === 'possessive' && !team && !cm.igo && !cm.capital ? possessedName(o, next) : -1;
  o.push(i, actor, team ? 'team' : cm.via, undefined, undefined, thing || named > 0);
  if (named > 0) {
    const p = o.resolve(nameText(s.text, s.tokens, next, named), cm.code, null, [], s.tokens[next]!.start);
    return o.emitPerson(p, next, named, 'named');
  }
  return next;
}

/** Last words of a capitalised run that make it a firm, a body or a thing rather than a person. */
const NOT_PERSON = new Set([
  'asa', 'ab', 'as', 'sa', 'ag', 'plc', 'ltd', 'inc', 'corp', 'group', 'holdings', 'bank', 'airlines', 'airways', 'energy',
  'party', 'forces', 'army', 'navy', 'council', 'agency', 'fund', 'institute', 'university', 'foundation', 'association',
  'initiative', 'road', 'project', 'cup', 'league', 'company', 'corporation', 'motors', 'oil', 'gas', 'power', 'news',
  'times', 'post', 'television', 'radio', 'telecom', 'mining', 'resources', 'partners', 'capital', 'fc', 'united', 'city',
]);
/** Words after which a name stands as a subject, object or list member. */
const AFTER_NAME = new Set([',', 'and', 'said', 'says', 'told', 'met', 'meets', 'added', 'noted', 'was', 'is', 'has', 'had', 'will', 'would', '.', 'who', 'held', 'signed', 'visited', 'called', 'spoke', 'urged', 'welcomed', 'announced']);

/**
 * "Thailand's Somchai Jaidee said …", "… and Cambodia's Prak Sokhonn": two to four capitalised
 * name words with no title, body or country word among them, then a verb, comma or "and".
 * Returns the end of the name, or -1.
 */
function possessedName(o: ParseOut, from: number): number {
  const { s } = o;
  const ne = nameEnd(s, from);
  if (ne - from < 2 || ne - from > 4) return -1;
  for (let k = from; k < ne; k++) {
    if (s.lexAt[k]!.length > 0 || !s.tokens[k]!.cap && !s.tokens[k]!.glued) return -1;
  }
  if (NOT_PERSON.has(keyAt(s, ne - 1))) return -1;
  // a company the story names elsewhere ("Tamarind Power chief executive …")
  const firms = o.ctx.state.register.firms;
  if (firms.has(fold(s.tokens[from]!.raw)) || firms.has(fold(s.text.slice(s.tokens[from]!.start, s.tokens[ne - 1]!.end)))) return -1;
  return AFTER_NAME.has(keyAt(s, ne)) ? ne : -1;
}

/** "a UK-based charity", "a Paris-headquartered firm": the country word names a home, not a party. */
const HOMED = new Set(['based', 'headquartered', 'registered', 'owned', 'incorporated']);
/** "Chinese-made drones", "the Canadian-born minister": an origin, not a party. */
const ORIGIN = new Set(['born', 'made', 'built', 'manufactured', 'designed', 'bred', 'educated', 'trained']);
/** "an Iran-backed militia": whom a group is backed by is not whose it is (like "pro-"). */
const BACKED = new Set(['backed', 'sponsored', 'funded', 'supported', 'armed', 'aligned', 'allied', 'inspired']);
/** "Russian-speaking residents", "a French-language paper": a language, not the state. */
const SPOKEN = new Set(['speaking', 'language', 'speakers']);
/** "the Israeli-occupied West Bank", "Russian-annexed Crimea": the place after is the territory. */
const HELD = new Set(['occupied', 'annexed', 'controlled', 'held', 'administered', 'ruled', 'dominated']);

/**
 * A country word (or city) glued by a hyphen to a participle that makes it a modifier of what
 * follows: "UK-based", "Russian-annexed", "Chinese-made". The country word makes no mention of its
 * own; an agent right after a home word ("a London-based charity") takes that country as its home.
 * Returns the token after what it consumed, or `i` when the pattern does not apply.
 */
export function compound(o: ParseOut, i: number): number {
  const { s, ctx } = o;
  const end = s.lexEnd[i]! > i ? s.lexEnd[i]! : i + 1;
  if (keyAt(s, end) !== '-' || !s.tokens[end]!.glued) return i;
  const part = keyAt(s, end + 1);
  const homed = HOMED.has(part);
  const backed = BACKED.has(part);
  if (!homed && !backed && !ORIGIN.has(part) && !HELD.has(part) && !SPOKEN.has(part)) return i;
  const cm = countryMod(s, i, true);
  // "a Geneva-based group": a listed city names its country
  const code = cm && cm.end === end ? cm.code : !cm && s.tokens[i]!.cap ? ctx.gaz.cityCountry(o.span(i, end).text) : null;
  if (!code) return i;
  const after = end + 2;
  if (backed) return sided(o, end + 1);
  if (!homed) return after;
  const body = lexOf(s, after, 'body');
  if (!body || body.country) return after;
  const found = parseBody(ctx, s, after);
  if (!found || found.actor.type === 'person') return after;
  // "a Syria-based al-Qaeda affiliate": a named group keeps its own code
  if (/\p{Lu}/u.test(o.span(after, found.to).text)) {
    o.push(found.from, found.actor, found.via, found.host, found.city);
    return found.to;
  }
  const actor = spanActor(ctx.gaz, o.span(i, found.to), {
    country: code,
    sectors: cm?.igo ? [] : found.actor.sectors,
    name: found.actor.name,
    title: found.actor.title,
    type: found.actor.type ?? 'organisation',
  });
  o.push(i, actor, 'body', found.host, found.city);
  return found.to;
}

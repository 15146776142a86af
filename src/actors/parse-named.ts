/**
 * People met by name in a sentence: "Name, <title>" and "Name as <title>" appositions, the
 * appointee of "appointed X Ambassador of Y", and names already known from the article, the
 * seed list or earlier articles.
 */
import { isSalient } from './cues.js';
import { nameEnd, nameText } from './names.js';
import { parseBackref } from './org-patterns.js';
import type { ParseOut } from './parse-out.js';
import { titledName } from './parse-titled.js';
import { titled, type TitledAt } from './people-patterns.js';
import { keyAt, lexOf } from './phrases.js';
import type { ArticlePerson } from './state.js';
import { fold } from './text.js';

/** Verbs after which a name is followed by the title given ("appointed X Ambassador of Y"). */
const APPOINT = new Set(['appoint', 'appoints', 'appointed', 'name', 'names', 'named', 'nominate', 'nominates', 'nominated']);

/** A capitalised run at token `i`: "Name, <title>" apposition, or a name already known. Returns the token after it. */
export function namedPerson(o: ParseOut, i: number): number {
  const { s, ctx } = o;
  const ne = nameEnd(s, i);
  if (ne <= i) return i;
  // "Separately, the new ambassador …": a sentence adverb, not a name
  if (ne === i + 1 && s.tokens[ne]?.raw === ',' && /ly$/.test(s.tokens[i].raw) && s.tokens[i].start === s.tokens[0].start) return ne;
  // "appoints Oleksandr Petrenko Ambassador of Ukraine to Chile": the title follows the appointee's name
  if (APPOINT.has(keyAt(s, i - 1))) {
    const t = titled(s, ne, false);
    if (t?.title && (t.country || t.ofCode)) {
      const p = o.resolve(nameText(s.text, s.tokens, i, ne), t.country?.code ?? t.ofCode?.code ?? null, t.titleText, t.title.sectors, s.tokens[i].start, t.title.hint);
      return o.emitPerson(p, i, t.titleEnd, 'appositive', t.host);
    }
  }
  if (s.tokens[ne]?.raw === ',') {
    const app = titledName(o, ne + 1) ? null : titled(s, ne + 1, false);
    if (app && app.title && (app.country || app.ofCode || app.det || ofBody(o, app) || closed(o, app))) {
      const name = nameText(s.text, s.tokens, i, ne);
      const country = app.country?.code ?? app.ofCode?.code ?? null;
      const p = o.resolve(name, country, app.titleText, app.title.sectors, s.tokens[i].start, app.title.hint);
      return o.emitPerson(p, i, app.titleEnd, 'appositive');
    }
  }
  if (keyAt(s, ne) === 'as') {
    const end = asTitle(o, i, ne);
    if (end > 0) return end;
  }
  for (let from = i; from < ne; from++) {
    const name = nameText(s.text, s.tokens, from, ne);
    const at = s.tokens[from].start;
    const known = ctx.state.byName(name);
    if (known) return o.emitPerson(o.resolve(known.name, null, null, known.sectors, at), from, ne, 'alias');
    if (lexOf(s, from, 'seed') && s.lexEnd[from] === ne) {
      const p = o.resolve(name, null, null, ['GOV'], at);
      return o.emitPerson(p, from, aliasTail(o, p, from, ne), 'seed');
    }
    // a lone surname from earlier articles only where it speaks ("Hasanli said")
    const lone = ne - from === 1 && name.length >= 5 && isSalient(s.tokens, from, ne, false);
    if ((ne - from >= 2 || lone) && ctx.registry.lookup(name, ctx.date)) {
      return o.emitPerson(o.resolve(name, null, null, ['GOV'], at), from, ne, 'registry');
    }
  }
  return ne;
}

/**
 * "Emir Tamim bin Hamad Al Thani": a title-led alias ("Emir Tamim") that the text goes on to
 * name in full; the full name, as the article spells it, becomes the person's. Returns the end.
 */
function aliasTail(o: ParseOut, p: ArticlePerson, from: number, ne: number): number {
  const { s } = o;
  const lead = s.tokens[from]!.key;
  if (ne - from < 2 || p.name.split(/\s+/).some((w) => fold(w) === lead)) return ne;
  const end = nameEnd(s, from + 1);
  if (end <= ne) return ne;
  if (o.ctx.record) o.ctx.state.respell(p, nameText(s.text, s.tokens, from + 1, end));
  return end;
}

/**
 * "Ana Ruiz, then trade minister, flew …", "Obituary: Ana Ruiz, envoy who …": a bare title
 * apposition that ends where the name's clause goes on (a comma, "who"), not a list of names.
 */
function closed(o: ParseOut, t: TitledAt): boolean {
  const k = o.s.tokens[t.titleEnd];
  return k !== undefined && (k.raw === ',' || k.key === 'who') && !titledName(o, t.titleEnd + 1);
}

/** "Carlos Muñoz, Chairman of the Foreign Affairs Committee": a title of a named body. */
function ofBody(o: ParseOut, t: TitledAt): boolean {
  const { s } = o;
  let j = s.lexEnd[t.det ? t.from + 1 : t.from];
  if (keyAt(s, j) !== 'of') return false;
  j++;
  if (keyAt(s, j) === 'the') j++;
  return Boolean(s.tokens[j]?.cap && lexOf(s, j, 'body'));
}

/** "appointed Rosa Vidal Soto as the country's ambassador to Peru". */
function asTitle(o: ParseOut, i: number, ne: number): number {
  const { s } = o;
  let j = ne + 1;
  let country: string | null = null;
  const back = parseBackref(o.quiet, s, j);
  if (back?.actor && keyAt(s, back.to) === "'s") {
    country = back.actor.country;
    j = back.to + 1;
  }
  const t = titled(s, j, false);
  if (!t?.title) return -1;
  country ??= t.country?.code ?? t.ofCode?.code ?? null;
  if (!country) return -1;
  const name = nameText(s.text, s.tokens, i, ne);
  const p = o.resolve(name, country, t.titleText, t.title.sectors, s.tokens[i].start, t.title.hint);
  o.emitPerson(p, i, ne, 'appositive', t.host);
  return ne;
}

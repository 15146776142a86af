/**
 * Titled people in a sentence: "Georgia's Foreign Minister Nino Beradze", "his counterpart",
 * "the minister", "Azerbaijan's Foreign Minister" with no name.
 */
import { spanActor } from './build.js';
import { pronounGender } from './cues.js';
import { nameText } from './names.js';
import type { ParseOut } from './parse-out.js';
import { titled, qualified, type TitledAt } from './people-patterns.js';
import { countryMod, keyAt, lexOf, ofPhrase } from './phrases.js';
import type { ArticlePerson } from './state.js';

/**
 * The person a title pattern `t0` found; `given` is a country already known (a back-reference's),
 * `from` where the mention starts. Returns the token after the mention (or `from` for none).
 */
export function titledPerson(o: ParseOut, t0: TitledAt, given: string | null = null, from = t0.from): number {
  const { s, ctx } = o;
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
    // "X, then defence minister, met his Chilean counterpart": X, guessed Chilean from the context, is not
    if (ref && country && ref.country === country && t.country && ctx.record && o.guessed(ref)) {
      const home = ctx.state.dateline !== country ? ctx.state.dateline : null;
      o.recountry(ref, home ?? ctx.state.lastCountry(at, (c) => c !== country && !ctx.gaz.isIgo(c)));
    }
    country ??= ctx.state.lastCountry(at, (c) => c !== ref?.country && !ctx.gaz.isIgo(c));
  }
  if (!country && !t.counterpart && (t.det === 'his' || t.det === 'her' || t.det === 'their')) {
    // "Guterres … his spokesman Stephane Dujarric": the possessor's country
    country = ctx.state.pronoun(at, pronounGender(t.det))?.country ?? null;
  }
  if (t.nameFrom >= 0) {
    // "Ministry spokesman X", "Embassy spokeswoman Y": the body named just before the title
    if (!country && !t.det) country = bodyBefore(o, t.from, at);
    const name = nameText(s.text, s.tokens, t.nameFrom, t.nameTo);
    let end = t.to;
    const after = country ? null : ofPhrase(s, end);
    if (after && !after.igo) {
      country = after.code;
      end = after.to;
    }
    // "Ambassador Tesfaye Alemu, Minister of State of Foreign Affairs of Ethiopia": the apposition says more
    const app = s.tokens[end]?.raw === ',' && !after && !titledName(o, end + 1) ? titled(s, end + 1, false) : null;
    if (app?.title && (app.country || app.ofCode) && (!country || country === (app.country?.code ?? app.ofCode?.code))) {
      country = app.country?.code ?? app.ofCode?.code ?? null;
      title = app.titleText;
      sectors = app.title.sectors;
      end = app.titleEnd;
    }
    const p = o.resolve(name, country, title, sectors, at, t.title?.hint);
    const via = t.counterpart ? 'counterpart' : 'title';
    // "condemned that President Mugabe": "that" is a conjunction here, not part of the name
    const from = t.det === 'that' || t.det === 'this' ? t.from + 1 : t.from;
    return o.emitPerson(p, from, end, via, t.host ?? app?.host);
  }
  if (t.counterpart && !t.country) {
    // "Colleagues say …": no possessor, no one's counterpart in particular
    if (!t.det) return t.titleEnd;
    // "Hasanli briefed his counterpart": the last person of another country
    const ref = ctx.state.pronoun(at);
    const other = ref && ctx.state.people.slice().reverse().find((p) => p !== ref && p.country && p.country !== ref.country);
    if (other) return o.emitPerson(other, t.from, t.titleEnd, 'counterpart');
    return t.titleEnd;
  }
  if (t.det === 'the' && t.desc && !t.country && !t.ofCode) {
    if (t.desc.fits === null) return t.titleEnd;
    // "met the host, Chilean President X": the apposition that follows names the person
    if (s.tokens[t.titleEnd]?.raw === ',' && titledName(o, t.titleEnd + 1)) return t.titleEnd;
    // a description rarely means someone already named in its own sentence ("Iyer thanked the minister")
    const p = ctx.state.lastPerson(at, t.desc.fits, true, undefined, true) ??
      (t.desc.fits === 'diplomat' ? ctx.state.lastPerson(at, 'minister', true, undefined, true) : null);
    if (p) return o.emitPerson(p, t.from, t.titleEnd, 'description');
    return t.titleEnd;
  }
  if (!country && !given && t.det === 'the' && title && !t.counterpart && !pluralHead(o, t)) {
    // "the Minister of Overseas Affairs met …": the one person named with that title
    const only = onlyTitled(o, title);
    if (only) return o.emitPerson(only, t.from, t.titleEnd, 'description');
  }
  if ((!given && !qualified(s, t)) || (!country && !t.counterpart)) return t.from;
  // "Azerbaijan's Foreign Minister" without a name: the person already named with that role
  const same = ctx.state.people.find((p) => p.country === country && p.title === title) ??
    (t.det === 'the' && t.desc?.fits && country ? ctx.state.lastPerson(at, t.desc.fits, true, country) : null);
  if (same) return o.emitPerson(same, t.from, t.titleEnd, 'title');
  const actor = spanActor(ctx.gaz, o.span(t.from, t.titleEnd), { country, sectors, name: null, title, type: 'person' });
  o.push(t.from, actor, t.counterpart ? 'counterpart' : 'title', t.host?.code);
  return t.titleEnd;
}

/** The title's head word (before "of", else its last word) is a plural ("Ambassadors of …", "the Chancellors"). */
function pluralHead(o: ParseOut, t: TitledAt): boolean {
  const { tokens } = o.s;
  let k = t.from + 1;
  while (k < t.titleEnd && tokens[k]!.key !== 'of') k++;
  const head = tokens[k - 1]!.key;
  return head.length > 3 && head.endsWith('s') && !head.endsWith('ss') && !(t.titleText ?? '').endsWith(head);
}

/** The only person of the article so far with this title (null when none or several). */
function onlyTitled(o: ParseOut, title: string): ArticlePerson | null {
  let found: ArticlePerson | null = null;
  for (const p of o.ctx.state.people) {
    if (p.title !== title) continue;
    if (found) return null;
    found = p;
  }
  return found;
}

/**
 * The country of a bare body word right before a title ("Ministry spokesman", "Embassy official"):
 * the one just read as a mention, else the last body of that kind named in the article.
 */
function bodyBefore(o: ParseOut, from: number, at: number): string | null {
  const { s, ctx } = o;
  const k = from - 1;
  const body = lexOf(s, k, 'body');
  if (!body || s.lexEnd[k] !== from || countryMod(s, k - 1)) return null;
  const last = o.out[o.out.length - 1];
  if (last && last.start === s.tokens[k]!.start && last.actor.type === 'organisation' && last.actor.country) return last.actor.country;
  if (body.name === 'embassy') return ctx.state.lastBody(at, 'embassy');
  return keyAt(s, k) === 'ministry' ? ctx.state.lastBody(at, 'foreign ministry') : null;
}

/** "…, President of Poland Andrzej Duda": a list of titled people goes on; no apposition here. */
export function titledName(o: ParseOut, i: number): boolean {
  const t = titled(o.s, i);
  return t !== null && !t.det && t.nameFrom >= 0;
}

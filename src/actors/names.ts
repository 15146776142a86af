/**
 * Person names: runs of capitalised words with particles (bin, al-, de, van), initials
 * ("K Raman Pillai", "K. Raman Pillai") and hyphenated parts ("Hong Gil-dong").
 */
import type { Lex } from './lexicon.js';
import type { Token } from './text.js';

/** What a name scan needs to know about the sentence. */
export interface NameContext {
  readonly tokens: readonly Token[];
  /** Dictionary meanings of the phrase starting at each token (empty when none). */
  readonly lexAt: readonly (readonly Lex[])[];
  /** Token index one past the phrase starting at each token. */
  readonly lexEnd: readonly number[];
  readonly stopwords: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
}

const HONORIFICS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'h.e.', 'sheikh', 'madam', 'mister', 'honourable',
  'honorable', 'sayyid', 'sayed', 'shaikh', 'sheikha',
]);
/** Styles of address after "His"/"Her" ("His Excellency", "Her Highness", "His Majesty"). */
const STYLES = new Set(['excellency', 'highness', 'majesty']);
/** Abbreviated titles that are honorifics only with their full stop ("Amb. X", "Rt. Hon. Y", "Engr. Z"). */
const DOTTED = new Set(['hon', 'amb', 'engr', 'eng', 'rt', 'sen', 'gen', 'rev', 'arch', 'atty', 'cllr']);
const MAX_WORDS = 6;
const SUFFIX = /^(?:II|III|IV|VI|VII|VIII|Jr\.?|Sr\.?)$/;

function blocks(ctx: NameContext, i: number): boolean {
  const lex = ctx.lexAt[i];
  return lex.length > 0 && lex.some((l) => l.k !== 'seed' && !(l.k === 'body' && l.needsModifier));
}

function isWordPart(ctx: NameContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  return t.word && t.cap && !ctx.stopwords.has(t.key) && !blocks(ctx, i);
}

/** "In-sun", "Il-sung": a capitalised given-name half that is also a stopword, glued by a hyphen to a lower-case half. */
function hyphenGiven(ctx: NameContext, j: number): boolean {
  const [t, dash, rest] = [ctx.tokens[j], ctx.tokens[j + 1], ctx.tokens[j + 2]];
  return Boolean(t?.word && t.cap && dash?.raw === '-' && dash.glued && rest?.glued && rest.word && !rest.cap);
}

/** Skips honorifics ("Mr.", "Dr", "H.E.") before a name; returns the first token of the name. */
export function skipHonorifics(ctx: NameContext, i: number): number {
  const { tokens } = ctx;
  while (i < tokens.length) {
    const k = tokens[i].key;
    if (HONORIFICS.has(k)) i++;
    else if ((k === 'mr' || k === 'mrs' || k === 'ms' || k === 'dr') && tokens[i + 1]?.raw === '.') i += 2;
    else if (DOTTED.has(k) && tokens[i + 1]?.raw === '.' && tokens[i + 2]?.cap) i += 2;
    else if (k === 'his' || k === 'her') {
      if (STYLES.has(tokens[i + 1]?.key ?? '')) i += 2;
      else break;
    } else break;
    if (tokens[i]?.raw === '.') i++;
  }
  return i;
}

/** A hyphen glued to the token before `j` and to a word after it ("-woo" in "Jin-woo"). */
function gluedTail(tokens: readonly Token[], j: number): boolean {
  const dash = tokens[j];
  return dash !== undefined && dash.raw === '-' && dash.glued && Boolean(tokens[j + 1]?.glued && tokens[j + 1]!.word);
}

/**
 * The end (exclusive) of a person name starting at token `i`, or -1. A seed name starting
 * there is taken whole.
 */
export function nameEnd(ctx: NameContext, i: number): number {
  const { tokens } = ctx;
  if (i >= tokens.length) return -1;
  // (a seed name is no prefix of a longer hyphenated one: "Han Seo" in "Han Seo-yeon")
  if (ctx.lexAt[i].some((l) => l.k === 'seed') && !gluedTail(tokens, ctx.lexEnd[i])) return ctx.lexEnd[i];
  let j = i;
  let words = 0;
  let lastGood = -1;
  while (j < tokens.length && words < MAX_WORDS) {
    const t = tokens[j];
    if (words > 0 && (SUFFIX.test(t.raw) || (t.raw === 'Jr' && tokens[j + 1]?.raw === '.'))) {
      lastGood = j + (t.raw === 'Jr' && tokens[j + 1]?.raw === '.' ? 2 : 1); // King Abdullah II, Marcos Jr.
      break;
    }
    if ((isWordPart(ctx, j) || (words > 0 && hyphenGiven(ctx, j))) && (t.raw.length > 1 || words > 0 || !/^\p{Lu}$/u.test(t.raw) || isWordPart(ctx, j + 1))) {
      words++;
      j++;
      lastGood = j;
      // glued parts: Tae-yul, O'Brien, al-Sabah
      while (j + 1 < tokens.length && (tokens[j].raw === '-' || tokens[j].raw === "'" || tokens[j].raw === '’') &&
        tokens[j].glued && tokens[j + 1].glued && tokens[j + 1].word) {
        j += 2;
        lastGood = j;
      }
      continue;
    }
    if (/^\p{Lu}\.?$/u.test(t.raw) && words < MAX_WORDS - 1 && tokens[j + 1] && isWordPart(ctx, j + 1)) {
      j++; // an initial
      continue;
    }
    if (/^\p{Lu}$/u.test(t.raw) && tokens[j + 1]?.raw === '.' && tokens[j + 2] && isWordPart(ctx, j + 2)) {
      j += 2;
      continue;
    }
    if (!t.cap && ctx.particles.has(t.key) && words > 0) {
      // de, de la, van der, bin, al-
      let n = j;
      while (n < tokens.length && !tokens[n].cap && ctx.particles.has(tokens[n].key)) n += tokens[n + 1]?.raw === '-' ? 2 : 1;
      if (tokens[n] && isWordPart(ctx, n)) {
        j = n;
        continue;
      }
    }
    if (t.cap && ctx.particles.has(t.key) && words === 0 && tokens[j + 1]) {
      const n = tokens[j + 1].raw === '-' ? j + 2 : j + 1;
      if (tokens[n] && isWordPart(ctx, n)) {
        j = n; // Al-Sabah, De Gaulle, Van Rompuy
        continue;
      }
    }
    break;
  }
  return lastGood;
}

/** The text of a name between two token indexes, joined as written. */
export function nameText(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from].start, tokens[to - 1].end).replace(/\s+/g, ' ');
}

/** Short forms a later sentence may use: the surname, the last two words, other words. */
export function aliasesOf(name: string, particles: ReadonlySet<string>): { strong: string[]; weak: string[] } {
  const words = name.split(/\s+/).filter((w) => !/^\p{Lu}\.?$/u.test(w) && !particles.has(w.toLowerCase()) && !SUFFIX.test(w));
  if (words.length === 1 && words[0] !== name) return { strong: words, weak: [] };
  if (words.length <= 1) return { strong: [], weak: [] };
  const strong = [words[words.length - 1]];
  if (words.length >= 3) strong.push(words.slice(-2).join(' '));
  if (words.length < name.split(/\s+/).length) strong.push(words.join(' '));
  const weak = words.slice(0, -1);
  return { strong, weak };
}

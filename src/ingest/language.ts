/**
 * A small language detector: script first (Cyrillic, Arabic, CJK…), then stop-word counts for
 * Latin-script languages. Good enough to tell English news from other languages; returns `und`
 * for too little text.
 */

const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'by', 'at', 'from', 'his', 'have', 'has', 'are', 'be', 'this', 'which', 'said', 'it', 'its', 'were', 'an', 'will', 'their', 'between'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'du', 'une', 'dans', 'que', 'pour', 'qui', 'sur', 'au', 'avec', 'par', 'pas', 'ont', 'aux', 'ces', 'été', 'entre', 'sont', 'leur', 'cette'],
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'por', 'con', 'una', 'para', 'se', 'su', 'es', 'al', 'como', 'más', 'entre', 'sus', 'fue', 'han', 'este', 'esta', 'sobre', 'también'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'que', 'em', 'para', 'com', 'uma', 'não', 'no', 'na', 'ao', 'pelo', 'pela', 'foi', 'são', 'entre', 'seu', 'sua', 'também'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'sich', 'auf', 'für', 'im', 'dem', 'auch', 'wird', 'hat', 'werden', 'zwischen', 'nach', 'bei'],
  it: ['il', 'di', 'che', 'della', 'per', 'non', 'gli', 'delle', 'con', 'del', 'una', 'sono', 'alla', 'nel', 'dei', 'anche', 'tra', 'ha', 'questo', 'dalla', 'essere', 'più', 'sul'],
  nl: ['de', 'het', 'een', 'en', 'van', 'dat', 'niet', 'zijn', 'op', 'voor', 'met', 'ook', 'aan', 'werd', 'wordt', 'naar', 'bij', 'tussen', 'heeft', 'hebben', 'deze', 'uit'],
  tr: ['ve', 'bir', 'bu', 'ile', 'için', 'da', 'de', 'olarak', 'olan', 'daha', 'arasında', 'gibi', 'çok', 'ise', 'kadar', 'sonra', 'ancak', 'dedi', 'tarafından', 'ilgili'],
  az: ['və', 'bir', 'bu', 'ilə', 'üçün', 'da', 'də', 'olaraq', 'olan', 'daha', 'arasında', 'kimi', 'çox', 'isə', 'qədər', 'sonra', 'lakin', 'deyib', 'tərəfindən', 'ölkə'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'dalam', 'tidak', 'akan', 'pada', 'juga', 'ke', 'karena', 'adalah', 'oleh', 'antara', 'telah', 'kedua'],
  pl: ['i', 'w', 'się', 'nie', 'na', 'z', 'że', 'do', 'jest', 'to', 'jak', 'ale', 'po', 'dla', 'przez', 'od', 'oraz', 'są', 'tym', 'między'],
  sv: ['och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'inte', 'om', 'ett', 'var', 'men', 'mellan', 'från'],
};

const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['ru', /\p{Script=Cyrillic}/u], ['ar', /\p{Script=Arabic}/u], ['zh', /\p{Script=Han}/u],
  ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u], ['ko', /\p{Script=Hangul}/u], ['el', /\p{Script=Greek}/u],
  ['he', /\p{Script=Hebrew}/u], ['hi', /\p{Script=Devanagari}/u], ['th', /\p{Script=Thai}/u],
  ['ka', /\p{Script=Georgian}/u], ['hy', /\p{Script=Armenian}/u],
];

/** Stop word → the languages it belongs to. */
const WORD_LANGS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) m.set(w, [...(m.get(w) ?? []), lang]);
  return m;
})();

const LETTER = /^\p{L}$/u;
const LATIN = /^\p{Script=Latin}$/u;

/**
 * Letters (\p{L}) and Latin-script characters in `s`, counted per code point without building
 * match arrays: ASCII is decided inline, other characters by the Unicode property regexes.
 */
function letterCounts(s: string): [letters: number, latin: number] {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { letters++; latin++; }
      continue;
    }
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    if (LETTER.test(ch)) letters++;
    if (LATIN.test(ch)) latin++;
  }
  return [letters, latin];
}

/** The BCP-47 code of the main language of a text (`en`, `fr`, `ru`…), or `und`. */
export function detectLanguage(text: string): string {
  const sample = text.length > 6000 ? text.slice(0, 6000) : text;
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0;
  const [letters, latin] = letterCounts(sample);
  if (letters < 20) return 'und';
  if (latin < letters / 2) {
    let best = 'und';
    let most = 0;
    for (const [lang, re] of SCRIPTS) {
      const n = count(new RegExp(re.source, 'gu'));
      if (n > most) { best = lang; most = n; }
    }
    return best;
  }
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < 5) return 'und';
  const scores = new Map<string, number>();
  for (const w of words) for (const lang of WORD_LANGS.get(w) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return 'und';
  const [lang, score] = ranked[0];
  return score >= Math.max(2, words.length * 0.05) ? lang : 'und';
}

/** A display name for the languages this detector reports. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English', fr: 'French', es: 'Spanish', pt: 'Portuguese', de: 'German', it: 'Italian', nl: 'Dutch',
  tr: 'Turkish', az: 'Azerbaijani', id: 'Indonesian', pl: 'Polish', sv: 'Swedish', ru: 'Cyrillic-script (Russian or other)',
  ar: 'Arabic-script', zh: 'Chinese', ja: 'Japanese', ko: 'Korean', el: 'Greek', he: 'Hebrew', hi: 'Devanagari-script',
  th: 'Thai', ka: 'Georgian', hy: 'Armenian',
};

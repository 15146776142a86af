/** One meaningful line of a PETRARCH dictionary file: comments stripped, with its 1-based line number. */
export interface DictLine {
  readonly text: string;
  /** True when the line started with a tab or spaces (actor date restrictions are indented). */
  readonly indented: boolean;
  readonly line: number;
}

/**
 * Splits a PETRARCH/TABARI dictionary into lines without `#` comments, `<!-- … -->` blocks,
 * `; comment` tails (actor files), blank lines and the `~~FINISH` marker.
 */
export function dictLines(text: string, opts: { readonly semicolonComments?: boolean } = {}): DictLine[] {
  const out: DictLine[] = [];
  let inXmlComment = false;
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    let s = raw[i]!;
    if (inXmlComment) {
      const close = s.indexOf('-->');
      if (close < 0) continue;
      s = s.slice(close + 3);
      inXmlComment = false;
    }
    for (let open = s.indexOf('<!--'); open >= 0; open = s.indexOf('<!--')) {
      const close = s.indexOf('-->', open + 4);
      if (close < 0) { s = s.slice(0, open); inXmlComment = true; break; }
      s = s.slice(0, open) + s.slice(close + 3);
    }
    const hash = s.indexOf('#');
    if (hash >= 0) s = s.slice(0, hash);
    if (opts.semicolonComments) {
      const semi = s.indexOf(';');
      if (semi >= 0) s = s.slice(0, semi);
    }
    if (!s.trim() || s.trim().startsWith('~~')) continue;
    out.push({ text: s.trim(), indented: /^[\t ]/.test(s), line: i + 1 });
  }
  return out;
}

/** Phrase words of a dictionary entry: `ARNOR_`, `HAMAS WING`, `PRESIDENT_GEORGE_W._BUSH` → upper-case words. */
export function phraseWords(phrase: string): string[] {
  return phrase.replace(/_/g, ' ').trim().split(/\s+/).filter(Boolean).map((w) => w.toUpperCase());
}

/** Regular English plural of an upper-case word, PETRARCH's way: +S, Y→IES, SS→ES. */
export function regularPlural(word: string): string {
  if (/[^AEIOU]Y$/.test(word)) return `${word.slice(0, -1)}IES`;
  if (/(SS|SH|CH|X)$/.test(word)) return `${word}ES`;
  return `${word}S`;
}

/** Normalises a text token for dictionary comparison: upper case, curly quotes and dashes made plain. */
export function normWord(token: string): string {
  return token.toUpperCase().replace(/[\u2019\u2018]/g, "'").replace(/[\u2013\u2014]/g, '-');
}

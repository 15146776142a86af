/**
 * Text helpers for actor matching: folding to match keys, repairing mangled encodings, and a
 * small tokenizer whose offsets point into the original text.
 */

/** One token of a sentence. `key` is the folded form used for dictionary look-ups. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token as it is written (after encoding repair, so it may differ from the text). */
  readonly raw: string;
  readonly key: string;
  /** Word (letters/digits), or punctuation. */
  readonly word: boolean;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** No white space between this token and the previous one. */
  readonly glued: boolean;
}

const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i', ð: 'd', þ: 'th',
};

function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

/** Lower case, accents removed, typographic apostrophes made plain. */
export function fold(s: string): string {
  if (isPlainAscii(s)) return s.toLowerCase();
  let out = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (/[’‘`´ʼøßæœłđıðþ]/.test(out)) {
    out = out.replace(/[’‘`´ʼ]/g, "'").replace(/[øßæœłđıðþ]/g, (c) => SPECIAL[c] ?? c);
  }
  return out;
}

/** Windows-1252 code points above 0xFF and the byte each one stands for. */
const CP1252: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
  '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93,
  '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
  'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Latin-1 symbols that some pipelines spell out in ASCII ("Ã£" → "APound"), by their byte. */
const SPELLED: Readonly<Record<string, number>> = {
  Pound: 0xa3, Cent: 0xa2, Yen: 0xa5, Currency: 0xa4, Section: 0xa7, Copyright: 0xa9,
  Registered: 0xae, Degree: 0xb0, Micro: 0xb5, Pilcrow: 0xb6,
};

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeMojibake(run: string): string | null {
  const bytes: number[] = [];
  for (const ch of run) {
    const cp = ch.codePointAt(0) ?? 0;
    const b = cp <= 0xff ? cp : CP1252[ch];
    if (b === undefined) return null;
    bytes.push(b);
  }
  try {
    return decoder.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
}

/** A cheap first look (no Unicode classes) before the full SUSPECT test. */
const QUICK = /[\u00c2-\u00c5\u00e2?\ufffd]|A(?:Pound|Cent|Yen|Currency|Section|Copyright|Registered|Degree|Micro|Pilcrow)/;
const SUSPECT = /[ÃÂâÅÄ][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|\p{L}[?\uFFFD]\p{L}|\p{Lu}A(?:Pound|Cent|Yen|Currency|Section|Copyright|Registered|Degree|Micro|Pilcrow)/u;
const MOJIBAKE_RUN = /[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{1,3}|A(Pound|Cent|Yen|Currency|Section|Copyright|Registered|Degree|Micro|Pilcrow)(?:(?=\p{Ll})| (?=\p{Ll}))|(?<=\p{L})[?\uFFFD](?=\p{L})/gu;

/** A repaired copy of a text and, for each of its characters, the offset in the original. */
export interface Repaired {
  readonly text: string;
  /** `map[i]` is the original offset of `text[i]`; `map[text.length]` the original end. */
  readonly map: readonly number[] | null;
}

/**
 * Undoes common encoding damage ("CÃ´te dâ€™Ivoire" → "Côte d’Ivoire", "SAPound o Tome" →
 * "Sã o Tome"); an unknown character between letters ("C?te") becomes U+FFFD, which dictionary
 * look-ups treat as a wildcard. Clean text comes back unchanged with `map` null.
 */
export function repair(text: string): Repaired {
  if (!QUICK.test(text) || !SUSPECT.test(text)) return { text, map: null };
  let out = '';
  const map: number[] = [];
  let last = 0;
  const push = (s: string, from: number, to: number): void => {
    // Every output character of a replacement maps to the start of what it replaced.
    for (let i = 0; i < s.length; i++) map.push(from + (to - from === s.length ? i : 0));
    out += s;
  };
  for (const m of text.matchAll(MOJIBAKE_RUN)) {
    const at = m.index ?? 0;
    push(text.slice(last, at), last, at);
    let fixed: string | null;
    if (m[1]) {
      const b = SPELLED[m[1]];
      fixed = b === undefined ? null : decodeMojibake('Ã' + String.fromCharCode(b));
    } else if (m[0] === '?' || m[0] === '\uFFFD') {
      fixed = '\uFFFD';
    } else {
      fixed = decodeMojibake(m[0]);
    }
    push(fixed ?? m[0], at, at + m[0].length);
    last = at + m[0].length;
  }
  push(text.slice(last), last, text.length);
  map.push(text.length);
  return { text: out, map };
}

const TOKEN = /(?:\p{L}\.){2,}(?!\p{L})|\p{L}\.(?=\s*\p{Lu}\p{L})|[\p{L}\p{M}\p{N}\uFFFD]+|'s(?!\p{L})|’s(?!\p{L})|[^\s]/gu;

const WORD_START = /^[\p{L}\p{N}\uFFFD]/u;
const CAP_START = /^\p{Lu}/u;

/**
 * Tokens of `text[start, end)`: words, dotted abbreviations ("U.S.", "e.p."), initials ("K."),
 * possessive `'s`, and single punctuation marks. Hyphens and apostrophes are their own tokens
 * ("Guinea", "-", "Bissau"), so dictionary keys are built with the same function.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const slice = text.slice(start, end);
  const { text: s, map } = repair(slice);
  const tokens: Token[] = [];
  let prevEnd = -1;
  const re = TOKEN;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index;
    const raw = m[0];
    const a = start + (map ? map[at] : at);
    const b = start + (map ? map[at + raw.length] : at + raw.length);
    const c = raw.charCodeAt(0);
    let word: boolean;
    let cap: boolean;
    if (c < 0x80) {
      word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      cap = c >= 65 && c <= 90;
    } else {
      word = c !== 0x2019 && WORD_START.test(raw);
      cap = CAP_START.test(raw);
    }
    tokens.push({ start: a, end: b, raw, key: fold(raw), word, cap, glued: at === prevEnd });
    prevEnd = at + raw.length;
  }
  return tokens;
}

/** The folded keys of a dictionary phrase, tokenized like text. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

import { dictLines, phraseWords } from './lines.js';

/** One code of an actor entry, valid from `from` to `to` (ISO dates, inclusive) when given. */
export interface DatedCode {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** A phrase of a dictionary entry as upper-case words. */
export interface PetrPhrase {
  readonly words: readonly string[];
  /** False when the file gave the last word without a closing `_`: TABARI then matches it as a stem. */
  readonly exact: boolean;
}

/** One actor record: its phrases (primary and `+` synonyms) and its codes. */
export interface PetrActorEntry {
  readonly phrases: readonly PetrPhrase[];
  /** The code used when no dated code applies (null: none). */
  readonly defaultCode: string | null;
  readonly dated: readonly DatedCode[];
  readonly line: number;
}

/** `YYMMDD` or `YYYYMMDD` → `YYYY-MM-DD` (two-digit years ≤ 30 are 20YY, as in the Phoenix files). */
export function petrDate(d: string): string | null {
  let s = d.trim();
  if (/^\d{6}$/.test(s)) s = (Number(s.slice(0, 2)) <= 30 ? '20' : '19') + s;
  if (!/^\d{8}$/.test(s)) return null;
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/** Parses `[CODE]`, `[CODE >date]`, `[CODE <date]`, `[CODE date-date]`. */
export function parseCodeRestriction(inner: string): DatedCode | null {
  const [code, ...rest] = inner.trim().split(/\s+/);
  if (!code) return null;
  // "[HOB < 950601]" and "[HOBGOV 19950601 - 19990815]" are written with spaces too.
  const restriction = rest.join('');
  if (!restriction) return { code, from: null, to: null };
  if (restriction.startsWith('>')) return { code, from: petrDate(restriction.slice(1)), to: null };
  if (restriction.startsWith('<')) return { code, from: null, to: petrDate(restriction.slice(1)) };
  const [a, b] = restriction.split('-');
  return { code, from: a ? petrDate(a) : null, to: b ? petrDate(b) : null };
}

/** The code an entry gives on `date` (ISO `YYYY-MM-DD…`, or null: the default, else the last dated code). */
export function codeOn(entry: PetrActorEntry, date: string | null): string | null {
  const day = date ? date.slice(0, 10) : null;
  if (day) {
    for (const d of entry.dated) {
      if ((d.from === null || d.from <= day) && (d.to === null || day <= d.to)) return d.code;
    }
  }
  if (entry.defaultCode) return entry.defaultCode;
  if (!day && entry.dated.length) return entry.dated[entry.dated.length - 1]!.code;
  return null;
}

/**
 * Reads a PETRARCH actor dictionary (Phoenix.*.actors.txt, PETR.Validate.actors.txt): a primary
 * phrase with an optional `[code]`, `+synonym` lines, and indented `[code date-range]` lines.
 */
export function parseActorDictionary(text: string): PetrActorEntry[] {
  const out: PetrActorEntry[] = [];
  let cur: { phrases: PetrPhrase[]; defaultCode: string | null; dated: DatedCode[]; line: number } | null = null;
  const flush = (): void => {
    if (cur && cur.phrases.length) out.push(cur);
    cur = null;
  };
  for (const l of dictLines(text, { semicolonComments: true })) {
    const codes = [...l.text.matchAll(/\[([^\]]*)\]/g)].map((m) => parseCodeRestriction(m[1]!)).filter((c) => c !== null);
    const phrase = l.text.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/g, '').trim();
    if (!phrase) {
      // A date-restriction (or bare code) line belongs to the current record.
      if (!cur) continue;
      const c = cur as { defaultCode: string | null; dated: DatedCode[] };
      for (const code of codes) {
        if (code.from === null && code.to === null) c.defaultCode = code.code;
        else c.dated.push(code);
      }
      continue;
    }
    if (phrase.startsWith('+') && cur) {
      const p = toPhrase(phrase.slice(1));
      if (p) (cur as { phrases: PetrPhrase[] }).phrases.push(p);
      continue;
    }
    flush();
    const p = toPhrase(phrase.replace(/^\+/, ''));
    const first = codes[0];
    cur = { phrases: p ? [p] : [], defaultCode: first && !first.from && !first.to ? first.code : null,
      dated: codes.filter((c) => c.from || c.to), line: l.line };
  }
  flush();
  return out;
}

function toPhrase(raw: string): PetrPhrase | null {
  const words = phraseWords(raw);
  return words.length ? { words, exact: /_\s*$/.test(raw) } : null;
}

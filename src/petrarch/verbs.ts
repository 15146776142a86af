import { dictLines, phraseWords, regularPlural } from './lines.js';
import { parseTransformation, type PetrTransformation } from './transformations.js';

/** One element of a verb pattern. `alts` are alternative phrases (upper-case words, head last). */
export type PatternElem =
  | { readonly kind: 'words'; readonly alts: readonly (readonly string[])[] }
  | { readonly kind: 'prep'; readonly prep: string; readonly object: PatternElem | null }
  | { readonly kind: 'source' }
  | { readonly kind: 'target' }
  | { readonly kind: 'compound' }
  | { readonly kind: 'skip' };

/** A verb pattern `- pre * post [code:reverse]`. */
export interface PetrPattern {
  readonly pre: readonly PatternElem[];
  readonly post: readonly PatternElem[];
  /** Event code for source → target; null for `---` (no event). */
  readonly code: string | null;
  /** With `[a:b]`, the code of the reciprocal event target → source. */
  readonly reverse: string | null;
  readonly line: number;
}

/** A verb of a block: its words (multi-word verbs keep all), which word is the verb, and its forms. */
export interface PetrVerb {
  readonly words: readonly string[];
  readonly verbIndex: number;
  /** Upper-case forms of the verb word (base, -s, -ed, -ing, or the given irregulars). */
  readonly forms: readonly string[];
  /** The verb's own code, overriding the block's. */
  readonly code: string | null;
  readonly reverse: string | null;
}

/** A `--- NAME [code] ---` block: synonymous verbs sharing one list of patterns. */
export interface PetrVerbBlock {
  readonly name: string;
  readonly code: string | null;
  readonly reverse: string | null;
  readonly verbs: readonly PetrVerb[];
  readonly patterns: readonly PetrPattern[];
  readonly line: number;
}

/** A parsed verb dictionary. */
export interface PetrVerbDictionary {
  readonly synsets: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly blocks: readonly PetrVerbBlock[];
  /** The `~` lines: an upper verb acting on a lower one gives one event (see transformations.ts). */
  readonly transformations: readonly PetrTransformation[];
}

/**
 * `043:042` → {code, reverse}; `---` → null code; `:190` → reverse only. TABARI's markers `+++`
 * (complex sentence) and `###` (discard) are no event either.
 */
export function parseVerbCode(inner: string): { code: string | null; reverse: string | null } {
  const [a, b] = inner.trim().split(':');
  const norm = (s: string | undefined): string | null => {
    const t = (s ?? '').trim();
    return !t || /^(-+|\++|#+)$/.test(t) ? null : t;
  };
  return { code: norm(a), reverse: norm(b) };
}

/** Regular verb forms PETRARCH generates: base, third person, past, gerund. */
export function regularVerbForms(base: string): string[] {
  const w = base.toUpperCase();
  const s = /(S|SH|CH|X|Z|O)$/.test(w) ? `${w}ES` : /[^AEIOU]Y$/.test(w) ? `${w.slice(0, -1)}IES` : `${w}S`;
  const ed = w.endsWith('E') ? `${w}D` : /[^AEIOU]Y$/.test(w) ? `${w.slice(0, -1)}IED` : `${w}ED`;
  const ing = /[^E]E$/.test(w) ? `${w.slice(0, -1)}ING` : `${w}ING`;
  return [w, s, ed, ing];
}

/** Reads a PETRARCH verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs*.txt), its `~` transformations included. */
export function parseVerbDictionary(text: string): PetrVerbDictionary {
  const synsets = new Map<string, (readonly string[])[]>();
  const blocks: { name: string; code: string | null; reverse: string | null; verbs: PetrVerb[]; patterns: PetrPattern[]; line: number }[] = [];
  const transformations: PetrTransformation[] = [];
  let synset: { name: string; plurals: boolean } | null = null;
  for (const l of dictLines(text)) {
    const t = l.text;
    if (t.startsWith('~')) {
      const tr = parseTransformation(t, l.line);
      if (tr) transformations.push(tr);
      continue;
    }
    const header = /^---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*---\s*$/.exec(t);
    if (header) {
      synset = null;
      blocks.push({ name: header[1]!.trim(), ...parseVerbCode(header[2] ?? '---'), verbs: [], patterns: [], line: l.line });
      continue;
    }
    if (t.startsWith('&')) {
      const name = t.split(/\s+/)[0]!.toUpperCase();
      synset = { name: name.replace(/_$/, ''), plurals: !name.endsWith('_') };
      synsets.set(synset.name, []);
      continue;
    }
    if (synset && t.startsWith('+')) {
      const raw = t.slice(1).trim();
      const list = synsets.get(synset.name)!;
      if (raw.startsWith('&')) { list.push(...(synsets.get(raw.toUpperCase().replace(/_$/, '')) ?? [])); continue; }
      const words = phraseWords(raw);
      if (!words.length) continue;
      list.push(words);
      if (synset.plurals && !raw.endsWith('_')) list.push([...words.slice(0, -1), regularPlural(words[words.length - 1]!)]);
      continue;
    }
    const block = blocks[blocks.length - 1];
    if (!block || t.startsWith('~')) continue;
    synset = null;
    if (t.startsWith('-')) {
      const p = parsePattern(t.slice(1), l.line, synsets);
      if (p) block.patterns.push(p);
      continue;
    }
    const v = parseVerbLine(t);
    if (v) block.verbs.push(v);
  }
  return { synsets, blocks, transformations };
}

function parseVerbLine(t: string): PetrVerb | null {
  const codeM = /\[([^\]]*)\]/.exec(t);
  const { code, reverse } = codeM ? parseVerbCode(codeM[1]!) : { code: null, reverse: null };
  const formsM = /\{([^}]*)\}/.exec(t);
  const phrase = t.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/g, '').trim();
  if (!phrase) return null;
  const parts = phrase.replace(/^\+/, '').split(/[_\s]+/).filter(Boolean);
  let verbIndex = parts.findIndex((p) => p.startsWith('+'));
  if (verbIndex < 0) verbIndex = 0;
  const words = parts.map((p) => p.replace(/^\+/, '').toUpperCase());
  const base = words[verbIndex]!;
  let forms = regularVerbForms(base);
  if (formsM) {
    const given = formsM[1]!.trim().split(/\s+/).filter(Boolean).map((f) => {
      const fp = f.split('_');
      const i = fp.findIndex((x) => x.startsWith('+'));
      return (fp[i >= 0 ? i : 0] ?? '').replace(/^\+/, '').toUpperCase();
    });
    forms = [base, ...given.filter(Boolean)];
  }
  return { words, verbIndex, forms: [...new Set(forms)], code: codeM ? code : null, reverse };
}

/** Splits a pattern body into elements, keeping `{…}` and `(…)` groups whole. */
function splitPatternTokens(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (const ch of s) {
    if (ch === '{' || ch === '(') depth++;
    if (ch === '}' || ch === ')') depth = Math.max(0, depth - 1);
    if (/\s/.test(ch) && depth === 0) { if (cur) out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

function parseElem(tok: string, synsets: ReadonlyMap<string, readonly (readonly string[])[]>): PatternElem | null {
  if (tok === '$') return { kind: 'source' };
  if (tok === '+') return { kind: 'target' };
  if (tok === '%') return { kind: 'compound' };
  if (tok === '^') return { kind: 'skip' };
  if (tok.startsWith('(')) {
    const inner = splitPatternTokens(tok.replace(/^\(|\)$/g, ''));
    if (!inner.length) return null;
    const prep = inner[0]!.toUpperCase();
    const rest = inner.slice(1).map((x) => parseElem(x, synsets)).filter((e) => e !== null);
    const object = rest.find((e) => e.kind === 'words') ?? rest[0] ?? null;
    return { kind: 'prep', prep, object };
  }
  if (tok.startsWith('{')) {
    const inner = tok.replace(/^\{|\}$/g, '').trim().split(/\s+/);
    // Each word may be a synset: expand into the cross product of alternatives.
    let alts: string[][] = [[]];
    for (const w of inner) {
      const opts = w.startsWith('&') ? (synsets.get(w.toUpperCase().replace(/_$/, '')) ?? []) : [phraseWords(w)];
      if (!opts.length) return null;
      alts = alts.flatMap((a) => opts.map((o) => [...a, ...o]));
      if (alts.length > 400) break;
    }
    return { kind: 'words', alts };
  }
  if (tok.startsWith('&')) {
    const alts = synsets.get(tok.toUpperCase().replace(/_$/, ''));
    return alts && alts.length ? { kind: 'words', alts } : null;
  }
  const words = phraseWords(tok);
  return words.length ? { kind: 'words', alts: [words] } : null;
}

function parsePattern(body: string, line: number, synsets: ReadonlyMap<string, readonly (readonly string[])[]>): PetrPattern | null {
  const codeM = /\[([^\]]*)\]\s*$/.exec(body.trim());
  if (!codeM) return null;
  const { code, reverse } = parseVerbCode(codeM[1]!);
  const toks = splitPatternTokens(body.trim().slice(0, body.trim().length - codeM[0].length));
  const star = toks.indexOf('*');
  const pre = star >= 0 ? toks.slice(0, star) : [];
  const post = star >= 0 ? toks.slice(star + 1) : toks;
  const pe = pre.map((x) => parseElem(x, synsets));
  const po = post.map((x) => parseElem(x, synsets));
  // A pattern naming an undefined synset is ignored, as PETRARCH does.
  if (pe.some((e) => e === null) || po.some((e) => e === null)) return null;
  return { pre: pe as PatternElem[], post: po as PatternElem[], code, reverse, line };
}

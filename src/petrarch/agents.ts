import { dictLines, phraseWords, regularPlural } from './lines.js';

/** One agent noun phrase (singular or plural form) and the sector code it adds. */
export interface PetrAgentEntry {
  /** Upper-case words. */
  readonly words: readonly string[];
  /** The sector code without `~` (`GOV`, `GOVFRM`, `NGO`). */
  readonly code: string;
  /** True for `[NGO~]`: the code goes before the actor code; false for `[~GOV]` (after it). */
  readonly prefix: boolean;
  readonly line: number;
}

/**
 * Reads a PETRARCH agent dictionary: `PHRASE {plural} [~CODE]`, with `!NAME! = A, B` substitution
 * macros. Regular plurals are generated (a `{}` suppresses them; `{X}` gives an irregular one).
 */
export function parseAgentDictionary(text: string): PetrAgentEntry[] {
  const macros = new Map<string, string[]>();
  const out: PetrAgentEntry[] = [];
  for (const l of dictLines(text)) {
    const macro = /^(![A-Z0-9_]+!)\s*=\s*(.+)$/i.exec(l.text);
    if (macro) {
      macros.set(macro[1]!.toUpperCase(), macro[2]!.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean));
      continue;
    }
    const codeM = /\[\s*([^\]]*?)\s*[\]}]/.exec(l.text);
    if (!codeM) continue;
    const rawCode = codeM[1]!.replace(/\s+/g, '');
    if (!rawCode.includes('~')) continue;
    const prefix = rawCode.endsWith('~') && !rawCode.startsWith('~');
    const code = rawCode.replace(/~/g, '');
    const before = l.text.slice(0, codeM.index);
    const pluralM = /\{([^}]*)\}/.exec(before);
    const phrase = before.replace(/\{[^}]*\}/g, '').trim();
    if (!phrase) continue;
    const forms: { phrase: string; plural: boolean }[] = [{ phrase, plural: !pluralM }];
    if (pluralM && pluralM[1]!.trim()) for (const p of pluralM[1]!.trim().split(/\s+/)) forms.push({ phrase: p, plural: false });
    for (const f of forms) {
      for (const expanded of expandMacros(f.phrase.toUpperCase(), macros)) {
        const words = phraseWords(expanded);
        if (!words.length) continue;
        out.push({ words, code, prefix, line: l.line });
        const usedMacro = expanded !== f.phrase.toUpperCase();
        if (f.plural && !usedMacro) {
          out.push({ words: [...words.slice(0, -1), regularPlural(words[words.length - 1]!)], code, prefix, line: l.line });
        }
      }
    }
  }
  return out;
}

function expandMacros(phrase: string, macros: ReadonlyMap<string, readonly string[]>): string[] {
  const m = /![A-Z0-9_]+!/.exec(phrase);
  if (!m) return [phrase];
  const subs = macros.get(m[0]);
  if (!subs) return [phrase.replace(m[0], '')];
  return subs.flatMap((s) => expandMacros(phrase.slice(0, m.index) + s + phrase.slice(m.index + m[0].length), macros));
}

import type { Dossier } from './dossier-types.js';
import { outline, type OutlineItem } from './dossier-outline.js';

const refs = (ns: readonly number[]): string => ns.map((n) => `[${n}]`).join('');
/** Keeps text literal in markdown: escapes the characters that would start markup. */
const md = (s: string): string => s.replace(/([\\`*_[\]<>|#])/g, '\\$1').replace(/\s+/g, ' ');

function itemLines(it: OutlineItem, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const head = it.date ? `${md(it.date)} — ` : '';
  const conflict = it.conflict ? ' ⚠ conflicting reports' : '';
  return [`${pad}- ${head}${md(it.text)}${it.refs.length ? ` ${refs(it.refs)}` : ''}${conflict}`, ...it.children.flatMap((c) => itemLines(c, depth + 1))];
}

/** The dossier as Markdown: one section per part of the state, every line citing numbered sources. */
export function dossierToMarkdown(d: Dossier): string {
  const o = outline(d);
  const out = [`# ${md(o.title)}`, '', `_${md(o.subtitle)}_`, ''];
  for (const s of o.sections) {
    out.push(`## ${s.title}`, '');
    if (s.summary) out.push(md(s.summary), '');
    out.push(...s.items.flatMap((it) => itemLines(it, 0)), '');
  }
  if (o.sources.length) {
    out.push('## Sources', '');
    for (const s of o.sources) {
      const where = s.url ? ` <${s.url.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
      const date = s.published ? `, ${md(s.published.slice(0, 10))}` : '';
      const dup = s.duplicateOf ? ` (copy of ${md(s.duplicateOf)})` : '';
      out.push(`${s.n}. ${md(s.title)}${date}${where} — article \`${s.articleId.replace(/`/g, '')}\`${dup}, chars ${s.start}–${s.end}: “${md(s.sentence)}”`);
    }
    out.push('');
  }
  return out.join('\n');
}

import type { Dossier } from './dossier-types.js';
import { outline, type OutlineItem } from './dossier-outline.js';

/** Escapes text for HTML element content and attribute values. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const safeUrl = (u: string): string | null => (/^https?:\/\//i.test(u) ? u : null);

function item(it: OutlineItem): string {
  const refs = it.refs.map((n) => `<a class="ref" href="#s${n}">[${n}]</a>`).join('');
  const date = it.date ? `<span class="date">${escapeHtml(it.date)}</span> ` : '';
  const conflict = it.conflict ? ' <span class="conflict">conflicting reports</span>' : '';
  const kids = it.children.length ? `<ul>${it.children.map(item).join('')}</ul>` : '';
  return `<li>${date}${escapeHtml(it.text)} ${refs}${conflict}${kids}</li>`;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd;margin-top:2rem}.date{color:#555;font-variant-numeric:tabular-nums}
.ref{font-size:.8em;text-decoration:none;margin-left:.1em}.conflict{color:#b00;font-size:.85em}ol.sources li{margin:.4rem 0;font-size:.9em}
q{color:#333}.meta{color:#666}`;

/** The dossier as one standalone HTML page (no scripts, every text escaped). */
export function dossierToHtml(d: Dossier): string {
  const o = outline(d);
  const body: string[] = [`<h1>${escapeHtml(o.title)}</h1>`, `<p class="meta">${escapeHtml(o.subtitle)}</p>`];
  for (const s of o.sections) {
    body.push(`<section><h2>${escapeHtml(s.title)}</h2>`);
    if (s.summary) body.push(`<p>${escapeHtml(s.summary)}</p>`);
    if (s.items.length) body.push(`<ul>${s.items.map(item).join('')}</ul>`);
    body.push('</section>');
  }
  if (o.sources.length) {
    body.push('<section><h2>Sources</h2><ol class="sources">');
    for (const s of o.sources) {
      const url = s.url ? safeUrl(s.url) : null;
      const title = url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(s.title)}</a>` : escapeHtml(s.title);
      const date = s.published ? `, ${escapeHtml(s.published.slice(0, 10))}` : '';
      const dup = s.duplicateOf ? ` (copy of ${escapeHtml(s.duplicateOf)})` : '';
      body.push(`<li id="s${s.n}" value="${s.n}">${title}${date} — <code>${escapeHtml(s.articleId)}</code>${dup}, chars ${s.start}–${s.end}: <q>${escapeHtml(s.sentence)}</q></li>`);
    }
    body.push('</ol></section>');
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(o.title)} — Attaché dossier</title><style>${STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

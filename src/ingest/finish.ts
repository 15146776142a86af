import type { Article, Dateline, DupSignature } from '../model/article.js';
import { err, ok, type AttacheError, type Result } from '../model/result.js';
import { resolveDatelineDate } from './dateline.js';
import { detectLanguage, LANGUAGE_NAMES } from './language.js';
import { digestText, textId, textSignature } from './signature.js';
import type { Draft, ResolvedReadOptions } from './types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as an input wrote it → ISO: `2017-08-17`, `2017-08-17T11:27` (ISO strings are kept,
 * trimmed to minutes with their offset dropped, so the local date stays); RFC 822 feed dates
 * (`Sat, 21 Sep 2019 10:00:00 +0500`) keep their local date and time. Null when unreadable.
 */
export function normaliseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim().slice(0, 120);
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(t);
  if (iso) return iso[2] ? `${iso[1]}T${iso[2]}:${iso[3]}` : iso[1];
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(t);
  if (rfc) {
    const m = MONTHS.indexOf(rfc[2].toLowerCase());
    if (m >= 0) {
      const d = `${rfc[3]}-${String(m + 1).padStart(2, '0')}-${rfc[1].padStart(2, '0')}`;
      return rfc[4] ? `${d}T${rfc[4].padStart(2, '0')}:${rfc[5]}` : d;
    }
  }
  const ms = Date.parse(t);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}`;
  return /\d{1,2}:\d{2}/.test(t) ? `${day}T${p2(d.getHours())}:${p2(d.getMinutes())}` : day;
}

/**
 * Draft → Article: joins paragraphs with blank lines into `text`, settles the published date
 * (given or inferred, else a dateline date with a year, else the run's default), resolves the
 * dateline date, detects the language (non-English → NOT_ENGLISH), and derives the id.
 */
export function finishDraft(d: Draft, opts: ResolvedReadOptions): Result<Article, AttacheError> {
  const r = finishSigned(d, opts, false);
  return r.ok ? ok(r.value.article) : r;
}

/** An article and its duplicate signature, from one normalisation of its text. */
export interface SignedArticle {
  readonly article: Article;
  readonly signature: DupSignature & { readonly size: number };
}

/** `finishDraft`, also computing the article's duplicate signature (sharing the id's normalisation and hash). */
export function finishAndSign(d: Draft, opts: ResolvedReadOptions): Result<SignedArticle, AttacheError> {
  const r = finishSigned(d, opts, true);
  return r.ok ? ok({ article: r.value.article, signature: r.value.signature! }) : r;
}

function finishSigned(d: Draft, opts: ResolvedReadOptions, sign: boolean): Result<{ article: Article; signature: SignedArticle['signature'] | null }, AttacheError> {
  const text = d.paragraphs.map((p) => p.trim()).filter(Boolean).join('\n\n');
  if (!/[\p{L}\p{N}]/u.test(text)) return err({ code: 'EMPTY_INPUT', message: 'no article text found', input: d.origin });
  if (text.length > opts.maxArticleBytes) {
    return err({ code: 'TOO_LARGE', message: `article text over the ${Math.round(opts.maxArticleBytes / 1048576 * 10) / 10} MB limit`, input: d.origin });
  }
  const language = detectLanguage(text);
  if (language !== 'en' && language !== 'und') {
    return err({ code: 'NOT_ENGLISH', message: `not English (looks ${LANGUAGE_NAMES[language] ?? language}); skipped`, input: d.origin });
  }
  let published = normaliseDate(d.published);
  let dateline: Dateline | null = null;
  if (d.dateline) {
    const date = resolveDatelineDate(d.dateline.dateText, published ?? opts.published);
    dateline = { place: d.dateline.place, country: d.dateline.country, date };
    if (!published && date && /\d{4}/.test(d.dateline.dateText ?? '')) published = date;
  }
  published ??= opts.published;
  const digest = sign || !d.id ? digestText(text) : null;
  const article: Article = {
    id: d.id ?? textId(text, digest!),
    url: d.url ?? null,
    title: (d.title ?? '').trim() || text.slice(0, 80),
    published,
    source: d.source ?? null,
    author: d.author ?? null,
    dateline,
    language: language === 'und' ? 'und' : 'en',
    duplicateOf: null,
    text,
    origin: d.origin,
  };
  return ok({ article, signature: sign ? textSignature(text, digest!) : null });
}

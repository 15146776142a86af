/**
 * Paragraph splitting and boilerplate removal shared by the readers: share bars, social lines,
 * photo credits, rules ("---") and trailing "related posts" blocks are never article text.
 */

const DROP: readonly RegExp[] = [
  /^[-–—_*=~•·#|+.\s]{2,}$/u,
  /^\|$/,
  /^follow (?:the author|us|him|her|me|@\w+)\b.{0,80}$/i,
  /\bfollow (?:the author|us|him|her|me|them)\s+on\s+(?:twitter|x|facebook|instagram|telegram|linkedin)\b.{0,60}$/i,
  /^(?:click|tap) here\b.{0,100}$/i,
  /^(?:get|sign up for|subscribe to|don't miss)\s(?:the|our)\s(?:latest|daily|weekly|top|breaking)?\s*(?:news|newsletters?|updates|stories|headlines)\b.{0,80}$/i,
  /^(?:share|tweet|print|e-?mail|whatsapp|facebook|twitter|telegram|linkedin|reddit|copy link|comments?)(?:\s*(?:[|/•·,]|on|this|article|story|via|the|and|\d+)\s*){0,6}(?:share|tweet|print|e-?mail|whatsapp|facebook|twitter|telegram|linkedin|reddit|copy link|x)?$/i,
  /^(?:photos?|images?|videos?|pictures?|credits?|photo credits?|source|file photo)\s*[:：].{0,80}$/i,
  /^[([]?\s*(?:photos?|videos?|infographics?|audio|updated?)\s*[)\]]?$/i,
  /^(?:advertisement|advertising|sponsored(?: content)?|subscribe\b.{0,60}|sign up\b.{0,80}|all rights reserved.{0,80}|©.{0,120}|copyright\s*(?:©|\(c\)|\d{4}).{0,120}|listen to (?:this|the) (?:article|story).{0,40}|more to come…?\.{0,3}|(?:tags?|topics?|keywords?)\s*:.{0,200})$/i,
  /^(?:\d+\s*)?(?:min(?:ute)?s?|secs?)\s+read$/i,
  /^[\p{L}\p{N}]*\d[\p{L}\p{N}]*$/u,
  // A date (and time) alone: "20 June 2015", "Updated: June 20, 2015 09:30", "2015-06-20".
  /^(?:(?:published|updated|posted|last updated|date)\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:[\s,T|-]+\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm|[a-z]{2,5}|[+-]\d{2}:?\d{2})?)?$/i,
];

/** Lines after which the rest of the page is not the article (when in the second half). */
const END: readonly RegExp[] = [
  /^(?:read more|see also|related(?: posts?| articles?| news| stories| content)?|more (?:from|on|news)\b.{0,40}|you (?:may|might) also (?:like|be interested in)|also read|recommended|most read|popular|latest news|legal disclaimer)\s*:?$/i,
];

const HEADLINE_TAG = /\s*[([]\s*(?:photos?|videos?|updated?|infographics?|audio|exclusive|analysis|interview|op-?ed)\s*[)\]]\s*/gi;

/** A headline without tags such as "(PHOTO)" or "[VIDEO]". */
export const cleanTitle = (s: string): string => s.replace(HEADLINE_TAG, ' ').replace(/\s+/g, ' ').trim();

/** Whether a paragraph is boilerplate (share bar, credit, rule, widget symbols…). */
export function isBoilerplate(p: string): boolean {
  const t = p.trim();
  if (!t) return true;
  if (t.length < 200 && DROP.some((r) => r.test(t))) return true;
  // Widget debris such as "+ ↺ − 16 px": no word of three letters or more.
  return t.length < 40 && !/\p{L}{3,}/u.test(t);
}

const LIST_ITEM = /^(?:[-–—*•·▪]|\d{1,2}[.)])\s/;

/** "issues.According to": a lost space after a full stop; LOST_SPACE_CUE is in every match (a cheap test first). */
const LOST_SPACE = /(\p{Ll}{2}[.!?])(\p{Lu}\p{Ll}{2,})/gu;
const LOST_SPACE_CUE = /[.!?]\p{Lu}/u;
/** Runs of blanks; a line holds one to squeeze only if it has a tab, NBSP or ZWSP, or two spaces together. */
const BLANKS = /[ \t\u00a0\u200b]+/g;
const BLANKS_CUE = /[\t\u00a0\u200b]| {2}/;
const squeeze = (l: string): string => (BLANKS_CUE.test(l) ? l.replace(BLANKS, ' ') : l).trim();

/**
 * A block of bulleted or numbered lines (briefs, itineraries): each line is its own item, never
 * one hard-wrapped sentence. A list starts with an item or has at least two.
 */
const isList = (lines: readonly string[]): boolean =>
  LIST_ITEM.test(lines[0]!) || lines.filter((l) => LIST_ITEM.test(l)).length >= 2;

/**
 * Splits text into paragraphs: blocks between blank lines; inside a block, hard-wrapped lines
 * (all but the last 50–100 characters long) are joined, other lines stay separate paragraphs.
 */
export function toParagraphs(text: string): string[] {
  // "issues.According to": a lost space after a full stop (common in scraped text).
  if (LOST_SPACE_CUE.test(text)) text = text.replace(LOST_SPACE, '$1 $2');
  const out: string[] = [];
  for (const block of (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).split(/\n[ \t\u00a0]*\n/)) {
    const lines = block.split('\n').map(squeeze).filter(Boolean);
    if (!lines.length) continue;
    const wrapped = lines.length > 1 && !isList(lines) && lines.slice(0, -1).every((l) => l.length >= 50 && l.length <= 100 && !/[.!?:"”]$/.test(l));
    if (wrapped) out.push(lines.join(' '));
    else out.push(...lines);
  }
  return out;
}

/**
 * Drops boilerplate paragraphs, cuts a trailing "related posts"/"legal disclaimer" section, and
 * drops short trailing lines that are not sentences (outlet names, "News.Az").
 */
export function cleanBody(paragraphs: readonly string[]): string[] {
  let body = paragraphs.filter((p) => !isBoilerplate(p));
  const cut = body.findIndex((p, i) => i > 0 && i >= body.length / 2 && END.some((r) => r.test(p.trim())));
  if (cut > 0) body = body.slice(0, cut);
  while (body.length > 1 && isStub(body[body.length - 1])) body.pop();
  return body;
}

const AUTHOR_BIO = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\sis\s(?:a|an|the|\p{Lu}[\p{L}'’]+)\s(?:[\p{L}'’-]+\s){0,4}(?:reporter|correspondent|journalist|editor|writer|columnist|contributor|analyst)\b.{0,160}$/u;

/** A trailing line that is not article text: a short non-sentence (outlet name) or an author bio. */
const isStub = (p: string): boolean => (p.split(/\s+/).length <= 4 && !/[.!?"”’)]$/.test(p.trim())) || AUTHOR_BIO.test(p.trim());

/** Whether a paragraph reads like a headline (short, no closing punctuation). */
export const looksLikeHeadline = (p: string): boolean =>
  p.length >= 12 && p.length <= 200 && p.split(/\s+/).length <= 30 && !/[.;:,]$/.test(p.trim()) && /\p{L}{3,}/u.test(p);

/** A title for text that has no headline: its first sentence, cut near 160 characters. */
export function titleFrom(text: string): string {
  const first = text.trim().split(/\n/)[0] ?? '';
  const m = /^.{20,}?[.!?](?=\s|$)/.exec(first);
  const s = (m ? m[0] : first).trim();
  if (s.length <= 160) return s;
  const cut = s.slice(0, 160);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 80))}…`;
}

/** A byline: "By Leman Zeynalova – Trend:", "(MENAFN- AzerNews) By Amina Nazarli", "By: X". */
export function parseByline(p: string): { readonly author: string | null; readonly outlet: string | null } | null {
  const m = /^(?:\(([^()]{2,60})\)\s*)?By:?\s+([^–—|:()]{2,60}?)(?:(?:\s+[-–—|]\s*|\s*,\s*)([^–—|:()]{2,40}?))?\s*:?\s*$/i.exec(p.trim());
  if (!m) return null;
  const name = m[2].trim();
  const words = name.split(/\s+/);
  // Every word of a name is capitalised (particles aside); a line ending a sentence is not a byline.
  if (words.length > 6 || /[.!?]$/.test(p.trim()) || !words.every((w) => /^(?:\p{Lu}|de$|da$|van$|von$|al-?|el-?|bin$|ibn$|la$|le$|du$|del$|der$|dos$|y$)/u.test(w))) return null;
  if (m[3] && !/^[\p{Lu}\d]/u.test(m[3].trim())) return null;
  const outlet = m[3]?.trim() || (m[1] ? m[1].replace(/^MENAFN\s*-\s*/i, '').trim() : null);
  return { author: name, outlet: outlet || null };
}

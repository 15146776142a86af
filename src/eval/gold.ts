import { DIPLOMATIC_KINDS } from '../model/event.js';
import type { Actor } from '../model/actor.js';
import type { Article } from '../model/article.js';
import type { DiploEvent } from '../model/event.js';

/** One fact of an Attaché gold file (../shared/eval/README.md). */
export interface GoldFact {
  readonly kind: string;
  readonly parties?: readonly string[];
  readonly alsoOk?: readonly string[];
  readonly from?: string | readonly string[];
  readonly to?: string | readonly string[];
  readonly date?: string | null;
  readonly modality?: string;
  readonly optional?: boolean;
  readonly note?: string;
}

/** An Attaché gold file: an article (inline `text`, or a `file` under ../shared) and its facts. */
export interface GoldFile {
  readonly id: string;
  readonly url?: string | null;
  readonly published?: string | null;
  readonly text?: string;
  readonly file?: string;
  readonly textFile?: string;
  readonly metadata?: Readonly<Record<string, string>>;
  readonly people?: readonly { readonly name: string; readonly country: string; readonly title?: string }[];
  readonly facts: readonly GoldFact[];
}

/** The score of one gold article, as ../shared/eval/score.mjs computes it. */
export interface GoldScore {
  readonly id: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly dup: number;
  readonly perKind: Readonly<Record<string, { tp: number; fp: number; fn: number }>>;
  readonly people: number;
  readonly peopleFound: number;
  readonly meta: number;
  readonly metaOk: number;
  readonly lines: readonly string[];
}

const KINDS = new Set<string>(DIPLOMATIC_KINDS);
const countryOf = (a: Actor | null | undefined): string | null => a?.country ?? null;

function parties(ev: DiploEvent): Set<string> {
  const set = new Set<string>();
  for (const a of [ev.source, ev.target, ...ev.participants]) { const c = countryOf(a); if (c) set.add(c); }
  return set;
}

function dateCompatible(gold: string | null | undefined, ev: DiploEvent): boolean {
  if (gold == null) return true;
  const v = ev.date?.value;
  if (!v) return false;
  const a = String(gold);
  const b = v.split('/')[0]!.slice(0, 10);
  return a.startsWith(b) || b.startsWith(a);
}

const modalityClass = (m: string | undefined | null): string => (!m || m === 'asserted' ? 'asserted' : m === 'negated' ? 'negated' : 'unrealised');

function sameKind(fact: GoldFact, ev: DiploEvent): boolean {
  if (ev.kind === fact.kind) return true;
  const unrealised = modalityClass(ev.modality) === 'unrealised';
  if (fact.kind === 'meeting.intent') return unrealised && (ev.kind === 'meeting' || ev.kind === 'visit');
  if (ev.kind === 'meeting.intent') return modalityClass(fact.modality) === 'unrealised' && (fact.kind === 'meeting' || fact.kind === 'visit');
  return false;
}

/** Whether an event matches a gold fact: kind, parties or direction, date, modality. */
export function factMatches(fact: GoldFact, ev: DiploEvent): boolean {
  if (!sameKind(fact, ev)) return false;
  if (fact.from || fact.to) {
    const oneOf = (want: string | readonly string[], got: string | null): boolean => (typeof want === 'string' ? want === got : got !== null && want.includes(got));
    if (fact.from && !oneOf(fact.from, countryOf(ev.source))) return false;
    if (fact.to && !oneOf(fact.to, countryOf(ev.target))) return false;
  } else {
    const got = parties(ev);
    const want = new Set(fact.parties ?? []);
    const allowed = new Set([...want, ...(fact.alsoOk ?? [])]);
    for (const c of want) if (!got.has(c)) return false;
    for (const c of got) if (!allowed.has(c)) return false;
  }
  if (!dateCompatible(fact.date, ev)) return false;
  const intentKind = fact.kind.endsWith('.intent') || String(ev.kind).endsWith('.intent');
  if (fact.modality === 'any') return true;
  if (intentKind) return (modalityClass(fact.modality) === 'negated') === (modalityClass(ev.modality) === 'negated');
  return modalityClass(fact.modality) === modalityClass(ev.modality);
}

const norm = (s: unknown): string => String(s ?? '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Scores the events an article produced against its gold file. */
export function scoreGold(gold: GoldFile, article: Article | null, events: readonly DiploEvent[]): GoldScore {
  const dip = events.filter((e) => e.kind !== null && KINDS.has(e.kind));
  const used = new Array<boolean>(dip.length).fill(false);
  const perKind: Record<string, { tp: number; fp: number; fn: number }> = {};
  const bump = (k: string, f: 'tp' | 'fp' | 'fn'): void => { (perKind[k] ??= { tp: 0, fp: 0, fn: 0 })[f]++; };
  const lines: string[] = [];
  let tp = 0, fp = 0, fn = 0, dup = 0;
  const specificity = (f: GoldFact): number => (f.date ? 2 : 0) + (f.optional ? 0 : 1);
  for (const fact of [...gold.facts].sort((x, y) => specificity(y) - specificity(x))) {
    const idx = dip.findIndex((ev, i) => !used[i] && factMatches(fact, ev));
    if (idx >= 0) {
      used[idx] = true;
      if (!fact.optional) { tp++; bump(fact.kind, 'tp'); }
      dip.forEach((ev, i) => { if (!used[i] && factMatches(fact, ev)) { used[i] = true; dup++; } });
    } else if (!fact.optional) {
      fn++; bump(fact.kind, 'fn');
      lines.push(`missed ${fact.kind} ${JSON.stringify(fact.parties ?? [fact.from, fact.to])} ${fact.date ?? ''}`);
    }
  }
  dip.forEach((ev, i) => {
    if (used[i]) return;
    fp++; bump(ev.kind!, 'fp');
    lines.push(`extra  ${ev.kind} ${countryOf(ev.source)}->${countryOf(ev.target)} ${ev.date?.value ?? ''} «${ev.evidence.sentence.slice(0, 90)}»`);
  });
  const seen: string[] = [];
  for (const ev of events) {
    for (const a of [ev.source, ev.target, ...ev.participants, ev.evidence.speaker ?? null]) {
      if (a && a.name && a.country) seen.push(`${norm(a.name)}|${a.country}`);
    }
  }
  let peopleFound = 0;
  for (const p of gold.people ?? []) {
    const want = norm(p.name).split(' ');
    const hit = seen.some((s) => {
      const [name, country] = s.split('|');
      if (country !== p.country) return false;
      const got = name!.split(' ');
      return want.every((w) => got.includes(w)) || got.every((w) => want.includes(w));
    });
    if (hit) peopleFound++; else lines.push(`person missed ${p.name} (${p.country})`);
  }
  let meta = 0, metaOk = 0;
  for (const [k, want] of Object.entries(gold.metadata ?? {})) {
    meta++;
    const got: unknown = k === 'datelinePlace' ? article?.dateline?.place : article ? (article as unknown as Record<string, unknown>)[k] : undefined;
    const good = k === 'published' ? typeof got === 'string' && got.startsWith(want) : k === 'source' ? norm(got).includes(norm(want)) : norm(got) === norm(want);
    if (good) metaOk++; else lines.push(`metadata ${k}: want ${JSON.stringify(want)}, got ${JSON.stringify(got ?? null)}`);
  }
  return { id: gold.id, tp, fp, fn, dup, perKind, people: (gold.people ?? []).length, peopleFound, meta, metaOk, lines };
}

import type { EventDate } from '../model/event.js';
import type { FactSource } from '../store/store.js';
import type { AgreementState, Dossier, DossierLine, DossierSection } from './dossier-types.js';
import { formatDate, missionName } from './labels.js';

/** One rendered line: a date, a text, its numbered sources, and nested lines. */
export interface OutlineItem {
  readonly date: string | null;
  readonly text: string;
  readonly refs: readonly number[];
  readonly conflict: boolean;
  readonly children: readonly OutlineItem[];
}

export interface OutlineSection {
  readonly title: string;
  readonly summary: string | null;
  readonly items: readonly OutlineItem[];
}

/** The format-neutral shape markdown and HTML both render: sections, items and numbered sources. */
export interface Outline {
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly OutlineSection[];
  readonly sources: readonly (FactSource & { readonly n: number })[];
}

const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;

/** Other (CAMEO-only) events shown in rendered dossiers; the JSON keeps them all. */
const OTHER_SHOWN = 50;

const STATE_KINDS: ReadonlySet<string> = new Set(['relations.establish', 'mission.open', 'agreement.sign', 'parliament.friendship-group', 'membership.join']);

/** A line's date; a state known only from the article's date reads "by <date>". */
function lineDate(l: DossierLine): string {
  const d = formatDate(l.date);
  return l.date.basis === 'article' && l.kind !== null && STATE_KINDS.has(l.kind) && l.date.value ? `by ${d}` : d;
}

function agreementStatus(g: AgreementState): string {
  if (g.ratified) return `ratified ${formatDate(g.ratified)}${g.signed ? ` (signed ${formatDate(g.signed)})` : ''}`;
  if (g.signed) return `signed ${formatDate(g.signed)}`;
  return 'planned';
}

/** Builds the outline of a dossier; sources are numbered once each, in order of first citation. */
export function outline(d: Dossier): Outline {
  const [A, B] = d.pair;
  const name = (c: string | null): string => (c === A.code ? A.name : c === B.code ? B.name : c ?? '?');
  const numbers = new Map<string, number>();
  const sources: (FactSource & { n: number })[] = [];
  const ref = (s: FactSource): number => {
    const k = `${s.articleId}:${s.start}:${s.end}`;
    let n = numbers.get(k);
    if (n === undefined) { n = sources.length + 1; numbers.set(k, n); sources.push({ ...s, n }); }
    return n;
  };
  const item = (l: DossierLine, text = l.text): OutlineItem => ({
    date: lineDate(l), text, refs: [...new Set(l.sources.map(ref))].sort((x, y) => x - y), conflict: l.conflictsWith.length > 0, children: [],
  });
  const group = (text: string, lines: readonly DossierLine[], label: (l: DossierLine) => string): OutlineItem => ({
    date: null, text, refs: [], conflict: false, children: lines.map((l) => item(l, label(l))),
  });
  // A bounded dossier says where a section was cut.
  const cut = (s: DossierSection, before: string | null = null): string | null => {
    const b = d.bounds?.sections[s];
    const note = b && b.next ? `The latest ${b.shown} of ${b.total}.` : null;
    return before && note ? `${before} ${note}` : before ?? note;
  };
  const when = (label: string, x: EventDate | null): string | null => (x ? `${label} ${formatDate(x)}` : null);
  const join = (xs: (string | null)[]): string => xs.filter(Boolean).join(', ');

  const sections: OutlineSection[] = [
    {
      title: 'Diplomatic relations',
      summary: cut('relations', d.relations.status === 'unknown' ? 'No recorded change of relations.' : `Status: ${d.relations.status} (${formatDate(d.relations.since)}).`),
      items: d.relations.lines.map((l) => item(l)),
    },
    {
      title: 'Missions',
      summary: cut('missions'),
      items: d.missions.map((m) => group(
        `${name(m.sender)}'s ${missionName(m.type)}${m.city ? ` in ${m.city}` : ''} (${name(m.host)}): ${m.status}${
          join([when('opened', m.opened), when('closed', m.closed), when('reopened', m.reopened)]) ? ` — ${join([when('opened', m.opened), when('closed', m.closed), when('reopened', m.reopened)])}` : ''}`,
        m.lines, (l) => l.text)),
    },
    {
      title: 'Heads of mission',
      summary: cut('headsOfMission'),
      items: d.headsOfMission.map((e) => group(
        `${e.person ?? 'Unnamed envoy'}${e.rank ? `, ${e.rank}` : ''} of ${name(e.sender)} in ${name(e.host)}${
          join([when('appointed', e.appointed), when('credentials', e.credentials), when('recalled', e.recalled), when('expelled', e.expelled)]) ? ` — ${join([when('appointed', e.appointed), when('credentials', e.credentials), when('recalled', e.recalled), when('expelled', e.expelled)])}` : ''}`,
        e.lines, (l) => l.text)),
    },
    {
      title: 'Agreements',
      summary: cut('agreements'),
      items: d.agreements.map((g) => group(
        `${g.title ?? (g.type ? `Untitled ${g.type.replace('-', ' ')}` : 'Untitled agreement')}${g.type && g.title ? ` (${g.type.replace('-', ' ')})` : ''}${g.topics.length ? ` — topics: ${g.topics.join(', ')}` : ''} — ${agreementStatus(g)}`,
        g.lines, (l) => l.text)),
    },
    { title: 'Meetings and visits', summary: cut('meetings'), items: d.meetings.map((l) => item(l)) },
    { title: 'Mechanisms', summary: cut('mechanisms'), items: d.mechanisms.map((l) => item(l)) },
    {
      title: 'Shared memberships',
      summary: null,
      items: d.memberships.map((m) => group(`${m.organisation.name} (${m.organisation.code})`, m.lines, (l) => l.text)),
    },
    { title: 'Intentions and plans', summary: cut('plans'), items: d.plans.map((l) => item(l)) },
    {
      title: 'Other events',
      summary: (d.bounds?.sections.other.total ?? d.other.length) > Math.min(OTHER_SHOWN, d.other.length)
        ? `The latest ${Math.min(OTHER_SHOWN, d.other.length)} of ${d.bounds?.sections.other.total ?? d.other.length}; all of them: attache events --pair ${A.code},${B.code}` : null,
      items: d.other.slice(-OTHER_SHOWN).map((l) => item(l)),
    },
  ];
  const s = d.summary;
  return {
    title: `${A.name} (${A.code}) – ${B.name} (${B.code})`,
    subtitle: d.bounds && !d.bounds.complete
      ? `${plural(s.facts, 'fact')}${s.first ? `, ${s.first.slice(0, 4)}–${(s.last ?? s.first).slice(0, 4)}` : ''}; the latest ${d.bounds.limit} lines per section are shown, with at most ${plural(d.bounds.sourceLimit, 'source')} each (${plural(s.sources, 'report')} from ${plural(s.articles, 'article')}${s.conflicts ? `; ${s.conflicts} in conflict` : ''}).`
      : `${plural(s.facts, 'fact')} from ${plural(s.articles, 'article')} (${plural(s.sources, 'report')})${s.first ? `, ${s.first.slice(0, 4)}–${(s.last ?? s.first).slice(0, 4)}` : ''}${s.conflicts ? `; ${s.conflicts} in conflict` : ''}.`,
    sections: sections.filter((x) => x.items.length > 0 || x.title === 'Diplomatic relations'),
    sources,
  };
}

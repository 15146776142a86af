import type { EventDate } from '../model/event.js';
import { sameName } from '../store/merge.js';
import type { AgreementState, DossierLine, EnvoyState, MissionState, RelationsState } from './dossier-types.js';

const norm = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const asserted = (l: DossierLine): boolean => l.modality === 'asserted';

const RELATION_STATUS: Record<string, RelationsState['status']> = {
  'relations.establish': 'established', 'relations.restore': 'restored', 'relations.sever': 'severed',
  'relations.upgrade': 'upgraded', 'relations.downgrade': 'downgraded',
};

/** Relations: every change in date order; the status is the latest asserted one. */
export function relationsState(lines: readonly DossierLine[]): RelationsState {
  const rel = lines.filter((l) => l.kind !== null && l.kind in RELATION_STATUS);
  const last = [...rel].reverse().find(asserted);
  return { status: last ? RELATION_STATUS[last.kind!]! : 'unknown', since: last?.date ?? null, lines: rel };
}

/** Groups lines whose optional fields agree: a line missing a field joins the single group that fits. */
function groupLoosely(lines: readonly DossierLine[], fields: (l: DossierLine) => readonly (string | null)[], fits: (a: string, b: string) => boolean = (a, b) => a === b): DossierLine[][] {
  const groups: { readonly key: (string | null)[]; readonly lines: DossierLine[] }[] = [];
  const ordered = [...lines].sort((a, b) => fields(b).filter(Boolean).length - fields(a).filter(Boolean).length);
  for (const l of ordered) {
    const f = fields(l);
    const match = groups.filter((g) => g.key.every((k, i) => k === null || f[i] === null || fits(k, f[i]!)));
    if (match.length === 1 || (match.length > 1 && f.every((x) => x !== null))) {
      const g = match[0]!;
      g.lines.push(l);
      f.forEach((x, i) => { if (g.key[i] === null && x !== null) g.key[i] = x; });
    } else {
      groups.push({ key: [...f], lines: [l] });
    }
  }
  return groups.map((g) => g.lines);
}

const byDate = (a: DossierLine, b: DossierLine): number => (a.date.value ?? '9999').localeCompare(b.date.value ?? '9999');

/** Missions by sender, host, type and city, with their opening, closing and current status. */
export function missionStates(lines: readonly DossierLine[]): MissionState[] {
  const ms = lines.filter((l) => l.kind?.startsWith('mission.'));
  const groups = groupLoosely(ms, (l) => [`${l.source}>${l.target}`, l.attributes.missionType ?? null, l.attributes.city ? norm(l.attributes.city) : null]);
  return groups.map((g) => {
    const sorted = [...g].sort(byDate);
    let status: MissionState['status'] = 'unknown';
    let opened: EventDate | null = null, closed: EventDate | null = null, reopened: EventDate | null = null;
    for (const l of sorted) {
      if (!asserted(l)) { if (status === 'unknown' && l.modality !== 'negated') status = 'planned'; continue; }
      if (l.kind === 'mission.open') { opened ??= l.date; status = 'open'; }
      if (l.kind === 'mission.reopen') { reopened = l.date; status = 'open'; }
      if (l.kind === 'mission.close') { closed = l.date; status = l.attributes.temporary ? 'temporarily closed' : 'closed'; }
    }
    const first = sorted[0]!;
    return {
      sender: first.source ?? '?', host: first.target ?? '?',
      type: sorted.find((l) => l.attributes.missionType)?.attributes.missionType ?? null,
      city: sorted.find((l) => l.attributes.city)?.attributes.city ?? null,
      status, opened, closed, reopened, lines: sorted,
    };
  }).sort((a, b) => `${a.sender}${a.opened?.value ?? '9999'}`.localeCompare(`${b.sender}${b.opened?.value ?? '9999'}`));
}

const envoyName = (l: DossierLine): string | null =>
  l.attributes.person ?? l.people.find((p) => p.country === (l.kind === 'envoy.expel' ? l.target : l.source))?.name ?? null;

/** Heads of mission over time: each envoy's appointment, credentials, recall or expulsion. */
export function envoyStates(lines: readonly DossierLine[]): EnvoyState[] {
  const es = lines.filter((l) => l.kind?.startsWith('envoy.') && l.modality !== 'negated');
  const sender = (l: DossierLine): string => (l.kind === 'envoy.expel' ? l.target : l.source) ?? '?';
  const host = (l: DossierLine): string => (l.kind === 'envoy.expel' ? l.source : l.target) ?? '?';
  const groups = groupLoosely(es, (l) => [`${sender(l)}>${host(l)}`, envoyName(l)], (a, b) => a === b || (!a.includes('>') && sameName(a, b)));
  return groups.map((g) => {
    const sorted = [...g].sort(byDate);
    const dateOf = (k: string): EventDate | null => sorted.find((l) => l.kind === k && asserted(l))?.date ?? null;
    return {
      sender: sender(sorted[0]!), host: host(sorted[0]!),
      person: sorted.map(envoyName).find((n) => n !== null) ?? null,
      rank: sorted.find((l) => l.attributes.rank)?.attributes.rank ?? null,
      appointed: dateOf('envoy.appoint'), credentials: dateOf('envoy.credentials'),
      recalled: dateOf('envoy.recall'), expelled: dateOf('envoy.expel'), lines: sorted,
    };
  }).sort((a, b) => (a.lines[0]!.date.value ?? '9999').localeCompare(b.lines[0]!.date.value ?? '9999'));
}

/**
 * An untitled ratification joins the one untitled signature it can follow: signed no later,
 * with a topic in common (or no topics stated).
 */
function attachUntitled(groups: DossierLine[][]): DossierLine[][] {
  const untitled = (g: DossierLine[]): boolean => g.every((l) => !l.attributes.agreementTitle);
  const signs = groups.filter((g) => untitled(g) && g.some((l) => l.kind === 'agreement.sign'));
  const out: DossierLine[][] = [];
  for (const g of groups) {
    if (!untitled(g) || g.some((l) => l.kind === 'agreement.sign')) { out.push(g); continue; }
    const r = g[0]!;
    const fits = signs.filter((sg) => sg.some((l) => {
      const topics = l.attributes.topics ?? [], rt = r.attributes.topics ?? [];
      const topical = topics.length === 0 || rt.length === 0 || topics.some((t) => rt.includes(t));
      return topical && (l.date.value ?? '') <= (r.date.value ?? '9999').padEnd(10, '9');
    }));
    if (fits.length === 1) fits[0]!.push(...g); else out.push(g);
  }
  return out;
}

/** Agreements by title (or by date when untitled), with signature and ratification. */
export function agreementStates(lines: readonly DossierLine[]): AgreementState[] {
  const as = lines.filter((l) => l.kind?.startsWith('agreement.') && l.modality !== 'negated');
  const groups = attachUntitled(groupLoosely(as, (l) => [l.attributes.agreementTitle ? norm(l.attributes.agreementTitle) : l.kind === 'agreement.sign' ? `#${l.factId}` : null]));
  return groups.map((g) => {
    const sorted = [...g].sort(byDate);
    const signed = sorted.find((l) => l.kind === 'agreement.sign' && asserted(l))?.date ?? null;
    const ratified = sorted.find((l) => l.kind === 'agreement.ratify' && asserted(l))?.date ?? null;
    const attr = (k: 'agreementTitle' | 'agreementType'): string | null => sorted.find((l) => l.attributes[k])?.attributes[k] ?? null;
    return {
      title: attr('agreementTitle'), type: attr('agreementType'),
      topics: [...new Set(sorted.flatMap((l) => l.attributes.topics ?? []))],
      status: ratified ? 'ratified' : signed ? 'signed' : 'planned', signed, ratified, lines: sorted,
    } satisfies AgreementState;
  }).sort((a, b) => ((a.signed ?? a.ratified ?? a.lines[0]!.date)?.value ?? '9999').localeCompare((b.signed ?? b.ratified ?? b.lines[0]!.date)?.value ?? '9999'));
}

/** A meeting that is a standing mechanism: consultations, a commission session, a numbered round. */
export const isMechanism = (l: DossierLine): boolean =>
  l.kind === 'parliament.friendship-group' ||
  (l.kind === 'meeting' && (l.attributes.format === 'consultations' || l.attributes.format === 'commission' || l.attributes.round !== undefined));

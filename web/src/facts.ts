import type { Fact } from './types.js';
import { yearOf } from './dates.js';

/** The colour family of a kind (a CSS class, `k-…`). */
export function kindClass(kind: string | null): string {
  if (!kind) return 'k-other';
  const family = kind.split('.')[0];
  if (kind === 'meeting.intent' || kind === 'visit') return 'k-meeting';
  if (kind === 'parliament.friendship-group') return 'k-mechanism';
  return ['relations', 'mission', 'envoy', 'agreement', 'meeting', 'cooperation', 'membership'].includes(family) ? `k-${family}` : 'k-other';
}

export const KIND_LEGEND: readonly (readonly [string, string])[] = [
  ['k-relations', 'relations'], ['k-mission', 'missions'], ['k-envoy', 'envoys'], ['k-agreement', 'agreements'],
  ['k-meeting', 'meetings and visits'], ['k-cooperation', 'intentions'], ['k-mechanism', 'mechanisms'],
  ['k-membership', 'memberships'], ['k-other', 'other'],
];

type Names = (code: string | null) => string;

const MODALITY: Readonly<Record<string, string>> = { planned: ' (planned)', intended: ' (intended)', negated: ' (denied)' };

/** One line saying what a fact is ("Azerbaijan opened its embassy in Lima"). */
export function describeFact(f: Fact, name: Names): string {
  const a = f.attributes;
  const src = name(f.source ?? f.parties[0] ?? null);
  const tgt = name(f.target ?? f.parties.find((p) => p !== f.source) ?? null);
  const mission = `${a.missionType ?? 'mission'}${a.city ? ` in ${a.city}` : ''}`;
  const envoy = a.person ? `${a.person}${a.rank ? ` (${a.rank})` : ''}` : a.rank ?? 'an envoy';
  const agreement = a.agreementTitle ?? (a.agreementType ? a.agreementType[0].toUpperCase() + a.agreementType.slice(1) : 'Agreement');
  const text: Record<string, string> = {
    'relations.establish': 'Diplomatic relations established',
    'relations.restore': 'Diplomatic relations restored',
    'relations.sever': `${src} severed relations with ${tgt}`,
    'relations.upgrade': `${src} upgraded relations with ${tgt}`,
    'relations.downgrade': `${src} downgraded relations with ${tgt}`,
    'mission.open': `${src} opened its ${mission}`,
    'mission.reopen': `${src} reopened its ${mission}`,
    'mission.close': `${src} closed its ${mission}${a.temporary ? ' (temporarily)' : ''}`,
    'envoy.appoint': `${src} appointed ${envoy} to ${tgt}`,
    'envoy.credentials': `${envoy} presented credentials in ${tgt}`,
    'envoy.recall': `${src} recalled ${envoy} from ${tgt}`,
    'envoy.expel': `${src} expelled ${envoy} of ${tgt}`,
    'agreement.sign': `${agreement} signed`,
    'agreement.ratify': `${agreement} ratified by ${src}`,
    meeting: `Meeting${a.format ? ` (${a.format})` : ''}`,
    visit: `${src} visit to ${tgt}`,
    'cooperation.intent': `${src} wants to cooperate with ${tgt}`,
    'meeting.intent': `${src} plans to meet ${tgt}`,
    'membership.join': `${src} joined ${a.organisation ?? 'an organisation'}`,
    'parliament.friendship-group': 'Parliamentary friendship group',
  };
  const base = f.kind ? text[f.kind] ?? f.kind : `Event (CAMEO ${f.cameo}) ${src} → ${tgt}`;
  return base + (MODALITY[f.modality] ?? '');
}

/** "Elmar Mammadyarov (foreign minister, AZE)". */
export const personText = (p: Fact['people'][number]): string =>
  `${p.name}${p.title || p.country ? ` (${[p.title, p.country].filter(Boolean).join(', ')})` : ''}`;

/** A mission between the pair, from its open/close facts. */
export interface MissionBar {
  readonly key: string;
  readonly sender: string;
  readonly host: string;
  readonly type: string;
  readonly city: string | null;
  readonly opened: string | null;
  readonly closed: string | null;
  readonly facts: readonly Fact[];
}

const byDate = (x: Fact, y: Fact): number => (yearOf(x.date.value) ?? 1e9) - (yearOf(y.date.value) ?? 1e9);

/** Missions per sender, host, type and city: opened at the first opening, closed at a later closing. */
export function missionBars(facts: readonly Fact[]): MissionBar[] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    if (!f.kind?.startsWith('mission.') || f.modality !== 'asserted' || !f.source) continue;
    const key = `${f.source}>${f.target ?? '?'}|${f.attributes.missionType ?? 'mission'}|${f.attributes.city ?? ''}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  return [...groups].map(([key, fs]) => {
    const sorted = [...fs].sort(byDate);
    const opens = sorted.filter((f) => f.kind !== 'mission.close');
    const closes = sorted.filter((f) => f.kind === 'mission.close');
    const opened = opens[0]?.date.value ?? null;
    const lastOpen = opens.at(-1)?.date.value ?? null;
    const lastClose = closes.at(-1)?.date.value ?? null;
    const closed = lastClose && (!lastOpen || (yearOf(lastClose) ?? 0) >= (yearOf(lastOpen) ?? 0)) ? lastClose : null;
    const f0 = sorted[0];
    return {
      key, sender: f0.source!, host: f0.target ?? '?', type: f0.attributes.missionType ?? 'mission',
      city: f0.attributes.city ?? null, opened, closed, facts: sorted,
    };
  });
}

/** The dossier's sections, each in date order. */
export interface Sections {
  readonly relations: readonly Fact[];
  readonly envoys: readonly Fact[];
  readonly agreements: readonly Fact[];
  readonly meetings: readonly Fact[];
  readonly mechanisms: readonly Fact[];
  readonly other: readonly Fact[];
}

export function sections(facts: readonly Fact[]): Sections {
  const pick = (p: (f: Fact) => boolean) => facts.filter(p).sort(byDate);
  const mech = (f: Fact) => f.kind === 'parliament.friendship-group' || f.attributes.format === 'commission' || f.attributes.format === 'consultations';
  return {
    relations: pick((f) => !!f.kind?.startsWith('relations.')),
    envoys: pick((f) => !!f.kind?.startsWith('envoy.')),
    agreements: pick((f) => !!f.kind?.startsWith('agreement.')),
    meetings: pick((f) => (f.kind === 'meeting' || f.kind === 'visit' || f.kind === 'meeting.intent') && !mech(f)),
    mechanisms: pick(mech),
    other: pick((f) => !f.kind || f.kind === 'cooperation.intent' || f.kind === 'membership.join'),
  };
}

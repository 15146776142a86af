/** The colour family of a kind (a CSS class, `k-…`). */
export function kindClass(kind: string | null): string {
  if (!kind) return 'k-other';
  if (kind === 'meeting.intent' || kind === 'visit') return 'k-meeting';
  if (kind === 'parliament.friendship-group') return 'k-mechanism';
  const family = kind.split('.')[0];
  return ['relations', 'mission', 'envoy', 'agreement', 'meeting', 'cooperation', 'membership'].includes(family) ? `k-${family}` : 'k-other';
}

export const KIND_LEGEND: readonly (readonly [string, string])[] = [
  ['k-relations', 'relations'], ['k-mission', 'missions'], ['k-envoy', 'envoys'], ['k-agreement', 'agreements'],
  ['k-meeting', 'meetings and visits'], ['k-cooperation', 'intentions'], ['k-mechanism', 'mechanisms'],
  ['k-membership', 'memberships'], ['k-other', 'other'],
];

/** "Elmar Mammadyarov (foreign minister, AZE)". */
export const personText = (p: { readonly name: string; readonly title: string | null; readonly country: string | null }): string =>
  `${p.name}${p.title || p.country ? ` (${[p.title, p.country].filter(Boolean).join(', ')})` : ''}`;

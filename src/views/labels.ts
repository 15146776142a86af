import type { EventDate } from '../model/event.js';
import type { FactPerson } from '../store/merge.js';
import type { Fact } from '../store/store.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function onePart(v: string): string {
  const [y, m, d] = v.split('-');
  if (!m) return y ?? v;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A date as people write it: `25 June 1996`, `June 2015`, `1996`, `1950–1959`, `date unknown`. */
export function formatDate(d: EventDate | null): string {
  if (!d?.value) return d?.text ? `"${d.text}" (no year)` : 'date unknown';
  return d.value.split('/').map(onePart).join('–');
}

/** "Elmar Mammadyarov (foreign minister, AZE)". */
export function formatPerson(p: FactPerson, name: (code: string | null) => string): string {
  const bits = [p.title, p.country ? name(p.country) : null].filter((x): x is string => !!x);
  return bits.length ? `${p.name} (${bits.join(', ')})` : p.name;
}

const MISSION: Record<string, string> = {
  embassy: 'embassy', 'consulate-general': 'consulate general', consulate: 'consulate',
  'honorary-consulate': 'honorary consulate', 'permanent-mission': 'permanent mission', office: 'office',
};

/** The human name of a mission type. */
export const missionName = (t?: string | null): string => (t ? MISSION[t] ?? t : 'mission');

const MODALITY: Record<string, string> = { planned: 'Planned: ', intended: 'Intended: ', negated: 'Denied: ', asserted: '' };

/** One line describing a fact, with its parties named ("Azerbaijan opened its embassy in Lima"). */
export function describeFact(f: Fact, name: (code: string | null) => string): string {
  // Facts built from participants only name their parties, not a direction.
  const first = f.source ?? f.parties.find((p) => p !== f.target) ?? null;
  const src = name(first), tgt = name(f.target ?? f.parties.find((p) => p !== first) ?? null);
  const a = f.attributes;
  const people = f.people.map((p) => formatPerson(p, name)).join(' and ');
  const prefix = MODALITY[f.modality] ?? '';
  const inCity = a.city ? ` in ${a.city}` : '';
  const text = ((): string => {
    switch (f.kind) {
      case 'relations.establish': return 'Diplomatic relations established';
      case 'relations.restore': return 'Diplomatic relations restored';
      case 'relations.sever': return `${src} severed diplomatic relations with ${tgt}`;
      case 'relations.upgrade': return `${src} upgraded relations with ${tgt}${a.rank ? ` to ${a.rank} level` : ''}`;
      case 'relations.downgrade': return `${src} downgraded relations with ${tgt}${a.rank ? ` to ${a.rank} level` : ''}`;
      case 'mission.open': return `${src} opened its ${missionName(a.missionType)}${inCity} (${tgt})`;
      case 'mission.reopen': return `${src} reopened its ${missionName(a.missionType)}${inCity} (${tgt})`;
      case 'mission.close': return `${src} ${a.temporary ? 'temporarily closed' : 'closed'} its ${missionName(a.missionType)}${inCity} (${tgt})`;
      case 'envoy.appoint': return `${src} appointed ${a.person ?? (people || 'an envoy')}${a.rank ? ` as ${a.rank}` : ''} to ${tgt}`;
      case 'envoy.credentials': return `${a.person ?? (people || `${src}'s envoy`)} presented credentials${a.rank ? ` as ${a.rank}` : ''} in ${tgt}`;
      case 'envoy.recall': return `${src} recalled ${a.person ?? 'its envoy'} from ${tgt}`;
      case 'envoy.expel': return `${src} expelled ${a.person ?? `${tgt}'s envoy`}`;
      case 'agreement.sign': return `${src} and ${tgt} signed ${agreementName(f)}`;
      case 'agreement.ratify': return `${src} ratified ${agreementName(f)}`;
      case 'meeting': return `${formatLabel(a.format, 'Meeting')}${people ? `: ${people}` : ` between ${src} and ${tgt}`}${inCity}${a.round ? ` (round ${a.round})` : ''}`;
      case 'visit': return `Visit to ${tgt}${people ? ` by ${people}` : ` by ${src}`}${inCity}`;
      case 'cooperation.intent': return `${src} stated an intention to cooperate with ${tgt}${a.topics?.length ? ` (${a.topics.join(', ')})` : ''}`;
      case 'meeting.intent': return `${src} proposed a meeting with ${tgt}${people ? ` (${people})` : ''}`;
      case 'membership.join': return `${src} joined ${a.organisation ? name(a.organisation) : tgt}`;
      case 'parliament.friendship-group': return 'Parliamentary friendship group';
      default: return `CAMEO ${f.cameo}: ${src} → ${tgt}${people ? ` (${people})` : ''}`;
    }
  })();
  return prefix + text;
}

function formatLabel(format: string | undefined, fallback: string): string {
  if (!format) return fallback;
  const map: Record<string, string> = {
    talks: 'Talks', consultations: 'Political consultations', phone: 'Phone call', video: 'Video conference',
    commission: 'Joint commission session', credentials: 'Credentials ceremony',
  };
  return map[format] ?? fallback;
}

/** "the Agreement on visa exemption (agreement; visa, trade)", or "an agreement (visa)" when untitled. */
export function agreementName(f: Pick<Fact, 'attributes'>): string {
  const a = f.attributes;
  const type = a.agreementType?.replace('-', ' ') ?? 'agreement';
  const title = a.agreementTitle
    ? (/^the\s/i.test(a.agreementTitle) ? a.agreementTitle : `the ${a.agreementTitle}`)
    : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
  const bits = [a.agreementTitle && a.agreementType ? a.agreementType.replace('-', ' ') : null, a.topics?.length ? a.topics.join(', ') : null]
    .filter((x): x is string => !!x);
  return bits.length ? `${title} (${bits.join('; ')})` : title;
}

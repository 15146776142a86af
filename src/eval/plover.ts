import countries from 'i18n-iso-countries';
import type { Actor } from '../model/actor.js';
import type { Modality } from '../model/event.js';

/** What PLOVER scoring reads of a coded event (a CodedClause or a pipeline DiploEvent). */
export interface ScoredEvent {
  readonly cameo: string;
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly modality: Modality;
  readonly confidence: number;
}

/** One record of the PLOVER gold standard (PLOVER_GSR_CAMEO.txt). */
export interface PloverRecord {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  /** PLOVER 0.5 event type (AGREE, DEMAND, FIGHT…). */
  readonly event: string;
  /** Country (or IGO/NGO) codes of the sources and targets. */
  readonly sources: readonly string[];
  readonly targets: readonly string[];
}

interface RawActor {
  readonly code?: string;
}
interface RawRecord {
  readonly id?: string;
  readonly date?: string;
  readonly text?: string;
  readonly event?: string;
  readonly source?: unknown;
  readonly target?: unknown;
}

/**
 * Country codes of older CAMEO/TABARI dictionaries that the gold standard uses in a few records,
 * mapped to the ISO alpha-3 code the coder produces.
 */
const LEGACY_CODES: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

/** Actor lists are arrays of `{code}` in most records, a single object or a string in a few. */
function codes(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  return list.map((a) => (typeof a === 'string' ? a : ((a as RawActor)?.code ?? ''))).filter((c) => /^[A-Z-]{3}/.test(c)).map((c) => c.slice(0, 3)).map((c) => LEGACY_CODES[c] ?? c);
}

/** Reads the PLOVER gold-standard JSON array; the DOCUMENT header and records without text are skipped. */
export function parsePloverRecords(json: string): PloverRecord[] {
  const data = JSON.parse(json) as unknown;
  if (!Array.isArray(data)) throw new Error('PLOVER gold standard: not a JSON array');
  return (data as RawRecord[])
    .filter((r) => r && typeof r.text === 'string' && r.event && r.event !== 'DOCUMENT')
    .map((r, i) => ({
      id: r.id ?? `plover-${i}`, date: r.date ?? null, text: r.text!, event: r.event!,
      sources: codes(r.source),
      targets: codes(r.target),
    }));
}

/**
 * The PLOVER 0.5 event type of a CAMEO code (the gold standard predates the 2021 renames:
 * appeals and demands are DEMAND, 09 INVESTIGATE, 11 DISAPPROVE, 19 FIGHT).
 */
export function plover05(code: string): string | null {
  const root = code.slice(0, 2);
  const three = code.slice(0, 3);
  if (code === '1712') return 'COERCE';
  // a change of leadership acceded to is a resignation: PLOVER's manual puts resignations under RETREAT
  if (code === '0831') return 'RETREAT';
  if (three === '163') return 'SANCTION';
  switch (root) {
    case '01': return null;
    case '02': case '10': return 'DEMAND';
    case '03': return 'AGREE';
    case '04': return 'CONSULT';
    case '05': return 'SUPPORT';
    case '06': return 'COOPERATE';
    case '07': return 'AID';
    case '08': return ['080', '081', '082', '083'].includes(three) ? 'CONCEDE' : 'RETREAT';
    case '09': return 'INVESTIGATE';
    case '11': return 'DISAPPROVE';
    case '12': return 'REJECT';
    case '13': return 'THREATEN';
    case '14': return 'PROTEST';
    case '15': return 'MOBILIZE';
    case '16': return 'SANCTION';
    case '17': return code === '175' ? 'ASSAULT' : 'COERCE';
    case '18': case '20': return 'ASSAULT';
    case '19': return 'FIGHT';
    default: return null;
  }
}

/** The country-level code PLOVER's gold uses for an actor: ISO alpha-3, or IGO / NGO for organisations. */
export function ploverCountry(a: Actor | null): string | null {
  if (!a) return null;
  const code = a.code ?? '';
  if (code.startsWith('NGO') || code.startsWith('NGM') || a.sectors.includes('NGO')) return 'NGO';
  // an agent of no known country ("---REB", "---COP") names no country
  if (code.startsWith('---')) return null;
  if (a.type === 'organisation' && !a.country) return 'NGO';
  if (a.type === 'igo' || code.startsWith('IGO')) return 'IGO';
  // Organisation codes in the country slot (UNO, EUR, NAT…) are IGOs.
  if (a.country && !countries.isValid(a.country)) return 'IGO';
  return a.country ?? null;
}

/** Per-record outcome of the PLOVER comparison. */
export interface PloverOutcome {
  readonly id: string;
  readonly wantEvent: string;
  readonly gotEvent: string | null;
  readonly gotCode: string | null;
  /** null when the gold has no source (target): not scored. */
  readonly sourceOk: boolean | null;
  readonly targetOk: boolean | null;
  /** The gold's and the coder's source / target countries, for the diff. */
  readonly wantSources: readonly string[];
  readonly wantTargets: readonly string[];
  readonly gotSource: string | null;
  readonly gotTarget: string | null;
}

/**
 * Scores one record: the main event is the most confident clause with a PLOVER type (the first
 * on a tie); its source (target) is right when its country is one of the gold's.
 */
export function scorePlover(rec: PloverRecord, clauses: readonly ScoredEvent[]): PloverOutcome {
  const typed = clauses.filter((c) => c.modality !== 'negated' && plover05(c.cameo) !== null);
  let main: ScoredEvent | null = null;
  for (const c of typed) if (!main || c.confidence > main.confidence) main = c;
  const src = main ? ploverCountry(main.source) : null;
  const tgt = main ? ploverCountry(main.target) : null;
  return {
    id: rec.id, wantEvent: rec.event, gotEvent: main ? plover05(main.cameo) : null, gotCode: main?.cameo ?? null,
    sourceOk: rec.sources.length ? src !== null && rec.sources.includes(src) : null,
    targetOk: rec.targets.length ? tgt !== null && rec.targets.includes(tgt) : null,
    wantSources: rec.sources, wantTargets: rec.targets, gotSource: src, gotTarget: tgt,
  };
}

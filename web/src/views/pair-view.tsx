import type { ComponentChildren } from 'preact';
import type { AgreementState, Dossier, DossierLine, DossierSection, EnvoyState, MissionState } from '../types.js';
import { formatDate, yearOf } from '../dates.js';
import { kindClass, KIND_LEGEND, personText } from '../facts.js';
import { enc } from '../api.js';
import { go, href } from '../router.js';
import { safeHref } from '../safe-url.js';
import { useApi } from '../use-api.js';
import { Status } from './status.js';
import { MoreButton, moreLines, useMore, type More } from './section-more.js';

const W = 900;
const PAD = 40;
const THIS_YEAR = Number(new Date().toISOString().slice(0, 4));

/** Every line of the dossier (and of the older pages loaded) once, in date order. */
function allLines(d: Dossier, extra: readonly DossierLine[]): DossierLine[] {
  const all = [
    ...d.relations.lines, ...d.missions.flatMap((m) => m.lines), ...d.headsOfMission.flatMap((h) => h.lines),
    ...d.agreements.flatMap((a) => a.lines), ...d.meetings, ...d.mechanisms, ...d.memberships.flatMap((m) => m.lines), ...d.plans, ...d.other,
    ...extra,
  ];
  const seen = new Map(all.map((l) => [l.factId, l]));
  return [...seen.values()].sort((a, b) => (yearOf(a.date.value) ?? 1e9) - (yearOf(b.date.value) ?? 1e9));
}

/** The time axis: from a year before the first line to a year after the last (or this year). */
function axis(lines: readonly DossierLine[]) {
  const years = lines.map((l) => yearOf(l.date.value)).filter((y): y is number => y !== null);
  const lo = Math.floor(Math.min(...years, THIS_YEAR - 5)) - 1;
  const hi = Math.max(Math.ceil(Math.max(...years, 0)), THIS_YEAR) + 1;
  const x = (y: number) => PAD + ((y - lo) / (hi - lo)) * (W - 2 * PAD);
  const step = Math.max(1, Math.ceil((hi - lo) / 12));
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) ticks.push(t);
  return { x, ticks, hi };
}

type Axis = ReturnType<typeof axis>;

function Ticks({ ax, y }: { ax: Axis; y: number }) {
  return <g class="ticks" aria-hidden="true">{ax.ticks.map((t) => <text key={t} x={ax.x(t)} y={y}>{t}</text>)}</g>;
}

function Timeline({ lines, ax, onPick }: { lines: readonly DossierLine[]; ax: Axis; onPick: (l: DossierLine) => void }) {
  const dated = lines.filter((l) => yearOf(l.date.value) !== null);
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} 70`} role="img" aria-label={`Timeline of ${dated.length} dated facts`}>
        <line x1={PAD} x2={W - PAD} y1={30} y2={30} class="axis" />
        {dated.map((l, i) => (
          <circle key={l.factId} cx={ax.x(yearOf(l.date.value)!)} cy={30 - ((i % 3) - 1) * 8} r={6} class={`dot ${kindClass(l.kind)}`} onClick={() => onPick(l)}>
            <title>{`${formatDate(l.date.value, l.date.precision)}: ${l.text}`}</title>
          </circle>
        ))}
        <Ticks ax={ax} y={62} />
      </svg>
      <figcaption class="legend">
        {KIND_LEGEND.map(([cls, label]) => <span key={cls}><i class={`swatch ${cls}`} aria-hidden="true" />{label}</span>)}
      </figcaption>
    </figure>
  );
}

const CLOSED = new Set(['closed', 'temporarily closed']);

/** Bars of a mission: open from its opening (or reopening) to its closing, or to now. */
function spans(m: MissionState, hi: number): [number, number, boolean][] {
  const o = yearOf(m.opened?.value), c = yearOf(m.closed?.value), r = yearOf(m.reopened?.value);
  const out: [number, number, boolean][] = [];
  if (o !== null) out.push([o, c !== null && c >= o ? c : hi, c !== null && c >= o]);
  if (r !== null) out.push([r, c !== null && c > r ? c : hi, c !== null && c > r]);
  if (o === null && r === null && c !== null) out.push([c, c, true]);
  return out;
}

function MissionBars({ missions, ax, names }: { missions: readonly MissionState[]; ax: Axis; names: Map<string, string> }) {
  const row = 28;
  return (
    <svg viewBox={`0 0 ${W} ${missions.length * row + 24}`} class="missions" role="img" aria-label="Missions from opening to closing">
      {missions.map((m, i) => {
        const bars = spans(m, ax.hi);
        const label = `${names.get(m.sender) ?? m.sender} ${m.type ?? 'mission'}${m.city ? ` in ${m.city}` : ''} (${m.status})`;
        return (
          <g key={`${m.sender}-${m.host}-${m.city}-${i}`}>
            {bars.map(([s, e, closed], j) => (
              <rect key={j} x={ax.x(s)} y={i * row + 4} width={Math.max(4, ax.x(e) - ax.x(s))} height={row - 10} class={closed ? 'bar closed' : 'bar open'} />
            ))}
            <text x={bars.length ? ax.x(bars[0][0]) + 6 : PAD} y={i * row + 18} class="bar-label">{label}</text>
          </g>
        );
      })}
      <Ticks ax={ax} y={missions.length * row + 18} />
    </svg>
  );
}

interface Nav { readonly a: string; readonly b: string; readonly selected: string | null }

function Lines({ lines, nav }: { lines: readonly DossierLine[]; nav: Nav }) {
  if (!lines.length) return <p class="empty">Nothing reported.</p>;
  return (
    <ul class="facts">
      {lines.map((l) => (
        <li key={l.factId}>
          <button type="button" class={`fact ${kindClass(l.kind)}${nav.selected === l.factId ? ' selected' : ''}`} aria-expanded={nav.selected === l.factId}
            aria-controls="sources" data-fact={l.factId} onClick={() => go({ name: 'pair', a: nav.a, b: nav.b, fact: nav.selected === l.factId ? null : l.factId })}>
            <span class="date">{formatDate(l.date.value, l.date.precision)}</span>
            <span class="what">{l.text}</span>
            {l.people.length > 0 && <span class="who">{l.people.map(personText).join('; ')}</span>}
            <span class="count">{(l.sourceCount ?? l.sources.length).toLocaleString('en')} source{(l.sourceCount ?? l.sources.length) === 1 ? '' : 's'}</span>
            {l.conflictsWith.length > 0 && <span class="conflict">conflicting reports</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Sources({ line }: { line: DossierLine }) {
  return (
    <section id="sources" class="sources" aria-label="Sources of the selected fact">
      <h3>{line.text} — {formatDate(line.date.value, line.date.precision)}</h3>
      {line.sourceCount !== undefined && <p class="note">The first {line.sources.length} of {line.sourceCount.toLocaleString('en')} sources.</p>}
      <ol>
        {line.sources.map((s) => {
          const link = safeHref(s.url);
          return (
            <li key={s.eventId}>
              <blockquote>{s.sentence}</blockquote>
              <p class="cite">
                {s.title || 'Untitled'}{s.published ? `, ${formatDate(s.published)}` : ''}{s.duplicateOf ? ' (a copy of another report)' : ''}
                {' · '}<a href={href({ name: 'article', id: s.articleId, event: s.eventId })}>Show in the article</a>
                {link && <>{' · '}<a href={link} rel="noopener noreferrer nofollow" target="_blank">original</a></>}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function MissionGroups({ missions, names, nav }: { missions: readonly MissionState[]; names: Map<string, string>; nav: Nav }) {
  return <>{missions.map((m, i) => (
    <div key={i} class="group">
      <h4>{names.get(m.sender) ?? m.sender}’s {m.type ?? 'mission'}{m.city ? ` in ${m.city}` : ''} — {m.status}</h4>
      <Lines lines={m.lines} nav={nav} />
    </div>
  ))}</>;
}

function EnvoyGroups({ envoys, names, nav }: { envoys: readonly EnvoyState[]; names: Map<string, string>; nav: Nav }) {
  return <>{envoys.map((h, i) => (
    <div key={i} class="group">
      <h4>{h.person ?? 'Unnamed envoy'}{h.rank ? `, ${h.rank}` : ''} ({names.get(h.sender) ?? h.sender} in {names.get(h.host) ?? h.host})</h4>
      <Lines lines={h.lines} nav={nav} />
    </div>
  ))}</>;
}

function AgreementGroups({ agreements, nav }: { agreements: readonly AgreementState[]; nav: Nav }) {
  return <>{agreements.map((g, i) => (
    <div key={i} class="group">
      <h4>{g.title ?? g.type ?? 'Agreement'}{g.topics.length ? ` (${g.topics.join(', ')})` : ''} — {g.status}</h4>
      <Lines lines={g.lines} nav={nav} />
    </div>
  ))}</>;
}

/** The older pages of a section loaded by "show more", oldest first, before the section's latest lines. */
function Earlier({ more, render }: { more: More | undefined; render: (p: More['pages'][number]) => ComponentChildren }) {
  if (!more?.pages.length) return null;
  return <div class="earlier">{[...more.pages].reverse().map((p) => <div key={p.lines[0]?.factId}>{render(p)}</div>)}<p class="earlier-end">Latest lines:</p></div>;
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return <section class="section" aria-label={title}><h3>{title}</h3>{children}</section>;
}

/** The pair dossier page: timeline, missions, envoys, agreements, meetings; each fact opens its sources. A busy pair's sections show their latest lines and load older ones on demand. */
export function PairView({ a, b, fact }: { a: string; b: string; fact: string | null }) {
  const loaded = useApi<Dossier>(`/api/dossier/${enc(a)}/${enc(b)}`);
  const { mores, load } = useMore(a, b, loaded.state === 'ok' ? loaded.data : null);
  if (loaded.state !== 'ok') return <Status loaded={loaded} />;
  const d = loaded.data;
  const [A, B] = d.pair;
  const names = new Map(d.pair.map((p) => [p.code, p.name]));
  const lines = allLines(d, moreLines(mores));
  const ax = axis(lines);
  const selected = lines.find((l) => l.factId === fact) ?? null;
  const nav: Nav = { a, b, selected: fact };
  const s = d.summary;
  const more = (section: DossierSection, label: string) => <MoreButton d={d} section={section} more={mores[section]} onMore={() => load(section)} label={label} />;
  const flat = (section: DossierSection) => <Earlier more={mores[section]} render={(p) => <Lines lines={p.lines} nav={nav} />} />;
  return (
    <article class="pair">
      <h2>{A.name} – {B.name}</h2>
      <p class="sub">
        {s.facts.toLocaleString('en')} facts{d.bounds && !d.bounds.complete ? '' : ` from ${s.articles} article${s.articles === 1 ? '' : 's'}`}{s.first ? `, ${formatDate(s.first)} to ${formatDate(s.last)}` : ''}
        {s.conflicts && (!d.bounds || d.bounds.complete) ? ` · ${s.conflicts} with conflicting reports` : ''}
        {d.bounds && !d.bounds.complete ? ` · the latest ${d.bounds.limit} lines of each section are shown` : ''}
        {' · '}<a href={href({ name: 'map', country: A.code, from: '', to: '' })}>{A.name} on the map</a>
        {' · '}<a href={href({ name: 'map', country: B.code, from: '', to: '' })}>{B.name} on the map</a>
      </p>
      <Timeline lines={lines} ax={ax} onPick={(l) => go({ name: 'pair', a, b, fact: l.factId })} />
      <div class="cols">
        <div class="col-main">
          <Section title="Relations">
            <p class="state">Status: {d.relations.status}{d.relations.since ? ` since ${formatDate(d.relations.since.value, d.relations.since.precision)}` : ''}</p>
            {more('relations', 'changes of relations')}{flat('relations')}
            <Lines lines={d.relations.lines} nav={nav} />
          </Section>
          <Section title="Missions">
            {d.missions.length ? <MissionBars missions={d.missions} ax={ax} names={names} /> : null}
            {more('missions', 'mission lines')}
            <Earlier more={mores.missions} render={(p) => <MissionGroups missions={p.missions ?? []} names={names} nav={nav} />} />
            {d.missions.length ? <MissionGroups missions={d.missions} names={names} nav={nav} /> : <p class="empty">No missions reported.</p>}
          </Section>
          <Section title="Heads of mission">
            {more('headsOfMission', 'envoy lines')}
            <Earlier more={mores.headsOfMission} render={(p) => <EnvoyGroups envoys={p.headsOfMission ?? []} names={names} nav={nav} />} />
            {d.headsOfMission.length ? <EnvoyGroups envoys={d.headsOfMission} names={names} nav={nav} /> : <p class="empty">Nothing reported.</p>}
          </Section>
          <Section title="Agreements">
            {more('agreements', 'agreement lines')}
            <Earlier more={mores.agreements} render={(p) => <AgreementGroups agreements={p.agreements ?? []} nav={nav} />} />
            {d.agreements.length ? <AgreementGroups agreements={d.agreements} nav={nav} /> : <p class="empty">Nothing reported.</p>}
          </Section>
          <Section title="Meetings and visits">{more('meetings', 'meetings and visits')}{flat('meetings')}<Lines lines={d.meetings} nav={nav} /></Section>
          <Section title="Mechanisms">{more('mechanisms', 'mechanism lines')}{flat('mechanisms')}<Lines lines={d.mechanisms} nav={nav} /></Section>
          {d.memberships.length > 0 && (
            <Section title="Shared memberships">
              {d.memberships.map((m) => <div key={m.organisation.code} class="group"><h4>{m.organisation.name}</h4><Lines lines={m.lines} nav={nav} /></div>)}
            </Section>
          )}
          <Section title="Plans and intentions">{more('plans', 'plans')}{flat('plans')}<Lines lines={d.plans} nav={nav} /></Section>
          {d.other.length > 0 && <Section title="Other events">{more('other', 'other events')}{flat('other')}<Lines lines={d.other} nav={nav} /></Section>}
        </div>
        <div class="col-side">{selected ? <Sources line={selected} /> : <p class="hint">Choose a fact to see its sources.</p>}</div>
      </div>
    </article>
  );
}

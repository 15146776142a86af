import type { Fact } from '../types.js';
import { formatDate, yearOf } from '../dates.js';
import { describeFact, kindClass, KIND_LEGEND, missionBars, personText, sections, type MissionBar } from '../facts.js';
import { enc } from '../api.js';
import { go, href } from '../router.js';
import { safeHref } from '../safe-url.js';
import { useApi, useCountries, namer } from '../use-api.js';
import { Status } from './status.js';

interface Party { readonly code: string; readonly name: string }
interface Dossier { readonly a: Party; readonly b: Party; readonly facts: readonly Fact[] }

type Names = (code: string | null) => string;

const W = 900;
const PAD = 40;

/** The time axis of the page: from a year before the first fact to a year after the last (or this year). */
function axis(facts: readonly Fact[]) {
  const years = facts.map((f) => yearOf(f.date.value)).filter((y): y is number => y !== null);
  const thisYear = Number(new Date().toISOString().slice(0, 4));
  const lo = Math.floor(Math.min(...years, thisYear - 5)) - 1;
  const hi = Math.max(Math.ceil(Math.max(...years, 0)), thisYear) + 1;
  const x = (y: number) => PAD + ((y - lo) / (hi - lo)) * (W - 2 * PAD);
  const step = Math.max(1, Math.ceil((hi - lo) / 12));
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) ticks.push(t);
  return { x, ticks, hi };
}

function Ticks({ ticks, x, y }: { ticks: number[]; x: (y: number) => number; y: number }) {
  return (
    <g class="ticks" aria-hidden="true">
      {ticks.map((t) => <text key={t} x={x(t)} y={y}>{t}</text>)}
    </g>
  );
}

function Timeline({ facts, names, onPick }: { facts: readonly Fact[]; names: Names; onPick: (f: Fact) => void }) {
  const { x, ticks } = axis(facts);
  const dated = facts.filter((f) => yearOf(f.date.value) !== null);
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} 70`} role="img" aria-label={`Timeline of ${dated.length} dated facts`}>
        <line x1={PAD} x2={W - PAD} y1={30} y2={30} class="axis" />
        {dated.map((f, i) => (
          <circle key={f.id} cx={x(yearOf(f.date.value)!)} cy={30 - ((i % 3) - 1) * 8} r={6} class={`dot ${kindClass(f.kind)}`} onClick={() => onPick(f)}>
            <title>{`${formatDate(f.date.value, f.date.precision)}: ${describeFact(f, names)}`}</title>
          </circle>
        ))}
        <Ticks ticks={ticks} x={x} y={62} />
      </svg>
      <figcaption class="legend">
        {KIND_LEGEND.map(([cls, label]) => <span key={cls}><i class={`swatch ${cls}`} aria-hidden="true" />{label}</span>)}
      </figcaption>
    </figure>
  );
}

function Missions({ bars, facts, names }: { bars: readonly MissionBar[]; facts: readonly Fact[]; names: Names }) {
  if (!bars.length) return <p class="empty">No missions reported.</p>;
  const { x, ticks, hi } = axis(facts);
  const row = 28;
  return (
    <svg viewBox={`0 0 ${W} ${bars.length * row + 24}`} class="missions" role="img" aria-label="Missions from opening to closing">
      {bars.map((m, i) => {
        const start = yearOf(m.opened);
        const end = m.closed ? yearOf(m.closed) : hi;
        const label = `${names(m.sender)} ${m.type}${m.city ? ` in ${m.city}` : ''}`;
        return (
          <g key={m.key}>
            {start !== null && <rect x={x(start)} y={i * row + 4} width={Math.max(4, x(end ?? hi) - x(start))} height={row - 10} class={m.closed ? 'bar closed' : 'bar open'} />}
            <text x={start !== null ? x(start) + 6 : PAD} y={i * row + 18} class="bar-label">{label}</text>
          </g>
        );
      })}
      <Ticks ticks={ticks} x={x} y={bars.length * row + 18} />
    </svg>
  );
}

function FactList({ facts, names, selected, a, b }: { facts: readonly Fact[]; names: Names; selected: string | null; a: string; b: string }) {
  if (!facts.length) return <p class="empty">Nothing reported.</p>;
  return (
    <ul class="facts">
      {facts.map((f) => (
        <li key={f.id}>
          <button type="button" class={`fact ${kindClass(f.kind)}${selected === f.id ? ' selected' : ''}`} aria-expanded={selected === f.id}
            aria-controls="sources" data-fact={f.id} onClick={() => go({ name: 'pair', a, b, fact: selected === f.id ? null : f.id })}>
            <span class="date">{formatDate(f.date.value, f.date.precision)}</span>
            <span class="what">{describeFact(f, names)}</span>
            {f.people.length > 0 && <span class="who">{f.people.map(personText).join('; ')}</span>}
            <span class="count">{f.sources.length} source{f.sources.length === 1 ? '' : 's'}</span>
            {f.conflictsWith.length > 0 && <span class="conflict">conflicting reports</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

function Sources({ fact, names }: { fact: Fact; names: Names }) {
  return (
    <section id="sources" class="sources" aria-label="Sources of the selected fact">
      <h3>{describeFact(fact, names)} — {formatDate(fact.date.value, fact.date.precision)}</h3>
      <ol>
        {fact.sources.map((s) => {
          const link = safeHref(s.url);
          return (
            <li key={s.eventId}>
              <blockquote>{s.sentence}</blockquote>
              <p class="cite">
                {s.title || 'Untitled'}{s.published ? `, ${formatDate(s.published)}` : ''}
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

/** The pair dossier page: timeline, missions, envoys, agreements, meetings; each fact opens its sources. */
export function PairView({ a, b, fact }: { a: string; b: string; fact: string | null }) {
  const loaded = useApi<Dossier>(`/api/dossier/${enc(a)}/${enc(b)}`);
  const names = namer(useCountries());
  if (loaded.state !== 'ok') return <Status loaded={loaded} />;
  const d = loaded.data;
  const s = sections(d.facts);
  const selected = d.facts.find((f) => f.id === fact) ?? null;
  const list = (title: string, facts: readonly Fact[]) => (
    <section class="section" aria-label={title}>
      <h3>{title}</h3>
      <FactList facts={facts} names={names} selected={fact} a={a} b={b} />
    </section>
  );
  const missionFacts = d.facts.filter((f) => f.kind?.startsWith('mission.')).sort((x, y) => (yearOf(x.date.value) ?? 1e9) - (yearOf(y.date.value) ?? 1e9));
  return (
    <article class="pair">
      <h2>{d.a.name} – {d.b.name}</h2>
      <p class="sub">{d.facts.length} facts · <a href={href({ name: 'map', country: d.a.code, from: '', to: '' })}>{d.a.name} on the map</a>
        {' · '}<a href={href({ name: 'map', country: d.b.code, from: '', to: '' })}>{d.b.name} on the map</a></p>
      <Timeline facts={d.facts} names={names} onPick={(f) => go({ name: 'pair', a, b, fact: f.id })} />
      <div class="cols">
        <div class="col-main">
          {list('Relations', s.relations)}
          <section class="section" aria-label="Missions">
            <h3>Missions</h3>
            <Missions bars={missionBars(d.facts)} facts={d.facts} names={names} />
            <FactList facts={missionFacts} names={names} selected={fact} a={a} b={b} />
          </section>
          {list('Heads of mission', s.envoys)}
          {list('Agreements', s.agreements)}
          {list('Meetings and visits', s.meetings)}
          {list('Mechanisms', s.mechanisms)}
          {s.other.length > 0 && list('Other events', s.other)}
        </div>
        <div class="col-side">{selected ? <Sources fact={selected} names={names} /> : <p class="hint">Choose a fact to see its sources.</p>}</div>
      </div>
    </article>
  );
}

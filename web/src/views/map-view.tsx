import { useMemo, useState } from 'preact/hooks';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { Country, CountryProfile } from '../types.js';
import { enc } from '../api.js';
import { formatDate } from '../dates.js';
import { go, href } from '../router.js';
import { useApi, useCountries } from '../use-api.js';
import { Status } from './status.js';

type Profile = CountryProfile;
const OPEN = new Set(['open', 'unknown']);

const W = 960;
const H = 500;

type Shape = Feature<Geometry, { name: string }> & { id?: string | number };

/** Shapes of the world (countries-110m; ids are ISO numeric codes), projected once. */
function useShapes() {
  return useMemo(() => {
    const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const fc = feature(topo, topo.objects.countries) as unknown as { features: Shape[] };
    const projection = geoNaturalEarth1().fitSize([W, H], { type: 'FeatureCollection', features: fc.features } as never);
    const path = geoPath(projection);
    return fc.features.map((f) => ({ id: f.id === undefined ? null : String(f.id).padStart(3, '0'), d: path(f) ?? '', centroid: path.centroid(f), name: f.properties.name }));
  }, []);
}

const YEAR = /^\d{4}$/;

/** "embassy in Lima (open); their embassy in Baku (temporarily closed)". */
function missionsWith(p: Profile, partner: string): string {
  const mine = p.missionsAbroad.filter((m) => m.host === partner).map((m) => `its ${m.type ?? 'mission'}${m.city ? ` in ${m.city}` : ''} (${m.status})`);
  const theirs = p.missionsHosted.filter((m) => m.sender === partner).map((m) => `their ${m.type ?? 'mission'}${m.city ? ` in ${m.city}` : ''} (${m.status})`);
  return [...mine, ...theirs].join('; ') || '—';
}

/** The world map: pick a country; partners shade by activity in the period; missions marked; click a partner for the pair. */
export function MapView({ country, from, to }: { country: string | null; from: string; to: string }) {
  const countries = useCountries();
  const shapes = useShapes();
  const [period, setPeriod] = useState({ from, to });
  const qs = new URLSearchParams();
  if (YEAR.test(from)) qs.set('from', from);
  if (YEAR.test(to)) qs.set('to', to);
  const loaded = useApi<Profile>(country ? `/api/countries/${enc(country)}${qs.size ? `?${qs}` : ''}` : null);
  const byNumeric = useMemo(() => new Map(countries.filter((c) => c.numeric).map((c) => [c.numeric!, c])), [countries]);
  const profile = country && loaded.state === 'ok' ? loaded.data : null;
  const code = profile?.country.code ?? null;
  const activity = new Map((profile?.partners ?? []).map((p) => [p.country.code, p.facts]));
  const max = Math.max(1, ...activity.values());
  const abroad = new Set((profile?.missionsAbroad ?? []).filter((m) => OPEN.has(m.status)).map((m) => m.host));
  const hosted = new Set((profile?.missionsHosted ?? []).filter((m) => OPEN.has(m.status)).map((m) => m.sender));
  const level = (n: number) => Math.min(4, Math.ceil((n / max) * 4));
  const pick = (c: Country | undefined) => {
    if (!c) return;
    if (code && c.code !== code && activity.has(c.code)) go({ name: 'pair', a: code, b: c.code, fact: null });
    else go({ name: 'map', country: c.code, from, to });
  };

  return (
    <section class="map">
      <form class="controls" onSubmit={(e) => { e.preventDefault(); go({ name: 'map', country, from: period.from, to: period.to }); }}>
        <label>Country
          <select value={code ?? country ?? ''} onChange={(e) => go({ name: 'map', country: e.currentTarget.value || null, from, to })}>
            <option value="">Choose a country…</option>
            {countries.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </select>
        </label>
        <label>From year<input inputMode="numeric" pattern="\d{4}" size={5} value={period.from} onInput={(e) => setPeriod({ ...period, from: e.currentTarget.value })} /></label>
        <label>To year<input inputMode="numeric" pattern="\d{4}" size={5} value={period.to} onInput={(e) => setPeriod({ ...period, to: e.currentTarget.value })} /></label>
        <button type="submit">Show period</button>
      </form>
      {country && <Status loaded={loaded} />}
      <svg viewBox={`0 0 ${W} ${H}`} class="world" role="img" aria-label={profile ? `Partners of ${profile.country.name}` : 'World map'}>
        {shapes.map((s, i) => {
          const c = s.id ? byNumeric.get(s.id) : undefined;
          const n = c ? activity.get(c.code) ?? 0 : 0;
          const cls = c && c.code === code ? 'selected' : n > 0 ? `act act-${level(n)}` : 'land';
          const partner = n > 0 && c;
          return (
            <path key={s.id ?? `x${i}`} d={s.d} class={cls} onClick={() => pick(c)}
              tabindex={partner ? 0 : undefined} role={partner ? 'link' : undefined}
              aria-label={partner ? `${c.name}: ${n} facts; open the pair` : undefined}
              onKeyDown={(e) => { if (partner && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); pick(c); } }}>
              <title>{c ? `${c.name}${n ? `: ${n} facts` : ''}` : s.name}</title>
            </path>
          );
        })}
        {shapes.map((s) => {
          const c = s.id ? byNumeric.get(s.id) : undefined;
          if (!c || !(abroad.has(c.code) || hosted.has(c.code))) return null;
          const [x, y] = s.centroid;
          return (
            <g key={`m${s.id}`} class="marker" aria-hidden="true">
              {abroad.has(c.code) && <circle cx={x - 4} cy={y} r={4} class="m-abroad" />}
              {hosted.has(c.code) && <rect x={x + 1} y={y - 4} width={7} height={7} class="m-hosted" />}
            </g>
          );
        })}
      </svg>
      <p class="legend">
        <span><i class="swatch act-4" aria-hidden="true" />more activity</span>
        <span><i class="swatch act-1" aria-hidden="true" />less</span>
        <span><i class="dot-abroad" aria-hidden="true" />its mission there</span>
        <span><i class="sq-hosted" aria-hidden="true" />that country's mission here</span>
      </p>
      {profile && (
        <section aria-label="Partners">
          <h2>{profile.country.name}: partners{from || to ? ` (${from || '…'}–${to || '…'})` : ''}</h2>
          {profile.partners.length === 0 ? <p class="empty">No partners in the store.</p> : (
            <table class="partners">
              <thead><tr><th scope="col">Partner</th><th scope="col">Facts</th><th scope="col">Sources</th><th scope="col">Latest</th><th scope="col">Missions</th></tr></thead>
              <tbody>
                {profile.partners.map((p) => (
                  <tr key={p.country.code}>
                    <td><a href={href({ name: 'pair', a: profile.country.code, b: p.country.code, fact: null })}>{p.country.name}</a></td>
                    <td>{p.facts}</td>
                    <td>{p.sources}</td>
                    <td>{p.lastDate ? formatDate(p.lastDate) : '—'}</td>
                    <td>{missionsWith(profile, p.country.code)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </section>
  );
}

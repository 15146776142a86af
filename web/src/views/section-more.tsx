import { useEffect, useState } from 'preact/hooks';
import type { Dossier, DossierLine, DossierSection, DossierSectionPage } from '../types.js';
import { api, enc } from '../api.js';

/** The older pages of one section loaded so far ("show more"). */
export interface More {
  readonly pages: readonly DossierSectionPage[];
  readonly next: string | null;
  readonly loading: boolean;
  readonly error: string | null;
}

type Mores = Partial<Record<DossierSection, More>>;

/**
 * The "show more" state of a bounded dossier: per section, the older pages fetched from
 * `GET /api/dossier/:a/:b/sections/:section?cursor=` (reset when the pair changes).
 */
export function useMore(a: string, b: string, d: Dossier | null): { readonly mores: Mores; load(section: DossierSection): void } {
  const [mores, setMores] = useState<Mores>({});
  useEffect(() => setMores({}), [a, b, d]);
  const load = (section: DossierSection): void => {
    const cur = mores[section];
    const next = cur ? cur.next : d?.bounds?.sections[section].next ?? null;
    if (!next || cur?.loading) return;
    const pages = cur?.pages ?? [];
    setMores((m) => ({ ...m, [section]: { pages, next, loading: true, error: null } }));
    api<DossierSectionPage>(`/api/dossier/${enc(a)}/${enc(b)}/sections/${section}?cursor=${enc(next)}&limit=${d?.bounds?.limit ?? 50}`).then(
      (page) => setMores((m) => ({ ...m, [section]: { pages: [...pages, page], next: page.next, loading: false, error: null } })),
      (e: unknown) => setMores((m) => ({ ...m, [section]: { pages, next, loading: false, error: e instanceof Error ? e.message : String(e) } })),
    );
  };
  return { mores, load };
}

/** Every line of the older pages loaded. */
export const moreLines = (mores: Mores): DossierLine[] => Object.values(mores).flatMap((m) => m?.pages.flatMap((p) => p.lines) ?? []);

/** "Showing 50 of 23,812" and the button that loads the next older page. */
export function MoreButton({ d, section, more, onMore, label }: {
  d: Dossier; section: DossierSection; more: More | undefined; onMore: () => void; label: string;
}) {
  const b = d.bounds?.sections[section];
  if (!b || (b.next === null && !more)) return null;
  const shown = b.shown + (more?.pages.reduce((n, p) => n + p.lines.length, 0) ?? 0);
  const next = more ? more.next : b.next;
  return (
    <p class="more" data-section={section}>
      <span class="count">Showing the latest {shown.toLocaleString('en')} of {b.total.toLocaleString('en')} {label}.</span>
      {next && (
        <button type="button" onClick={onMore} disabled={more?.loading} aria-label={`Show ${Math.min(d.bounds!.limit, b.total - shown)} earlier ${label}`}>
          {more?.loading ? 'Loading…' : `Show ${Math.min(d.bounds!.limit, b.total - shown)} more`}
        </button>
      )}
      {more?.error && <span class="error" role="alert">{more.error}</span>}
    </p>
  );
}

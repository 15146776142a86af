import { useEffect } from 'preact/hooks';
import type { Article, DiploEvent } from '../types.js';
import { enc } from '../api.js';
import { formatDate } from '../dates.js';
import { segments } from '../highlight.js';
import { go, href } from '../router.js';
import { safeHref } from '../safe-url.js';
import { useApi } from '../use-api.js';
import { EventCard } from './event-card.js';
import { Status } from './status.js';

/** The two countries of an event, when it has two different ones. */
function pairOf(e: DiploEvent): [string, string] | null {
  const a = e.source?.country, b = e.target?.country;
  return a && b && a !== b && /^[A-Z]{3}$/.test(a) && /^[A-Z]{3}$/.test(b) ? [a, b] : null;
}

/** The evidence view: the article with the sentences behind its events highlighted, actors underlined, the coded event beside it. */
export function EvidenceView({ id, event }: { id: string; event: string | null }) {
  const loaded = useApi<{ article: Article; events: readonly DiploEvent[] }>(`/api/articles/${enc(id)}`);
  useEffect(() => {
    if (loaded.state === 'ok') document.querySelector('mark.current')?.scrollIntoView({ block: 'center' });
  }, [loaded.state, event]);
  if (loaded.state !== 'ok') return <Status loaded={loaded} />;
  const { article, events } = loaded.data;
  const current = events.find((e) => e.id === event) ?? null;
  const link = safeHref(article.url);
  const pick = (eid: string) => go({ name: 'article', id, event: eid === event ? null : eid });
  return (
    <article class="evidence">
      <h2>{article.title || 'Untitled article'}</h2>
      <p class="meta">
        {[article.source, article.author, article.published ? formatDate(article.published) : null, article.dateline?.place].filter(Boolean).join(' · ')}
        {link && <>{' · '}<a href={link} rel="noopener noreferrer nofollow" target="_blank">original</a></>}
        {article.duplicateOf && <>{' · '}duplicate of <a href={`#/article/${enc(article.duplicateOf)}`}>an earlier article</a></>}
      </p>
      <div class="cols">
        <div class="col-main text" aria-label="Article text">
          {segments(article.text, events).map((s) => {
            const body = s.actor ? <u class="actor">{s.text}</u> : s.text;
            if (!s.events.length) return <span key={s.start}>{body}</span>;
            const isCurrent = current !== null && s.events.includes(current.id);
            return (
              <mark key={s.start} class={isCurrent ? 'current' : undefined} data-events={s.events.join(' ')} onClick={() => pick(s.events[0])}>{body}</mark>
            );
          })}
        </div>
        <aside class="col-side" aria-label="Coded events">
          <h3>{events.length} event{events.length === 1 ? '' : 's'}</h3>
          <ul class="events">
            {events.map((e) => (
              <li key={e.id}>
                <button type="button" class={`event${current?.id === e.id ? ' selected' : ''}`} aria-expanded={current?.id === e.id} onClick={() => pick(e.id)}>
                  {e.kind ?? `CAMEO ${e.cameo}`} · {formatDate(e.date.value, e.date.precision)}
                </button>
                {current?.id === e.id && <EventCard e={e} />}
                {current?.id === e.id && pairOf(e) && (
                  <a class="to-pair" href={href({ name: 'pair', a: pairOf(e)![0], b: pairOf(e)![1], fact: null })}>Open the dossier of {pairOf(e)!.join(' – ')}</a>
                )}
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}

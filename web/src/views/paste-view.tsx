import { useState } from 'preact/hooks';
import type { Article, DiploEvent } from '../types.js';
import { api, ApiError, getToken, setToken } from '../api.js';
import { formatDate } from '../dates.js';
import { href } from '../router.js';
import { EventCard } from './event-card.js';

interface Outcome { readonly status: string; readonly article: Article; readonly events: readonly DiploEvent[] }

/** Paste an article (text or HTML): it is ingested through the write API and its events shown at once. */
export function PasteView() {
  const [body, setBody] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [format, setFormat] = useState<'auto' | 'text' | 'html'>('auto');
  const [token, setTok] = useState(getToken());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setOutcome(null);
    setToken(token.trim());
    const isHtml = format === 'html' || (format === 'auto' && /^\s*</.test(body) && /<\/?(p|div|html|body|article|h1|br)\b/i.test(body));
    const record: Record<string, string> = { [isHtml ? 'html' : 'text']: body };
    if (title.trim()) record.title = title.trim();
    if (published.trim()) record.published = published.trim();
    try {
      setOutcome(await api<Outcome>('/api/articles', { method: 'POST', body: record }));
    } catch (x) {
      setError(x instanceof ApiError ? `${x.message} (${x.code})` : String(x));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="paste">
      <h2>Paste an article</h2>
      <form onSubmit={submit}>
        <label for="paste-body">Article text or HTML</label>
        <textarea id="paste-body" name="body" rows={14} required value={body} onInput={(e) => setBody(e.currentTarget.value)} />
        <fieldset>
          <legend>Format</legend>
          {(['auto', 'text', 'html'] as const).map((f) => (
            <label key={f} class="inline"><input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} /> {f}</label>
          ))}
        </fieldset>
        <div class="row">
          <label>Title (optional)<input name="title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} /></label>
          <label>Published (YYYY-MM-DD, optional)<input name="published" pattern="\d{4}-\d{2}-\d{2}.*" value={published} onInput={(e) => setPublished(e.currentTarget.value)} /></label>
          <label>Write token<input name="token" type="password" autoComplete="off" required value={token} onInput={(e) => setTok(e.currentTarget.value)} /></label>
        </div>
        <button type="submit" disabled={busy}>{busy ? 'Reading…' : 'Find events'}</button>
      </form>
      {error && <p class="status error" role="alert">{error}</p>}
      {outcome && (
        <section class="outcome" aria-live="polite">
          <h3>
            {outcome.status === 'exists' ? 'Already stored: ' : 'Stored: '}
            <a href={href({ name: 'article', id: outcome.article.id, event: null })}>{outcome.article.title || 'Untitled article'}</a>
          </h3>
          <p>{outcome.events.length} event{outcome.events.length === 1 ? '' : 's'}{outcome.article.published ? ` · published ${formatDate(outcome.article.published)}` : ''}</p>
          <ul class="events">
            {outcome.events.map((e) => (
              <li key={e.id}>
                <blockquote>{e.evidence.sentence}</blockquote>
                <EventCard e={e} />
                <a href={href({ name: 'article', id: outcome.article.id, event: e.id })}>Show in the article</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

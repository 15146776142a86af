import { useEffect, useRef } from 'preact/hooks';
import { useRoute, href } from './router.js';
import { MapView } from './views/map-view.js';
import { PairView } from './views/pair-view.js';
import { EvidenceView } from './views/evidence-view.js';
import { PasteView } from './views/paste-view.js';

/** The shell: a header with the views, and the view of the current hash URL. */
export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  // Move focus to the new view on navigation, for keyboard and screen-reader users.
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [route.name]);
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
      <header class="top">
        <a class="brand" href="#/">Attaché</a>
        <nav aria-label="Views">
          <a href="#/" aria-current={route.name === 'map' ? 'page' : undefined}>World map</a>
          <a href={href({ name: 'paste' })} aria-current={route.name === 'paste' ? 'page' : undefined}>Paste an article</a>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route.name === 'map' && <MapView country={route.country} from={route.from} to={route.to} />}
        {route.name === 'pair' && <PairView a={route.a} b={route.b} fact={route.fact} />}
        {route.name === 'article' && <EvidenceView id={route.id} event={route.event} />}
        {route.name === 'paste' && <PasteView />}
        {route.name === 'missing' && <p>No such page. <a href="#/">Go to the map</a>.</p>}
      </main>
    </>
  );
}

import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { redirectToPreferredLanguage } from './detect.ts';
import { parseRoute } from './routes.ts';
import { prepareApp } from './start.ts';
import './styles.css';

async function main(): Promise<void> {
  const route = parseRoute(window.location.pathname);
  if (route.kind === 'root') {
    redirectToPreferredLanguage(window.location);
    return;
  }
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  const props = await prepareApp(route, canonical ? new URL(canonical).origin : window.location.origin);
  const container = document.getElementById('root');
  if (!container) return;
  const app = (
    <StrictMode>
      <App {...props} />
    </StrictMode>
  );
  // Hydrate the prerendered text when it is there and matches; otherwise (dev server, failed load) render.
  if (container.dataset['prerendered'] === props.initial.shown) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

void main();

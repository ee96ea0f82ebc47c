import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { parseRoute } from './routes.ts';
import { prepareApp } from './prepare-app.ts';

/** Render or hydrate the app for the current address; enhance-page.ts decides when. */
export async function startApp(): Promise<void> {
  const route = parseRoute(window.location.pathname);
  if (route.kind === 'root') {
    // Only the dev server gets here (the built `/` has its own tiny entry); keep the detector out of the reader's bundle.
    const { redirectToPreferredLanguage } = await import('./detect.ts');
    redirectToPreferredLanguage(window.location);
    return;
  }
  // The address the site was built for: pages that are not for search engines have no canonical link, but all have og:url.
  const canonical =
    document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
    document.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content;
  // The development server answers the review fresh from the files, so saved edits show without a rebuild.
  const loaders = import.meta.env.DEV ? { review: (await import('./dev-api.ts')).fetchReview } : {};
  // The built pages link these themselves (prerender.ts); the development server renders on the client.
  if (import.meta.env.DEV) await Promise.all([import('./styles/editor.css'), import('./views.css')]);
  const pdfs = [...document.querySelectorAll('link[rel="alternate"][type="application/pdf"]')].map(
    (link) => link.getAttribute('href') ?? '',
  );
  const props = await prepareApp(route, canonical ? new URL(canonical).origin : window.location.origin, loaders, pdfs);
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

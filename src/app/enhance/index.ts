import { measureHeader } from '../header-height.ts';
import { enhanceEnglish } from './english.ts';
import { announceSwitch, enhanceKeepPlace } from './keep-place.ts';
import { enhanceMenus } from './menus.ts';
import { fillAccessedDates } from './messages.ts';
import { enhanceTools } from './tools.ts';

/** Keeps `--header-height` (header-height.ts) current: the header wraps or stops sticking as the window or text size changes. */
function keepHeaderMeasured(doc: Document, signal: AbortSignal): void {
  const view = doc.defaultView;
  const header = doc.querySelector('.site-header');
  const measure = (): void => measureHeader(doc);
  measure();
  if (view && header && typeof view.ResizeObserver === 'function') {
    const observer = new view.ResizeObserver(measure);
    observer.observe(header);
    signal.addEventListener('abort', () => observer.disconnect());
  }
  // A media query can change the header's position without changing its size.
  view?.addEventListener('resize', measure, { signal });
}

/**
 * Everything the reading and comparison pages do beyond what HTML does by itself: menus that close, the
 * paragraph and page tools, places kept across languages, today's date in citations, the header's height.
 * Listeners on the document, installed once as the page loads; no framework, so every control answers the
 * first tap (docs/reading-and-deploying.md, "What a reader downloads"). Returns what removes them again.
 */
export function enhance(doc: Document): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  keepHeaderMeasured(doc, signal);
  enhanceMenus(doc, signal);
  enhanceTools(doc, signal);
  enhanceEnglish(doc, signal);
  enhanceKeepPlace(doc, signal);
  fillAccessedDates(doc, new Date());
  announceSwitch(doc);
  return () => controller.abort();
}

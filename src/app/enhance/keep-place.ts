import { captureAnchor } from '../scroll-anchor.ts';
import { message } from './messages.ts';

/**
 * Links to the same text in another language, or into or out of the comparison, are marked
 * `data-keep-place`: the page they open brings the paragraph being read into view. The paragraph goes
 * into the link's `#fragment` as the link is about to be used: pointed at (so a middle click, a copied link
 * and the status bar carry it), focused (keyboard), and clicked or tapped (after any scrolling since). The
 * prerendered `href` is the plain address, which is what the link does without scripts.
 */
const KEEPS_PLACE = 'a[data-keep-place]';

/** Set for the next page when the reader chooses another language, so that it says it has switched. */
const SWITCHED_KEY = 'nordefco-reader.switched';

/** `href` with the block being read as its fragment; none at the top of the page, where the new page opens anyway. */
function hrefAtPlace(doc: Document, href: string): string {
  const [path = href] = href.split('#');
  const anchor = (doc.defaultView?.scrollY ?? 0) > 0 ? captureAnchor(doc) : undefined;
  return anchor ? `${path}#${encodeURIComponent(anchor.id)}` : path;
}

function update(event: Event): void {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(KEEPS_PLACE) : null;
  if (link) link.setAttribute('href', hrefAtPlace(link.ownerDocument, link.getAttribute('href') ?? ''));
}

function plainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function enhanceKeepPlace(doc: Document, signal: AbortSignal): void {
  for (const type of ['pointerover', 'focusin', 'auxclick', 'contextmenu'] as const)
    doc.addEventListener(type, update, { capture: true, signal });
  doc.addEventListener(
    'click',
    (event) => {
      update(event);
      const link = event.target instanceof Element ? event.target.closest('a[data-switch-language]') : null;
      if (link && plainClick(event)) {
        try {
          doc.defaultView?.sessionStorage.setItem(SWITCHED_KEY, '1');
        } catch {
          // Without storage the new page loads all the same, only unannounced.
        }
      }
    },
    { capture: true, signal },
  );
}

/**
 * A page opened by choosing its language says so in its polite live region (a screen reader hears the
 * new page's title too, but not that the language is what changed), after the page's own load has been
 * announced.
 */
function takeSwitched(view: Window | null): boolean {
  try {
    const switched = view?.sessionStorage.getItem(SWITCHED_KEY) === '1';
    view?.sessionStorage.removeItem(SWITCHED_KEY);
    return switched;
  } catch {
    return false;
  }
}

export function announceSwitch(doc: Document): void {
  const view = doc.defaultView;
  const switched = takeSwitched(view);
  const region = doc.getElementById('announcer');
  const said = message(doc, 'switched');
  if (!switched || !region || !said) return;
  view?.setTimeout(() => region.replaceChildren(said), 700);
}

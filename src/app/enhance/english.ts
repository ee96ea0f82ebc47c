import { readStored, writeStored } from './storage.ts';

/** Where "show the English under every paragraph" is kept on this device. */
export const ENGLISH_KEY = 'nordefco-reader.english';

/**
 * The English original under a translated paragraph is a native <details class="original"> (without scripts
 * its own summary opens it). With scripts its summary gives way to the paragraph's tools (a button that
 * says whether it is shown, aria-expanded) and to a page-level switch that shows it under every paragraph
 * and is remembered.
 */
function originals(doc: Document): HTMLDetailsElement[] {
  return [...doc.querySelectorAll<HTMLDetailsElement>('details.original')];
}

function syncButtons(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLElement>('[data-tool="english"]')) {
    const details = doc.getElementById(button.getAttribute('aria-controls') ?? '');
    button.setAttribute('aria-expanded', String(details instanceof HTMLDetailsElement && details.open));
  }
  const all = originals(doc);
  const shown = all.length > 0 && all.every((d) => d.open);
  for (const button of doc.querySelectorAll('[data-tool="english-all"]')) button.setAttribute('aria-pressed', String(shown));
}

export function toggleEnglish(doc: Document, button: Element): void {
  const details = doc.getElementById(button.getAttribute('aria-controls') ?? '');
  if (details instanceof HTMLDetailsElement) details.open = !details.open;
  syncButtons(doc);
}

export function toggleEnglishEverywhere(doc: Document, button: Element): void {
  const show = button.getAttribute('aria-pressed') !== 'true';
  for (const details of originals(doc)) details.open = show;
  if (doc.defaultView) writeStored(doc.defaultView, ENGLISH_KEY, show ? 'every-paragraph' : null);
  syncButtons(doc);
}

export function enhanceEnglish(doc: Document, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (view && readStored(view, ENGLISH_KEY) === 'every-paragraph') for (const details of originals(doc)) details.open = true;
  syncButtons(doc);
  // However it opened or closed (its own summary in the development server's editor, a find-in-page), the buttons follow.
  doc.addEventListener(
    'toggle',
    (event) => {
      if (event.target instanceof HTMLDetailsElement && event.target.classList.contains('original')) syncButtons(doc);
    },
    { capture: true, signal },
  );
}

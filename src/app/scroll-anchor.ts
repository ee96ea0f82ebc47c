/** Which paragraph the reader is at, so a language switch can put them back at the same one. */
export interface ScrollAnchor {
  readonly id: string;
  /** Distance from the viewport's top to the element's top, in CSS pixels. */
  readonly offset: number;
}

const SELECTOR = '.declaration h1[id], .declaration h2[id], .declaration li[id]';

/**
 * The block being read: the first one showing more than a sliver (two lines) below the sticky header.
 */
export function captureAnchor(doc: Document): ScrollAnchor | undefined {
  const covered = doc.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  for (const element of doc.querySelectorAll<HTMLElement>(SELECTOR)) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom > covered + 32) return { id: element.id, offset: rect.top };
  }
  return undefined;
}

export function restoreAnchor(doc: Document, anchor: ScrollAnchor): void {
  const element = doc.getElementById(anchor.id);
  if (!element) return;
  const view = doc.defaultView;
  view?.scrollTo({ top: element.getBoundingClientRect().top + view.scrollY - anchor.offset, behavior: 'instant' });
}

/** Which paragraph the reader is at, so a language switch or the comparison can open at the same one. */
export interface ScrollAnchor {
  readonly id: string;
  /** Distance from the viewport's top to the element's top, in CSS pixels. */
  readonly offset: number;
}

/** The blocks a reader can be at: the reading view's title, headings and paragraphs, and the comparison's rows (same ids). */
const SELECTOR = '.declaration h1[id], .declaration h1 > [id], .declaration h2[id], .declaration li[id], .compare-row[id]';

/** What can cover the top of the text: the sticky header, and the comparison's sticky column labels. */
const COVERING = '.site-header, .compare-columns';

/**
 * The block being read: the first one showing more than a sliver (two lines) below whatever covers
 * the top of the viewport (measured, since the header is sticky on some screens and not on others).
 */
export function captureAnchor(doc: Document): ScrollAnchor | undefined {
  let covered = 0;
  for (const element of doc.querySelectorAll(COVERING)) covered = Math.max(covered, element.getBoundingClientRect().bottom);
  for (const element of doc.querySelectorAll<HTMLElement>(SELECTOR)) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom > covered + 32) return { id: element.id, offset: rect.top };
  }
  return undefined;
}

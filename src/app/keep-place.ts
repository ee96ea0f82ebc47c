import type { SyntheticEvent } from 'react';
import { captureAnchor } from './scroll-anchor.ts';

/**
 * `href` (a page of the same text: another language, into or out of the comparison) with the block
 * being read as its fragment, so the page it opens brings that block into view. None at the top of
 * the page, where the new page opens anyway.
 */
function hrefAtPlace(doc: Document, href: string): string {
  const [path = href] = href.split('#');
  const anchor = (doc.defaultView?.scrollY ?? 0) > 0 ? captureAnchor(doc) : undefined;
  return anchor ? `${path}#${encodeURIComponent(anchor.id)}` : path;
}

function update(event: SyntheticEvent<HTMLAnchorElement>): void {
  const link = event.currentTarget;
  link.setAttribute('href', hrefAtPlace(link.ownerDocument, link.getAttribute('href') ?? ''));
}

/**
 * Spread on a link whose page should open where the reader is. The fragment is computed as the link
 * is about to be used: pointed at (so a middle click, a copied link and the status bar carry it),
 * focused (keyboard), and clicked or tapped (after any scrolling since). The rendered `href` is the
 * plain address, which is what the link does without scripts.
 */
export const keepPlace = {
  onPointerEnter: update,
  onFocus: update,
  onClick: update,
  onAuxClick: update,
  onContextMenu: update,
} as const;

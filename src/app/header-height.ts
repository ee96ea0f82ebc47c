/** The custom properties the stylesheet keeps content clear of the sticky header with (header.css, compare-a11y.css). */
const HEADER_HEIGHT = '--header-height';
const BRAND_HEIGHT = '--brand-height';

/**
 * Sets `--header-height` to how much of the viewport's top the site header covers once scrolled: the height of
 * its bar where it is sticky (the site's name above the bar scrolls away: the header sticks at minus
 * `--brand-height`), 0 where it scrolls away whole. Measured, since the header wraps to more lines with longer or
 * more language names, a long publisher's name, larger text or zoom. The page's script measures it as the page
 * loads (so a permalink opens clear of the header) and whenever the header changes size (enhance/index.ts).
 */
export function measureHeader(doc: Document): void {
  const header = doc.querySelector<HTMLElement>('.site-header');
  if (!header) return;
  const brand = header.querySelector<HTMLElement>('.site-brand');
  const brandHeight = brand ? brand.getBoundingClientRect().height : 0;
  const position = getComputedStyle(header).position;
  const covers = position === 'sticky' || position === 'fixed';
  const root = doc.documentElement.style;
  root.setProperty(BRAND_HEIGHT, `${brandHeight}px`);
  root.setProperty(HEADER_HEIGHT, `${covers ? header.getBoundingClientRect().height - brandHeight : 0}px`);
}

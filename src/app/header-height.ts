/** The custom property the stylesheet keeps content clear of the sticky header with (header.css, compare-a11y.css). */
export const HEADER_HEIGHT = '--header-height';

/**
 * Sets `--header-height` to how much of the viewport's top the site header covers: its height where it is
 * sticky, 0 where it scrolls away. Measured, since the header wraps to more lines with longer or more language
 * names, larger text or zoom. boot.ts calls it as the page loads (so a permalink opens clear of the header);
 * the app keeps it current (use-header-height.ts).
 */
export function measureHeader(doc: Document): void {
  const header = doc.querySelector<HTMLElement>('.site-header');
  if (!header) return;
  const position = getComputedStyle(header).position;
  const covers = position === 'sticky' || position === 'fixed';
  doc.documentElement.style.setProperty(HEADER_HEIGHT, `${covers ? header.getBoundingClientRect().height : 0}px`);
}

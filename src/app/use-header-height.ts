import { useEffect } from 'react';

/** The custom property compare.css places the sticky column labels with. */
export const HEADER_HEIGHT = '--header-height';

/**
 * How much of the viewport's top the site header covers, as `--header-height` on the root: its height
 * where it is sticky, 0 where it scrolls away (small screens may make it static). Measured, since the
 * header wraps to more lines with longer language names, larger text or zoom; the stylesheet's fallback
 * holds until the app runs and without scripts.
 */
export function useHeaderHeight(): void {
  useEffect(() => {
    const root = document.documentElement;
    const header = document.querySelector<HTMLElement>('.site-header');
    if (!header) return undefined;
    const measure = (): void => {
      const position = getComputedStyle(header).position;
      const covers = position === 'sticky' || position === 'fixed';
      root.style.setProperty(HEADER_HEIGHT, `${covers ? header.getBoundingClientRect().height : 0}px`);
    };
    measure();
    // Absent from old browsers and jsdom: the resize event below still covers a change of viewport.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(header);
    // A media query can change the header's position without changing its size.
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
      root.style.removeProperty(HEADER_HEIGHT);
    };
  }, []);
}

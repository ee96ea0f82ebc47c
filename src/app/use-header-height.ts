import { useEffect } from 'react';
import { HEADER_HEIGHT, measureHeader } from './header-height.ts';

/** Keeps `--header-height` (header-height.ts) current while the app runs: the header's size or position may change. */
export function useHeaderHeight(): void {
  useEffect(() => {
    const header = document.querySelector<HTMLElement>('.site-header');
    if (!header) return undefined;
    const measure = (): void => measureHeader(document);
    measure();
    // Absent from old browsers and jsdom: the resize event below still covers a change of viewport.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(header);
    // A media query can change the header's position without changing its size.
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
      document.documentElement.style.removeProperty(HEADER_HEIGHT);
    };
  }, []);
}

import type { Page } from 'playwright-core';

/** The viewports the WCAG tests look through: a desktop, a small laptop, a phone. */
export const DESKTOP = { width: 1280, height: 800 };
export const LAPTOP = { width: 800, height: 600 };
export const PHONE = { width: 390, height: 844 };

/** Whether the focused element can be seen: the topmost thing painted at its centre is it or inside it. */
export function focusSeen(page: Page): Promise<{ name: string; seen: boolean; inView: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { name: 'body', seen: true, inView: true };
    const rect = element.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + Math.min(rect.width / 2, 8), 0), window.innerWidth - 1);
    const y = rect.top + rect.height / 2;
    const top = document.elementFromPoint(x, y);
    const inView = y >= 0 && y <= window.innerHeight;
    return {
      name: `${element.tagName} ${element.textContent?.slice(0, 30) ?? ''}`,
      seen: !!top && (top === element || element.contains(top) || top.contains(element)),
      inView,
    };
  });
}

/** Whether the header's bar stays on screen after scrolling down the page (the site's name above it scrolls away). */
export async function headerSticks(page: Page): Promise<boolean> {
  await page.evaluate(() => window.scrollTo(0, 1500));
  return page.evaluate(() => Math.abs(document.querySelector('.header-bar')?.getBoundingClientRect().top ?? -1) < 1);
}

/** The switcher's links that a reader can see and press where they are: on screen and not covered. */
export function reachableLanguages(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('.switcher ul a')]
      .filter((a) => {
        const r = a.getBoundingClientRect();
        if (r.width === 0 || r.left < 0 || r.right > window.innerWidth || r.top < 0 || r.bottom > window.innerHeight) return false;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!hit && (hit === a || a.contains(hit));
      })
      .map((a) => a.lang),
  );
}

import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../src/node/chromium.ts';

/**
 * Headless Chromium: Debian's where installed, else the npm package's (src/node/chromium.ts; `CHROMIUM`
 * overrides). Playwright gives each launch a fresh temporary profile.
 */
export function launch(): Promise<Browser> {
  return launchChromium();
}

export interface OpenedPage {
  readonly page: Page;
  /** Console errors and uncaught exceptions seen on the page. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function open(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, errors, close: () => context.close() };
}

/**
 * React hydrates when the reader starts to interact (boot.ts): move the pointer, then wait until the
 * app has not only started (the root's key is set as hydration begins) but committed and run its
 * effects. Only then does a reading or comparison page show its citation's copy button (Citation.tsx)
 * and a review page enable its filters (ReviewFilters.tsx), so a key or click the test sends next
 * meets listeners that are in place.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return (
      !!root &&
      Object.keys(root).some((k) => k.startsWith('__reactContainer')) &&
      root.querySelector('.citation-copy, .review-filters fieldset:enabled') !== null
    );
  });
}

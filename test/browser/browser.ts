import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { launchChromium } from '../../src/node/chromium.ts';

/**
 * Tests that drive one headless Chromium, launched before them and closed after: `browser()` is it
 * (Debian's where installed, else the npm package's: src/node/chromium.ts; `CHROMIUM` overrides; a fresh
 * temporary profile each launch). Where no
 * Chromium is found they are skipped (global-setup.ts says so loudly, and fails in CI); `skip` skips
 * them for another missing tool as well.
 */
export function describeInBrowser(name: string, body: (browser: () => Browser) => void, options: { skip?: boolean } = {}): void {
  describe.skipIf(!inject('chromium') || options.skip === true)(name, () => {
    let launched: Browser | undefined;
    beforeAll(async () => {
      launched = await launchChromium();
    });
    afterAll(async () => launched?.close());
    body(() => {
      if (!launched) throw new Error('Chromium is launched before the tests: call browser() inside a test or hook');
      return launched;
    });
  });
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

import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../src/node/chromium.ts';
import { afterAll, beforeAll, describe, inject } from 'vitest';

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
 * The page's script has run: it marks the root `js` as it installs its listeners, in the same task (enhance-page.ts,
 * enhance/), so a key or click the test sends next meets them. Pages the app hydrates (the comparison, the
 * review; data-hydrate) are ready once the app has committed and run its effects (App.tsx marks the root), and the
 * comparison once its sentences' listeners are on (sentence-links.ts marks their list).
 */
export async function scriptsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const html = document.documentElement;
    if (!html.classList.contains('js')) return false;
    const hydrates = document.getElementById('root')?.dataset['hydrate'] !== undefined;
    // The comparison's sentence listeners arrive in a chunk of their own, after the app is ready.
    const rows = document.querySelector<HTMLElement>('ol.paragraphs:has(> .compare-row)');
    return (!hydrates || html.dataset['app'] === 'ready') && (!rows || rows.dataset['sentences'] === 'linked');
  });
}

/** Opens a paragraph's tools (ParagraphTools.tsx) and returns the menu. */
export async function openTools(page: Page, id: string): Promise<Locator> {
  const tools = page.locator(`[id="${id}"] details.tools`);
  await tools.locator('summary').click();
  return tools;
}

/**
 * The reader's own text size: the browser's default font size (16 px by default; 32 px is text at 200 %), which
 * every rem, em and em media query follows. The page is loaded again at that size.
 */
export async function textSize(page: Page, px: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8) } });
  await page.reload({ waitUntil: 'networkidle' });
}

import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findChromium, launchChromium } from '../../src/node/chromium.ts';

const base = inject('baseUrl');

// The fallback for machines with only Node: the npm package's Chromium must render the pages and run axe,
// even where Debian's is installed and the other tests drive that one.
describe.skipIf(!inject('chromium'))("the npm package's Chromium (fallback without /usr/bin/chromium)", () => {
  let browser: Browser;
  beforeAll(async () => {
    const found = await findChromium({ CHROMIUM: 'npm' });
    if (!found) throw new Error('@sparticuz/chromium is not installed: run npm ci');
    expect(found.source).toBe('npm package @sparticuz/chromium');
    browser = await launchChromium({ chromium: found });
  });
  afterAll(async () => browser?.close());

  it('renders a reading page with its scripts and finds nothing with axe', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}/is/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => navigator.userAgent)).toContain('HeadlessChrome/');
    expect(await page.locator('h1').textContent()).toContain('2024');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('is');
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/languages.ts';
import { describeInBrowser, open, openTools, scriptsReady } from './browser.ts';

const base = inject('baseUrl');
const fixture = inject('fixtureUrl');

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describeInBrowser('accessibility', (browser) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const language of LANGUAGES) {
      it(`axe finds nothing on /${language.code}/ (${colorScheme})`, async () => {
        const { page, close } = await open(browser(), `${base}/${language.code}/`, { colorScheme });
        await scriptsReady(page);
        expect(await violations(page)).toEqual([]);
        await close();
      });
    }
    it(`axe finds nothing on the not-found and chooser pages, and on marked paragraphs (${colorScheme})`, async () => {
      for (const url of [
        `${base}/nope/`,
        `${base}/`,
        `${fixture}/is/`,
        `${fixture}/da/compare/en/`,
        `${fixture}/is/compare/en/sv/`,
        `${fixture}/en/review/`,
        `${fixture}/fi/review/`,
      ]) {
        const context = await browser().newContext({ colorScheme });
        // Keep the chooser from redirecting, so it is the page under test (axe itself needs scripts).
        await context.route('**/assets/root-*.js', (route) => route.abort());
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'networkidle' });
        const close = () => context.close();
        if (url.startsWith(fixture)) await scriptsReady(page);
        if (url === `${fixture}/is/`) {
          await openTools(page, 'norfolk');
          await page.locator('#norfolk [data-tool="english"]').click();
        }
        expect(await violations(page), url).toEqual([]);
        await close();
      }
      // Seven pages with axe each: more than the default minute on a loaded machine.
    }, 180_000);
  }

  for (const width of [320, 640]) {
    it(`holds its layout at ${width} px (${width === 640 ? '200% zoom of 1280 px' : 'narrowest phone'}), long compounds included`, async () => {
      const paths = [...LANGUAGES.map((l) => `/${l.code}/`), '/fi/compare/is/', '/is/compare/en/fi/', '/fi/review/', '/is/review/'];
      for (const path of paths) {
        const language = { code: path };
        const { page, close } = await open(browser(), `${base}${path}`, {
          viewport: { width, height: 700 },
          deviceScaleFactor: width === 640 ? 2 : 1,
        });
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - window.innerWidth,
          // A data table may scroll within its own region (1.4.10 exempts it); the region itself must fit.
          widest:
            Math.max(
              ...[...document.querySelectorAll('main *')]
                .filter((e) => !e.parentElement?.closest('.table-scroll'))
                .map((e) => e.getBoundingClientRect().right),
            ) - window.innerWidth,
        }));
        expect(overflow, language.code).toEqual({ page: 0, widest: expect.any(Number) });
        expect(overflow.widest, language.code).toBeLessThanOrEqual(0);
        await close();
      }
    });
  }

  it('is operable by keyboard: skip link, switcher, permalink and copy, with visible focus', async () => {
    const { page, close } = await open(browser(), `${base}/nb/`);
    await scriptsReady(page);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      top: document.activeElement?.getBoundingClientRect().top ?? -1,
    }));
    expect(skip.text).toBeTruthy();
    expect(skip.top).toBeGreaterThanOrEqual(0);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    // A fragment's navigation reaches page.url() with the browser's event, after the key press has returned.
    await page.waitForURL(`${base}/nb/#main`);
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Shift+Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Svenska') break;
    }
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    await page.goto(`${base}/sv/`);
    await scriptsReady(page);
    await page.locator('#threat .paragraph-number').focus();
    // Past the terms marked in the text (links to the glossary), to the paragraph's tools.
    let steps = 0;
    while (steps < 10 && !(await page.evaluate(() => document.activeElement?.matches('details.tools > summary')))) {
      await page.keyboard.press('Tab');
      steps++;
    }
    expect(await page.evaluate(() => document.activeElement?.matches('details.tools > summary'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-tool'))).toBe('copy-link');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.matches('details.tools:not([open]) > summary'))).toBe(true);
    await page.locator('#threat .paragraph-number').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/sv/#threat`);
    await close();
  });
});

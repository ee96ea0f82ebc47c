import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/languages.ts';
import { describeInBrowser, open, openTools, scriptsReady } from './browser.ts';
import { declarationIds } from '../support/declaration.ts';
import { ROOT } from '../support/root.ts';
import { uiString } from './document-status.ts';

const base = inject('baseUrl');
const paragraphs = declarationIds(['paragraph']);
const str = (key: string): string => uiString(ROOT, 'da', key);

describeInBrowser('controls that need scripts', (browser) => {
  const visible = (page: Page, selector: string): Promise<number> =>
    page
      .locator(selector)
      .evaluateAll((list) => list.filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length);

  for (const path of ['/da/', '/da/compare/en/']) {
    it(`are not offered on ${path} without scripts, and work with them`, async () => {
      const plain = await open(browser(), `${base}${path}`, { javaScriptEnabled: false });
      for (const selector of ['[data-tool="copy-link"]', '[data-tool="print"]', '[data-tool="copy-cite"]'])
        expect(await visible(plain.page, selector), selector).toBe(0);
      expect(await visible(plain.page, 'button'), 'any button').toBe(0);
      // The citation itself is there to read and select.
      expect(await plain.page.locator('.citation-text').first().textContent()).toContain('NORDEFCO');
      await plain.close();

      const { page, errors, close } = await open(browser(), `${base}${path}`);
      await scriptsReady(page);
      // One quiet control per paragraph, and the page's print at the top.
      expect(await visible(page, 'details.tools > summary')).toBe(paragraphs.length);
      // It names itself on hover (a tooltip) as to a screen reader; each tool in it has its words on it.
      const named = paragraphs.map((_, i) => str('paragraph.tools').replace('{{number}}', String(i + 1)));
      expect(await page.locator('details.tools > summary').evaluateAll((list) => list.map((s) => s.getAttribute('title')))).toEqual(named);
      expect(await page.locator('details.tools > summary').evaluateAll((list) => list.map((s) => s.getAttribute('aria-label')))).toEqual(
        named,
      );
      expect(await page.locator('li.paragraph [data-tool="copy-link"]').first().textContent()).toBe(str('actions.copyLink'));
      expect(await visible(page, '.doc-strip [data-tool="print"]')).toBe(1);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      const id = paragraphs[2] ?? '';
      const tools = await openTools(page, id);
      await tools.locator('[data-tool="copy-link"]').click();
      await page.waitForFunction((target) => document.querySelector(`#${target} .tool-status`)?.textContent !== '', id);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}${path}#${id}`);
      await page.locator('.document-info [data-tool="copy-cite"]').click();
      await page.waitForFunction(() => document.querySelector('.document-info .tool-status')?.textContent !== '');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await page.locator('.document-info .citation-text').textContent(),
      );
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('shows the review’s filters disabled without scripts, checked at what the page shows; with scripts they filter', async () => {
    const plain = await open(browser(), `${base}/da/review/`, { javaScriptEnabled: false });
    const radios = plain.page.getByRole('radio');
    expect(await radios.count()).toBeGreaterThan(LANGUAGES.length);
    expect(await radios.evaluateAll((list) => list.every((r) => r.matches(':disabled')))).toBe(true);
    expect(
      await plain.page.getByRole('radio', { checked: true }).evaluateAll((list) => list.map((r) => (r as HTMLInputElement).value)),
    ).toEqual(['da', 'all']);
    // Only Danish is shown: its section, when it has anything to show (entries to review, or its sentence alignment).
    expect(await plain.page.locator('main section h2').evaluateAll((list) => list.map((h) => h.getAttribute('lang')))).toEqual(
      (await plain.page.locator('.review-entry, .review-alignment').count()) > 0 ? ['da'] : [],
    );
    await plain.close();

    const { page, close } = await open(browser(), `${base}/da/review/`);
    await page.getByRole('radio', { name: 'Alle' }).first().check();
    expect(await page.getByRole('radio', { checked: true }).evaluateAll((list) => list.map((r) => (r as HTMLInputElement).value))).toEqual([
      'all',
      'all',
    ]);
    await page.waitForURL(`${base}/da/review/?lang=all`);
    await close();
  });
});

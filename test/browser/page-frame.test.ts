import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../src/languages.ts';
import { describeInBrowser, open, textSize } from './browser.ts';
import { uiString } from './document-status.ts';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');

const px = (page: Page, selector: string, property: 'fontSize' | 'width', pseudo?: string): Promise<number> =>
  page
    .locator(selector)
    .first()
    .evaluate((e, [p, s]) => parseFloat(getComputedStyle(e, s)[p as 'width']), [property, pseudo ?? null] as const);

describeInBrowser('every page’s frame: header, footer, text size, icons', (browser) => {
  it('gives every kind of page the site’s header (a banner) and a footer outside the main landmark (contentinfo)', async () => {
    for (const path of ['/', '/da/', '/fi/compare/en/', '/is/review/', '/da/no-such-page']) {
      const { page, close } = await open(browser(), `${base}${path}`, { javaScriptEnabled: false });
      expect(await page.getByRole('banner').count(), path).toBe(1);
      expect(await page.locator('header.site-header .site-brand a').count(), path).toBe(1);
      expect(await page.getByRole('contentinfo').count(), path).toBe(1);
      expect(await page.locator('main footer, main [role="contentinfo"]').count(), path).toBe(0);
      await close();
    }
  });

  it('sets the text at 17–18 px from 48 rem up and the document’s type as the prominent line of its heading', async () => {
    for (const [width, low, high] of [
      [390, 16, 16],
      [800, 17, 18],
      [1280, 17, 18],
    ] as const) {
      const { page, close } = await open(browser(), `${base}/fi/`, { viewport: { width, height: 800 } });
      const body = await px(page, '.paragraph-body > p', 'fontSize');
      expect(body, `${width} px`).toBeGreaterThanOrEqual(low);
      expect(body, `${width} px`).toBeLessThanOrEqual(high);
      expect(await page.locator('main h1 .doc-type').count()).toBe(1);
      expect(await px(page, 'main h1 .doc-type', 'fontSize')).toBeGreaterThan(await px(page, 'main h1 .doc-occasion', 'fontSize'));
      await close();
    }
  });

  it('sizes its icons in em: they grow with the reader’s text size', async () => {
    const { page, close } = await open(browser(), `${base}/da/`, { viewport: { width: 390, height: 844 } });
    const icons = async (): Promise<number[]> => [
      await px(page, '.tools-icon', 'width'),
      await px(page, '.switcher-toggle summary', 'width', '::before'),
    ];
    const normal = await icons();
    await textSize(page, 32);
    expect(await icons()).toEqual(normal.map((w) => w * 2));
    await close();
  });

  it('has the chooser at / say, without scripts, which version is the original, with every language a large target', async () => {
    // A phone's width, tall enough to hold every item on screen (where a point can be hit).
    const { page, close } = await open(browser(), `${base}/`, { javaScriptEnabled: false, viewport: { width: 390, height: 2400 } });
    // The heading in every language, each tagged.
    expect(await page.locator('main h1 [lang]').evaluateAll((spans) => spans.map((s) => s.getAttribute('lang')))).toEqual(
      LANGUAGES.map((l) => l.code),
    );
    const kinds = await page.locator('.chooser-kind').allTextContents();
    expect(kinds).toEqual(LANGUAGES.map((l) => uiString(ROOT, l.code, l.code === SOURCE_LANGUAGE ? 'cite.original' : 'cite.unofficial')));
    // The whole item is the link: a tap anywhere on it lands on it, and it is far over 44 px high.
    const targets = await page.locator('.chooser-list li').evaluateAll((items) =>
      items.map((li) => {
        const r = li.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width - 8, r.top + r.height - 8);
        return { tall: r.height >= 44, wide: r.width >= 44, lands: hit === li.querySelector('a') };
      }),
    );
    expect(targets).toEqual(LANGUAGES.map(() => ({ tall: true, wide: true, lands: true })));
    await close();
  });

  it('puts a comparison’s controls on a phone behind one control beside the language, one header row', async () => {
    const { page, close } = await open(browser(), `${base}/is/compare/en/`, { viewport: { width: 390, height: 844 } });
    const rows = await page.evaluate(() => {
      const tops = [...document.querySelectorAll<HTMLElement>('.header-bar > *')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => Math.round(e.getBoundingClientRect().top));
      return new Set(tops).size;
    });
    expect(rows).toBe(1);
    expect(await page.locator('.controls-toggle summary').isVisible()).toBe(true);
    await close();
  });

  it('links the document information’s status to the translation review', async () => {
    const { page, close } = await open(browser(), `${base}/da/`, { javaScriptEnabled: false });
    expect(await page.locator('#about a[href="/da/review/"]').count()).toBeGreaterThan(0);
    await close();
  });
});

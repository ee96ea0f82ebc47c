import type { Locator, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, open, scriptsReady } from './browser.ts';
import { expectOpenedAt, readAt } from './reading-place.ts';
import { declarationIds } from '../support/declaration.ts';

const base = inject('baseUrl');
const paragraphs = declarationIds(['paragraph']);

/** Follow `link` with the pointer or the keyboard, once the page is at `id`. */
async function follow(page: Page, link: Locator, how: 'click' | 'keyboard'): Promise<void> {
  if (how === 'click') await link.click();
  else {
    await link.focus();
    await page.keyboard.press('Enter');
  }
}

describeInBrowser('the comparison keeps the reader’s place', (browser) => {
  it('enters, switches language, adds and removes a language, and leaves at the paragraph being read', async () => {
    const { page, errors, close } = await open(browser(), `${base}/da/`, { viewport: { width: 1280, height: 800 } });
    const steps: {
      readonly at: string;
      readonly link: () => Locator;
      readonly how: 'click' | 'keyboard';
      readonly to: string;
      readonly menu?: string;
    }[] = [
      {
        at: paragraphs[3] ?? '',
        menu: '.compare-menu',
        link: () => page.locator('.compare-menu a[lang="en"]'),
        how: 'click',
        to: '/da/compare/en/',
      },
      { at: paragraphs[5] ?? '', link: () => page.locator('.switcher a[lang="sv"]'), how: 'keyboard', to: '/sv/compare/en/' },
      {
        at: paragraphs[1] ?? '',
        menu: '.compare-add',
        link: () => page.locator('.compare-add a[lang="fi"]'),
        how: 'click',
        to: '/sv/compare/en/fi/',
      },
      {
        at: paragraphs[6] ?? '',
        link: () => page.locator('.compare-shown a[href^="/sv/compare/fi/"]'),
        how: 'keyboard',
        to: '/sv/compare/fi/',
      },
      { at: paragraphs[2] ?? '', link: () => page.locator('.compare-shown a[href^="/sv/"]').last(), how: 'click', to: '/sv/' },
    ];
    for (const step of steps) {
      await scriptsReady(page);
      await readAt(page, step.at);
      if (step.menu) await page.locator(`${step.menu} summary`).click();
      await follow(page, step.link(), step.how);
      await page.waitForURL(`${base}${step.to}#${step.at}`);
      await expectOpenedAt(page, step.at);
    }
    expect(await page.locator('li.paragraph').count()).toBe(paragraphs.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('gives a pointed-at link the fragment (middle click, copied link), and none at the top of the page', async () => {
    const { page, close } = await open(browser(), `${base}/fi/compare/is/`, { viewport: { width: 1280, height: 800 } });
    await scriptsReady(page);
    const link = page.locator('.switcher a[lang="en"]');
    await link.hover();
    expect(await link.getAttribute('href')).toBe('/en/compare/is/');
    const id = paragraphs[4] ?? '';
    await readAt(page, id);
    await page.mouse.move(600, 400);
    await link.hover();
    expect(await link.getAttribute('href')).toBe(`/en/compare/is/#${id}`);
    // Scrolled on with the pointer still on the link, then a middle click: the new tab opens at the new place.
    const later = paragraphs[6] ?? '';
    await readAt(page, later);
    const opened = page.context().waitForEvent('page');
    await link.click({ button: 'middle' });
    const tab = await opened;
    await tab.waitForURL(`${base}/en/compare/is/#${later}`);
    await close();
  });

  it('keeps plain addresses without scripts', async () => {
    const { page, close } = await open(browser(), `${base}/da/`, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    await readAt(page, paragraphs[3] ?? '');
    await page.locator('.compare-menu summary').click();
    await page.locator('.compare-menu a[lang="en"]').click();
    await page.waitForURL(`${base}/da/compare/en/`);
    // Removing English and leaving both lead to the Danish reading page.
    expect(await page.locator('.compare-shown a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/da/',
      '/da/',
    ]);
    await readAt(page, paragraphs[3] ?? '');
    await page.locator('.compare-add summary').click();
    await page.locator('.compare-add a[lang="sv"]').click();
    await page.waitForURL(`${base}/da/compare/en/sv/`);
    await close();
  });
});

import { expect, inject, it } from 'vitest';
import { displayName, LANGUAGES } from '../../src/languages.ts';
import { describeInBrowser, open, scriptsReady } from './browser.ts';
import { DESKTOP, LAPTOP, PHONE, reachableLanguages } from './wcag-checks.ts';

const base = inject('baseUrl');

describeInBrowser('WCAG 2.2 AA: every language within reach, and a switch that keeps the paragraph', (browser) => {
  for (const width of [320, 390, 800]) {
    it(`puts every language within one obvious control at ${width} px, with and without scripts`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const { page, close } = await open(browser(), `${base}/en/`, { viewport: { width, height: 640 }, javaScriptEnabled });
        for (const language of LANGUAGES) {
          await page.goto(`${base}/${language.code}/`, { waitUntil: 'networkidle' });
          const toggle = page.locator('.switcher-toggle summary');
          expect(await toggle.textContent()).toContain(displayName(language));
          expect(await reachableLanguages(page)).toEqual([]);
          await toggle.click();
          expect(await reachableLanguages(page), `${language.code}, scripts ${javaScriptEnabled}`).toEqual(LANGUAGES.map((l) => l.code));
        }
        await close();
      }
    });
  }

  it('lists every language in the header of screens over 60 rem, wrapping rather than clipping', async () => {
    for (const viewport of [DESKTOP, { width: 980, height: 700 }]) {
      const { page, close } = await open(browser(), `${base}/en/`, { viewport });
      for (const language of LANGUAGES) {
        await page.goto(`${base}/${language.code}/`, { waitUntil: 'networkidle' });
        expect(await page.locator('.switcher-toggle summary').isVisible()).toBe(false);
        expect(await reachableLanguages(page), `${language.code} at ${viewport.width}`).toEqual(LANGUAGES.map((l) => l.code));
      }
      await close();
    }
  });

  it('fits an eighth language with a long endonym ("Davvisámegiella") at every width', async () => {
    for (const width of [320, 390, 980, 1280]) {
      const { page, close } = await open(browser(), `${base}/fi/`, { viewport: { width, height: 700 } });
      // Hydrated first: a hydration that meets the added item would render the header afresh, closed.
      await scriptsReady(page);
      // languages.ts is the only list, so a new language is one more item here and in the toggle's label.
      await page.evaluate(() => {
        const list = document.querySelector('.switcher ul');
        const item = list?.lastElementChild?.cloneNode(true) as HTMLElement | undefined;
        if (!list || !item) return;
        item.querySelector('a')?.replaceChildren('Davvisámegiella');
        list.append(item);
        document.querySelector('.switcher-toggle summary span[lang]')?.replaceChildren('Davvisámegiella');
      });
      if (width < 960) await page.locator('.switcher-toggle summary').click();
      expect(await reachableLanguages(page), `${width} px`).toHaveLength(LANGUAGES.length + 1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${width} px`).toBe(0);
      await close();
    }
  });

  it('switches language from the phone menu without losing the paragraph: the new page opens at it, just below the header', async () => {
    for (const viewport of [PHONE, LAPTOP, DESKTOP]) {
      const { page, close } = await open(browser(), `${base}/da/`, { viewport });
      await scriptsReady(page);
      // The paragraph just below the header is the one being read. Twice: the site's name above the sticky bar
      // scrolls away, so the header is shorter once scrolled than at the top.
      const before = await page.evaluate(() => {
        const target = document.getElementById('corridors');
        for (let i = 0; i < 2; i++) {
          const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
          if (target) window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - header - 8);
        }
        return target?.getBoundingClientRect().top ?? -1;
      });
      if (viewport.width <= 960) await page.locator('.switcher-toggle summary').click();
      await page.locator('.switcher a[lang="sv"]').click();
      await page.waitForURL(`${base}/sv/#corridors`);
      await page.waitForLoadState('networkidle');
      const after = await page.evaluate(() => ({
        top: document.getElementById('corridors')?.getBoundingClientRect().top ?? -1,
        header: document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? -1,
        open: document.querySelector('.switcher-toggle')?.hasAttribute('open'),
      }));
      expect(after.open, `${viewport.width}`).toBe(false);
      expect(before).toBeGreaterThan(0);
      // Below the header (never under it), within its scroll margin of half a line.
      expect(after.top - after.header, `${viewport.width} px: corridors at ${after.top}, header to ${after.header}`).toBeGreaterThanOrEqual(
        0,
      );
      expect(after.top - after.header, `${viewport.width} px`).toBeLessThanOrEqual(10);
      await close();
    }
  });
});

import { expect, inject, it } from 'vitest';
import { describeInBrowser, open, openTools, scriptsReady } from './browser.ts';
import { DESKTOP, focusSeen, headerSticks, LAPTOP, PHONE } from './wcag-checks.ts';

const base = inject('baseUrl');

describeInBrowser('WCAG 2.2 AA: the focus is seen, never under the sticky header, and a control says its outcome in view', (browser) => {
  it('shows the skip link above the sticky header when it is focused, at the top of the page or deep in it (2.4.7, 2.4.11)', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      for (const scroll of [0, 1200]) {
        const { page, close } = await open(browser(), `${base}/da/`, { viewport });
        await page.evaluate((y) => window.scrollTo(0, y), scroll);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
        expect(await focusSeen(page), `${viewport.width} px, scrolled ${scroll}`).toMatchObject({ seen: true, inView: true });
        await close();
      }
    }
  });

  it('never leaves the focused control under the sticky header, tabbing forwards or backwards (2.4.11)', async () => {
    for (const viewport of [DESKTOP, LAPTOP, PHONE]) {
      for (const language of ['fi', 'is']) {
        const { page, close } = await open(browser(), `${base}/${language}/`, { viewport });
        await scriptsReady(page);
        expect(await headerSticks(page), `${viewport.width} px`).toBe(true);
        const hidden: string[] = [];
        for (const key of ['Shift+Tab', 'Tab']) {
          if (key === 'Shift+Tab') await page.locator('.document-info [data-tool="copy-cite"]').focus();
          else
            await page.locator('#main').evaluate((main) => (main as HTMLElement).querySelector<HTMLElement>('a, button, summary')?.focus());
          for (let i = 0; i < 45; i++) {
            await page.keyboard.press(key);
            const focus = await focusSeen(page);
            if (!focus.seen || !focus.inView) hidden.push(`${key} ${focus.name}`);
          }
        }
        expect(hidden, `${language} at ${viewport.width}×${viewport.height}`).toEqual([]);
        // Between the header's controls from deep in the text: the header is in view, so the page stays put.
        await page.evaluate(() => window.scrollTo(0, 1500));
        await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.site-header a, .site-header summary')]
            .filter((e) => e.checkVisibility())
            .at(-1)
            ?.focus({ preventScroll: true }),
        );
        const before = await page.evaluate(() => window.scrollY);
        await page.keyboard.press('Shift+Tab');
        expect(await page.evaluate(() => !!document.activeElement?.closest('.site-header'))).toBe(true);
        expect(await focusSeen(page)).toMatchObject({ seen: true, inView: true });
        expect(await page.evaluate(() => window.scrollY), `${language} at ${viewport.width}`).toBe(before);
        await close();
      }
    }
  });

  it('says a copy’s outcome whole, in the open menu, covering no text', async () => {
    for (const viewport of [PHONE, { width: 320, height: 640 }, DESKTOP]) {
      const { page, close } = await open(browser(), `${base}/fi/`, { viewport });
      await scriptsReady(page);
      // No clipboard permission: headless Chromium refuses the write, as a browser without the API would fail.
      await page.evaluate(() =>
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }),
      );
      const tools = await openTools(page, 'threat');
      await tools.locator('[data-tool="copy-link"]').click();
      await page.waitForFunction(() => (document.querySelector('#threat .tool-status')?.textContent ?? '') !== '');
      const box = await page.evaluate(() => {
        const status = document.querySelector('#threat .tool-status') as HTMLElement;
        const text = (document.querySelector('#threat .paragraph-body > p') as HTMLElement).getBoundingClientRect();
        const item = (document.getElementById('threat') as HTMLElement).getBoundingClientRect();
        const r = status.getBoundingClientRect();
        return {
          inside: r.left >= item.left && r.right <= item.right && r.right <= window.innerWidth,
          // In the text's flow, below it: nothing of the paragraph lies under the message.
          belowText: r.top >= text.bottom,
          clipped: status.scrollWidth > status.clientWidth,
        };
      });
      expect(box, `${viewport.width} px`).toEqual({ inside: true, belowText: true, clipped: false });
      await page.waitForURL(`${base}/fi/#threat`);
      await close();
    }
  });
});

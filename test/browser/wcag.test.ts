import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { displayName, LANGUAGES } from '../../src/languages.ts';
import { describeInBrowser, open, openTools, scriptsReady } from './browser.ts';

const base = inject('baseUrl');
const fixture = inject('fixtureUrl');

const DESKTOP = { width: 1280, height: 800 };
const LAPTOP = { width: 800, height: 600 };
const PHONE = { width: 390, height: 844 };

/** Whether the focused element can be seen: the topmost thing painted at its centre is it or inside it. */
function focusSeen(page: Page): Promise<{ name: string; seen: boolean; inView: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { name: 'body', seen: true, inView: true };
    const rect = element.getBoundingClientRect();
    const x = Math.min(Math.max(rect.left + Math.min(rect.width / 2, 8), 0), window.innerWidth - 1);
    const y = rect.top + rect.height / 2;
    const top = document.elementFromPoint(x, y);
    const inView = y >= 0 && y <= window.innerHeight;
    return {
      name: `${element.tagName} ${element.textContent?.slice(0, 30) ?? ''}`,
      seen: !!top && (top === element || element.contains(top) || top.contains(element)),
      inView,
    };
  });
}

/** Whether the header's bar stays on screen after scrolling down the page (the site's name above it scrolls away). */
async function headerSticks(page: Page): Promise<boolean> {
  await page.evaluate(() => window.scrollTo(0, 1500));
  return page.evaluate(() => Math.abs(document.querySelector('.header-bar')?.getBoundingClientRect().top ?? -1) < 1);
}

/** The switcher's links that a reader can see and press where they are: on screen and not covered. */
function reachableLanguages(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('.switcher ul a')]
      .filter((a) => {
        const r = a.getBoundingClientRect();
        if (r.width === 0 || r.left < 0 || r.right > window.innerWidth || r.top < 0 || r.bottom > window.innerHeight) return false;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return !!hit && (hit === a || a.contains(hit));
      })
      .map((a) => a.lang),
  );
}

describeInBrowser('WCAG 2.2 AA: focus, reflow, reaching every language, forced colours, measure', (browser) => {
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

  it('lets go of the header where it would take the screen: 400 % and 200 % zoom of a desktop, a phone on its side (1.4.10)', async () => {
    for (const viewport of [
      { width: 320, height: 200 },
      { width: 640, height: 400 },
      { width: 844, height: 390 },
    ]) {
      const { page, close } = await open(browser(), `${base}/fi/`, { viewport });
      expect(await headerSticks(page), `${viewport.width}×${viewport.height}`).toBe(false);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
        `${viewport.width}×${viewport.height}`,
      ).toBe(0);
      await close();
    }
    // Where it sticks on a phone, it is at most two lines of controls (the language and the comparison): the site's name scrolls away.
    for (const language of LANGUAGES) {
      const { page, close } = await open(browser(), `${base}/${language.code}/`, { viewport: { width: 320, height: 568 } });
      await page.evaluate(() => window.scrollTo(0, 1500));
      const covered = await page.evaluate(() => document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 999);
      expect(covered, language.code).toBeLessThanOrEqual(2 * 44 + 2);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--header-height')), language.code).toBe(
        `${covered}px`,
      );
      await close();
    }
  });

  it('does not scroll sideways with 200 % text on a phone, in any language or view (1.4.4, 1.4.10)', async () => {
    const paths = [...LANGUAGES.map((l) => `/${l.code}/`), '/fi/compare/is/', '/is/compare/en/fi/', '/fi/review/', '/nn/review/'];
    for (const width of [320, 390]) {
      const context = await browser().newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      // The browser's text-size setting, not page zoom: rem and media queries follow it.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      for (const path of paths) {
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), path).toBe('32px');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${width} px`).toBe(0);
      }
      await context.close();
    }
  });

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

  it('keeps the highlighted paragraph and the state markers visible in forced colours (1.4.11)', async () => {
    const { page, close } = await open(browser(), `${fixture}/is/#norfolk`, { viewport: DESKTOP, forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const styles = await page.evaluate(() => {
      const target = document.getElementById('norfolk') as Element;
      const markers = [...document.querySelectorAll('.marker')].map((m) => getComputedStyle(m).borderTopStyle);
      return { outline: getComputedStyle(target).outlineStyle, markers };
    });
    expect(styles.outline).toBe('solid');
    expect(styles.markers.length).toBeGreaterThanOrEqual(2);
    expect(new Set(styles.markers)).toEqual(new Set(['solid']));
    await close();
  });

  it('sets the text at 60–75 characters a line on a desktop, in every language', async () => {
    const { page, close } = await open(browser(), `${base}/en/`, { viewport: DESKTOP });
    for (const language of LANGUAGES) {
      await page.goto(`${base}/${language.code}/`, { waitUntil: 'networkidle' });
      const lines = await page.evaluate(() => {
        const counts: number[] = [];
        for (const p of document.querySelectorAll('.paragraph-body > p')) {
          const text = p.firstChild;
          if (!text || text.nodeType !== Node.TEXT_NODE) continue;
          const range = document.createRange();
          let top: number | undefined;
          let count = 0;
          for (let i = 0; i < (text as Text).length; i++) {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const at = Math.round(range.getBoundingClientRect().top);
            if (top !== undefined && at > top + 2) {
              counts.push(count);
              count = 0;
            }
            if (top === undefined || at > top + 2) top = at;
            count++;
          }
        }
        return counts.sort((a, b) => a - b);
      });
      const median = lines[Math.floor(lines.length / 2)] ?? 0;
      expect(median, language.code).toBeGreaterThanOrEqual(58);
      expect(median, language.code).toBeLessThanOrEqual(75);
      expect(lines.at(-1) ?? 0, language.code).toBeLessThanOrEqual(80);
    }
    await close();
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
      expect(new URL(page.url()).hash).toBe('#threat');
      await close();
    }
  });
});

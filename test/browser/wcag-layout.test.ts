import { expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/languages.ts';
import { describeInBrowser, open } from './browser.ts';
import { DESKTOP, headerSticks } from './wcag-checks.ts';

const base = inject('baseUrl');
const fixture = inject('fixtureUrl');

describeInBrowser('WCAG 2.2 AA: reflow, text size, forced colours, measure', (browser) => {
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
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { getLanguage, nameInText } from '../../src/languages.ts';
import { describeInBrowser, open, scriptsReady } from './browser.ts';
import { readAt } from './reading-place.ts';
import { declarationIds } from '../support/declaration.ts';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');
const paragraphs = declarationIds(['paragraph']);
const declaration = (code: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, 'locales', code, 'declaration.json'), 'utf8')) as Record<string, string>;

describeInBrowser('the comparison’s labels, headings and menus', (browser) => {
  for (const [path, width, scripts] of [
    ['/da/compare/en/', 1280, true],
    ['/is/compare/en/fi/', 1600, true],
    ['/nb/compare/sv/', 1400, false],
  ] as const) {
    it(`keeps the column labels in view under the header, deep in ${path} at ${width} px (scripts ${scripts ? 'on' : 'off'})`, async () => {
      const { page, close } = await open(browser(), `${base}${path}`, { viewport: { width, height: 800 }, javaScriptEnabled: scripts });
      if (scripts) await scriptsReady(page);
      await readAt(page, paragraphs.at(-1) ?? '');
      const seen = await page.evaluate(() => {
        const header = document.querySelector('.site-header')?.getBoundingClientRect();
        const labels = [...document.querySelectorAll<HTMLElement>('.compare-columns p')];
        return {
          scrolled: window.scrollY,
          headerBottom: header?.bottom ?? -1,
          labelsTop: document.querySelector('.compare-columns')?.getBoundingClientRect().top ?? -1,
          // What is drawn at each label's middle is the label itself: not hidden under the header, not scrolled away.
          onTop: labels.map((p) => {
            const r = p.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
            return !!hit && p.contains(hit) && r.top >= 0;
          }),
          // Each label names its language in that language ("English, original"; "Dansk, unofficial translation").
          langs: labels.map((p) => p.querySelector('[lang]')?.getAttribute('lang')),
        };
      });
      expect(seen.scrolled).toBeGreaterThan(1000);
      expect(Math.abs(seen.labelsTop - seen.headerBottom)).toBeLessThan(scripts ? 1.5 : 12);
      expect(seen.onTop).toEqual(seen.langs.map(() => true));
      expect(seen.langs).toEqual(path.split('/').filter((p) => p !== '' && p !== 'compare'));
      await close();
    });
  }

  it('makes the declaration’s title and subtitle headings in every column, under the page’s h1', async () => {
    const { page, close } = await open(browser(), `${base}/da/compare/en/sv/`, { javaScriptEnabled: false });
    const headings = await page
      .locator('main h1, main h2, main h3')
      .evaluateAll((list) =>
        list
          .filter((h) => !h.closest('.document-info'))
          .map((h) => ({ level: h.tagName, lang: h.closest('[lang]')?.getAttribute('lang'), text: h.textContent })),
      );
    const [first, ...rest] = headings;
    expect(first?.level).toBe('H1');
    // The page's own language names itself as it writes its name in running text ("Side om side: dansk · …").
    expect(first?.text).toContain(nameInText(getLanguage('da')));
    const expected = ['title', 'subtitle'].flatMap((key, i) =>
      ['da', 'en', 'sv'].map((code) => ({
        level: i === 0 ? 'H2' : 'H3',
        lang: code,
        text: expect.stringContaining(declaration(code)[key]?.split('{{date}}')[0]?.trim() ?? '?'),
      })),
    );
    expect(rest).toEqual(expected);
    // The accessibility tree agrees: headings by role and level.
    expect(await page.getByRole('heading', { level: 2, name: declaration('en')['subtitle'] ?? '?' }).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 3, name: declaration('en')['subtitle'] ?? '?' }).count()).toBe(1);
    await close();
  });

  // The menu (what holds its toggle and its list) and its toggle: the same <details>, or the phone's language
  // switcher, whose list lies beside its toggle. At 390 px, as a phone opens them over the text.
  for (const [path, menu, toggle, width] of [
    ['/nn/', '.compare-menu', '.compare-menu', 1280],
    ['/nn/compare/en/', '.compare-add', '.compare-add', 1280],
    ['/nn/', '.switcher', '.switcher-toggle', 390],
    ['/fi/', '.compare-menu', '.compare-menu', 390],
  ] as const) {
    it(`closes ${menu} at ${width} px on Escape (focus back on its summary) and on a click outside`, async () => {
      const { page, close } = await open(browser(), `${base}${path}`, { viewport: { width, height: 800 } });
      await scriptsReady(page);
      const details = page.locator(toggle);
      const summary = page.locator(`${toggle} summary`);
      const isOpen = (): Promise<boolean> => details.evaluate((d) => (d as HTMLDetailsElement).open);
      // Keyboard: open, go into the menu, Escape.
      await summary.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((selector) => document.querySelector<HTMLDetailsElement>(selector)?.open === true, toggle);
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(
          (selector) => document.activeElement?.closest(selector) !== null && document.activeElement?.tagName === 'A',
          menu,
        ),
      ).toBe(true);
      await page.keyboard.press('Escape');
      expect(await isOpen()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      // Mouse: open, click in the page's margin just below the open list.
      await summary.click();
      expect(await isOpen()).toBe(true);
      const outside = await page.evaluate((list) => {
        const bottom = document.querySelector(list)?.getBoundingClientRect().bottom ?? 0;
        return { x: window.innerWidth - 4, y: Math.min(bottom + 24, window.innerHeight - 4) };
      }, `${menu} ul`);
      await page.mouse.click(outside.x, outside.y);
      expect(await isOpen()).toBe(false);
      // A click inside the menu (not on a link) leaves it open; the summary still toggles it.
      await summary.click();
      await page.locator(`${menu} ul`).click({ position: { x: 2, y: 2 } });
      expect(await isOpen()).toBe(true);
      await summary.click();
      expect(await isOpen()).toBe(false);
      await close();
    });
  }
});

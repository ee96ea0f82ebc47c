import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, open, scriptsReady } from './browser.ts';
import { fixtureEdit } from './fixture-site.ts';
import { ROOT } from '../support/root.ts';

const fixture = inject('fixtureUrl');
const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
const isUi = json('locales/is/ui.json') as { status: Record<string, string> };
const daUi = json('locales/da/ui.json') as { status: Record<string, string> };
const english = json('locales/en/declaration.json');

describeInBrowser('untranslated and stale paragraphs (fixture build)', (browser) => {
  for (const scripts of [true, false]) {
    it(`shows an untranslated paragraph in English, tagged and marked (scripts ${scripts ? 'on' : 'off'})`, async () => {
      const { page, errors, close } = await open(browser(), `${fixture}/is/`, { javaScriptEnabled: scripts });
      if (scripts) await scriptsReady(page);
      expect(await page.locator('#ukraine p[lang="en"]').textContent()).toBe(english['ukraine']);
      expect(await page.locator('#ukraine .marker-untranslated').textContent()).toBe(isUi.status['untranslated']);
      expect(await page.locator('#opening .paragraph-body > p[lang]').count()).toBe(0);
      expect(errors).toEqual([]);
      await close();
    });

    it(`marks a stale paragraph in the page itself (scripts ${scripts ? 'on' : 'off'})`, async () => {
      const { page, close } = await open(browser(), `${fixture}/da/`, { javaScriptEnabled: scripts });
      if (scripts) await scriptsReady(page);
      expect(await page.locator('#norfolk .marker-stale').first().textContent()).toBe(daUi.status['stale']);
      expect(await page.locator('.marker-stale').count()).toBe(1);
      await close();
    });
  }

  for (const scripts of [true, false]) {
    it(`reveals the current English of a stale paragraph from the keyboard (scripts ${scripts ? 'on: its tools' : 'off: its own disclosure'})`, async () => {
      const { page, close } = await open(browser(), `${fixture}/da/`, { javaScriptEnabled: scripts });
      const quote = page.locator('#norfolk blockquote');
      expect(await quote.isVisible()).toBe(false);
      if (scripts) {
        await scriptsReady(page);
        // The disclosure's own summary gives way to the paragraph's one control.
        expect(await page.locator('#norfolk details.original summary').isVisible()).toBe(false);
        await page.locator('#norfolk details.tools summary').focus();
        await page.keyboard.press('Enter');
        const button = page.locator('#norfolk [data-tool="english"]');
        expect(await button.textContent()).toContain(daUi.status['showCurrent']);
        await button.focus();
        await page.keyboard.press('Enter');
        expect(await button.getAttribute('aria-expanded')).toBe('true');
        // The menu closed as it acted, the focus back on its summary.
        expect(await page.evaluate(() => document.activeElement?.closest('summary') !== null)).toBe(true);
      } else {
        const toggle = page.locator('#norfolk details.original summary');
        expect(await toggle.textContent()).toContain(daUi.status['showCurrent']);
        await toggle.focus();
        await page.keyboard.press('Enter');
        expect(await page.locator('#norfolk details.original summary .when-open').isVisible()).toBe(true);
      }
      expect(await quote.isVisible()).toBe(true);
      expect(await quote.textContent()).toContain((await fixtureEdit(ROOT)).added);
      expect(await quote.getAttribute('lang')).toBe('en');
      await close();
    });
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, hydrated, open } from './browser.ts';
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
      if (scripts) await hydrated(page);
      expect(await page.locator('#ukraine p[lang="en"]').textContent()).toBe(english['ukraine']);
      expect(await page.locator('#ukraine .marker-untranslated').textContent()).toBe(isUi.status['untranslated']);
      expect(await page.locator('#opening .paragraph-body > p[lang]').count()).toBe(0);
      expect(errors).toEqual([]);
      await close();
    });

    it(`marks a stale paragraph in the page itself (scripts ${scripts ? 'on' : 'off'})`, async () => {
      const { page, close } = await open(browser(), `${fixture}/da/`, { javaScriptEnabled: scripts });
      if (scripts) await hydrated(page);
      expect(await page.locator('#norfolk .marker-stale').first().textContent()).toBe(daUi.status['stale']);
      expect(await page.locator('.marker-stale').count()).toBe(1);
      await close();
    });
  }

  for (const scripts of [true, false]) {
    it(`reveals the current English of a stale paragraph with one keyboard action (scripts ${scripts ? 'on' : 'off'})`, async () => {
      const { page, close } = await open(browser(), `${fixture}/da/`, { javaScriptEnabled: scripts });
      const toggle = page.locator('#norfolk details.original summary');
      expect(await page.locator('#norfolk blockquote').isVisible()).toBe(false);
      expect(await toggle.textContent()).toContain(daUi.status['showCurrent']);
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('#norfolk blockquote').isVisible()).toBe(true);
      expect(await page.locator('#norfolk blockquote').textContent()).toContain((await fixtureEdit(ROOT)).added);
      expect(await page.getAttribute('#norfolk blockquote', 'lang')).toBe('en');
      expect(await page.locator('#norfolk details.original summary .when-open').isVisible()).toBe(true);
      await close();
    });
  }
});

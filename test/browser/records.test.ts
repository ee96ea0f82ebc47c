import { AxeBuilder } from '@axe-core/playwright';
import { parseFeed } from '@rowanmanning/feed-parser';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/languages.ts';
import { historyData, languageHistory } from '../../src/site/history.ts';
import { describeInBrowser, open } from './browser.ts';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');
const source = { root: ROOT, documentFile: 'src/documents/declaration.md', namespace: 'declaration' };

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describeInBrowser('revision history, past versions and feeds', (browser) => {
  // What git says of this checkout decides what the pages must show: dates where it knows them, "unknown" where not.
  for (const language of LANGUAGES) {
    it(`/${language.code}/history/ lists what git knows, each version readable at its address, without scripts`, async () => {
      const history = historyData(languageHistory(source, language.code));
      const { page, close } = await open(browser(), `${base}/${language.code}/history/`, { javaScriptEnabled: false });
      expect(await page.locator('html').getAttribute('lang')).toBe(language.code);
      const times = await page.locator('.history time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
      expect(times).toEqual(history.versions.map((v) => v.date));
      if (history.known !== 'complete') expect(await page.locator('.notice[role="note"]').count()).toBeGreaterThan(0);
      for (const version of history.versions.slice(0, 2)) {
        const response = await page.goto(`${base}/${language.code}/history/${version.id}/`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('.version-notice').textContent()).toContain(`/${language.code}/history/${version.id}/`);
        expect(await page.locator('li.paragraph').count()).toBe(version.blocks.filter((b) => b.kind === 'paragraph').length);
      }
      await close();
    });
  }

  it('serves an Atom feed per language that a feed parser reads, linked from the reading page', async () => {
    for (const language of LANGUAGES) {
      const history = historyData(languageHistory(source, language.code));
      const response = await fetch(`${base}/${language.code}/history/feed.atom`);
      if (history.versions.length === 0) {
        expect(response.status).toBe(404);
        continue;
      }
      const feed = parseFeed(await response.text());
      expect(feed.items).toHaveLength(history.versions.length);
      const html = await (await fetch(`${base}/${language.code}/`)).text();
      expect(html).toContain(`<link rel="alternate" type="application/atom+xml" href="/${language.code}/history/feed.atom" />`);
    }
  });

  const history = historyData(languageHistory(source, 'fi'));
  const urls = [`/fi/history/`, `/is/glossary/`, ...history.versions.slice(0, 1).map((v) => `/fi/history/${v.id}/`)];
  for (const url of urls) {
    it(`axe finds nothing on ${url}, phone and desktop`, async () => {
      for (const viewport of [
        { width: 390, height: 844 },
        { width: 1280, height: 800 },
      ]) {
        const { page, close } = await open(browser(), `${base}${url}`, { viewport });
        expect(await violations(page), `${url} ${viewport.width}`).toEqual([]);
        await close();
      }
    }, 120_000);
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/app/format.ts';
import { LANGUAGES } from '../../src/languages.ts';
import { hydrated, launch, open } from './browser.ts';
import { declarationIds } from '../support/declaration.ts';

const base = inject('baseUrl');
const root = join(import.meta.dirname, '../..');
const declaration = (lang: string): Record<string, string> => JSON.parse(readFileSync(join(root, 'locales', lang, 'declaration.json'), 'utf8')) as Record<string, string>;
const ui = (lang: string): { notice: Record<string, string> } => JSON.parse(readFileSync(join(root, 'locales', lang, 'ui.json'), 'utf8')) as { notice: Record<string, string> };

describe.skipIf(!inject('chromium'))('every language page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  for (const language of LANGUAGES) {
    for (const scripts of [true, false]) {
      it(`/${language.code}/ with scripts ${scripts ? 'on' : 'off'}: whole text in its language`, async () => {
        const { page, errors, close } = await open(browser, `${base}/${language.code}/`, { javaScriptEnabled: scripts });
        if (scripts) await hydrated(page);
        const text = declaration(language.code);
        expect(await page.getAttribute('html', 'lang')).toBe(language.code);
        expect(await page.textContent('h1')).toBe(String(text['title']).replace('{{date}}', formatDate('2024-11-21', language.code)));
        const paragraphs = page.locator('li.paragraph');
        const ids = declarationIds(['paragraph']);
        expect(await paragraphs.count()).toBe(ids.length);
        // Paragraphs not yet translated (a maintainer's new paragraph) are shown in English, as they should be.
        const translated = ids.filter((id) => language.code === 'en' || text[id]);
        const sample = translated.includes('ukraine') ? 'ukraine' : (translated[0] ?? '');
        expect(await page.locator(`#${sample} p`).first().textContent()).toBe(text[sample]);
        const untranslated = declarationIds().filter((id) => language.code !== 'en' && !text[id]);
        const elsewhere = untranslated.map((id) => `:not(#${id}):not(#${id} [lang])`).join('');
        // Only language names (each in itself), the English originals (hidden until asked for) and untranslated paragraphs are in another language.
        expect(await page.locator(`[lang]:not(html):not(nav [lang]):not(.compare-menu [lang]):not(details.original > blockquote)${elsewhere}`).count()).toBe(0);
        expect(await page.locator('details.original > blockquote[lang="en"]').count()).toBe(language.code === 'en' ? 0 : translated.length);
        const notice = await page.textContent('[role="note"]');
        const expected = language.code === 'en' ? ui('en').notice['original'] : ui(language.code).notice['unofficial'];
        expect(notice).toBe(String(expected).replace(/<\/?[a-z]+>/g, ''));
        expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(new RegExp(`^https?://[^/]+/${language.code}/$`));
        expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(LANGUAGES.length + 1);
        expect(await page.title()).not.toBe('');
        expect(await page.getAttribute('meta[name="description"]', 'content')).toBeTruthy();
        expect(await page.textContent('body')).not.toContain('Fant du det du lette etter');
        expect(errors).toEqual([]);
        await close();
      });
    }
  }

  it('serves robots.txt, a sitemap with / and every language, each with its last change from git, and a favicon', async () => {
    const robots = await fetch(`${base}/robots.txt`);
    expect(await robots.text()).toContain('Sitemap:');
    const sitemap = await (await fetch(`${base}/sitemap.xml`)).text();
    for (const path of ['', ...LANGUAGES.map((l) => `${l.code}/`)]) {
      expect(sitemap).toMatch(new RegExp(`<loc>https?://[^/<]+/${path}</loc>\n    <lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>`));
    }
    expect((await fetch(`${base}/favicon.svg`)).status).toBe(200);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { formatDate } from '../../src/app/format.ts';
import { LANGUAGES } from '../../src/languages.ts';
import { scriptsReady, describeInBrowser, open } from './browser.ts';
import { declarationIds } from '../support/declaration.ts';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');
const declaration = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'declaration.json'), 'utf8')) as Record<string, string>;
const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const ui = (lang: string): { notice: Record<string, string> } =>
  JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'ui.json'), 'utf8')) as { notice: Record<string, string> };

describeInBrowser('every language page', (browser) => {
  for (const language of LANGUAGES) {
    for (const scripts of [true, false]) {
      it(`/${language.code}/ with scripts ${scripts ? 'on' : 'off'}: whole text in its language`, async () => {
        const { page, errors, close } = await open(browser(), `${base}/${language.code}/`, { javaScriptEnabled: scripts });
        if (scripts) await scriptsReady(page);
        const text = declaration(language.code);
        expect(await page.getAttribute('html', 'lang')).toBe(language.code);
        // An untranslated title (a language just added) is the English one, dated in English.
        const titleLanguage = text['title'] ? language.code : 'en';
        // The title and, under it, the document's type (the prominent line) are one heading; each keeps its id.
        expect(await page.textContent('h1 #title')).toBe(
          String(declaration(titleLanguage)['title']).replace('{{date}}', formatDate('2024-11-21', titleLanguage)),
        );
        const subtitleLanguage = text['subtitle'] ? language.code : 'en';
        expect(await page.textContent('h1 #subtitle')).toBe(String(declaration(subtitleLanguage)['subtitle']));
        const paragraphs = page.locator('li.paragraph');
        const ids = declarationIds(['paragraph']);
        expect(await paragraphs.count()).toBe(ids.length);
        // Paragraphs not yet translated (a maintainer's new paragraph) are shown in English, as they should be.
        const translated = ids.filter((id) => language.code === 'en' || text[id]);
        // A language with no paragraph translated yet shows the English of each.
        const sample = translated.includes('ukraine') ? 'ukraine' : (translated[0] ?? 'ukraine');
        expect(await page.locator(`#${sample} p`).first().textContent()).toBe(
          (translated.includes(sample) ? text : declaration('en'))[sample],
        );
        const untranslated = declarationIds().filter((id) => language.code !== 'en' && !text[id]);
        const elsewhere = untranslated.map((id) => `:not(#${id}):not(#${id} [lang])`).join('');
        // Only language names (each in itself), the English originals (hidden until asked for), untranslated
        // paragraphs and, in a language whose interface is not all translated, its English strings are in another language.
        const uiUntranslated = language.code !== 'en' && JSON.stringify(ui(language.code)).includes('""');
        const englishUi = uiUntranslated ? ':not([lang="en"])' : '';
        expect(
          await page
            .locator(
              `[lang]:not(html):not(nav [lang]):not(.compare-menu [lang]):not(details.original > blockquote)${elsewhere}${englishUi}`,
            )
            .count(),
        ).toBe(0);
        if (uiUntranslated) expect(await page.locator('#about [lang="en"]').count()).toBeGreaterThan(0);
        expect(await page.locator('details.original > blockquote[lang="en"]').count()).toBe(language.code === 'en' ? 0 : translated.length);
        const notice = await page.textContent('[role="note"]');
        const expected =
          language.code === 'en' ? ui('en').notice['original'] : ui(language.code).notice['unofficial'] || ui('en').notice['unofficial'];
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
    // A date where git knows the language's text (committed, unchanged since); none for one not yet committed,
    // nor for / (the latest of them all) while one is not.
    const known = (code: string): boolean => {
      const file = code === 'en' ? 'src/documents/declaration.md' : `locales/${code}/declaration.json`;
      return git('ls-files', '--', file) !== '' && git('status', '--porcelain', '--', file) === '';
    };
    const pages: [string, boolean][] = [
      ['', LANGUAGES.every((l) => known(l.code))],
      ...LANGUAGES.map((l): [string, boolean] => [`${l.code}/`, known(l.code)]),
    ];
    for (const [path, dated] of pages) {
      const entry = new RegExp(`<loc>https?://[^/<]+/${path}</loc>\n    <lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>`);
      if (dated) expect(sitemap, path).toMatch(entry);
      else expect(sitemap, path).not.toMatch(entry);
    }
    expect((await fetch(`${base}/favicon.svg`)).status).toBe(200);
  });
});

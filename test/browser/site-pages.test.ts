import { expect, inject, it } from 'vitest';
import { displayName, LANGUAGES, type LanguageCode } from '../../src/languages.ts';
import { formatDate } from '../../src/app/format.ts';
import { describeInBrowser, open } from './browser.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');
type Ui = Record<string, Record<string, string>>;
const read = (code: string): Ui => JSON.parse(readFileSync(join(ROOT, 'locales', code, 'ui.json'), 'utf8')) as Ui;
/** An interface string as a page shows it: the translation, or the English while there is none. */
const text = (code: string, group: string, key: string): string => read(code)[group]?.[key] || (read('en')[group]?.[key] ?? '');
const date = (code: LanguageCode): string => formatDate('2024-11-21', code);

describeInBrowser('the chooser at /, the not-found page and misordered compare addresses', (browser) => {
  it('says at / in every language what the site is, and links each language, when scripts are off', async () => {
    const { page, close } = await open(browser(), `${base}/`, { javaScriptEnabled: false });
    expect(
      await page
        .locator('main a')
        .evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.closest('[lang]')?.getAttribute('lang'), a.textContent])),
    ).toEqual(LANGUAGES.map((l) => [`/${l.code}/`, l.code, displayName(l)]));
    for (const l of LANGUAGES) {
      const item = page.locator(`main li[lang="${l.code}"]`);
      expect(await item.locator('.chooser-title').textContent(), l.code).toBe(
        text(l.code, 'meta', 'title').replace('{{date}}', date(l.code)),
      );
      expect(await item.locator('.chooser-about').textContent(), l.code).toBe(
        text(l.code, 'meta', 'description').replace('{{date}}', date(l.code)),
      );
    }
    await close();
  });

  it('answers unknown addresses with status 404', async () => {
    for (const path of ['/xx/', '/da/nope', '/en/index.php', '/da/compare/xx/'])
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
  });

  it("speaks the address's language on the not-found page, with and without scripts, and says what the site is", async () => {
    for (const javaScriptEnabled of [true, false]) {
      for (const l of LANGUAGES) {
        const { page, close } = await open(browser(), `${base}/${l.code}/no-such-page`, { javaScriptEnabled });
        const visible = page.locator('main h1:visible');
        expect(await visible.allTextContents(), `${l.code} scripts ${javaScriptEnabled}`).toEqual([text(l.code, 'notFound', 'title')]);
        expect(await page.getAttribute('html', 'lang')).toBe(l.code);
        expect(await page.locator('main section:visible').textContent()).toContain(
          text(l.code, 'meta', 'description').replace('{{date}}', date(l.code)),
        );
        expect(await page.locator('main a').count()).toBe(LANGUAGES.length);
        await close();
      }
    }
  });

  it('says it in every language where the address has none, each tagged with its language', async () => {
    const { page, close } = await open(browser(), `${base}/nowhere/at/all`);
    expect(
      await page.locator('main section').evaluateAll((s) => s.map((e) => [e.getAttribute('lang'), e.querySelector('h1')?.textContent])),
    ).toEqual(LANGUAGES.map((l) => [l.code, text(l.code, 'notFound', 'title')]));
    await close();
  });

  it('leads a comparison written in another order to its one address, keeping the paragraph; without scripts too', async () => {
    const { page, close } = await open(browser(), `${base}/da/compare/sv/en/#norfolk`);
    await page.waitForURL(`${base}/da/compare/en/sv/#norfolk`);
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await close();
    // Repeated languages are not prerendered: the not-found page's script finds the address.
    const repeated = await open(browser(), `${base}/sv/compare/en/en/#ukraine`);
    await repeated.page.waitForURL(`${base}/sv/compare/en/#ukraine`);
    await repeated.close();
    const plain = await open(browser(), `${base}/fi/compare/is/sv/`, { javaScriptEnabled: false });
    await plain.page.waitForURL(`${base}/fi/compare/sv/is/`);
    expect(await plain.page.getAttribute('html', 'lang')).toBe('fi');
    await plain.close();
    const html = await (await fetch(`${base}/fi/compare/is/sv/`)).text();
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain(`<a href="/fi/compare/sv/is/">${text('fi', 'moved', 'link')}</a>`);
  });
});

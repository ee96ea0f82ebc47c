import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, open, openTools, scriptsReady } from './browser.ts';
import { getLanguage, LANGUAGES, nameInText } from '../../src/languages.ts';
import { declarationIds } from '../support/declaration.ts';
import { recordTransfers } from '../../src/bench/transfers.ts';

const base = inject('baseUrl');
const uiOf = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${lang}/ui.json`), 'utf8')) as Record<string, Record<string, string>>;
const fiUi = uiOf('fi') as { paragraph: Record<string, string> };
const svUi = uiOf('sv') as { languages: Record<string, string> };

describeInBrowser('switching, detection, permalinks, not found', (browser) => {
  it('switches language by opening that language’s page at the same paragraph, fetching only its HTML, and says so', async () => {
    const { page, errors, close } = await open(browser(), `${base}/da/`, { viewport: { width: 420, height: 600 } });
    await scriptsReady(page);
    await page.evaluate(() => {
      const target = document.getElementById('norfolk');
      if (target) window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - 80);
    });
    const network = await recordTransfers(page);
    // A phone: the languages are behind the control naming the current one.
    await page.locator('.switcher-toggle summary').click();
    await page.getByRole('link', { name: 'Svenska' }).click();
    await page.waitForURL(`${base}/sv/#norfolk`);
    await page.waitForLoadState('networkidle');
    // The stylesheet and the script are cached: the page is all there is to fetch.
    expect(
      network
        .transfers()
        .map((t) => t.path)
        .filter((path) => path !== '/favicon.svg'),
    ).toEqual(['/sv/']);
    const top = await page.evaluate(() => document.getElementById('norfolk')?.getBoundingClientRect().top ?? -1);
    const header = await page.evaluate(() => document.querySelector('.header-bar')?.getBoundingClientRect().bottom ?? -1);
    expect(top).toBeGreaterThanOrEqual(header);
    expect(top).toBeLessThan(header + 40);
    expect(await page.getAttribute('nav a[aria-current="page"]', 'lang')).toBe('sv');
    // Announced in the page's polite live region, in the new language.
    await page.waitForFunction(() => (document.getElementById('announcer')?.textContent ?? '') !== '');
    expect(await page.textContent('#announcer')).toBe(svUi.languages['switched']?.replace('{{language}}', nameInText(getLanguage('sv'))));
    expect(await page.getAttribute('#announcer', 'role')).toBe('status');
    await page.goBack();
    await page.waitForURL(`${base}/da/`);
    expect(errors).toEqual([]);
    await close();
  });

  for (const [locale, expected] of [
    ['da-DK', 'da'],
    ['nb-NO', 'nb'],
    ['sv-FI', 'sv'],
    ['fi-FI', 'fi'],
    ['is-IS', 'is'],
    ['de-DE', 'en'],
  ] as const) {
    it(`sends a browser preferring ${locale} from / to /${expected}/`, async () => {
      const { page, close } = await open(browser(), `${base}/`, { locale });
      await page.waitForURL(`${base}/${expected}/`);
      expect(await page.getAttribute('html', 'lang')).toBe(expected);
      await close();
    });
  }

  it('prefers the language chosen earlier on this device', async () => {
    const { page, close } = await open(browser(), `${base}/nn/`, { locale: 'da-DK' });
    await scriptsReady(page);
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/nn/`);
    await page.getByRole('link', { name: 'Suomi' }).click();
    // The choice is remembered by the new page's script: the address alone comes before it has run.
    await page.waitForURL(`${base}/fi/`);
    await scriptsReady(page);
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/fi/`);
    await close();
  });

  it('opens a permalink at its paragraph, highlighted, and copies a paragraph link', async () => {
    const { page, errors, close } = await open(browser(), `${base}/fi/#ukraine`, { viewport: { width: 800, height: 600 } });
    await scriptsReady(page);
    const box = await page.evaluate(() => {
      const rect = document.getElementById('ukraine')?.getBoundingClientRect();
      return { top: rect?.top ?? -1, bottom: rect?.bottom ?? -1, scrolled: window.scrollY, height: window.innerHeight };
    });
    expect(box.scrolled).toBeGreaterThan(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    const highlighted = await page.$eval('#ukraine', (el) => getComputedStyle(el).backgroundColor);
    const plain = await page.$eval('#opening', (el) => getComputedStyle(el).backgroundColor);
    expect(highlighted).not.toBe(plain);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const tools = await openTools(page, 'threat');
    await tools.locator('[data-tool="copy-link"]').click();
    // One read, as it is filled: the status empties itself again after a few seconds.
    await page.waitForFunction((said) => document.querySelector('#threat .tool-status')?.textContent === said, fiUi.paragraph['copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/fi/#threat`);
    expect(errors).toEqual([]);
    await close();
  });

  it('paints the page from HTML and CSS alone, and never loads the app on a reading page: reading, scrolling and copying fetch nothing more', async () => {
    const context = await browser().newContext({ viewport: { width: 800, height: 600 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r: Request) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${base}/sv/`, { waitUntil: 'networkidle' });
    const loaded = requests.filter((p) => p !== '/favicon.svg');
    expect(loaded[0]).toBe('/sv/');
    expect(loaded.filter((p) => p.endsWith('.css'))).toHaveLength(1);
    expect(loaded.filter((p) => /^\/assets\/boot-/.test(p))).toHaveLength(1);
    await page.mouse.move(5, 5);
    await page.mouse.wheel(0, 4000);
    await page.keyboard.press('Tab');
    const tools = await openTools(page, 'corridors');
    await tools.locator('[data-tool="copy-link"]').click();
    await page.waitForFunction(() => document.querySelector('#corridors [role="status"]')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/sv/#corridors`);
    await page.waitForLoadState('networkidle');
    const appOrLanguage = new RegExp(`^/assets/(render-app|${LANGUAGES.map((l) => l.code).join('|')})-`);
    expect(requests.filter((p) => appOrLanguage.test(p))).toEqual([]);
    expect(requests.filter((p) => p !== '/favicon.svg')).toEqual(loaded);
    await context.close();
  });

  it('ignores an unknown language stored on the device', async () => {
    const { page, close } = await open(browser(), `${base}/robots.txt`, { locale: 'fi-FI' });
    await page.evaluate(() => localStorage.setItem('nordefco-reader.language', '__proto__'));
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/fi/`);
    await close();
  });

  it('prints just the declaration with its source', async () => {
    const { page, close } = await open(browser(), `${base}/nn/`);
    await scriptsReady(page);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['nav', 'details.tools', '.doc-strip', '.skip-link', '.site-brand'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('li.paragraph').count()).toBe(declarationIds(['paragraph']).length);
    const source = page.locator('.site-footer .print-only');
    expect(await source.isVisible()).toBe(true);
    expect(await source.textContent()).toContain('https://www.regjeringen.no/');
    await page.emulateMedia({ media: 'screen' });
    expect(await source.isVisible()).toBe(false);
    await close();
  });
});

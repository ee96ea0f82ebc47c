import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, hydrated, open } from './browser.ts';
import { LANGUAGES } from '../../src/languages.ts';
import { declarationIds } from '../support/declaration.ts';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');
const daTitle = String((JSON.parse(readFileSync(join(ROOT, 'locales/da/declaration.json'), 'utf8')) as Record<string, unknown>)['title']);
const fiUi = JSON.parse(readFileSync(join(ROOT, 'locales/fi/ui.json'), 'utf8')) as {
  paragraph: Record<string, string>;
};

describeInBrowser('switching, detection, permalinks, not found', (browser) => {
  it('switches language without a reload, fetching only that language, at the same paragraph', async () => {
    const { page, errors, close } = await open(browser(), `${base}/da/`, { viewport: { width: 420, height: 600 } });
    await hydrated(page);
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
      const target = document.getElementById('norfolk');
      if (target) window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - 80);
    });
    const requests: string[] = [];
    // The browser's own favicon refresh after a history change is not the app's doing.
    page.on('request', (r: Request) => {
      const path = new URL(r.url()).pathname;
      if (path !== '/favicon.svg') requests.push(path);
    });
    // A phone: the languages are behind the control naming the current one.
    await page.locator('.switcher-toggle summary').click();
    await page.getByRole('link', { name: 'Svenska' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    expect(new URL(page.url()).pathname).toBe('/sv/');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(requests, requests.join(', ')).toHaveLength(1);
    expect(requests[0]).toMatch(/^\/assets\/sv-[\w-]+\.json$/);
    const top = await page.evaluate(() => document.getElementById('norfolk')?.getBoundingClientRect().top ?? -1);
    expect(Math.abs(top - 80)).toBeLessThan(3);
    expect(await page.getAttribute('nav a[aria-current="page"]', 'lang')).toBe('sv');
    expect(await page.title()).toContain('2024');
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'da');
    expect(new URL(page.url()).pathname).toBe('/da/');
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
    await hydrated(page);
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/nn/`);
    await page.getByRole('link', { name: 'Suomi' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fi');
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/fi/`);
    await close();
  });

  it('opens a permalink at its paragraph, highlighted, and copies a paragraph link', async () => {
    const { page, errors, close } = await open(browser(), `${base}/fi/#ukraine`, { viewport: { width: 800, height: 600 } });
    await hydrated(page);
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
    await page.locator('#threat button.copy-link').click();
    await page.waitForFunction(() => document.querySelector('#threat .copy-status')?.textContent !== '');
    expect(await page.locator('#threat .copy-status').textContent()).toBe(fiUi.paragraph['copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/fi/#threat`);
    expect(errors).toEqual([]);
    await close();
  });

  it('paints the page from HTML and CSS alone, and loads React only when the reader interacts', async () => {
    const context = await browser().newContext({ viewport: { width: 800, height: 600 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r: Request) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${base}/sv/`, { waitUntil: 'networkidle' });
    const before = requests.filter((p) => p !== '/favicon.svg');
    expect(before[0]).toBe('/sv/');
    expect(before.filter((p) => p.endsWith('.css'))).toHaveLength(1);
    expect(before.filter((p) => /^\/assets\/boot-/.test(p))).toHaveLength(1);
    const appOrLanguage = new RegExp(`^/assets/(main|${LANGUAGES.map((l) => l.code).join('|')})-`);
    expect(before.filter((p) => appOrLanguage.test(p))).toEqual([]);
    // A press on a copy button before React is there is carried out once it is.
    await page.locator('#corridors button.copy-link').click();
    await page.waitForFunction(() => document.querySelector('#corridors [role="status"]')?.textContent !== '');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}/sv/#corridors`);
    expect(requests.some((p) => /^\/assets\/main-/.test(p))).toBe(true);
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
    await hydrated(page);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['nav', '.copy-link', '.print-button', '.skip-link'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('li.paragraph').count()).toBe(declarationIds(['paragraph']).length);
    const source = page.locator('.page-footer .print-only');
    expect(await source.isVisible()).toBe(true);
    expect(await source.textContent()).toContain('https://www.regjeringen.no/');
    await page.emulateMedia({ media: 'screen' });
    expect(await source.isVisible()).toBe(false);
    await close();
  });

  it('falls back to English with a notice when a language fails to load, and retries', async () => {
    const { page, close } = await open(browser(), `${base}/en/`);
    await hydrated(page);
    // Every request for the Danish data, so the test shows that "Try again" really asks the server again.
    const asked: string[] = [];
    page.on('request', (r: Request) => {
      if (/\/assets\/da-[\w-]+\.json$/.test(new URL(r.url()).pathname)) asked.push(r.url());
    });
    await page.route('**/assets/da-*.json', (route) => route.abort());
    await page.getByRole('link', { name: 'Dansk' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The Danish text could not be loaded');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(new URL(page.url()).pathname).toBe('/da/');
    await page.unroute('**/assets/da-*.json');
    await alert.getByRole('button').click();
    await page.waitForFunction(() => document.documentElement.lang === 'da');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(asked).toHaveLength(2);
    expect(await page.locator('h1').textContent()).toContain(daTitle.split('{{date}}')[0]);
    await close();
  });
});

import type { Browser } from 'playwright-core';
import { PHONE_VIEWPORT } from './first-tap.ts';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { recordTransfers, type Transfer } from './transfers.ts';

export interface SessionFigures {
  readonly bytes: number;
  readonly transfers: readonly Transfer[];
}

/**
 * A reader's session on a phone with an empty cache: open a reading page, scroll to the end, open the last
 * paragraph's tools and copy its link. What it costs in bytes over the network (headers and compressed bodies).
 */
export async function readingSession(browser: Browser, base: string, language: LanguageCode): Promise<SessionFigures> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  const page = await context.newPage();
  const network = await recordTransfers(page);
  await page.goto(`${base}/${language}/`, { waitUntil: 'networkidle' });
  for (let i = 0; i < 40 && (await page.evaluate(() => innerHeight + scrollY < document.documentElement.scrollHeight - 1)); i++) {
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(50);
  }
  await page.locator('li.paragraph details.tools summary').last().tap();
  await page.locator('li.paragraph [data-tool="copy-link"]').last().tap();
  await page.waitForFunction(() => [...document.querySelectorAll('li.paragraph .tool-status')].some((s) => s.textContent !== ''));
  await page.waitForLoadState('networkidle');
  const transfers = network.transfers();
  await context.close();
  return { bytes: transfers.reduce((sum, t) => sum + t.bytes, 0), transfers };
}

export interface SwitchFigures {
  readonly from: LanguageCode;
  readonly to: LanguageCode;
  readonly bytes: number;
  readonly requests: readonly string[];
  readonly ms: number;
}

/** Choosing another language: a link to that language's page, with the stylesheet and script in the cache. */
export async function languageSwitch(browser: Browser, base: string, to: LanguageCode): Promise<SwitchFigures> {
  const from: LanguageCode = to === SOURCE_LANGUAGE ? 'da' : SOURCE_LANGUAGE;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/${from}/`, { waitUntil: 'networkidle' });
  const network = await recordTransfers(page);
  const started = Date.now();
  await page.locator(`nav a[lang="${to}"]`).click();
  await page.waitForURL(`${base}/${to}/**`, { waitUntil: 'load' });
  const ms = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const switched = network.transfers().filter((t) => t.path !== '/favicon.svg');
  await context.close();
  return { from, to, bytes: switched.reduce((sum, t) => sum + t.bytes, 0), requests: switched.map((t) => t.path), ms };
}

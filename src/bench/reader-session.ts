import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { recordTransfers, type Transfer } from './transfers.ts';

/**
 * A slow phone, as the issue measured it (and as Lighthouse's "slow 4G" mobile profile): 1.6 Mbps down,
 * 750 kbps up, 150 ms round trip, the CPU four times slower than this machine's.
 */
const SLOW_PHONE = { downloadKbps: 1600, uploadKbps: 750, latencyMs: 150, cpuSlowdown: 4 } as const;
const PHONE_VIEWPORT = { width: 390, height: 844 };

async function slowPhone(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: (SLOW_PHONE.downloadKbps * 1000) / 8,
    uploadThroughput: (SLOW_PHONE.uploadKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
}

/**
 * In the page before anything else: the time of the first pointer press, and of the first paint after the page
 * answered it (any change to the document, or a print dialog asked for). Printing is recorded, not opened.
 */
function watchFirstTap(): void {
  const tap = { pressed: 0, answered: 0 };
  Object.assign(window, { firstTap: tap });
  const answer = (): void => {
    if (tap.pressed && !tap.answered) requestAnimationFrame(() => setTimeout(() => (tap.answered ||= performance.now())));
  };
  addEventListener('pointerdown', (event) => (tap.pressed ||= event.timeStamp), { capture: true });
  window.print = answer;
  addEventListener('DOMContentLoaded', () =>
    new MutationObserver(answer).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
  );
}

interface Control {
  readonly name: string;
  /** The control, on a phone-sized page: its selector, and a menu to open first (then the tap measured is the second). */
  readonly selector: string;
  readonly within?: string;
  readonly languages?: 'translations';
}

/** Every kind of control on a reading page; each is measured on a page of its own, as that page's first tap. */
const CONTROLS: readonly Control[] = [
  { name: 'language menu', selector: '.switcher-toggle summary' },
  { name: 'compare menu', selector: '.compare-menu summary' },
  { name: 'paragraph tools', selector: 'li.paragraph details.tools summary' },
  { name: 'copy link', selector: 'li.paragraph [data-tool="copy-link"]', within: 'li.paragraph details.tools summary' },
  { name: 'copy citation', selector: 'li.paragraph [data-tool="copy-cite"]', within: 'li.paragraph details.tools summary' },
  {
    name: 'show the English',
    selector: 'li.paragraph [data-tool="english"]',
    within: 'li.paragraph details.tools summary',
    languages: 'translations',
  },
  { name: 'print', selector: '.doc-strip [data-tool="print"]' },
  { name: 'cite (strip)', selector: '.doc-strip [data-tool="copy-cite"]' },
  { name: 'copy page link', selector: '.doc-strip [data-tool="copy-link"]' },
  { name: 'English under every paragraph', selector: '[data-tool="english-all"]', languages: 'translations' },
];

export interface TapFigure {
  readonly control: string;
  /** From the press to the first paint after the page answered it, on the slow phone. */
  readonly ms: number;
}

async function firstTap(browser: Browser, url: string, control: Control): Promise<number> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = await context.newPage();
  await page.addInitScript(watchFirstTap);
  await slowPhone(context, page);
  await page.goto(url, { waitUntil: 'load' });
  const answered = (): Promise<unknown> =>
    page.waitForFunction(() => (window as unknown as { firstTap: { answered: number } }).firstTap.answered > 0, null, { timeout: 30_000 });
  if (control.within) {
    await page.locator(control.within).first().tap();
    await answered();
    await page.evaluate(() => Object.assign((window as unknown as { firstTap: object }).firstTap, { pressed: 0, answered: 0 }));
  }
  await page.locator(control.selector).first().tap();
  await answered();
  const tap = await page.evaluate(() => (window as unknown as { firstTap: { pressed: number; answered: number } }).firstTap);
  await context.close();
  return tap.answered - tap.pressed;
}

/** The first tap on each control of a language's reading page, on the slow phone, straight after the page loaded. */
export async function firstTaps(browser: Browser, base: string, language: LanguageCode): Promise<TapFigure[]> {
  const figures: TapFigure[] = [];
  for (const control of CONTROLS) {
    if (control.languages === 'translations' && language === SOURCE_LANGUAGE) continue;
    figures.push({ control: control.name, ms: Math.round(await firstTap(browser, `${base}/${language}/`, control)) });
  }
  return figures;
}

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

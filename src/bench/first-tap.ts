import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';

/**
 * A slow phone, as the issue measured it (and as Lighthouse's "slow 4G" mobile profile): 1.6 Mbps down,
 * 750 kbps up, 150 ms round trip, the CPU four times slower than this machine's.
 */
const SLOW_PHONE = { downloadKbps: 1600, uploadKbps: 750, latencyMs: 150, cpuSlowdown: 4 } as const;
export const PHONE_VIEWPORT = { width: 390, height: 844 };

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
 * Run in the page before anything else: the time of the first pointer press, and of the first paint after the
 * page answered it (any change to the document, or a print dialog asked for). Printing is recorded, not opened.
 * And, from the browser's Event Timing, how long the click's listeners ran (its processing time): the page's own
 * work, which a loaded machine stretches less than the rest; none is reported for a click under 16 ms in all.
 * Source text, not a function: tsx compiles functions with helpers (`__name`) that do not exist in the page,
 * and a function handed to addInitScript would then throw there and measure nothing.
 */
const WATCH_FIRST_TAP = `(() => {
  const tap = { pressed: 0, answered: 0, handlers: -1 };
  window.firstTap = tap;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'click' && tap.pressed && entry.startTime >= tap.pressed - 1) tap.handlers = entry.processingEnd - entry.processingStart;
  }).observe({ type: 'event', durationThreshold: 16 });
  const answer = () => {
    if (tap.pressed && !tap.answered) requestAnimationFrame(() => setTimeout(() => (tap.answered ||= performance.now())));
  };
  addEventListener('pointerdown', (event) => (tap.pressed ||= event.timeStamp), { capture: true });
  window.print = answer;
  addEventListener('DOMContentLoaded', () =>
    new MutationObserver(answer).observe(document, { subtree: true, childList: true, attributes: true, characterData: true }),
  );
})();`;

interface Control {
  readonly name: string;
  /** The control, on a phone-sized page: its selector, and a menu to open first (then the tap measured is the second). */
  readonly selector: string;
  readonly within?: string;
  readonly languages?: 'translations';
}

const TOOLS = 'li.paragraph details.tools summary';

/** Every kind of control on a reading page; each is measured on a page of its own, as that page's first tap. */
const CONTROLS: readonly Control[] = [
  { name: 'language menu', selector: '.switcher-toggle summary' },
  { name: 'compare menu', selector: '.compare-menu summary' },
  { name: 'paragraph tools', selector: TOOLS },
  { name: 'copy link', selector: 'li.paragraph [data-tool="copy-link"]', within: TOOLS },
  { name: 'copy citation', selector: 'li.paragraph [data-tool="copy-cite"]', within: TOOLS },
  { name: 'show the English', selector: 'li.paragraph [data-tool="english"]', within: TOOLS, languages: 'translations' },
  { name: 'print', selector: '.doc-strip [data-tool="print"]' },
  { name: 'cite (strip)', selector: '.doc-strip [data-tool="copy-cite"]' },
  { name: 'copy page link', selector: '.doc-strip [data-tool="copy-link"]' },
  { name: 'English under every paragraph', selector: '[data-tool="english-all"]', languages: 'translations' },
];

export interface TapFigure {
  readonly control: string;
  /** From the press to the first paint after the page answered it, on the slow phone: the median of the runs. */
  readonly ms: number;
  /** Every run's figure, fastest first: a shared machine's load shows as a spread. */
  readonly runs: readonly number[];
  /** The slowest run's time in the click's listeners (Event Timing), ms; undefined where every click took under 16 ms. */
  readonly handlers: number | undefined;
}

interface Tap {
  readonly pressed: number;
  readonly answered: number;
  /** -1: no Event Timing entry for the click (under 16 ms in all). */
  readonly handlers: number;
}

type Watched = Window & { firstTap: Tap };

async function tapAndWait(page: Page, selector: string): Promise<Tap> {
  await page.evaluate(() => Object.assign((window as unknown as Watched).firstTap, { pressed: 0, answered: 0, handlers: -1 }));
  await page.locator(selector).first().tap();
  await page.waitForFunction(() => (window as unknown as Watched).firstTap.answered > 0, null, { timeout: 30_000 });
  return page.evaluate(() => ({ ...(window as unknown as Watched).firstTap }));
}

async function firstTap(browser: Browser, url: string, control: Control): Promise<Tap> {
  const context = await browser.newContext({ viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    const page = await context.newPage();
    await page.addInitScript(WATCH_FIRST_TAP);
    await slowPhone(context, page);
    await page.goto(url, { waitUntil: 'load' });
    if (control.within) await tapAndWait(page, control.within);
    // The Event Timing entry comes with the paint after the click; a moment for it to be reported.
    const tap = await tapAndWait(page, control.selector);
    await page.waitForTimeout(200);
    return { ...tap, handlers: await page.evaluate(() => (window as unknown as Watched).firstTap.handlers) };
  } finally {
    await context.close();
  }
}

/**
 * The first tap on each control of a language's reading page, on the slow phone, straight after the page
 * loaded, each on `runs` fresh pages.
 */
export async function firstTaps(browser: Browser, base: string, language: LanguageCode, runs: number): Promise<TapFigure[]> {
  const figures: TapFigure[] = [];
  for (const control of CONTROLS) {
    if (control.languages === 'translations' && language === SOURCE_LANGUAGE) continue;
    const taps: Tap[] = [];
    for (let run = 0; run < runs; run++) taps.push(await firstTap(browser, `${base}/${language}/`, control));
    const times = taps.map((t) => Math.round(t.answered - t.pressed)).sort((a, b) => a - b);
    const handlers = Math.max(...taps.map((t) => t.handlers));
    figures.push({
      control: control.name,
      ms: times[Math.floor((times.length - 1) / 2)] ?? 0,
      runs: times,
      handlers: handlers < 0 ? undefined : Math.round(handlers),
    });
  }
  return figures;
}

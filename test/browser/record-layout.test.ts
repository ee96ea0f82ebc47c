import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, open } from './browser.ts';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');
const dist = join(ROOT, 'dist');

/** A language's newest past version, as the build wrote it (none where git knows none). */
const version = (language: string): string[] =>
  readdirSync(join(dist, language, 'history'))
    .filter((name) => /^\d{4}-\d{2}-\d{2}-/.test(name))
    .sort()
    .slice(-1)
    .map((id) => `/${language}/history/${id}/`);

/** Text at 200 %: the reader's own setting of the browser's default font size (16 px → 32 px), which every rem follows. */
async function largeText(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.reload({ waitUntil: 'networkidle' });
}

/**
 * What the layout does to words: the page's sideways overflow, and every table cell narrower than the widest word
 * in it (as its own font sets that word), where the page's column is wide enough for that word.
 */
function measure(): { overflow: number; crushed: string[] } {
  const context = document.createElement('canvas').getContext('2d');
  // The column is the main landmark's content box: its padding is no room for a word.
  const main = document.querySelector('main') ?? document.body;
  const mainStyle = getComputedStyle(main);
  const column = main.clientWidth - parseFloat(mainStyle.paddingLeft) - parseFloat(mainStyle.paddingRight);
  const crushed: string[] = [];
  for (const cell of document.querySelectorAll<HTMLElement>('main td, main th')) {
    const style = getComputedStyle(cell);
    const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    for (const element of [cell, ...cell.querySelectorAll<HTMLElement>('*')]) {
      if (!context) break;
      context.font = getComputedStyle(element).font;
      const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '');
      for (const word of own.join(' ').split(/\s+/).filter(Boolean)) {
        const width = context.measureText(word).width;
        if (width > inner + 0.5 && width <= column) crushed.push(`${word} (${Math.round(width)} px in a ${Math.round(inner)} px cell)`);
      }
    }
  }
  return { overflow: document.documentElement.scrollWidth - window.innerWidth, crushed };
}

describeInBrowser('the glossary, history and version pages at 320 px with text at 200 %', (browser) => {
  const paths = ['da', 'fi', 'is'].flatMap((l) => [`/${l}/glossary/`, `/${l}/history/`, ...version(l)]);
  it('never scrolls sideways, and no table cell is narrower than a word the page has room for', async () => {
    for (const path of paths) {
      const { page, close } = await open(browser(), `${base}${path}`, { viewport: { width: 320, height: 700 } });
      await largeText(page);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), path).toBeGreaterThanOrEqual(32);
      expect(await page.evaluate(measure), path).toEqual({ overflow: 0, crushed: [] });
      await close();
    }
  }, 180_000);
});

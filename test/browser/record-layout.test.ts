import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, open, textSize } from './browser.ts';
import { measureWords } from './table-words.ts';
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

describeInBrowser('the glossary, history and version pages at 320 px with text at 200 %', (browser) => {
  const paths = ['da', 'fi', 'is'].flatMap((l) => [`/${l}/glossary/`, `/${l}/history/`, ...version(l)]);
  it('never scrolls sideways, and no table cell is narrower than a word the page has room for', async () => {
    for (const path of paths) {
      const { page, close } = await open(browser(), `${base}${path}`, { viewport: { width: 320, height: 700 } });
      await textSize(page, 32);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), path).toBeGreaterThanOrEqual(32);
      expect(await page.evaluate(measureWords), path).toEqual({ overflow: 0, crushed: [] });
      await close();
    }
  }, 180_000);
});

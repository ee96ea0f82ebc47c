import { expect, inject, it } from 'vitest';
import { describeInBrowser, open, textSize } from './browser.ts';
import { brokenWords } from './table-words.ts';

const base = inject('baseUrl');

describeInBrowser('the review’s tables on a phone, at 100 % and 200 % text', (browser) => {
  // Finnish and Icelandic have the longest words; Danish writes its compounds with hyphens.
  it('never breaks a word in a table cell where the column has room for it, nor scrolls sideways, with every disclosure open', async () => {
    for (const language of ['da', 'fi', 'is']) {
      for (const width of [320, 390]) {
        for (const size of [16, 32]) {
          const { page, close } = await open(browser(), `${base}/${language}/review/`, { viewport: { width, height: 800 } });
          if (size !== 16) await textSize(page, size);
          expect(await page.evaluate(brokenWords), `${language} at ${width} px, ${size} px text`).toEqual({ overflow: 0, broken: [] });
          await close();
        }
      }
    }
  }, 240_000);
});

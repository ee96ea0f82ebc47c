import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** How far down the viewport's top the header and the comparison's column labels reach. */
function covered(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...[...document.querySelectorAll('.site-header, .compare-columns')].map((e) => e.getBoundingClientRect().bottom)),
  );
}

/** Scroll so that the block `id` starts just below whatever covers the top: the block being read. */
export async function readAt(page: Page, id: string): Promise<void> {
  // Twice: what covers the top changes as the column labels start to stick.
  for (let i = 0; i < 2; i++) {
    const top = await covered(page);
    await page.evaluate(
      ([target, below]) => {
        const element = document.getElementById(String(target));
        if (element)
          window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - Number(below) - 8, behavior: 'instant' });
      },
      [id, top] as const,
    );
  }
}

/** The page has opened at `id`: the fragment names it and its top is in view, below the covered part, in the upper half. */
export async function expectOpenedAt(page: Page, id: string): Promise<void> {
  expect(new URL(page.url()).hash).toBe(`#${id}`);
  // The browser scrolls to the fragment as the page loads; wait for it rather than measuring at once.
  await page.waitForFunction(
    (target) => {
      const box = document.getElementById(target)?.getBoundingClientRect();
      return box !== undefined && window.scrollY > 0 && box.top >= 0 && box.top < window.innerHeight / 2;
    },
    id,
    { timeout: 10_000 },
  );
  const top = await page.evaluate((target) => document.getElementById(target)?.getBoundingClientRect().top ?? -1, id);
  expect(top).toBeGreaterThanOrEqual((await covered(page)) - 1);
}

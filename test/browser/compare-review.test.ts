import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, open, scriptsReady } from './browser.ts';
import { uiString } from './document-status.ts';
import { fixtureEdit } from './fixture-site.ts';
import { declarationIds } from '../support/declaration.ts';
import { TARGET_LANGUAGES } from '../../src/languages.ts';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');
const fixture = inject('fixtureUrl');
const fixtureRoot = dirname(inject('fixtureDist'));
/** This checkout: the fixture's edit is made on its English. */

interface Box {
  readonly lang: string;
  readonly top: number;
  readonly left: number;
  readonly labelShown: boolean;
}

/** Where each cell of each row is on screen. */
function cellBoxes(page: Page): Promise<Record<string, Box[]>> {
  return page.evaluate(() => {
    const rows: Record<string, Box[]> = {};
    for (const row of document.querySelectorAll<HTMLElement>('.compare-row')) {
      rows[row.id] = [...row.querySelectorAll<HTMLElement>('.cell')].map((cell) => {
        const r = cell.getBoundingClientRect();
        const label = cell.querySelector<HTMLElement>('.cell-language')?.getBoundingClientRect();
        return { lang: cell.lang, top: Math.round(r.top), left: Math.round(r.left), labelShown: !!label && label.width > 1 };
      });
    }
    return rows;
  });
}

/** Waits for the element to be in view: on a loaded machine scrolling and hydration can come after the load. */
async function inView(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (target) => {
      const box = document.getElementById(target)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.top < window.innerHeight;
    },
    id,
    { timeout: 10_000 },
  );
}

describeInBrowser('the compare view', (browser) => {
  it('aligns two languages paragraph by paragraph in columns, cell tops level', async () => {
    const { page, errors, close } = await open(browser(), `${base}/da/compare/en/`, { viewport: { width: 1280, height: 900 } });
    const rows = await cellBoxes(page);
    expect(Object.keys(rows)).toEqual(declarationIds());
    for (const [id, cells] of Object.entries(rows)) {
      expect(
        cells.map((c) => c.lang),
        id,
      ).toEqual(['da', 'en']);
      expect(cells[1]?.top, id).toBe(cells[0]?.top);
      expect(cells[1]?.left ?? 0, id).toBeGreaterThan((cells[0]?.left ?? 0) + 300);
      expect(
        cells.some((c) => c.labelShown),
        id,
      ).toBe(false);
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    // Errors in hydration come after the load.
    await scriptsReady(page);
    expect(errors).toEqual([]);
    await close();
  });

  it('shows three languages in three columns on a wide screen', async () => {
    const { page, close } = await open(browser(), `${base}/is/compare/en/fi/`, { viewport: { width: 1600, height: 900 } });
    for (const [id, cells] of Object.entries(await cellBoxes(page))) {
      expect(
        cells.map((c) => c.lang),
        id,
      ).toEqual(['is', 'en', 'fi']);
      expect(new Set(cells.map((c) => c.top)).size, id).toBe(1);
      expect(new Set(cells.map((c) => c.left)).size, id).toBe(3);
    }
    await close();
  });

  it('interleaves the languages on a narrow screen, each cell labelled with its language', async () => {
    const { page, close } = await open(browser(), `${base}/fi/compare/sv/`, { viewport: { width: 360, height: 800 } });
    const rows = await cellBoxes(page);
    let previousTop = -Infinity;
    for (const [id, cells] of Object.entries(rows)) {
      expect(
        cells.map((c) => c.lang),
        id,
      ).toEqual(['fi', 'sv']);
      expect(cells[0]?.left, id).toBe(cells[1]?.left);
      expect(cells[0]?.top ?? 0, id).toBeGreaterThan(previousTop);
      expect(cells[1]?.top ?? 0, id).toBeGreaterThan(cells[0]?.top ?? 0);
      expect(
        cells.every((c) => c.labelShown),
        id,
      ).toBe(true);
      previousTop = cells[1]?.top ?? 0;
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await close();
  });

  it('marks untranslated and stale cells (fixture build)', async () => {
    const { page, close } = await open(browser(), `${fixture}/is/compare/en/`);
    expect(await page.locator('#ukraine .cell[lang="is"]').getAttribute('data-state')).toBe('untranslated');
    expect(await page.locator('#ukraine .cell[lang="is"] p[lang="en"]').count()).toBe(1);
    expect(await page.locator('#norfolk .cell[lang="is"] .marker-stale').count()).toBe(1);
    expect(await page.locator('.cell[lang="en"] .marker').count()).toBe(0);
    await close();
  });

  it('is entered from the reader, survives a reload, takes paragraph permalinks, and is left again', async () => {
    const { page, close } = await open(browser(), `${base}/sv/`);
    await page.locator('.compare-menu summary').click();
    await page.locator('.compare-menu a[lang="nb"]').click();
    await page.waitForURL(`${base}/sv/compare/nb/`);
    expect(await page.locator('#threat .cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('lang')))).toEqual(['sv', 'nb']);
    await page.goto(`${base}/sv/compare/nb/#norfolk`);
    // The reader is at the paragraph when reloading: the browser scrolls to a fragment a frame or more after the
    // address changes, and a reload restores the place the page was at, which before that scroll is the top.
    await inView(page, 'norfolk');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('norfolk');
    await inView(page, 'norfolk');
    // Each link keeps the paragraph being read as a fragment (wcag-compare-place.test.ts checks which): the path is what matters here.
    const at =
      (path: string) =>
      (url: URL): boolean =>
        url.pathname === path;
    await page.locator('.switcher a[lang="nb"]').click();
    await page.waitForURL(at('/nb/compare/sv/'));
    await page.locator('.compare-add summary').click();
    await page.locator('.compare-add a[lang="da"]').click();
    await page.waitForURL(at('/nb/compare/da/sv/'));
    await page.locator('.compare-shown li').last().locator('a').click();
    await page.waitForURL(at('/nb/'));
    expect(await page.locator('.paragraph').count()).toBe(declarationIds(['paragraph']).length);
    await close();
  });

  it('prints the languages in columns, without the controls', async () => {
    const { page, close } = await open(browser(), `${base}/da/compare/en/`, { viewport: { width: 700, height: 900 } });
    await page.emulateMedia({ media: 'print' });
    const rows = await cellBoxes(page);
    expect(rows['threat']?.[0]?.top).toBe(rows['threat']?.[1]?.top);
    expect(await page.locator('.compare-controls').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    await close();
  });
});

describeInBrowser('the review view (fixture build)', (browser) => {
  it('counts entries per language exactly as npm run status does', async () => {
    const status = JSON.parse(
      execFileSync(join(fixtureRoot, 'node_modules/.bin/tsx'), ['src/commands/status.ts', '--json'], {
        cwd: fixtureRoot,
        encoding: 'utf8',
      }),
    ) as Record<string, Record<string, string>>;
    const { page, close } = await open(browser(), `${fixture}/en/review/`);
    const table = await page
      .locator('.review-counts tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-language'), ...[...r.querySelectorAll('td')].map((c) => Number(c.textContent))]),
      );
    const expected = Object.entries(status).map(([language, entries]) => {
      const count = (s: string): number => Object.values(entries).filter((v) => v === s).length;
      return [language, count('translated'), count('untranslated'), count('stale'), count('obsolete')];
    });
    expect(table).toEqual(expected);
    expect(expected.find((row) => row[0] === 'is')?.[2]).toBe(1);
    await close();
  });

  it("shows each stale entry's word-level change of the English beside the translation, and filters by language and state", async () => {
    const { page, errors, close } = await open(browser(), `${fixture}/en/review/`);
    await scriptsReady(page);
    const entries = page.locator('.review-entry');
    // The fixture: the norfolk paragraph stale in every translation, the ukraine one untranslated in Icelandic
    // (and whatever interface strings the code no longer has, obsolete, as the real data holds them).
    expect(await page.locator('.review-entry:not([data-status="obsolete"])').count()).toBe(TARGET_LANGUAGES.length + 1);
    await page.getByRole('radio', { name: 'Stale' }).check();
    expect(await entries.count()).toBe(TARGET_LANGUAGES.length);
    await page.getByRole('radio', { name: 'Íslenska' }).check();
    expect(await entries.count()).toBe(1);
    const stale = page.locator('.review-entry[data-language="is"][data-status="stale"]');
    // Named as a translator finds it: the paragraph's number and first words, with the ways to it.
    const number = declarationIds(['paragraph']).indexOf('norfolk') + 1;
    expect(await stale.locator('h3 .review-block').textContent()).toBe(`Paragraph ${number}`);
    const english = JSON.parse(readFileSync(join(ROOT, 'locales/en/declaration.json'), 'utf8')) as Record<string, string>;
    expect(await stale.locator('h3 q').textContent()).toContain(String(english['norfolk']).split(' ').slice(0, 3).join(' '));
    expect(await stale.locator('.review-where a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/is/#norfolk',
      '/is/compare/en/#norfolk',
    ]);
    const edit = await fixtureEdit(ROOT);
    expect(await stale.locator('del').allTextContents()).toEqual([edit.removed]);
    expect(await stale.locator('ins').allTextContents()).toEqual([edit.added]);
    expect(await stale.locator('p[lang="is"]').count()).toBe(1);
    await page.waitForURL(`${fixture}/en/review/?lang=is&state=stale`);
    await page.reload({ waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelectorAll('.review-entry').length === 1);
    await page.getByRole('radio', { name: 'Untranslated' }).check();
    expect(await page.locator('.review-entry code').allTextContents()).toEqual(['declaration:ukraine']);
    expect(await page.locator('.review-shown').textContent()).toBe('Entries shown: 1');
    expect(await page.locator('.edit-button').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('is read-only in the static build and tells translators how to contribute, in their language', async () => {
    const { page, close } = await open(browser(), `${base}/da/review/`, { javaScriptEnabled: false });
    const daUi = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/da/ui.json'), 'utf8')) as {
      review: Record<string, string>;
    };
    expect(await page.locator('main .notice').first().textContent()).toBe(daUi.review['notice']);
    expect(await page.locator('textarea, .edit-button').count()).toBe(0);
    await close();
  });

  it('names each aligned paragraph as its entries are named (its number, the title, a heading), not by its key', async () => {
    for (const language of ['fi', 'is']) {
      const { page, close } = await open(browser(), `${base}/${language}/review/`);
      await page.locator('main details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      const labels = await page.locator(`section[aria-labelledby="review-${language}"] .review-alignment .review-label`).allTextContents();
      const names = ['review.blockTitle', 'review.blockHeading', 'review.paragraph'].map((key) =>
        uiString(ROOT, language, key)
          .replace(/[.*+?^$()[\]\\|]/g, '\\$&')
          .replace('{{number}}', '\\d+'),
      );
      const named = new RegExp(`^(${names.join('|')})( ·|$)`);
      expect(labels.length, language).toBeGreaterThan(0);
      expect(
        labels.filter((l) => !named.test(l)),
        language,
      ).toEqual([]);
      await close();
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { getLanguage, LANGUAGES, nameInText } from '../../src/languages.ts';
import { describeInBrowser, open, openTools, scriptsReady } from './browser.ts';
import { declarationIds } from '../support/declaration.ts';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');
const paragraphs = declarationIds(['paragraph']);
const declaration = (code: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, 'locales', code, 'declaration.json'), 'utf8')) as Record<string, string>;

/** How far down the viewport's top the header and the comparison's column labels reach. */
function covered(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...[...document.querySelectorAll('.site-header, .compare-columns')].map((e) => e.getBoundingClientRect().bottom)),
  );
}

/** Scroll so that the block `id` starts just below whatever covers the top: the block being read. */
async function readAt(page: Page, id: string): Promise<void> {
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
async function expectOpenedAt(page: Page, id: string): Promise<void> {
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

/** Follow `link` with the pointer or the keyboard, once the page is at `id`. */
async function follow(page: Page, link: Locator, how: 'click' | 'keyboard'): Promise<void> {
  if (how === 'click') await link.click();
  else {
    await link.focus();
    await page.keyboard.press('Enter');
  }
}

describeInBrowser('the comparison keeps the reader’s place', (browser) => {
  it('enters, switches language, adds and removes a language, and leaves at the paragraph being read', async () => {
    const { page, errors, close } = await open(browser(), `${base}/da/`, { viewport: { width: 1280, height: 800 } });
    const steps: {
      readonly at: string;
      readonly link: () => Locator;
      readonly how: 'click' | 'keyboard';
      readonly to: string;
      readonly menu?: string;
    }[] = [
      {
        at: paragraphs[3] ?? '',
        menu: '.compare-menu',
        link: () => page.locator('.compare-menu a[lang="en"]'),
        how: 'click',
        to: '/da/compare/en/',
      },
      { at: paragraphs[5] ?? '', link: () => page.locator('.switcher a[lang="sv"]'), how: 'keyboard', to: '/sv/compare/en/' },
      {
        at: paragraphs[1] ?? '',
        menu: '.compare-add',
        link: () => page.locator('.compare-add a[lang="fi"]'),
        how: 'click',
        to: '/sv/compare/en/fi/',
      },
      {
        at: paragraphs[6] ?? '',
        link: () => page.locator('.compare-shown a[href^="/sv/compare/fi/"]'),
        how: 'keyboard',
        to: '/sv/compare/fi/',
      },
      { at: paragraphs[2] ?? '', link: () => page.locator('.compare-shown a[href^="/sv/"]').last(), how: 'click', to: '/sv/' },
    ];
    for (const step of steps) {
      await scriptsReady(page);
      await readAt(page, step.at);
      if (step.menu) await page.locator(`${step.menu} summary`).click();
      await follow(page, step.link(), step.how);
      await page.waitForURL(`${base}${step.to}#${step.at}`);
      await expectOpenedAt(page, step.at);
    }
    expect(await page.locator('li.paragraph').count()).toBe(paragraphs.length);
    expect(errors).toEqual([]);
    await close();
  });

  it('gives a pointed-at link the fragment (middle click, copied link), and none at the top of the page', async () => {
    const { page, close } = await open(browser(), `${base}/fi/compare/is/`, { viewport: { width: 1280, height: 800 } });
    await scriptsReady(page);
    const link = page.locator('.switcher a[lang="en"]');
    await link.hover();
    expect(await link.getAttribute('href')).toBe('/en/compare/is/');
    const id = paragraphs[4] ?? '';
    await readAt(page, id);
    await page.mouse.move(600, 400);
    await link.hover();
    expect(await link.getAttribute('href')).toBe(`/en/compare/is/#${id}`);
    // Scrolled on with the pointer still on the link, then a middle click: the new tab opens at the new place.
    const later = paragraphs[6] ?? '';
    await readAt(page, later);
    const opened = page.context().waitForEvent('page');
    await link.click({ button: 'middle' });
    const tab = await opened;
    await tab.waitForURL(`${base}/en/compare/is/#${later}`);
    await close();
  });

  it('keeps plain addresses without scripts', async () => {
    const { page, close } = await open(browser(), `${base}/da/`, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    await readAt(page, paragraphs[3] ?? '');
    await page.locator('.compare-menu summary').click();
    await page.locator('.compare-menu a[lang="en"]').click();
    await page.waitForURL(`${base}/da/compare/en/`);
    // Removing English and leaving both lead to the Danish reading page.
    expect(await page.locator('.compare-shown a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/da/',
      '/da/',
    ]);
    await readAt(page, paragraphs[3] ?? '');
    await page.locator('.compare-add summary').click();
    await page.locator('.compare-add a[lang="sv"]').click();
    await page.waitForURL(`${base}/da/compare/en/sv/`);
    await close();
  });
});

describeInBrowser('the comparison’s labels, headings and menus', (browser) => {
  for (const [path, width, scripts] of [
    ['/da/compare/en/', 1280, true],
    ['/is/compare/en/fi/', 1600, true],
    ['/nb/compare/sv/', 1400, false],
  ] as const) {
    it(`keeps the column labels in view under the header, deep in ${path} at ${width} px (scripts ${scripts ? 'on' : 'off'})`, async () => {
      const { page, close } = await open(browser(), `${base}${path}`, { viewport: { width, height: 800 }, javaScriptEnabled: scripts });
      if (scripts) await scriptsReady(page);
      await readAt(page, paragraphs.at(-1) ?? '');
      const seen = await page.evaluate(() => {
        const header = document.querySelector('.site-header')?.getBoundingClientRect();
        const labels = [...document.querySelectorAll<HTMLElement>('.compare-columns p')];
        return {
          scrolled: window.scrollY,
          headerBottom: header?.bottom ?? -1,
          labelsTop: document.querySelector('.compare-columns')?.getBoundingClientRect().top ?? -1,
          // What is drawn at each label's middle is the label itself: not hidden under the header, not scrolled away.
          onTop: labels.map((p) => {
            const r = p.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
            return !!hit && p.contains(hit) && r.top >= 0;
          }),
          // Each label names its language in that language ("English, original"; "Dansk, unofficial translation").
          langs: labels.map((p) => p.querySelector('[lang]')?.getAttribute('lang')),
        };
      });
      expect(seen.scrolled).toBeGreaterThan(1000);
      expect(Math.abs(seen.labelsTop - seen.headerBottom)).toBeLessThan(scripts ? 1.5 : 12);
      expect(seen.onTop).toEqual(seen.langs.map(() => true));
      expect(seen.langs).toEqual(path.split('/').filter((p) => p !== '' && p !== 'compare'));
      await close();
    });
  }

  it('makes the declaration’s title and subtitle headings in every column, under the page’s h1', async () => {
    const { page, close } = await open(browser(), `${base}/da/compare/en/sv/`, { javaScriptEnabled: false });
    const headings = await page
      .locator('main h1, main h2, main h3')
      .evaluateAll((list) =>
        list
          .filter((h) => !h.closest('.document-info'))
          .map((h) => ({ level: h.tagName, lang: h.closest('[lang]')?.getAttribute('lang'), text: h.textContent })),
      );
    const [first, ...rest] = headings;
    expect(first?.level).toBe('H1');
    // The page's own language names itself as it writes its name in running text ("Side om side: dansk · …").
    expect(first?.text).toContain(nameInText(getLanguage('da')));
    const expected = ['title', 'subtitle'].flatMap((key, i) =>
      ['da', 'en', 'sv'].map((code) => ({
        level: i === 0 ? 'H2' : 'H3',
        lang: code,
        text: expect.stringContaining(declaration(code)[key]?.split('{{date}}')[0]?.trim() ?? '?'),
      })),
    );
    expect(rest).toEqual(expected);
    // The accessibility tree agrees: headings by role and level.
    expect(await page.getByRole('heading', { level: 2, name: declaration('en')['subtitle'] ?? '?' }).count()).toBe(0);
    expect(await page.getByRole('heading', { level: 3, name: declaration('en')['subtitle'] ?? '?' }).count()).toBe(1);
    await close();
  });

  for (const [path, menu] of [
    ['/nn/', '.compare-menu'],
    ['/nn/compare/en/', '.compare-add'],
  ] as const) {
    it(`closes ${menu} on Escape (focus back on its summary) and on a click outside`, async () => {
      const { page, close } = await open(browser(), `${base}${path}`, { viewport: { width: 1280, height: 800 } });
      await scriptsReady(page);
      const details = page.locator(menu);
      const summary = page.locator(`${menu} summary`);
      const isOpen = (): Promise<boolean> => details.evaluate((d) => (d as HTMLDetailsElement).open);
      // Keyboard: open, go into the menu, Escape.
      await summary.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((selector) => document.querySelector<HTMLDetailsElement>(selector)?.open === true, menu);
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(
          (selector) => document.activeElement?.closest(selector) !== null && document.activeElement?.tagName === 'A',
          menu,
        ),
      ).toBe(true);
      await page.keyboard.press('Escape');
      expect(await isOpen()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      // Mouse: open, click on the text beside it.
      await summary.click();
      expect(await isOpen()).toBe(true);
      await page.locator('main h1').first().click();
      expect(await isOpen()).toBe(false);
      // A click inside the menu (not on a link) leaves it open; the summary still toggles it.
      await summary.click();
      await page.locator(`${menu} ul`).click({ position: { x: 2, y: 2 } });
      expect(await isOpen()).toBe(true);
      await summary.click();
      expect(await isOpen()).toBe(false);
      await close();
    });
  }
});

describeInBrowser('controls that need scripts', (browser) => {
  const visible = (page: Page, selector: string): Promise<number> =>
    page
      .locator(selector)
      .evaluateAll((list) => list.filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length);

  for (const path of ['/da/', '/da/compare/en/']) {
    it(`are not offered on ${path} without scripts, and work with them`, async () => {
      const plain = await open(browser(), `${base}${path}`, { javaScriptEnabled: false });
      for (const selector of ['[data-tool="copy-link"]', '[data-tool="print"]', '[data-tool="copy-cite"]'])
        expect(await visible(plain.page, selector), selector).toBe(0);
      expect(await visible(plain.page, 'button'), 'any button').toBe(0);
      // The citation itself is there to read and select.
      expect(await plain.page.locator('.citation-text').first().textContent()).toContain('NORDEFCO');
      await plain.close();

      const { page, errors, close } = await open(browser(), `${base}${path}`);
      // One quiet control per paragraph, and the page's print at the top.
      expect(await visible(page, 'details.tools > summary')).toBe(paragraphs.length);
      expect(await visible(page, '.doc-strip [data-tool="print"]')).toBe(1);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
      const id = paragraphs[2] ?? '';
      const tools = await openTools(page, id);
      await tools.locator('[data-tool="copy-link"]').click();
      await page.waitForFunction((target) => document.querySelector(`#${target} .tool-status`)?.textContent !== '', id);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}${path}#${id}`);
      await page.locator('.document-info [data-tool="copy-cite"]').click();
      await page.waitForFunction(() => document.querySelector('.document-info .tool-status')?.textContent !== '');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await page.locator('.document-info .citation-text').textContent(),
      );
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('shows the review’s filters disabled without scripts, checked at what the page shows; with scripts they filter', async () => {
    const plain = await open(browser(), `${base}/da/review/`, { javaScriptEnabled: false });
    const radios = plain.page.getByRole('radio');
    expect(await radios.count()).toBeGreaterThan(LANGUAGES.length);
    expect(await radios.evaluateAll((list) => list.every((r) => r.matches(':disabled')))).toBe(true);
    expect(
      await plain.page.getByRole('radio', { checked: true }).evaluateAll((list) => list.map((r) => (r as HTMLInputElement).value)),
    ).toEqual(['da', 'all']);
    // Only Danish is shown: its section, when it has anything to show (entries to review, or its sentence alignment).
    expect(await plain.page.locator('main section h2').evaluateAll((list) => list.map((h) => h.getAttribute('lang')))).toEqual(
      (await plain.page.locator('.review-entry, .review-alignment').count()) > 0 ? ['da'] : [],
    );
    await plain.close();

    const { page, close } = await open(browser(), `${base}/da/review/`);
    await page.getByRole('radio', { name: 'Alle' }).first().check();
    expect(await page.getByRole('radio', { checked: true }).evaluateAll((list) => list.map((r) => (r as HTMLInputElement).value))).toEqual([
      'all',
      'all',
    ]);
    expect(new URL(page.url()).search).toBe('?lang=all');
    await close();
  });
});

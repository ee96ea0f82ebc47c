import type { Page } from 'playwright-core';
import { beforeAll, expect, inject, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../src/languages.ts';
import { describeInBrowser, open, scriptsReady } from './browser.ts';
import { FIXTURE_PUBLISHER } from './fixture-site.ts';
import { expectedStatusLines, fill, uiString } from './document-status.ts';
import { declarationIds } from '../support/declaration.ts';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');
const fixture = inject('fixtureUrl');
const str = (lang: string, key: string): string => uiString(ROOT, lang, key);
const blocks = declarationIds().length;

interface Strip {
  readonly afterNotice: boolean;
  readonly bottom: number;
  readonly label: string;
  readonly status: string;
  /** Each fact's term and what it says. */
  readonly facts: readonly (readonly [string, string])[];
  readonly links: readonly string[];
  /** The actions a reader sees, by what they do (a PDF's link by its address). */
  readonly actions: readonly string[];
  readonly brand: { readonly text: string; readonly href: string };
}

/** What the strip says and offers, as a reader sees it. */
function readStrip(page: Page): Promise<Strip> {
  return page.evaluate(() => {
    const strip = document.querySelector<HTMLElement>('.doc-strip');
    const text = (e: Element | null | undefined): string => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const shown = (e: HTMLElement): boolean => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const brand = document.querySelector<HTMLAnchorElement>('header .site-brand a');
    return {
      afterNotice: document.querySelector('main .notice')?.nextElementSibling === strip,
      bottom: strip?.getBoundingClientRect().bottom ?? Infinity,
      label: strip?.getAttribute('aria-label') ?? '',
      status: text(strip?.querySelector('.strip-status')),
      facts: [...(strip?.querySelectorAll('dt') ?? [])].map((dt) => [text(dt), text(dt.nextElementSibling)] as const),
      links: [...(strip?.querySelectorAll<HTMLAnchorElement>('dd a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
      actions: [...(strip?.querySelectorAll<HTMLElement>('.strip-action') ?? [])]
        .filter(shown)
        .map((e) => e.dataset['tool'] ?? e.getAttribute('href') ?? ''),
      brand: { text: text(brand), href: brand?.getAttribute('href') ?? '' },
    };
  });
}

/** The document information block's value for a term (the full block at the end of the page). */
const aboutValue = (page: Page, term: string): Promise<string> =>
  page.evaluate((t) => {
    const dt = [...document.querySelectorAll('#about dt')].find((d) => d.textContent?.trim() === t);
    return dt?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }, term);

describeInBrowser('the document strip: what a reader needs first, at the top', (browser) => {
  let statusLines: Map<string, string[]>;
  beforeAll(async () => {
    statusLines = await expectedStatusLines(ROOT);
  });

  it('says under the notice, in the page’s language, what this version is, when it was revised, the original and the publisher, and offers its PDF, print, cite and share; the site’s name heads the page', async () => {
    for (const { code } of LANGUAGES) {
      const { page, close } = await open(browser(), `${base}/${code}/`, { viewport: { width: 390, height: 844 } });
      await scriptsReady(page);
      const strip = await readStrip(page);
      expect(strip.afterNotice, code).toBe(true);
      // Within a phone's first screen, not 3,300 px down.
      expect(strip.bottom, code).toBeLessThan(844);
      expect(strip.label).toBe(str(code, 'strip.label'));
      const current = statusLines.get(code)?.[0] === fill(str(code, 'about.statusCurrent'), { total: blocks });
      if (code === SOURCE_LANGUAGE) expect(strip.status).toBe(str(code, 'strip.statusOriginal'));
      else if (current) expect(strip.status).toBe(str(code, 'strip.statusCurrent'));
      else {
        const [before = '', after = ''] = fill(str(code, 'strip.statusBehind'), { count: '\u0000', total: blocks }).split('\u0000');
        expect(strip.status.slice(before.length, strip.status.length - after.length)).toMatch(/^\d+$/);
        expect(strip.status.startsWith(before) && strip.status.endsWith(after)).toBe(true);
      }
      expect(strip.facts.map(([term]) => term)).toEqual([
        str(code, 'strip.revised'),
        str(code, 'about.original'),
        str(code, 'strip.publisher'),
      ]);
      // The same revision date and publisher as the full block at the end says.
      expect(strip.facts[0]?.[1]).toContain(await aboutValue(page, str(code, 'about.revised')));
      expect(strip.facts[2]?.[1]).toBe(await aboutValue(page, str(code, 'about.publisher')));
      expect(strip.links).toEqual([`/${code}/history/`, expect.stringMatching(/^https:\/\/www\.regjeringen\.no\//)]);
      // The system's share sheet where there is one, else a copy of the link; the English switch on translations.
      const share = await page.evaluate(() => typeof navigator.share === 'function');
      expect(strip.actions.filter((a) => !a.endsWith('.pdf'))).toEqual([
        'print',
        'copy-cite',
        share ? 'share' : 'copy-link',
        ...(code === SOURCE_LANGUAGE ? [] : ['english-all']),
      ]);
      expect(strip.brand.href).toBe(`/${code}/`);
      expect(strip.brand.text).not.toBe('');
      await close();
    }
  });

  it('says how far behind a translation is, and who publishes, when the build knows (fixture build, scripts off)', async () => {
    const { page, close } = await open(browser(), `${fixture}/is/`, { javaScriptEnabled: false });
    const strip = await readStrip(page);
    // The fixture changed the English of one paragraph and left one untranslated in Icelandic.
    expect(strip.status).toBe(fill(str('is', 'strip.statusBehind'), { count: 2, total: blocks }));
    expect(strip.facts[0]?.[1]).toContain(str('is', 'strip.revisedUnknown'));
    expect(strip.facts[2]?.[1]).toBe(FIXTURE_PUBLISHER);
    expect(strip.brand.text).toBe(FIXTURE_PUBLISHER);
    // Without scripts: the citation to read (a link to it), nothing that needs scripts.
    expect(strip.actions.filter((a) => !a.endsWith('.pdf'))).toEqual(['#about-cite']);
    await close();
  });

  it('shows the English under every paragraph from the strip, remembered on this device across a reload', async () => {
    const { page, close } = await open(browser(), `${base}/fi/`, { viewport: { width: 390, height: 844 } });
    await scriptsReady(page);
    const state = (): Promise<{ pressed: string | null; open: number; closed: number }> =>
      page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLDetailsElement>('details.original')];
        const pressed = document.querySelector('[data-tool="english-all"]')?.getAttribute('aria-pressed') ?? null;
        return { pressed, open: all.filter((d) => d.open).length, closed: all.filter((d) => !d.open).length };
      });
    const total = (await state()).closed;
    expect(total).toBeGreaterThan(0);
    await page.locator('[data-tool="english-all"]').click();
    expect(await state()).toEqual({ pressed: 'true', open: total, closed: 0 });
    await page.reload({ waitUntil: 'networkidle' });
    await scriptsReady(page);
    expect(await state()).toEqual({ pressed: 'true', open: total, closed: 0 });
    await page.locator('[data-tool="english-all"]').click();
    await page.reload({ waitUntil: 'networkidle' });
    await scriptsReady(page);
    expect(await state()).toEqual({ pressed: 'false', open: 0, closed: total });
    await close();
  });
});

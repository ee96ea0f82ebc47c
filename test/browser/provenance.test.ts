import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/app/format.ts';
import { LANGUAGES, SOURCE_LANGUAGE, TARGET_LANGUAGES } from '../../src/languages.ts';
import { declarationIds } from '../support/declaration.ts';
import { scriptsReady, describeInBrowser, open } from './browser.ts';
import { FIXTURE_PUBLISHER } from './fixture-site.ts';
import { expectedStatusLines, fill, uiString } from './document-status.ts';
import { ROOT } from '../support/root.ts';

const base = inject('baseUrl');
const fixture = inject('fixtureUrl');
const str = (lang: string, key: string): string => uiString(ROOT, lang, key);
const blocks = declarationIds().length;

interface JsonLd {
  '@type': string;
  '@id': string;
  inLanguage: string;
  name: string;
  datePublished: string;
  dateModified?: string;
  publisher?: { name: string };
  translationOfWork?: { '@id': string; inLanguage: string; sameAs: string };
  workTranslation?: { '@id': string; inLanguage: string }[];
}
const jsonLd = async (page: Page): Promise<JsonLd> =>
  JSON.parse((await page.textContent('script[type="application/ld+json"]')) ?? '') as JsonLd;
const aboutText = async (page: Page): Promise<string> => (await page.textContent('#about')) ?? '';

/** The page's JSON-LD and what a search result or a shared link shows (a translation says first that it is unofficial). */
async function expectMetadata(page: Page, language: (typeof LANGUAGES)[number], origin: string): Promise<void> {
  const code = language.code;
  const data = await jsonLd(page);
  expect(data.inLanguage).toBe(code);
  expect(data['@id']).toBe(`${origin}/${code}/`);
  expect(data.name).toBe(await page.title());
  expect(data.datePublished).toBe('2024-11-21');
  if (code === SOURCE_LANGUAGE) {
    expect(data.workTranslation?.map((w) => w.inLanguage)).toEqual([...TARGET_LANGUAGES]);
  } else {
    expect(data.translationOfWork).toMatchObject({ '@id': `${origin}/en/`, inLanguage: 'en' });
    expect(data.translationOfWork?.sameAs).toMatch(/^https:\/\/www\.regjeringen\.no\//);
  }
  // What a search result or a shared link shows: a translation says first that it is unofficial.
  const [title, description] = code === SOURCE_LANGUAGE ? ['title', 'description'] : ['titleTranslation', 'descriptionTranslation'];
  const date = formatDate('2024-11-21', code);
  expect(await page.title()).toBe(fill(str(code, `meta.${title}`), { date }));
  expect(await page.getAttribute('meta[name="description"]', 'content')).toBe(fill(str(code, `meta.${description}`), { date }));
  expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe(await page.title());
  expect(await page.getAttribute('meta[property="og:description"]', 'content')).toBe(
    await page.getAttribute('meta[name="description"]', 'content'),
  );
  expect(await page.getAttribute('meta[property="og:locale"]', 'content')).toBe(language.locale.replace('-', '_'));
}

describeInBrowser('provenance and citation', (browser) => {
  let statusLines: Map<string, string[]>;
  beforeAll(async () => {
    statusLines = await expectedStatusLines(ROOT);
  });

  for (const language of LANGUAGES) {
    const code = language.code;
    it(`/${code}/: the document block, the citations and the JSON-LD in ${language.endonym}, with and without scripts, no CSP errors`, async () => {
      for (const scripts of [false, true]) {
        const { page, errors, close } = await open(browser(), `${base}/${code}/`, { javaScriptEnabled: scripts });
        if (scripts) await scriptsReady(page);
        const origin = new URL((await page.getAttribute('meta[property="og:url"]', 'content')) ?? '').origin;
        expect(await page.textContent('#about-title')).toBe(str(code, 'about.title'));
        const about = await aboutText(page);
        expect(about).toContain(fill(str(code, 'about.meetingValue'), { date: formatDate('2024-11-21', code) }));
        expect(about).toContain(str(code, 'about.numberingValue'));
        expect(about).toContain(code === SOURCE_LANGUAGE ? str(code, 'about.versionOriginal') : str(code, 'about.versionTranslation'));
        // What the data says: complete and current, or how much is stale (the English changed) or untranslated.
        for (const line of statusLines.get(code) ?? []) expect(about).toContain(line);
        // The real build runs in this repository's history: a date, or the reason there is none.
        const revised =
          (await page
            .locator('#about dt', { hasText: str(code, 'about.revised') })
            .locator('+ dd')
            .textContent()) ?? '';
        expect(
          revised === str(code, 'about.revisedUnknown') || revised === str(code, 'about.revisedUncommitted') || /\d{4}/.test(revised),
        ).toBe(true);

        const citation = (await page.textContent('#cite-document')) ?? '';
        expect(citation).toContain(`${origin}/${code}/`);
        expect(citation).toContain(code === SOURCE_LANGUAGE ? str(code, 'cite.original') : str(code, 'cite.unofficial'));
        // Without scripts the page cannot know the day it is read; with them it says today, in the language (Intl at build time).
        const today = new Date();
        const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
        expect(citation).toContain(
          scripts ? fill(str(code, 'cite.accessed'), { date: formatDate(iso, code) }) : str(code, 'cite.accessedBlank'),
        );
        // One per paragraph (in its tools), the strip's and the document's.
        expect(await page.locator('[data-tool="copy-cite"]').count()).toBe(declarationIds(['paragraph']).length + 2);

        const [first = ''] = declarationIds(['paragraph']);
        const paragraphCitation = (await page.textContent(`#cite-${first}`)) ?? '';
        expect(paragraphCitation).toContain(fill(str(code, 'cite.paragraph'), { number: 1 }));
        expect(paragraphCitation).toContain(`${origin}/${code}/#${first}`);

        await expectMetadata(page, language, origin);
        // The JSON-LD is a data block: no Content-Security-Policy report, no other console error.
        expect(errors).toEqual([]);
        await close();
      }
    });
  }

  it('gives a comparison the block of its page language', async () => {
    const { page, close } = await open(browser(), `${base}/sv/compare/en/`, { javaScriptEnabled: false });
    expect(await page.textContent('#about-title')).toBe(str('sv', 'about.title'));
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(0);
    expect(await page.getAttribute('meta[property="og:url"]', 'content')).toMatch(/\/sv\/compare\/en\/$/);
    await close();
  });

  it('says how far a translation is behind, that the date is unknown without history, and who publishes (fixture build)', async () => {
    const { page, close } = await open(browser(), `${fixture}/is/`, { javaScriptEnabled: false });
    const about = await aboutText(page);
    // The fixture changed the English of one paragraph and left one untranslated in Icelandic.
    const lines = (await expectedStatusLines(dirname(inject('fixtureDist')))).get('is') ?? [];
    expect(lines).toEqual([
      fill(str('is', 'about.statusTranslated'), { count: blocks - 2, total: blocks }),
      fill(str('is', 'about.statusStale'), { count: 1, total: blocks }),
      fill(str('is', 'about.statusUntranslated'), { count: 1, total: blocks }),
    ]);
    for (const line of lines) expect(about).toContain(line);
    // Its copy of the project has no git history.
    expect(about).toContain(str('is', 'about.revisedUnknown'));
    expect(about).toContain(FIXTURE_PUBLISHER);
    const data = await jsonLd(page);
    expect(data.publisher?.name).toBe(FIXTURE_PUBLISHER);
    expect(data.dateModified).toBeUndefined();
    await close();
  });

  it('identifies a printout: its address, version and language, and revision', async () => {
    for (const path of ['/nn/', '/nn/compare/en/']) {
      const { page, close } = await open(browser(), `${base}${path}`, { javaScriptEnabled: false });
      await page.emulateMedia({ media: 'print' });
      const identity = page.locator('.print-identity');
      expect(await identity.isVisible()).toBe(true);
      const text = (await identity.textContent()) ?? '';
      expect(text).toContain(`${path}`);
      expect(text).toContain(str('nn', 'about.versionTranslation'));
      expect(text).toContain(str('nn', 'about.revised'));
      expect(await page.locator('details.tools').first().isVisible()).toBe(false);
      await close();
    }
  });
});

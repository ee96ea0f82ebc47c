// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import type { LanguageData } from '../../src/core/wire/locale-data.ts';
import { pdfPath } from '../../src/app/pdf.ts';
import { loadLanguage, prepareApp } from '../../src/app/prepare-app.ts';
import type { LanguageCode } from '../../src/languages.ts';
import { declarationIds } from '../support/declaration.ts';
import { ROOT } from '../support/root.ts';

afterEach(cleanup);

type Ui = Record<string, Record<string, string>>;
const ui = (lang: string): Ui => JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'ui.json'), 'utf8')) as Ui;
const fill = (text: string | undefined, values: Record<string, string | number>): string =>
  String(text).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k]));
const blocks = declarationIds().length;

async function renderPage(language: LanguageCode, options: { pdfs?: string[]; change?: (d: LanguageData) => LanguageData } = {}) {
  const real = await loadLanguage(language);
  const load = (code: LanguageCode) => (code === language && options.change ? Promise.resolve(options.change(real)) : loadLanguage(code));
  const props = await prepareApp({ kind: 'reader', language }, 'https://example.org', { language: load }, options.pdfs ?? []);
  return render(<App {...props} />);
}

const about = () => screen.getByRole('region', { name: String(ui('da')['about']?.['title']) });

describe('the document information block', () => {
  it('says a complete translation is complete and current, in the page language', async () => {
    await renderPage('da');
    expect(within(about()).getByText(fill(ui('da')['about']?.['statusCurrent'], { total: blocks }))).toBeTruthy();
    expect(within(about()).getByText(String(ui('da')['about']?.['versionTranslation']))).toBeTruthy();
    expect(within(about()).getByText(String(ui('da')['about']?.['publisherUnknown']))).toBeTruthy();
  });

  it('counts paragraphs awaiting revision and untranslated ones from the sync state', async () => {
    const [first = '', second = ''] = declarationIds(['paragraph']);
    await renderPage('da', {
      change: (d) => ({
        ...d,
        stale: [`declaration:${first}`],
        resources: { ...d.resources, declaration: { ...d.resources['declaration'], [second]: '' } },
      }),
    });
    const text = about().textContent ?? '';
    expect(text).toContain(fill(ui('da')['about']?.['statusStale'], { count: 1, total: blocks }));
    expect(text).toContain(fill(ui('da')['about']?.['statusUntranslated'], { count: 1, total: blocks }));
    expect(text).toContain(fill(ui('da')['about']?.['statusTranslated'], { count: blocks - 2, total: blocks }));
  });

  it('links the PDFs only when the build has them', async () => {
    const { unmount } = await renderPage('da');
    expect(screen.queryByRole('link', { name: String(ui('da')['pdf']?.['single']) })).toBeNull();
    unmount();
    await renderPage('da', { pdfs: [pdfPath('da'), pdfPath('da', { bilingual: true })] });
    expect(screen.getByRole('link', { name: String(ui('da')['pdf']?.['single']) }).getAttribute('href')).toBe(
      '/pdf/nordefco-declaration-da.pdf',
    );
    expect(screen.getByRole('link', { name: String(ui('da')['pdf']?.['bilingual']) }).getAttribute('href')).toBe(
      '/pdf/nordefco-declaration-da-en.pdf',
    );
  });

  it('gives each paragraph a ready citation with its number and permanent address', async () => {
    await renderPage('da');
    const second = declarationIds(['paragraph'])[1] ?? '';
    const item = document.getElementById(second) as HTMLElement;
    const tools = within(item)
      .getByTitle(fill(ui('da')['paragraph']?.['tools'], { number: 2 }))
      .closest('details') as HTMLElement;
    expect(within(tools).getByRole('button', { name: String(ui('da')['cite']?.['copy']) }).dataset['cite']).toBe(`cite-${second}`);
    const text = tools.querySelector(`#cite-${second}`)?.textContent ?? '';
    expect(text).toContain(fill(ui('da')['cite']?.['paragraph'], { number: 2 }));
    expect(text).toContain(`https://example.org/da/#${second}`);
    expect(text).toContain(String(ui('da')['cite']?.['unofficial']));
  });
});

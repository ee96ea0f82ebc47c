// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { english } from 'virtual:locale-data';
import { App } from '../../src/app/App.tsx';
import type { LanguageData } from '../../src/core/wire/locale-data.ts';
import { loadLanguage, prepareApp } from '../../src/app/prepare-app.ts';
import { displayName, LANGUAGES, type LanguageCode } from '../../src/languages.ts';
import { declarationIds } from '../support/declaration.ts';
import { ROOT } from '../support/root.ts';

afterEach(cleanup);

const file = (lang: string, ns: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, 'locales', lang, `${ns}.json`), 'utf8')) as Record<string, unknown>;
const da = file('da', 'declaration');
const daUi = file('da', 'ui') as { status: Record<string, string>; load: Record<string, string>; original?: Record<string, string> };
const en = file('en', 'declaration');

async function renderReader(language: LanguageCode, load = loadLanguage) {
  const props = await prepareApp({ kind: 'reader', language }, 'https://example.org', { language: load });
  return { props, ...render(<App {...props} />) };
}

/** Real Danish data with one change, for the fallback cases. */
async function danishWith(change: (data: LanguageData) => LanguageData) {
  const real = await loadLanguage('da');
  return (code: LanguageCode) => (code === 'da' ? Promise.resolve(change(real)) : loadLanguage(code));
}

describe('the reader', () => {
  it('renders the Danish declaration from the locale files, with the date in Danish', async () => {
    await renderReader('da');
    // The title and the document's type under it are one heading.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      `${String(da['title']).replace('{{date}}', '21. november 2024')} ${String(da['subtitle'])}`,
    );
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('paragraph'));
    const ids = declarationIds(['paragraph']);
    expect(items.map((li) => li.id)).toEqual(ids);
    const second = ids[1] ?? '';
    // The text is whole, though its agreed terms are links to the glossary.
    expect(items[1]?.querySelector('.paragraph-body > p')?.textContent).toBe(String(da[second]));
    const number = items[1]?.querySelector<HTMLAnchorElement>('a.paragraph-number');
    expect(number?.getAttribute('href')).toBe(`#${second}`);
    expect(number?.textContent).toBe('2');
  });

  it('names every language in itself in the switcher, each tagged with its own lang', async () => {
    await renderReader('da');
    const nav = screen.getByRole('navigation');
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('lang'), a.getAttribute('href')])).toEqual(
      LANGUAGES.map((l) => [displayName(l), l.code, `/${l.code}/`]),
    );
    expect(links.map((a) => a.textContent)).toContain('Norsk bokmål');
    expect(links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.textContent)).toEqual(['Dansk']);
  });

  it('says a translation is unofficial and links the English original and the publication', async () => {
    await renderReader('sv');
    const note = screen.getByRole('note');
    const links = within(note).getAllByRole('link');
    expect(links[0]?.getAttribute('href')).toBe('/en/');
    expect(links[1]?.getAttribute('href')).toContain('regjeringen.no');
    expect(links[1]?.textContent).toBe('regjeringen.no');
  });

  it('shows an untranslated paragraph in English, tagged lang="en" and marked in the reader\'s language', async () => {
    const load = await danishWith((d) => ({
      ...d,
      resources: { ...d.resources, declaration: { ...d.resources['declaration'], threat: '' } },
    }));
    await renderReader('da', load);
    const item = document.getElementById('threat') as HTMLElement;
    const text = within(item).getByText(String(en['threat']));
    expect(text.getAttribute('lang')).toBe('en');
    expect(within(item).getByText(daUi.status['untranslated'] ?? '')).toBeTruthy();
    expect(document.querySelector('#opening .paragraph-body > p')?.getAttribute('lang')).toBeNull();
    expect(item.querySelector('details.original')).toBeNull();
  });

  it('offers the English original under every translated paragraph, closed until asked for', async () => {
    await renderReader('da');
    const item = document.getElementById('opening') as HTMLElement;
    const details = item.querySelector('details.original') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(`${daUi['original']?.['show'] ?? ''}${daUi['original']?.['hide'] ?? ''}`);
    const quote = details.querySelector('blockquote') as HTMLElement;
    expect(quote.getAttribute('lang')).toBe('en');
    expect(quote.textContent).toBe(String(en['opening']));
  });

  it('marks a stale paragraph and reveals the current English on demand', async () => {
    const load = await danishWith((d) => ({ ...d, stale: ['declaration:norfolk'] }));
    await renderReader('da', load);
    const item = document.getElementById('norfolk') as HTMLElement;
    expect(within(item).getByText(daUi.status['stale'] ?? '')).toBeTruthy();
    const details = item.querySelector('details.original') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary .when-closed')?.textContent).toBe(daUi.status['showCurrent']);
    const quote = details.querySelector('blockquote') as HTMLElement;
    expect(quote.getAttribute('lang')).toBe('en');
    expect(quote.textContent).toBe(String(en['norfolk']));
  });

  it('falls back to English with a notice when the language cannot be loaded, and retries', async () => {
    let attempts = 0;
    const flaky = (code: LanguageCode) => (code === 'da' && attempts++ === 0 ? Promise.reject(new Error('offline')) : loadLanguage(code));
    await renderReader('da', flaky);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The Danish text could not be loaded');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('NORDEFCO Ministerial Meeting in Copenhagen');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText((_, element) => element?.tagName === 'P' && element.textContent === String(da['threat']))).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(daUi.load['retry']).toBeTruthy();
  });

  it('renders hostile translations as inert text, never as markup', async () => {
    const evil =
      'Evil <img src=x onerror="alert(1)"> <script>alert(2)</script> <a href="javascript:alert(3)">x</a> <b onclick="alert(4)">b</b>';
    const load = await danishWith((d) => {
      const ui = d.resources['ui'] as Record<string, Record<string, string>>;
      return {
        ...d,
        resources: {
          ...d.resources,
          declaration: { ...d.resources['declaration'], threat: evil },
          ui: { ...ui, notice: { ...ui['notice'], unofficial: `${evil} <original>en</original> <publication>p</publication>` } },
        },
      };
    });
    const { container } = await renderReader('da', load);
    expect(container.querySelectorAll('img, script, b, [onerror], [onclick]')).toHaveLength(0);
    expect([...container.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.startsWith('javascript'))).toEqual([]);
    expect(document.getElementById('threat')?.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('renders the English original with its own provenance note', async () => {
    await renderReader('en');
    expect(screen.getByRole('note').textContent).toContain('This is the original text');
    expect(english.code).toBe('en');
  });
});

describe('the not-found and language-choice pages', () => {
  it('link every language', async () => {
    for (const kind of ['not-found', 'root'] as const) {
      const props = await prepareApp({ kind }, 'https://example.org');
      render(<App {...props} />);
      expect(
        within(screen.getByRole('main'))
          .getAllByRole('link')
          .map((a) => a.getAttribute('href')),
      ).toEqual(LANGUAGES.map((l) => `/${l.code}/`));
      cleanup();
    }
  });
});

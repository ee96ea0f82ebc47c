// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import type { LanguageData } from '../../src/core/wire/locale-data.ts';
import type { ReviewData, ReviewEntry } from '../../src/core/wire/review-data.ts';
import { loadLanguage, prepareApp } from '../../src/app/prepare-app.ts';
import { displayName, getLanguage, nameInText, type LanguageCode } from '../../src/languages.ts';
import { ROOT } from '../support/root.ts';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

const file = (lang: string, ns: string): Record<string, string> =>
  JSON.parse(readFileSync(join(ROOT, 'locales', lang, `${ns}.json`), 'utf8')) as Record<string, string>;
const da = file('da', 'declaration');
const sv = file('sv', 'declaration');
const en = file('en', 'declaration');
const daUi = JSON.parse(readFileSync(join(ROOT, 'locales/da/ui.json'), 'utf8')) as { compare: Record<string, string> };

const withDanish = (change: (d: LanguageData) => LanguageData) => async (code: LanguageCode) =>
  code === 'da' ? change(await loadLanguage('da')) : loadLanguage(code);

async function renderCompare(languages: LanguageCode[], language = loadLanguage) {
  const props = await prepareApp({ kind: 'compare', languages }, 'https://example.org', { language });
  return render(<App {...props} />);
}

describe('the compare view', () => {
  it('puts each paragraph in one row, one cell per language in address order, each cell tagged with its language', async () => {
    await renderCompare(['da', 'en', 'sv']);
    const row = document.getElementById('threat') as HTMLElement;
    const cells = [...row.querySelectorAll<HTMLElement>('.cell')];
    expect(cells.map((c) => c.getAttribute('lang'))).toEqual(['da', 'en', 'sv']);
    expect(cells.map((c) => c.querySelector('.cell-language + p')?.textContent)).toEqual([da['threat'], en['threat'], sv['threat']]);
    // Each column says which text is authentic, in the page's language.
    const label = (key: 'labelOriginal' | 'labelTranslation', name: string): string =>
      String(daUi.compare[key]).replace('<name>{{language}}</name>', name);
    expect(cells.map((c) => c.querySelector('.cell-language')?.textContent)).toEqual([
      label('labelTranslation', 'Dansk'),
      label('labelOriginal', 'English'),
      label('labelTranslation', 'Svenska'),
    ]);
    expect(within(row).getByRole('link', { name: /2/ }).getAttribute('href')).toBe('#threat');
  });

  it('marks untranslated and stale cells as the reading view does', async () => {
    const load = withDanish((d) => ({
      ...d,
      stale: ['declaration:norfolk'],
      resources: { ...d.resources, declaration: { ...d.resources['declaration'], threat: '' } },
    }));
    await renderCompare(['da', 'en'], load);
    const threat = document.querySelector('#threat .cell[lang="da"]') as HTMLElement;
    expect(threat.dataset['state']).toBe('untranslated');
    expect(threat.querySelector('.cell-language + p')?.getAttribute('lang')).toBe('en');
    expect(threat.querySelector('.marker-untranslated')).not.toBeNull();
    const norfolk = document.querySelector('#norfolk .cell[lang="da"]') as HTMLElement;
    expect(norfolk.dataset['state']).toBe('stale');
    expect(norfolk.querySelector('.marker-stale')).not.toBeNull();
  });

  it('links to swap, remove, add and leave, each to a canonical address', async () => {
    await renderCompare(['da', 'en']);
    const switcher = document.querySelector('nav.switcher') as HTMLElement;
    const hrefs = Object.fromEntries(
      within(switcher)
        .getAllByRole('link')
        .map((a) => [a.getAttribute('lang'), a.getAttribute('href')]),
    );
    expect(hrefs).toMatchObject({ da: '/da/compare/en/', en: '/en/compare/da/', sv: '/sv/compare/en/' });
    const controls = document.querySelector('.compare-controls') as HTMLElement;
    const links = [...controls.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/da/');
    expect(links).toContain('/da/compare/en/sv/');
    expect(links).toContain('/da/compare/en/fi/');
    expect(links.filter((h) => h === '/da/')).toHaveLength(2);
  });

  it('writes a language name within a sentence as the language writes it (Fjern svenska), and capitalises it as a label standing alone', async () => {
    await renderCompare(['da', 'en', 'sv']);
    const ui = JSON.parse(readFileSync(join(ROOT, 'locales', 'da', 'ui.json'), 'utf8')) as { compare: Record<string, string> };
    const inText = (code: LanguageCode): string => nameInText(getLanguage(code));
    const controls = document.querySelector('.compare-controls') as HTMLElement;
    for (const code of ['en', 'sv'] as const) {
      const link = controls.querySelector(`a[href="${code === 'en' ? '/da/compare/sv/' : '/da/compare/en/'}"]`) as HTMLElement;
      expect(link.textContent).toBe(ui.compare['remove']?.replace('<name>{{language}}</name>', inText(code)));
      expect(link.querySelector(`span[lang="${code}"]`)?.textContent).toBe(getLanguage(code).endonym);
    }
    // Swedish writes its name in lower case mid-sentence ("Fjern svenska", not "Fjern Svenska"); English capitalises its own.
    expect(controls.querySelector('span[lang="sv"]')?.textContent).not.toBe(displayName(getLanguage('sv')));
    expect(document.querySelector('h1.compare-title')?.textContent).toBe(
      `${ui.compare['title']}: ${['da', 'en', 'sv'].map((c) => inText(c as LanguageCode)).join(' · ')}`,
    );
    // A column label stands alone: capitalised, and saying which text is authentic.
    expect([...document.querySelectorAll('.compare-columns p')].map((p) => p.textContent)).toEqual(
      ['da', 'en', 'sv'].map((c) =>
        String(ui.compare[c === 'en' ? 'labelOriginal' : 'labelTranslation']).replace(
          '<name>{{language}}</name>',
          displayName(getLanguage(c as LanguageCode)),
        ),
      ),
    );
  });
});

const stale: ReviewEntry = {
  namespace: 'declaration',
  key: 'norfolk',
  status: 'stale',
  english: 'The Ministers look forward to closer cooperation.',
  translation: 'Ministrene ser frem til samarbejdet.',
  from: 'The Ministers look forward to cooperation.',
  diff: [
    { kind: 'same', text: 'The Ministers look forward to ' },
    { kind: 'added', text: 'closer ' },
    { kind: 'same', text: 'cooperation.' },
  ],
  problems: [],
};

function reviewData(upToDate = true): ReviewData {
  const counts = (translated: number, untranslated: number, staleCount: number, obsolete: number) => ({
    translated,
    untranslated,
    stale: staleCount,
    obsolete,
  });
  return {
    upToDate,
    englishUpToDate: upToDate,
    languages: [
      {
        language: 'da',
        counts: counts(10, 1, 1, 0),
        versions: { declaration: 'v1' },
        entries: [stale, { namespace: 'ui', key: 'actions.print', status: 'untranslated', english: 'Print', problems: [] }],
      },
      {
        language: 'sv',
        counts: counts(11, 0, 0, 1),
        versions: {},
        entries: [{ namespace: 'declaration', key: 'gone', status: 'obsolete', translation: 'Borta.', from: 'Gone.', problems: [] }],
      },
    ],
  };
}

async function renderReview(language: LanguageCode, upToDate = true) {
  const props = await prepareApp({ kind: 'review', language }, 'https://example.org', {
    review: () => Promise.resolve(reviewData(upToDate)),
  });
  return render(<App {...props} />);
}

describe('the review view', () => {
  it('shows the counts per language as the status command reports them', async () => {
    await renderReview('en');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['Dansk', '10', '1', '1', '0'],
      ['Svenska', '11', '0', '0', '1'],
    ]);
  });

  it("shows a stale entry's word-level change of the English beside its translation", async () => {
    await renderReview('en');
    const entry = document.querySelector('.review-entry[data-status="stale"]') as HTMLElement;
    expect([...entry.querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['closer ']);
    expect(entry.querySelector('.diff')?.getAttribute('lang')).toBe('en');
    expect(
      within(entry)
        .getByText(stale.translation ?? '')
        .getAttribute('lang'),
    ).toBe('da');
  });

  it('says when nothing shows which English a stale translation was made from', async () => {
    const props = await prepareApp({ kind: 'review', language: 'en' }, 'https://example.org', {
      review: () => {
        const data = reviewData();
        const unverified: ReviewEntry = {
          namespace: 'declaration',
          key: 'threat',
          status: 'stale',
          english: 'The threat.',
          translation: 'Truslen.',
          unverified: true,
          problems: [],
        };
        return Promise.resolve({ ...data, languages: [{ ...data.languages[0]!, entries: [unverified] }] });
      },
    });
    render(<App {...props} />);
    const entry = document.querySelector('.review-entry[data-status="stale"]') as HTMLElement;
    expect(entry.querySelector('.review-unverified')?.textContent).toBe(
      'Nothing shows which English this translation was made from: check it against the English above.',
    );
    expect(entry.querySelector('.diff')).toBeNull();
  });

  it('filters by language and state, and says how many entries are shown', async () => {
    await renderReview('en');
    const visible = () =>
      [...document.querySelectorAll<HTMLElement>('.review-entry')].map((e) => `${e.dataset['language']}:${e.dataset['status']}`);
    expect(visible()).toEqual(['da:stale', 'da:untranslated', 'sv:obsolete']);
    fireEvent.click(screen.getByRole('radio', { name: 'Svenska' }));
    expect(visible()).toEqual(['sv:obsolete']);
    fireEvent.click(screen.getAllByRole('radio', { name: 'All' })[0] as HTMLElement);
    fireEvent.click(screen.getByRole('radio', { name: 'Stale' }));
    expect(visible()).toEqual(['da:stale']);
    expect(document.querySelector('.review-shown')?.textContent).toBe('Entries shown: 1');
    expect(window.location.search).toBe('?state=stale');
  });

  it("starts on the page language's entries", async () => {
    await renderReview('da');
    expect([...document.querySelectorAll<HTMLElement>('.review-entry')].map((e) => e.dataset['language'])).toEqual(['da', 'da']);
  });

  it('offers editing (in development) only while locales/en is what the English document says', async () => {
    await renderReview('en');
    expect(document.querySelectorAll('.review-entry .edit-button')).toHaveLength(2);
    cleanup();
    await renderReview('en', false);
    expect(document.querySelectorAll('.review-entry .edit-button')).toHaveLength(0);
    expect(screen.getByText('To edit translations here, run npm run extract, then reload this page.')).toBeTruthy();
  });
});

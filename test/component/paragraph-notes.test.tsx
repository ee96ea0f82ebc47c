// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import type { LanguageData } from '../../src/core/wire/locale-data.ts';
import { loadLanguage, prepareApp } from '../../src/app/prepare-app.ts';
import { wordDiff } from '../../src/core/report/word-diff.ts';
import type { LanguageCode } from '../../src/languages.ts';
import { declarationIds } from '../support/declaration.ts';
import { ROOT } from '../support/root.ts';

const file = (language: string, ns: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, 'locales', language, `${ns}.json`), 'utf8')) as Record<string, unknown>;
const daUi = file('da', 'ui') as { changed: Record<string, string> };
const en = file('en', 'declaration');

/** The Danish reading page with its real data, changed as a build would have found it. */
async function danish(change: (data: LanguageData) => LanguageData) {
  const real = await loadLanguage('da');
  const load = (code: LanguageCode) => (code === 'da' ? Promise.resolve(change(real)) : loadLanguage(code));
  const props = await prepareApp({ kind: 'reader', language: 'da' }, 'https://example.org', { language: load });
  return render(<App {...props} />);
}

afterEach(cleanup);

describe('what changed, and when', () => {
  const [, second = '', third = ''] = declarationIds(['paragraph']);
  it('shows, under a stale paragraph, the English it was made from and the English now, each side of the word diff marked', async () => {
    const now = String(en[second]);
    const before = now.replace(/^\S+/, 'Formerly');
    await danish((d) => ({
      ...d,
      stale: [`declaration:${second}`],
      reader: { ...d.reader, changes: { [`declaration:${second}`]: wordDiff(before, now) } },
    }));
    const details = document.getElementById(second)?.querySelector('details.what-changed') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe(daUi.changed['show']);
    const [was, is] = [...details.querySelectorAll('p.changed-text')];
    expect([was?.textContent, is?.textContent]).toEqual([before, now]);
    expect([was?.getAttribute('lang'), is?.getAttribute('lang')]).toEqual(['en', 'en']);
    expect(was?.querySelector('del')?.textContent).toBe('Formerly');
    expect(is?.querySelector('ins')?.textContent).toBe(now.split(' ')[0]);
  });

  it('says when a paragraph was revised after the English changed, in the page’s language, and only for that paragraph', async () => {
    await danish((d) => ({
      ...d,
      dates: { ...d.dates, '2026-12-03': '3. december 2026' },
      reader: { ...d.reader, revisions: { [`declaration:${third}`]: { date: '2026-12-03', kind: 'revised' } } },
    }));
    const notes = [...document.querySelectorAll('.revision-note')];
    expect(notes).toHaveLength(1);
    expect(notes[0]?.closest('li')?.id).toBe(third);
    expect(notes[0]?.textContent).toBe((daUi.changed['revised'] ?? '').replace('{{date}}', '3. december 2026'));
  });

  it('marks the agreed terms as links to the glossary, the text unchanged', async () => {
    await danish((d) => d);
    const terms = [...document.querySelectorAll<HTMLAnchorElement>('a.term')];
    expect(terms.length).toBeGreaterThan(0);
    for (const term of terms) expect(term.getAttribute('href')).toMatch(/^\/da\/glossary\/#[a-z0-9-]+$/);
    // Each term at most once in the whole text.
    expect(new Set(terms.map((t) => t.dataset['term'])).size).toBe(terms.length);
  });
});

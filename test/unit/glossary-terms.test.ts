import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, LANGUAGES } from '../../src/languages.ts';
import { glossaryEntries, markTerms, noteParts } from '../../src/core/glossary/terms.ts';
import { parseGlossary } from '../../src/core/locale/glossary-file.ts';
import { renderGlossary } from '../../src/site/entry-records.tsx';
import type { Glossary } from '../../src/core/sync/checks.ts';
import { ROOT } from '../support/root.ts';

const parsed = parseGlossary('locales/glossary.json', readFileSync(join(ROOT, 'locales/glossary.json'), 'utf8'));
const glossary: Glossary = parsed.ok ? parsed.value.glossary : [];

const TERMS: Glossary = [
  {
    en: ['NATO'],
    forms: new Map([['sv', ['Nato']]]),
    caseSensitive: true,
    headword: new Map([
      ['en', 'NATO'],
      ['sv', 'Nato'],
    ]),
  },
  { en: ['total defence'], forms: new Map([['fi', ['kokonaismaanpuolustu']]]) },
];

describe('markTerms', () => {
  it('marks each term once, at its first use, widened to whole words (a stem, a possessive)', () => {
    const marks = markTerms({
      glossary: TERMS,
      language: 'fi',
      paragraphs: [
        { id: 'a', english: 'Nothing here.', text: 'Ei mitään.' },
        { id: 'b', english: 'Total defence and total defence.', text: 'Kokonaismaanpuolustusta ja kokonaismaanpuolustus.' },
      ],
    });
    expect(marks).toEqual({ b: [[0, 'Kokonaismaanpuolustusta'.length, 'total-defence']] });
    const english = markTerms({
      glossary: TERMS,
      language: 'en',
      paragraphs: [{ id: 'x', english: 'In NATO’s name.', text: 'In NATO’s name.' }],
    });
    expect(english['x']?.map(([s, e]) => 'In NATO’s name.'.slice(s, e))).toEqual(['NATO’s']);
  });

  it('marks nothing where the translation lacks the agreed form, and respects case for official names', () => {
    const marks = markTerms({ glossary: TERMS, language: 'sv', paragraphs: [{ id: 'a', english: 'NATO met.', text: 'NATO möttes.' }] });
    expect(marks).toEqual({});
  });
});

describe('the glossary as the pages show it', () => {
  it('splits a note into what concerns every language and each language’s own convention', () => {
    expect(noteParts('Official name. nb/nn: NATO. sv: Nato, as regeringen.se writes it. fi: Nato, Naton.', LANGUAGE_CODES)).toEqual({
      general: 'Official name.',
      conventions: { nb: 'NATO.', nn: 'NATO.', sv: 'Nato, as regeringen.se writes it.', fi: 'Nato, Naton.' },
    });
  });

  it('has a dictionary form of every term in every language (the glossary’s headwords)', () => {
    for (const entry of glossaryEntries(glossary, LANGUAGE_CODES))
      for (const code of LANGUAGE_CODES) expect(entry.names[code], `${entry.id} ${code}`).toBeTruthy();
  });

  it('renders a page per language with every term in all seven languages, and why Swedish and Finnish write Nato', async () => {
    const entries = glossaryEntries(glossary, LANGUAGE_CODES);
    const page = await renderGlossary('sv', entries, 'https://example.org');
    expect(page.head).toMatchObject({ lang: 'sv', url: 'https://example.org/sv/glossary/', indexable: true });
    for (const entry of entries) expect(page.html).toContain(`id="${entry.id}"`);
    const nato = entries.find((e) => e.id === 'nato');
    if (!nato) throw new Error('the glossary has no NATO');
    const section = page.html.slice(page.html.indexOf('id="nato"'), page.html.indexOf('</section>', page.html.indexOf('id="nato"')));
    for (const language of LANGUAGES)
      expect(section).toContain(`<td><span lang="${language.code}">${nato.names[language.code] ?? ''}</span>`);
    const unescaped = section
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(unescaped).toContain(nato.general ?? '(no general note)');
  });
});

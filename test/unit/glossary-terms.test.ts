import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, LANGUAGES } from '../../src/languages.ts';
import { glossaryEntries, markTerms, noteParts } from '../../src/core/glossary/terms.ts';
import { parseGlossary } from '../../src/core/locale/glossary-file.ts';
import { citations } from '../../src/core/glossary/sources.ts';
import { renderGlossary } from '../../src/site/entry-records.tsx';
import { glossaryData } from '../../src/site/records.ts';
import type { Glossary } from '../../src/core/sync/checks.ts';
import { ROOT } from '../support/root.ts';

const glossaryText = readFileSync(join(ROOT, 'locales/glossary.json'), 'utf8');
const parsed = parseGlossary('locales/glossary.json', glossaryText);
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
    const { entries, sources } = glossaryData(glossaryText);
    const page = await renderGlossary('sv', { entries, sources }, 'https://example.org');
    expect(page.head).toMatchObject({ lang: 'sv', url: 'https://example.org/sv/glossary/', indexable: true });
    for (const entry of entries) expect(page.html).toContain(`id="${entry.id}"`);
    const nato = entries.find((e) => e.id === 'nato');
    if (!nato) throw new Error('the glossary has no NATO');
    const section = page.html.slice(page.html.indexOf('id="nato"'), page.html.indexOf('</section>', page.html.indexOf('id="nato"')));
    for (const language of LANGUAGES)
      expect(section).toContain(`<td><span lang="${language.code}">${nato.names[language.code] ?? ''}</span>`);
    // The note as the glossary writes it (its citations are links, so compare the text without tags).
    const unescaped = section
      .replace(/<[^>]+>/g, '')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(unescaped).toContain(nato.general ?? '(no general note)');
  });

  it('lists every source the notes cite, in English under its citation, and links each citation in a note to it', async () => {
    const { entries, sources } = glossaryData(glossaryText);
    const cited = new Set(glossary.flatMap((term) => citations(term.note ?? '')));
    expect(cited.size).toBeGreaterThan(0);
    for (const language of ['da', 'fi', 'is'] as const) {
      const { html } = await renderGlossary(language, { entries, sources }, 'https://example.org');
      const list = html.slice(html.indexOf('<section class="glossary-sources"'));
      expect(list).toMatch(/^<section class="glossary-sources" aria-labelledby="glossary-sources"><h2 id="glossary-sources">[^<]+<\/h2>/);
      expect(list).toContain('<dl lang="en">');
      for (const id of cited) {
        const source = sources.find((s) => s.id === id);
        expect(source, id).toBeDefined();
        if (!source) continue;
        // The citation in a note is a link to the source's entry, which gives the source as the glossary lists it.
        expect(html.slice(0, html.indexOf('<section class="glossary-sources"'))).toContain(
          `<a href="#${source.anchor}" class="citation">[${id}]</a>`,
        );
        const entry = new RegExp(`<dt id="${source.anchor}">\\[${id}\\]</dt><dd>(.*?)</dd>`).exec(list);
        expect(entry?.[1]?.replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'"), id).toBe(source.text);
      }
    }
  });
});

describe('the glossary’s sources', () => {
  const withNote = (note: string, sources?: object): string =>
    JSON.stringify({ ...(sources ? { sources } : {}), terms: [{ en: ['NATO'], note, sv: ['Nato'] }] }, null, 2);

  it('reads what each citation refers to, in the file’s order', () => {
    const read = parseGlossary(
      'g.json',
      withNote('sv: Nato [R-sfi 1] ([R-sfi]).', { 'R-sfi': 'The revision.', 'R-sfi 1': 'regeringen.se' }),
    );
    expect(read.ok && [...read.value.sources.keys()]).toEqual(['R-sfi', 'R-sfi 1']);
  });

  it('refuses a note citing a source the file does not list, naming the term, the citation and its line', () => {
    const read = parseGlossary('g.json', withNote('sv: Nato [R-sfi 2].', { 'R-sfi 1': 'regeringen.se' }));
    expect(!read.ok && read.problems[0]).toMatchObject({
      file: 'g.json',
      line: 8,
      message: 'term "NATO": the note cites [R-sfi 2], which "sources" does not list: add it there',
    });
    expect(parseGlossary('g.json', withNote('sv: Nato [R-sfi 2].')).ok).toBe(false);
  });

  it('refuses sources that are not a map of citations to non-empty texts', () => {
    const list = parseGlossary('g.json', withNote('sv: Nato.', ['x']));
    expect(!list.ok && list.problems[0]?.message).toContain('"sources" must map each citation');
    const empty = parseGlossary('g.json', withNote('sv: Nato.', { 'R-x 1': ' ' }));
    expect(!empty.ok && empty.problems[0]).toMatchObject({ line: 2, message: expect.stringContaining('"R-x 1" must be the source') });
  });
});

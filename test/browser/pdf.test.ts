import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatDate } from '../../src/app/format.ts';
import { makePdfs, type MadePdf } from '../../src/site/pdf.ts';
import { displayName, getLanguage, type LanguageCode } from '../../src/languages.ts';
import { declarationIds } from '../support/declaration.ts';
import { describeInBrowser } from './browser.ts';
import { haveTool, PDFTOTEXT } from '../support/system-tools.ts';
import { ROOT } from '../support/root.ts';

const json = (path: string): Record<string, Record<string, string> | string> =>
  JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, Record<string, string> | string>;
const text = (file: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const info = (file: string): Record<string, string> =>
  Object.fromEntries(
    execFileSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' })
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
/** The first words of a paragraph, to find it in extracted text whatever the line breaks (columns break lines early). */
const words = (paragraph: string, count = 6): string => paragraph.split(/\s+/).slice(0, count).join(' ');
const flat = (s: string): string => s.replace(/\s+/g, ' ');
const ui = (lang: string, group: string, key: string): string =>
  String((json(`locales/${lang}/ui.json`)[group] as Record<string, string>)[key]);

describeInBrowser(
  'the PDFs (npm run pdf), read back with poppler',
  (browser) => {
    let out: string;
    let made: MadePdf[];
    // Two languages and one bilingual PDF: the command makes all thirteen the same way.
    beforeAll(async () => {
      out = await mkdtemp(join(tmpdir(), 'nordefco-pdf-'));
      made = await makePdfs({
        dist: join(ROOT, 'dist'),
        out,
        browser: browser(),
        jobs: [
          { language: 'is', bilingual: false },
          { language: 'en', bilingual: false },
          { language: 'fi', bilingual: true },
        ],
      });
    }, 120_000);
    afterAll(async () => {
      if (out) await rm(out, { recursive: true, force: true });
    });

    const file = (language: LanguageCode, bilingual: boolean): string =>
      made.find((m) => m.job.language === language && m.job.bilingual === bilingual)?.file ?? '';

    for (const language of ['is', 'en'] as const) {
      it(`${language}: selectable text in its language, title and language in the metadata, address and notice on every page`, () => {
        const pdf = file(language, false);
        const meta = info(pdf);
        // The page's title: a translation's says it is unofficial.
        const title = ui(language, 'meta', language === 'en' ? 'title' : 'titleTranslation').replace(
          '{{date}}',
          formatDate('2024-11-21', language),
        );
        expect(meta['Title']).toBe(title);
        expect(meta['Tagged']).toBe('yes');
        // Chromium writes <html lang> as the document catalog's /Lang.
        expect(readFileSync(pdf).toString('latin1')).toContain(`/Lang (${language})`);
        const body = text(pdf);
        const declaration = json(`locales/${language}/declaration.json`) as Record<string, string>;
        expect(flat(body)).toContain(words(String(declaration['threat'])));
        const pages = Number(meta['Pages']);
        expect(pages).toBeGreaterThan(1);
        const address = `/${language}/`;
        const notice = language === 'en' ? ui('en', 'cite', 'original') : ui(language, 'cite', 'unofficial');
        const sheets = body.split('\f').filter((s) => s.trim() !== '');
        expect(sheets).toHaveLength(pages);
        for (const sheet of sheets) {
          expect(flat(sheet)).toMatch(new RegExp(`https?://[^ ]+${address.replace(/\//g, '\\/')}`));
          expect(flat(sheet)).toContain(notice);
        }
        expect(flat(body)).toContain(ui(language, 'pdf', 'page').replace('{{page}}', '1').replace('{{pages}}', String(pages)));
      });
    }

    // Each PDF: the page that carries the source line (the last) also carries the citation, whose date of access is
    // the day the PDF was made, not the page's "[date]" left for a script.
    for (const [language, bilingual] of [
      ['is', false],
      ['en', false],
      ['fi', true],
    ] as const) {
      it(`${language}${bilingual ? ' beside English' : ''}: the source line never alone on a page, the citation with its date`, () => {
        const sheets = text(file(language, bilingual))
          .split('\f')
          .filter((s) => s.trim() !== '')
          .map(flat);
        const sourceLead = ui(language, 'print', 'source').split('{{url}}')[0] ?? '?';
        const withSource = sheets.filter((sheet) => sheet.includes(sourceLead));
        expect(withSource).toHaveLength(1);
        const accessed = ui(language, 'cite', 'accessed').replace('{{date}}', formatDate(new Date().toISOString().slice(0, 10), language));
        expect(withSource[0]).toContain(flat(accessed));
        expect(sheets.join(' ')).not.toContain(ui(language, 'cite', 'accessedBlank'));
      });
    }

    it('fi beside English: both languages, the column heads on every page of the text', () => {
      const pdf = file('fi', true);
      const body = text(pdf);
      const fi = json('locales/fi/declaration.json') as Record<string, string>;
      const en = json('locales/en/declaration.json') as Record<string, string>;
      expect(flat(body)).toContain(words(String(fi['ukraine']), 3));
      expect(flat(body)).toContain(words(String(en['ukraine']), 3));
      // The comparison's own title: which languages, then the document.
      expect(info(pdf)['Title']).toContain(ui('fi', 'meta', 'title').replace('{{date}}', formatDate('2024-11-21', 'fi')));
      expect(info(pdf)['Title']).toContain(ui('fi', 'compare', 'title'));
      const sheets = body.split('\f').filter((s) => s.trim() !== '');
      // Every page that carries paragraphs starts them under the two languages' names.
      const paragraphs = declarationIds(['paragraph']).map((id) => words(String(fi[id]), 4));
      const withText = sheets.filter((s) => paragraphs.some((p) => flat(s).includes(p)));
      expect(withText.length).toBeGreaterThan(1);
      for (const sheet of withText) {
        expect(sheet).toContain(displayName(getLanguage('fi')));
        expect(sheet).toContain('English');
        expect(flat(sheet)).toContain('/fi/compare/en/');
      }
    });
  },
  { skip: !haveTool(PDFTOTEXT) },
);

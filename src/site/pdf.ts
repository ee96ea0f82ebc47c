import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { MESSAGES_ID, formatWithCalendar } from '../app/enhance/messages.ts';
import { pdfPath } from '../app/pdf.ts';
import type { Calendar } from '../core/wire/locale-data.ts';
import { routePath, type Route } from '../app/routes.ts';
import type { PrintStrings } from './entry-server.tsx';
import { escapeHtml } from './html.ts';
import { MANIFEST } from './pdf-manifest.ts';
import { createStaticServer, listen } from './static-server.ts';

/** One PDF to make: a language's reading page, or its comparison with the English. */
export interface PdfJob {
  readonly language: LanguageCode;
  readonly bilingual: boolean;
}

/** Every language's PDF and, for each translation, its bilingual one. */
export function allPdfJobs(languages: readonly LanguageCode[]): PdfJob[] {
  return [
    ...languages.map((language) => ({ language, bilingual: false })),
    ...languages.filter((l) => l !== SOURCE_LANGUAGE).map((language) => ({ language, bilingual: true })),
  ];
}

const jobRoute = (job: PdfJob): Route =>
  job.bilingual ? { kind: 'compare', languages: [job.language, SOURCE_LANGUAGE] } : { kind: 'reader', language: job.language };

type PrintStringsFn = (route: Route, siteUrl: string) => Promise<PrintStrings>;

/** Chromium's header and footer: small type, in the page's language, the same on every page. */
function templates(strings: PrintStrings): { header: string; footer: string } {
  const style =
    'font-family: system-ui, sans-serif; font-size: 7.5pt; color: #333; width: 100%; margin: 0 20mm; display: flex; justify-content: space-between; gap: 6mm;';
  const pageOf = escapeHtml(strings.pageOf)
    .replace('\u0000page\u0000', '<span class="pageNumber"></span>')
    .replace('\u0000pages\u0000', '<span class="totalPages"></span>');
  return {
    header: `<div lang="${strings.lang}" style="${style}"><span>${escapeHtml(strings.title)}</span><span>${escapeHtml(strings.notice)}</span></div>`,
    footer: `<div lang="${strings.lang}" style="${style}"><span>${escapeHtml(strings.address)}</span><span style="white-space: nowrap">${pageOf}</span></div>`,
  };
}

/**
 * A PDF is the text as it stood on the day it was made, and its citations say so: "accessed" that day, where
 * the prerendered page (printed without scripts) leaves "[date]" for the reader's script to fill. The same
 * template and calendar the page's script uses (enhance/messages.ts).
 */
async function fillAccessedDates(page: Page, made: Date): Promise<void> {
  const { template, calendar } = await page.$eval(`#${MESSAGES_ID}`, (messages) => ({
    template: messages.querySelector('[data-message="accessed"]')?.textContent ?? '',
    calendar: (messages as HTMLElement).dataset['calendar'] ?? '',
  }));
  if (template === '' || calendar === '') return;
  const accessed = template.replace('{{date}}', formatWithCalendar(made, JSON.parse(calendar) as Calendar));
  await page.$$eval('.accessed', (spans, text) => spans.forEach((span) => (span.textContent = text)), accessed);
}

export interface PdfOptions {
  /** The built site (dist/, with dist-ssr/ beside it). */
  readonly dist: string;
  /** Where to write the PDFs (default dist/pdf). */
  readonly out?: string;
  readonly jobs: readonly PdfJob[];
  readonly browser: Browser;
}

export interface MadePdf {
  readonly job: PdfJob;
  /** The site path it is linked at (`/pdf/…`). */
  readonly path: string;
  readonly file: string;
  readonly bytes: number;
}

/**
 * Print each page with Chromium, as a reader's "Save as PDF" would, with scripts off (the page is
 * complete without them), the print stylesheet, a running header (title, unofficial notice) and footer
 * (the page's own address, page numbers). Chromium takes the PDF's title from <title> and its
 * language from <html lang>; the text stays selectable text.
 */
export async function makePdfs({ dist, out = join(dist, 'pdf'), jobs, browser }: PdfOptions): Promise<MadePdf[]> {
  const server = (await import(pathToFileURL(join(dist, '../dist-ssr/entry-server.js')).href)) as { printStrings: PrintStringsFn };
  const http = createStaticServer(dist);
  const base = await listen(http, 0);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const made: MadePdf[] = [];
  try {
    await mkdir(out, { recursive: true });
    for (const job of jobs) {
      const route = jobRoute(job);
      const page = await context.newPage();
      await page.goto(`${base}${routePath(route)}`, { waitUntil: 'load' });
      await fillAccessedDates(page, new Date());
      // The address the site was built for, which the pages carry (og:url), not this temporary server's.
      const address = (await page.getAttribute('meta[property="og:url"]', 'content')) ?? '';
      const strings = await server.printStrings(route, new URL(address).origin);
      const { header, footer } = templates(strings);
      const path = pdfPath(job.language, { bilingual: job.bilingual });
      const file = join(out, path.slice('/pdf/'.length));
      const data = await page.pdf({
        format: 'A4',
        displayHeaderFooter: true,
        headerTemplate: header,
        footerTemplate: footer,
        margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' },
        tagged: true,
        outline: true,
      });
      await page.close();
      // Whole files or none: a killed run leaves no half-written PDF behind.
      await writeFile(`${file}.part`, data);
      await rename(`${file}.part`, file);
      made.push({ job, path, file, bytes: data.length });
    }
  } finally {
    await context.close();
    await new Promise((resolve) => http.close(resolve));
  }
  return made;
}

export async function writeManifest(dist: string, made: readonly MadePdf[]): Promise<void> {
  const file = join(dist, MANIFEST);
  await writeFile(`${file}.part`, `${JSON.stringify(made.map((m) => m.path).sort(), null, 2)}\n`);
  await rename(`${file}.part`, file);
}

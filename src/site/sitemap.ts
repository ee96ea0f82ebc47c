import type { HeadData } from '../app/head.ts';
import { escapeHtml } from './html.ts';

export interface SitemapPage {
  readonly loc: string;
  /** YYYY-MM-DD, when known. */
  readonly lastmod?: string;
  /** The page in every language (hreflang, and x-default where a page picks the language), as its head lists them. */
  readonly alternates: HeadData['alternates'];
}

/**
 * A page's sitemap entry, from the head it was written with: none for a page search engines should not index
 * (comparisons, reviews, past versions), so the sitemap and the pages cannot disagree about either.
 */
export function sitemapEntry(head: HeadData, lastmod: string | undefined): SitemapPage | undefined {
  if (!head.indexable) return undefined;
  return { loc: head.canonical, ...(lastmod ? { lastmod } : {}), alternates: head.alternates };
}

/**
 * sitemap.xml for the pages search engines should index; each page lists its own language versions (a reading
 * page the other reading pages and the chooser as x-default, a history page the other history pages, …), as
 * Google's sitemap rules for localized pages ask. In address order, so each language's pages stand together.
 */
export function sitemapXml(pages: readonly SitemapPage[]): string {
  const urls = [...pages]
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    .map((p) =>
      [
        `  <url>`,
        `    <loc>${escapeHtml(p.loc)}</loc>`,
        ...(p.lastmod ? [`    <lastmod>${p.lastmod}</lastmod>`] : []),
        ...p.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}"/>`),
        `  </url>`,
      ].join('\n'),
    );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

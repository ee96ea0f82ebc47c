import { escapeHtml } from './html.ts';

export interface SitemapPage {
  readonly loc: string;
  /** YYYY-MM-DD, when known. */
  readonly lastmod?: string;
}

/**
 * sitemap.xml for the pages search engines should index; each page lists every language version
 * (hreflang, x-default the chooser at `/`), as Google's sitemap rules for localized pages ask.
 */
export function sitemapXml(
  pages: readonly SitemapPage[],
  alternates: readonly { readonly hreflang: string; readonly href: string }[],
): string {
  const links = alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(a.href)}"/>`).join('\n');
  const urls = pages.map((p) =>
    [
      `  <url>`,
      `    <loc>${escapeHtml(p.loc)}</loc>`,
      ...(p.lastmod ? [`    <lastmod>${p.lastmod}</lastmod>`] : []),
      links,
      `  </url>`,
    ].join('\n'),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

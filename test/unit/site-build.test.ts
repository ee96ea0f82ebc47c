import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteUrlFrom } from '../../src/site/site-url.ts';
import { sitemapEntry, sitemapXml } from '../../src/site/sitemap.ts';
import { pageHtml } from '../../src/site/html.ts';

describe('SITE_URL', () => {
  it('defaults to this machine, with a warning that names the fix', () => {
    for (const value of [undefined, '', '  ']) {
      const site = siteUrlFrom(value);
      expect(site).toMatchObject({ ok: true, value: DEFAULT_SITE_URL });
      expect(site.ok && site.warnings.map((w) => w.message).join('\n')).toContain('SITE_URL=https://your.host npm run build');
    }
  });

  it('takes an origin with or without a path, without the final slash and without a warning', () => {
    expect(siteUrlFrom('https://example.org/')).toEqual({ ok: true, value: 'https://example.org', warnings: [] });
    expect(siteUrlFrom('https://example.org/nordefco/')).toEqual({ ok: true, value: 'https://example.org/nordefco', warnings: [] });
  });

  it('refuses what is not a web address', () => {
    for (const value of ['example.org', 'ftp://example.org', 'https://example.org/?x=1', 'https://example.org/#top']) {
      const site = siteUrlFrom(value);
      expect(site.ok, value).toBe(false);
      expect(!site.ok && site.problems.map((p) => p.message).join('\n'), value).toContain(`SITE_URL=${value}`);
    }
  });
});

describe('the sitemap', () => {
  const head = (canonical: string, alternates: { hreflang: string; href: string }[], indexable = true) =>
    ({ lang: 'da', title: 't', description: 'd', canonical, alternates, indexable, url: canonical }) as const;

  it('lists each page with its lastmod when known and its own language versions', () => {
    const reading = [
      { hreflang: 'da', href: 'https://x.org/da/' },
      { hreflang: 'x-default', href: 'https://x.org/' },
    ];
    const history = [
      { hreflang: 'da', href: 'https://x.org/da/history/' },
      { hreflang: 'sv', href: 'https://x.org/sv/history/' },
    ];
    const pages = [
      sitemapEntry(head('https://x.org/da/history/', history), '2026-12-01'),
      sitemapEntry(head('https://x.org/', reading), '2026-11-30'),
      sitemapEntry(head('https://x.org/da/', reading), undefined),
    ].filter((p) => p !== undefined);
    const xml = sitemapXml(pages);
    expect(xml).toContain(
      '<url>\n    <loc>https://x.org/</loc>\n    <lastmod>2026-11-30</lastmod>\n    <xhtml:link rel="alternate" hreflang="da" href="https://x.org/da/"/>',
    );
    expect(xml).toContain(
      '<url>\n    <loc>https://x.org/da/</loc>\n    <xhtml:link rel="alternate" hreflang="da" href="https://x.org/da/"/>',
    );
    expect(xml).toContain(
      '<loc>https://x.org/da/history/</loc>\n    <lastmod>2026-12-01</lastmod>\n    <xhtml:link rel="alternate" hreflang="da" href="https://x.org/da/history/"/>\n    <xhtml:link rel="alternate" hreflang="sv" href="https://x.org/sv/history/"/>\n  </url>',
    );
    // In address order, each page once.
    expect([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      'https://x.org/',
      'https://x.org/da/',
      'https://x.org/da/history/',
    ]);
  });

  it('leaves out a page its head keeps from search engines', () => {
    expect(sitemapEntry(head('https://x.org/da/history/2026-12-01-abc/', [], false), '2026-12-01')).toBeUndefined();
  });
});

describe('a page in its template', () => {
  const template =
    '<!doctype html>\n<html lang="en">\n  <head>\n    <!--app-head-->\n    <title>Template</title>\n  </head>\n  <body>\n    <div id="root"><!--app-html--></div>\n  </body>\n</html>\n';
  const head = {
    lang: 'da',
    title: 'Erklæring & <titel>',
    description: 'Om siden',
    canonical: 'https://x.org/da/',
    alternates: [],
    indexable: true,
    url: 'https://x.org/da/',
  } as const;

  it('takes its language, title and head tags from the head data, its body as rendered', () => {
    const html = pageHtml(template, head, '<main>Tekst</main>', { prerendered: 'da', eager: true });
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('<title>Erklæring &amp; &lt;titel&gt;</title>');
    expect(html).toContain('<link rel="canonical" href="https://x.org/da/" />');
    expect(html).toContain('<div id="root" data-prerendered="da" data-hydrate="eager"><main>Tekst</main></div>');
    expect(html).not.toContain('<!--app-');
  });

  it('adds a redirect’s own tags after the head tags', () => {
    const html = pageHtml(template, { ...head, indexable: false }, '<p>Flyttet</p>', {
      moreHead: ['<meta http-equiv="refresh" content="0; url=/da/" />'],
    });
    expect(html).toMatch(
      /<meta name="robots" content="noindex" \/>[\s\S]*<meta http-equiv="refresh" content="0; url=\/da\/" \/>\n {4}<title>/,
    );
    expect(html).toContain('<div id="root"><p>Flyttet</p></div>');
  });
});

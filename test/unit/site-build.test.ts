import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteUrlFrom } from '../../src/build/site-url.ts';
import { sitemapXml } from '../../src/build/sitemap.ts';

describe('SITE_URL', () => {
  it('defaults to this machine, with a warning that names the fix', () => {
    for (const value of [undefined, '', '  ']) {
      const site = siteUrlFrom(value);
      expect(site).toMatchObject({ ok: true, url: DEFAULT_SITE_URL });
      expect(site.ok && site.warning).toContain('SITE_URL=https://your.host npm run build');
    }
  });

  it('takes an origin with or without a path, without the final slash and without a warning', () => {
    expect(siteUrlFrom('https://example.org/')).toEqual({ ok: true, url: 'https://example.org' });
    expect(siteUrlFrom('https://example.org/nordefco/')).toEqual({ ok: true, url: 'https://example.org/nordefco' });
  });

  it('refuses what is not a web address', () => {
    for (const value of ['example.org', 'ftp://example.org', 'https://example.org/?x=1', 'https://example.org/#top']) {
      expect(siteUrlFrom(value), value).toMatchObject({ ok: false, error: expect.stringContaining(`SITE_URL=${value}`) });
    }
  });
});

describe('the sitemap', () => {
  it('lists each page with its lastmod when known and every language version', () => {
    const xml = sitemapXml([{ loc: 'https://x.org/', lastmod: '2026-11-30' }, { loc: 'https://x.org/da/' }], [
      { hreflang: 'da', href: 'https://x.org/da/' },
      { hreflang: 'x-default', href: 'https://x.org/' },
    ]);
    expect(xml).toContain('<url>\n    <loc>https://x.org/</loc>\n    <lastmod>2026-11-30</lastmod>\n    <xhtml:link rel="alternate" hreflang="da" href="https://x.org/da/"/>');
    expect(xml).toContain('<url>\n    <loc>https://x.org/da/</loc>\n    <xhtml:link');
    expect(xml.match(/<url>/g)).toHaveLength(2);
  });
});

import { DOMParser } from '@xmldom/xmldom';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGUAGES } from '../../src/languages.ts';
import { historyData, languageHistory } from '../../src/site/history.ts';

// The built sitemap, read as search engines read it (an XML parser, the sitemap and XHTML namespaces), against
// the built pages it lists and the pages it leaves out.
const base = inject('baseUrl');
const root = join(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML = 'http://www.w3.org/1999/xhtml';

interface Entry {
  readonly loc: string;
  readonly lastmod?: string;
  /** hreflang → href */
  readonly alternates: Record<string, string>;
}

function entries(xml: string): Entry[] {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  expect(document.documentElement?.namespaceURI).toBe(SITEMAP);
  return [...document.getElementsByTagNameNS(SITEMAP, 'url')].map((url) => {
    const lastmod = url.getElementsByTagNameNS(SITEMAP, 'lastmod')[0]?.textContent;
    const links = [...url.getElementsByTagNameNS(XHTML, 'link')];
    expect(links.every((l) => l.getAttribute('rel') === 'alternate')).toBe(true);
    return {
      loc: url.getElementsByTagNameNS(SITEMAP, 'loc')[0]?.textContent ?? '',
      ...(lastmod ? { lastmod } : {}),
      alternates: Object.fromEntries(links.map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? ''])),
    };
  });
}

/** What a page's own head says: its canonical address, its hreflang alternates, whether it may be indexed. */
function headOf(html: string): { canonical?: string; alternates: Record<string, string>; noindex: boolean } {
  const head = html.slice(0, html.indexOf('</head>'));
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
  const alternates = Object.fromEntries(
    [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  return { ...(canonical ? { canonical } : {}), alternates, noindex: head.includes('<meta name="robots" content="noindex"') };
}

/** Every page the build wrote (dist/…/index.html), as a site path. */
function builtPages(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return item.name === 'assets' ? [] : builtPages(path);
    return item.name === 'index.html' ? [`/${relative(dist, dir)}/`.replace('//', '/')] : [];
  });
}

const pathOf = (url: string): string => new URL(url).pathname;

describe('the built sitemap', () => {
  const sitemap = entries(readFileSync(join(dist, 'sitemap.xml'), 'utf8'));
  const byPath = new Map(sitemap.map((e) => [pathOf(e.loc), e]));

  it('lists every page the build lets search engines index, and no other: no past version, comparison or review', () => {
    const indexable = builtPages().filter((path) => !headOf(readFileSync(join(dist, path, 'index.html'), 'utf8')).noindex);
    expect([...byPath.keys()].sort()).toEqual(indexable.sort());
    expect(sitemap).toHaveLength(byPath.size);
    for (const language of LANGUAGES) {
      for (const kind of ['', 'history/', 'glossary/'])
        expect(byPath.has(`/${language.code}/${kind}`), `/${language.code}/${kind}`).toBe(true);
    }
    const listed = [...byPath.keys()];
    expect(listed.filter((path) => /\/history\/.+\//.test(path) || /\/(compare|review)\//.test(path))).toEqual([]);
  });

  it('gives each page the alternates its own head gives, served at its address', async () => {
    for (const entry of sitemap) {
      const response = await fetch(`${base}${pathOf(entry.loc)}`);
      expect(response.status, entry.loc).toBe(200);
      const head = headOf(await response.text());
      expect(head.canonical, entry.loc).toBe(entry.loc);
      expect(head.alternates, entry.loc).toEqual(entry.alternates);
    }
  });

  it('links each page to the same page in every language, and those pages back to it (a reading page to reading pages, a history to histories, a glossary to glossaries)', () => {
    for (const entry of sitemap) {
      const kind = pathOf(entry.loc).replace(/^\/[a-z]+\//, '/');
      const languages = Object.keys(entry.alternates).filter((h) => h !== 'x-default');
      expect(languages.sort(), entry.loc).toEqual(LANGUAGES.map((l) => l.code).sort());
      for (const code of languages) {
        const href = entry.alternates[code] ?? '';
        // The page in that language: same kind, that language's address, listed with the same alternates.
        expect(pathOf(href), entry.loc).toBe(`/${code}${kind === '/' ? '/' : kind}`);
        expect(byPath.get(pathOf(href))?.alternates, href).toEqual(entry.alternates);
      }
      // Only the reading pages have a page that picks the language (the chooser at /).
      if ('x-default' in entry.alternates) expect(pathOf(entry.alternates['x-default'] ?? '')).toBe('/');
    }
    expect(byPath.get('/da/history/')?.alternates['fi']).toMatch(/\/fi\/history\/$/);
    expect(byPath.get('/is/glossary/')?.alternates['nn']).toMatch(/\/nn\/glossary\/$/);
  });

  it('dates a history page by its newest version, as git knows it; none where its files changed since or git knows none', () => {
    for (const language of LANGUAGES) {
      const history = historyData(
        languageHistory({ root, documentFile: 'src/documents/declaration.md', namespace: 'declaration' }, language.code),
      );
      const newest = history.uncommitted ? undefined : history.versions[0]?.date;
      expect(byPath.get(`/${language.code}/history/`)?.lastmod, language.code).toBe(newest);
    }
  });
});

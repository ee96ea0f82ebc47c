import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGUAGES, SOURCE_LANGUAGE } from '../languages.ts';
import { readerPath, routePath, staticRoutes } from '../app/routes.ts';
import { precompress } from './compress.ts';
import { fillTemplate, headTags } from './html.ts';
import type { RenderedPage } from './entry-server.tsx';
import type { Route } from '../app/routes.ts';

/** The address the site is served from, for canonical links, hreflang and the sitemap. */
const DEFAULT_SITE_URL = 'http://127.0.0.1:4173';

type RenderPage = (route: Route, siteUrl: string) => Promise<RenderedPage>;

export async function prerender(root: string, siteUrl: string): Promise<string[]> {
  const dist = join(root, 'dist');
  const server = (await import(pathToFileURL(join(root, 'dist-ssr/entry-server.js')).href)) as { renderPage: RenderPage };
  const template = await readFile(join(dist, 'index.html'), 'utf8');
  const rootTemplate = await readFile(join(dist, 'root.html'), 'utf8');
  const written: string[] = [];
  const write = async (path: string, content: string): Promise<void> => {
    await mkdir(join(dist, path, '..'), { recursive: true });
    await writeFile(join(dist, path), content);
    written.push(path);
  };

  for (const route of staticRoutes()) {
    const page = await server.renderPage(route, siteUrl);
    await write(
      `${routePath(route).slice(1)}index.html`,
      fillTemplate(template, { lang: page.head.lang, title: page.head.title, head: headTags(page.head), body: page.html, prerendered: page.head.lang, keepScripts: true, eager: route.kind === 'review' }),
    );
  }

  const chooser = await server.renderPage({ kind: 'root' }, siteUrl);
  await write('index.html', fillTemplate(rootTemplate, { lang: SOURCE_LANGUAGE, title: chooser.head.title, head: headTags(chooser.head), body: chooser.html, keepScripts: true }));
  await rm(join(dist, 'root.html'));

  const notFound = await server.renderPage({ kind: 'not-found' }, siteUrl);
  await write('404.html', fillTemplate(template, { lang: SOURCE_LANGUAGE, title: notFound.head.title, head: headTags(notFound.head), body: notFound.html, keepScripts: false }));

  const base = siteUrl.replace(/\/+$/, '');
  const alternates = LANGUAGES.map((l) => `    <xhtml:link rel="alternate" hreflang="${l.code}" href="${base}${readerPath(l.code)}"/>`).join('\n');
  const urls = LANGUAGES.map((l) => `  <url>\n    <loc>${base}${readerPath(l.code)}</loc>\n${alternates}\n    <xhtml:link rel="alternate" hreflang="x-default" href="${base}/"/>\n  </url>`).join('\n');
  await write('sitemap.xml', `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`);
  await write('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap.xml\n`);
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, '../..');
  const siteUrl = process.env['SITE_URL'] ?? DEFAULT_SITE_URL;
  const written = await prerender(root, siteUrl);
  process.stdout.write(`prerendered ${written.length} files for ${siteUrl}\n`);
  const sizes = await precompress(join(root, 'dist'));
  process.stdout.write(`precompressed ${sizes.files} files: ${sizes.raw} bytes -> ${sizes.brotli} brotli, ${sizes.gzip} gzip\n`);
}

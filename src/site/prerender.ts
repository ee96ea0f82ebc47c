import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGUAGES, SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { misorderedComparePaths, pathLanguage, routePath, staticRoutes } from '../app/routes.ts';
import { escapeHtml, pageHtml } from './html.ts';
import { revisionOf } from '../node/revision.ts';
import { sitemapEntry, sitemapXml, type SitemapPage } from './sitemap.ts';
import { DOCUMENTS_DIR, GLOSSARY_FILE, LOCALES_DIR } from '../core/common/paths.ts';
import type { RenderedPage } from './entry-server.tsx';
import type { Route } from '../app/routes.ts';
import type { HeadData } from '../app/head.ts';
import { MANIFEST } from './pdf-manifest.ts';
import { feedLink, writeGlossaries, writeHistories, type RecordServer } from './records.ts';

interface Server extends RecordServer {
  readonly renderPage: (route: Route, siteUrl: string, pdfs?: readonly string[]) => Promise<RenderedPage>;
  readonly renderMoved: (language: LanguageCode, to: string) => Promise<{ readonly html: string; readonly title: string }>;
}

/** The PDFs `npm run pdf` made for this build (dist/pdf/manifest.json), or none. */
async function builtPdfs(dist: string): Promise<string[]> {
  try {
    const list: unknown = JSON.parse(await readFile(join(dist, MANIFEST), 'utf8'));
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

const TEMPLATES = {
  template: 'index.html',
  rootTemplate: 'root.html',
  notFoundTemplate: 'not-found.html',
  recordTemplate: 'record.html',
} as const;

/**
 * The HTML templates Vite built. The first prerender writes pages over dist/index.html and removes the
 * others, so it keeps them in dist-ssr/ (which each build empties) for a later run (npm run pdf).
 */
async function templates(root: string): Promise<Record<keyof typeof TEMPLATES, string>> {
  const out = {} as Record<keyof typeof TEMPLATES, string>;
  for (const [name, file] of Object.entries(TEMPLATES) as [keyof typeof TEMPLATES, string][]) {
    const kept = join(root, 'dist-ssr', `template-${file}`);
    if (existsSync(kept)) out[name] = await readFile(kept, 'utf8');
    else {
      out[name] = await readFile(join(root, 'dist', file), 'utf8');
      await writeFile(kept, out[name]);
    }
  }
  return out;
}

/** The comparison's and review's own stylesheet, which Vite built from the `views` entry (vite.config.ts). */
async function viewsStylesheet(dist: string): Promise<string> {
  const file = (await readdir(join(dist, 'assets'))).find((name) => /^views-[\w-]+\.css$/.test(name));
  if (!file) throw new Error('dist/assets has no views-*.css: the `views` entry of vite.config.ts was not built');
  return `/assets/${file}`;
}

/** A tiny page at each misordered comparison address, leading to its one address (no redirects on a static host). */
async function writeMovedPages(
  server: Server,
  template: string,
  siteUrl: string,
  write: (path: string, content: string) => Promise<void>,
): Promise<void> {
  const base = siteUrl.replace(/\/+$/, '');
  for (const { path, to } of misorderedComparePaths()) {
    const language = pathLanguage(path) ?? SOURCE_LANGUAGE;
    const moved = await server.renderMoved(language, to);
    const head = {
      lang: language,
      title: moved.title,
      description: moved.title,
      canonical: '',
      alternates: [],
      indexable: false,
      url: `${base}${to}`,
    };
    const moreHead = [
      `<link rel="canonical" href="${escapeHtml(`${base}${to}`)}" />`,
      `<meta http-equiv="refresh" content="0; url=${escapeHtml(to)}" />`,
    ];
    await write(`${path.slice(1)}index.html`, pageHtml(template, head, moved.html, { moreHead }));
  }
}

/** What each step of the prerender shares: the server, where pages go, and the sitemap being gathered. */
interface Output {
  readonly root: string;
  readonly dist: string;
  readonly server: Server;
  readonly siteUrl: string;
  readonly write: (path: string, content: string) => Promise<void>;
  readonly list: (head: HeadData, lastmod: string | undefined) => void;
  /** The date of the last commit that changed these paths, where it is known: a page's lastmod. */
  readonly lastChange: (paths: readonly string[]) => string | undefined;
}

// A language's pages change when its files or the English document do; `/` when any of them does.
const languagePaths = (language: LanguageCode): string[] => [
  DOCUMENTS_DIR,
  `${LOCALES_DIR}/${SOURCE_LANGUAGE}`,
  `${LOCALES_DIR}/${language}`,
];

export async function prerender(root: string, siteUrl: string): Promise<string[]> {
  const dist = join(root, 'dist');
  const server = (await import(pathToFileURL(join(root, 'dist-ssr/entry-server.js')).href)) as Server;
  const { template, rootTemplate, notFoundTemplate, recordTemplate } = await templates(root);
  const written: string[] = [];
  // The sitemap lists every page written whose head lets search engines index it, with that head's alternates.
  const indexed: SitemapPage[] = [];
  const out: Output = {
    root,
    dist,
    server,
    siteUrl,
    write: async (path, content) => {
      await mkdir(join(dist, path, '..'), { recursive: true });
      await writeFile(join(dist, path), content);
      written.push(path);
    },
    list: (head, lastmod) => {
      const entry = sitemapEntry(head, lastmod);
      if (entry) indexed.push(entry);
    },
    // The same reading of git as the pages' "last revised": no lastmod where that date is not known.
    lastChange: (paths) => {
      const revision = revisionOf(root, paths);
      return 'date' in revision ? revision.date : undefined;
    },
  };
  await writeReadingPages(out, template, recordTemplate);

  const chooser = await server.renderPage({ kind: 'root' }, siteUrl);
  await out.write('index.html', pageHtml(rootTemplate, chooser.head, chooser.html));
  out.list(chooser.head, out.lastChange([DOCUMENTS_DIR, LOCALES_DIR]));
  await rm(join(dist, 'root.html'), { force: true });

  await writeNotFoundPages(out, notFoundTemplate);
  await rm(join(dist, 'not-found.html'), { force: true });

  const glossaryText = await readFile(join(root, GLOSSARY_FILE), 'utf8').catch(() => undefined);
  // A glossary page shows the glossary's terms and where its language's text first uses each.
  const glossaryDate = (language: LanguageCode): string | undefined => out.lastChange([GLOSSARY_FILE, ...languagePaths(language)]);
  await writeGlossaries({
    server,
    template: recordTemplate,
    siteUrl,
    write: out.write,
    list: out.list,
    glossaryText,
    lastmod: glossaryDate,
  });
  await rm(join(dist, 'record.html'), { force: true });

  await out.write('sitemap.xml', sitemapXml(indexed));
  await out.write('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl.replace(/\/+$/, '')}/sitemap.xml\n`);
  return written;
}

/** The history pages, then every page of the app's routes: the readings, the comparisons and the review. */
async function writeReadingPages(out: Output, template: string, recordTemplate: string): Promise<void> {
  const { server, siteUrl, write, list } = out;
  const pdfs = await builtPdfs(out.dist);
  const views = await viewsStylesheet(out.dist);
  const source = { root: out.root, documentFile: `${DOCUMENTS_DIR}/declaration.md`, namespace: 'declaration' };
  const histories = await writeHistories({ server, source, template: recordTemplate, siteUrl, write, list });
  for (const route of staticRoutes()) {
    const page = await server.renderPage(route, siteUrl, route.kind === 'review' ? [] : pdfs);
    const stylesheets = route.kind === 'compare' || route.kind === 'review' ? [views] : [];
    // A reading page names its history's feed, for feed readers that look for one (none without a dated version).
    const feed = route.kind === 'reader' && (histories.get(route.language)?.versions.length ?? 0) > 0;
    const moreHead = feed && route.kind === 'reader' ? [feedLink(route.language)] : [];
    if (route.kind === 'reader') list(page.head, out.lastChange(languagePaths(route.language)));
    await write(
      `${routePath(route).slice(1)}index.html`,
      // Reading pages are never hydrated (enhance-page.ts); the review and the comparison (its sentence alignment) are the app's.
      pageHtml(template, page.head, page.html, {
        prerendered: page.head.lang,
        eager: route.kind === 'review' || route.kind === 'compare',
        stylesheets,
        moreHead,
      }),
    );
  }
}

/**
 * The site-wide not-found page speaks every language (its script keeps the address's); each language's
 * folder has its own too, for hosts that serve the nearest 404.html (npm run serve, Cloudflare Pages).
 */
async function writeNotFoundPages(out: Output, notFoundTemplate: string): Promise<void> {
  const notFoundRoutes: Route[] = [{ kind: 'not-found' }, ...LANGUAGES.map((l): Route => ({ kind: 'not-found', language: l.code }))];
  for (const route of notFoundRoutes) {
    const page = await out.server.renderPage(route, out.siteUrl);
    await out.write(routePath(route).slice(1), pageHtml(notFoundTemplate, page.head, page.html));
  }
  await writeMovedPages(out.server, notFoundTemplate, out.siteUrl, out.write);
}

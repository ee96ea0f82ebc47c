import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';
import { LANGUAGE_CODES, type LanguageCode } from '../../languages.ts';
import { DOCUMENTS_DIR, GLOSSARY_FILE } from '../../core/common/paths.ts';
import { pageHtml } from '../html.ts';
import { feedLink, glossaryData, languageHistories, sameMoment, type RecordServer } from '../records.ts';

/** A page about the text, by its address: `/da/history/`, `/da/history/{id}/`, `/da/history/feed.atom`, `/da/glossary/`. */
interface RecordAddress {
  readonly kind: 'history' | 'version' | 'feed' | 'glossary';
  readonly language: LanguageCode;
  /** A version's id (`2026-12-03-ad3121ad10`). */
  readonly id?: string;
}

function recordAddress(pathname: string): RecordAddress | undefined {
  const match = /^\/([a-z]{2,3})\/(history|glossary)\/(?:(feed\.atom)|([0-9]{4}-[0-9]{2}-[0-9]{2}-[0-9a-f]+)\/)?$/.exec(pathname);
  const language = LANGUAGE_CODES.find((code) => code === match?.[1]);
  if (!match || !language) return undefined;
  if (match[2] === 'glossary') return match[3] || match[4] ? undefined : { kind: 'glossary', language };
  if (match[3]) return { kind: 'feed', language };
  return match[4] ? { kind: 'version', language, id: match[4] } : { kind: 'history', language };
}

/**
 * The page as the development server can show it: without the build's Content-Security-Policy, which forbids the
 * inline styles through which Vite's client puts the stylesheets in during development.
 */
const forDevelopment = (html: string): string => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '');

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.statusCode = status;
  response.setHeader('content-type', `${type}; charset=utf-8`);
  response.setHeader('cache-control', 'no-store');
  response.end(body);
}

/** The page at `address`, rendered now by the build's own functions from git and the files as they are; undefined when there is none. */
async function render(server: ViteDevServer, root: string, address: RecordAddress, url: string, siteUrl: string) {
  const pages = (await server.ssrLoadModule('/src/site/entry-records.tsx')) as RecordServer;
  const template = await server.transformIndexHtml(url, await readFile(join(root, 'record.html'), 'utf8'));
  const { language } = address;
  if (address.kind === 'glossary') {
    const glossaryText = await readFile(join(root, GLOSSARY_FILE), 'utf8').catch(() => undefined);
    const page = await pages.renderGlossary(language, glossaryData(glossaryText), siteUrl);
    return { type: 'text/html', body: pageHtml(template, page.head, page.html) };
  }
  const histories = languageHistories({ root, documentFile: `${DOCUMENTS_DIR}/declaration.md`, namespace: 'declaration' });
  const history = histories.get(language);
  if (!history) return undefined;
  const moreHead = history.versions.length > 0 ? [feedLink(language)] : [];
  if (address.kind === 'history') {
    const page = await pages.renderHistory(language, history, siteUrl);
    return { type: 'text/html', body: pageHtml(template, page.head, page.html, { moreHead }) };
  }
  if (address.kind === 'feed') {
    const feed = await pages.renderFeed(language, history, siteUrl);
    return feed === undefined ? undefined : { type: 'application/atom+xml', body: feed };
  }
  const version = history.versions.find((v) => v.id === address.id);
  if (!version) return undefined;
  const page = await pages.renderVersion(language, history, version.id, sameMoment(histories, version.time), siteUrl);
  return { type: 'text/html', body: pageHtml(template, page.head, page.html) };
}

/**
 * The revision history, past versions, feeds and glossary in the development server, which otherwise has no such
 * pages (the build writes them): each rendered on request by the same functions the build uses, from git and the
 * working tree as they are now, so a translator following a link from the reader or the review finds them.
 */
export function devRecords(root: string): Plugin {
  return {
    name: 'nordefco-dev-records',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '/';
        const address =
          request.method === 'GET' || request.method === 'HEAD' ? recordAddress(new URL(url, 'http://x').pathname) : undefined;
        if (!address) return next();
        const siteUrl = `http://${request.headers.host ?? 'localhost'}`;
        render(server, root, address, url, siteUrl).then(
          (page) => {
            if (page) send(response, 200, page.type, page.type === 'text/html' ? forDevelopment(page.body) : page.body);
            // No history, no feed: a 404 as the built site answers, not the app's page with 200 for a feed reader to choke on.
            else if (address.kind === 'feed')
              send(response, 404, 'text/plain', 'No revision history is known here, so there is no feed.\n');
            else next();
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

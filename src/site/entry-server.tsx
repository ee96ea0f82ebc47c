import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { LanguageCode } from '../languages.ts';
import { App } from '../app/App.tsx';
import { Moved } from '../app/components/Moved.tsx';
import { pageHead, type HeadData } from '../app/head.ts';
import type { Route } from '../app/routes.ts';
import { prepareApp } from '../app/prepare-app.ts';
import { documentDate } from '../app/i18n.ts';
import { SOURCE_LANGUAGE } from '../languages.ts';

export interface RenderedPage {
  readonly html: string;
  readonly head: HeadData;
}

/** Render one route to HTML for the static site, with the same props the client hydrates with. */
export async function renderPage(route: Route, siteUrl: string, pdfs: readonly string[] = []): Promise<RenderedPage> {
  const props = await prepareApp(route, siteUrl, {}, pdfs);
  if (props.initial.failed) throw new Error(`Could not load the ${props.initial.failed} data while prerendering`);
  const html = renderToString(<App {...props} />);
  const language = props.initial.shown;
  return { html, head: { ...pageHead(route, language, props.i18n, props.document, siteUrl), pdfs } };
}

/** What the PDF's running header and footer say on every page, in the page's language. */
export interface PrintStrings {
  readonly lang: string;
  readonly title: string;
  readonly address: string;
  readonly notice: string;
  /** "Page {{page}} of {{pages}}" with Chromium's page-number elements in place of the numbers. */
  readonly pageOf: string;
}

export async function printStrings(route: Route, siteUrl: string): Promise<PrintStrings> {
  const props = await prepareApp(route, siteUrl);
  const language = props.initial.shown;
  const t = props.i18n.getFixedT(language, 'ui');
  // The running header names the document (its version is said beside it); a page's title would crowd it.
  const title = t('meta.title', {
    defaultValue: 'Joint declaration of the Nordic Ministers of Defence, {{date}}',
    date: documentDate(props.i18n, language, props.document.date),
  });
  const notice =
    language === SOURCE_LANGUAGE
      ? t('cite.original', { defaultValue: 'English original' })
      : t('cite.unofficial', { defaultValue: 'Unofficial translation' });
  const pageOf = t('pdf.page', { defaultValue: 'Page {{page}} of {{pages}}', page: '\u0000page\u0000', pages: '\u0000pages\u0000' });
  return { lang: language, title, address: pageHead(route, language, props.i18n, props.document, siteUrl).url, notice, pageOf };
}

/** The tiny page at a comparison's address written in another order, leading to `to`. */
export async function renderMoved(language: LanguageCode, to: string): Promise<{ readonly html: string; readonly title: string }> {
  const props = await prepareApp({ kind: 'reader', language }, '');
  const html = renderToString(
    <I18nextProvider i18n={props.i18n}>
      <Moved to={to} />
    </I18nextProvider>,
  );
  return { html, title: props.i18n.getFixedT(language, 'ui')('moved.title', { defaultValue: 'This comparison is at another address' }) };
}

export { renderFeed, renderGlossary, renderHistory, renderVersion } from './entry-records.tsx';

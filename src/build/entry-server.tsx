import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { LanguageCode } from '../languages.ts';
import { App } from '../app/App.tsx';
import { Moved } from '../app/components/Moved.tsx';
import { documentDate } from '../app/i18n.ts';
import { headData, type HeadData } from '../app/head.ts';
import type { Route } from '../app/routes.ts';
import { prepareApp } from '../app/start.ts';

export interface RenderedPage {
  readonly html: string;
  readonly head: HeadData;
}

/** Render one route to HTML for the static site, with the same props the client hydrates with. */
export async function renderPage(route: Route, siteUrl: string): Promise<RenderedPage> {
  const props = await prepareApp(route, siteUrl);
  if (props.initial.failed) throw new Error(`Could not load the ${props.initial.failed} data while prerendering`);
  const html = renderToString(<App {...props} />);
  const language = props.initial.shown;
  const t = props.i18n.getFixedT(language, 'ui');
  return { html, head: headData(route, language, t, documentDate(props.i18n, language, props.document.date), siteUrl) };
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

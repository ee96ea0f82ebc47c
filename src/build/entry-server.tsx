import { renderToString } from 'react-dom/server';
import { App } from '../app/App.tsx';
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

import type { TFunction } from 'i18next';
import { displayName, getLanguage, LANGUAGES, type LanguageCode } from '../languages.ts';
import { readerPath, routePath, type Route } from './routes.ts';

/** Everything in <head> that depends on the language, shared by the prerender and the client. */
export interface HeadData {
  readonly lang: LanguageCode;
  readonly title: string;
  readonly description: string;
  readonly canonical: string;
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
  /** Only the reading pages are for search engines; compare and review pages repeat them. */
  readonly indexable: boolean;
}

export function headData(route: Route, lang: LanguageCode, t: TFunction<'ui'>, date: string, siteUrl: string): HeadData {
  const base = siteUrl.replace(/\/+$/, '');
  const declaration = t('meta.title', { defaultValue: 'Joint declaration of the Nordic Ministers of Defence, {{date}}', date });
  const description = t('meta.description', {
    defaultValue: 'The joint declaration of the Nordic Ministers of Defence from the NORDEFCO ministerial meeting in Copenhagen on {{date}}, paragraph by paragraph.',
    date,
  });
  const alternates = [...LANGUAGES.map((l) => ({ hreflang: l.code, href: `${base}${readerPath(l.code)}` })), { hreflang: 'x-default', href: `${base}/` }];
  if (route.kind === 'compare') {
    const names = route.languages.map((code) => displayName(getLanguage(code))).join(' · ');
    return { lang, title: `${t('compare.title', { defaultValue: 'Side by side' })}: ${names} – ${declaration}`, description, canonical: `${base}${routePath(route)}`, alternates: [], indexable: false };
  }
  if (route.kind === 'review') {
    return { lang, title: `${t('review.title', { defaultValue: 'Translation review' })} – ${declaration}`, description, canonical: `${base}${routePath(route)}`, alternates: [], indexable: false };
  }
  if (route.kind === 'not-found') {
    return { lang, title: t('notFound.title', { defaultValue: 'Page not found' }), description, canonical: `${base}/`, alternates: [], indexable: false };
  }
  const canonical = route.kind === 'root' ? `${base}/` : `${base}${readerPath(lang)}`;
  return { lang, title: declaration, description, canonical, alternates, indexable: route.kind === 'reader' || route.kind === 'root' };
}

/** Bring the live document's head in line after a client-side language switch. */
export function applyHead(doc: Document, head: HeadData): void {
  doc.documentElement.lang = head.lang;
  doc.title = head.title;
  doc.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
  doc.querySelector('link[rel="canonical"]')?.setAttribute('href', head.canonical);
}

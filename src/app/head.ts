import type { i18n, TFunction } from 'i18next';
import { getLanguage, LANGUAGES, nameInText, SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { documentDate } from './i18n.ts';
import type { DocumentOutline } from '../core/wire/locale-data.ts';
import { readerPath, routePath, type Route } from './routes.ts';
import { jsonForScript, structuredData } from './structured-data.ts';

/** Everything in <head> that depends on the language, shared by the prerender and the client. */
export interface HeadData {
  readonly lang: LanguageCode;
  readonly title: string;
  readonly description: string;
  readonly canonical: string;
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
  /** Only the reading pages are for search engines; compare and review pages repeat them. */
  readonly indexable: boolean;
  /** The page's own address (og:url): the canonical one, or where a page for people only lives. */
  readonly url: string;
  /** Reading pages: the schema.org description, as the text of a JSON-LD data block. */
  readonly jsonLd?: string;
  /** The PDFs the build holds (site paths), listed as alternates so the client knows them too. */
  readonly pdfs?: readonly string[];
}

interface HeadInput {
  readonly route: Route;
  readonly lang: LanguageCode;
  readonly t: TFunction<'ui'>;
  /** The declaration's date as the language writes it. */
  readonly date: string;
  readonly siteUrl: string;
}

/** The title of a page for people only (the comparison, the review, not found), or undefined for a page search engines list. */
function unlistedTitle(route: Route, t: TFunction<'ui'>, declaration: string): string | undefined {
  if (route.kind === 'compare') {
    const names = route.languages.map((code) => nameInText(getLanguage(code))).join(' · ');
    return `${t('compare.title', { defaultValue: 'Side by side' })}: ${names} – ${declaration}`;
  }
  if (route.kind === 'review') return `${t('review.title', { defaultValue: 'Translation review' })} – ${declaration}`;
  if (route.kind === 'not-found') return t('notFound.title', { defaultValue: 'Page not found' });
  return undefined;
}

function headData({ route, lang, t, date, siteUrl }: HeadInput): Omit<HeadData, 'url'> {
  const base = siteUrl.replace(/\/+$/, '');
  const declaration = t('meta.title', { defaultValue: 'Joint declaration of the Nordic Ministers of Defence, {{date}}', date });
  const description = t('meta.description', {
    defaultValue:
      'The joint declaration of the Nordic Ministers of Defence from the NORDEFCO ministerial meeting in Copenhagen on {{date}}, paragraph by paragraph.',
    date,
  });
  const unlisted = unlistedTitle(route, t, declaration);
  if (unlisted !== undefined) {
    const canonical = route.kind === 'not-found' ? `${base}/` : `${base}${routePath(route)}`;
    return { lang, title: unlisted, description, canonical, alternates: [], indexable: false };
  }
  const alternates = [
    ...LANGUAGES.map((l) => ({ hreflang: l.code, href: `${base}${readerPath(l.code)}` })),
    { hreflang: 'x-default', href: `${base}/` },
  ];
  const canonical = route.kind === 'root' ? `${base}/` : `${base}${readerPath(lang)}`;
  if (route.kind === 'reader' && lang !== SOURCE_LANGUAGE) {
    // What a search result or a shared link shows says first that this text is not the authentic one.
    return {
      lang,
      title: t('meta.titleTranslation', {
        defaultValue: 'Joint declaration of the Nordic Ministers of Defence, {{date}} (unofficial translation)',
        date,
      }),
      description: t('meta.descriptionTranslation', {
        defaultValue:
          'Unofficial translation of the joint declaration of the Nordic Ministers of Defence from the NORDEFCO ministerial meeting in Copenhagen on {{date}}, paragraph by paragraph. The English text is the original.',
        date,
      }),
      canonical,
      alternates,
      indexable: true,
    };
  }
  return { lang, title: declaration, description, canonical, alternates, indexable: route.kind === 'reader' || route.kind === 'root' };
}

/** The whole head of a route's page in a language, as the prerender writes it and the client keeps it. */
export function pageHead(route: Route, lang: LanguageCode, instance: i18n, outline: DocumentOutline, siteUrl: string): HeadData {
  const head = headData({ route, lang, t: instance.getFixedT(lang, 'ui'), date: documentDate(instance, lang, outline.date), siteUrl });
  const url = route.kind === 'not-found' ? head.canonical : `${siteUrl.replace(/\/+$/, '')}${routePath(route)}`;
  if (route.kind !== 'reader') return { ...head, url };
  return {
    ...head,
    url,
    jsonLd: jsonForScript(structuredData({ language: lang, instance, outline, siteUrl, title: head.title, description: head.description })),
  };
}

/** Open Graph's locale form of a language: da-DK -> da_DK. */
export const ogLocale = (lang: LanguageCode): string => getLanguage(lang).locale.replace('-', '_');

/** Bring the live document's head in line after a client-side language switch. */
export function applyHead(doc: Document, head: HeadData): void {
  doc.documentElement.lang = head.lang;
  doc.title = head.title;
  doc.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
  doc.querySelector('link[rel="canonical"]')?.setAttribute('href', head.canonical);
  doc.querySelector('meta[property="og:title"]')?.setAttribute('content', head.title);
  doc.querySelector('meta[property="og:description"]')?.setAttribute('content', head.description);
  doc.querySelector('meta[property="og:url"]')?.setAttribute('content', head.url);
  doc.querySelector('meta[property="og:locale"]')?.setAttribute('content', ogLocale(head.lang));
  const data = doc.querySelector('script[type="application/ld+json"]');
  // A data block, never executed: changing its text is no script injection (and the CSP allows it).
  if (data && head.jsonLd) data.textContent = head.jsonLd;
}

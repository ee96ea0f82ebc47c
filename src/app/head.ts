import type { TFunction } from 'i18next';
import { LANGUAGES, type LanguageCode } from '../languages.ts';
import { readerPath } from './routes.ts';

/** Everything in <head> that depends on the language, shared by the prerender and the client. */
export interface HeadData {
  readonly lang: LanguageCode;
  readonly title: string;
  readonly description: string;
  readonly canonical: string;
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
}

export function headData(lang: LanguageCode, t: TFunction<'ui'>, date: string, siteUrl: string): HeadData {
  const base = siteUrl.replace(/\/+$/, '');
  return {
    lang,
    title: t('meta.title', { defaultValue: 'Joint declaration of the Nordic Ministers of Defence, {{date}}', date }),
    description: t('meta.description', {
      defaultValue: 'The joint declaration of the Nordic Ministers of Defence from the NORDEFCO ministerial meeting in Copenhagen on {{date}}, paragraph by paragraph.',
      date,
    }),
    canonical: `${base}${readerPath(lang)}`,
    alternates: [
      ...LANGUAGES.map((l) => ({ hreflang: l.code, href: `${base}${readerPath(l.code)}` })),
      { hreflang: 'x-default', href: `${base}/` },
    ],
  };
}

/** Bring the live document's head in line after a client-side language switch. */
export function applyHead(doc: Document, head: HeadData): void {
  doc.documentElement.lang = head.lang;
  doc.title = head.title;
  doc.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
  doc.querySelector('link[rel="canonical"]')?.setAttribute('href', head.canonical);
}


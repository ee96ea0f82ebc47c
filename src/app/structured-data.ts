import type { i18n } from 'i18next';
import { LANGUAGE_CODES, SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { permanentAddress, revisionOf } from './edition.ts';
import type { DocumentOutline } from '../core/wire/locale-data.ts';

interface Input {
  readonly language: LanguageCode;
  readonly instance: i18n;
  readonly outline: DocumentOutline;
  readonly siteUrl: string;
  readonly title: string;
  readonly description: string;
}

type Json = string | number | boolean | readonly Json[] | { readonly [key: string]: Json };

/**
 * schema.org description of a reading page: the declaration as a creative work in this language, issued
 * by the Nordic Ministers of Defence at the Copenhagen meeting; a translation points to the English
 * original (translationOfWork), the original lists its translations (workTranslation).
 */
export function structuredData({ language, instance, outline, siteUrl, title, description }: Input): Json {
  const t = instance.getFixedT(language, 'ui');
  const url = permanentAddress(siteUrl, language);
  const original = permanentAddress(siteUrl, SOURCE_LANGUAGE);
  const revised = revisionOf(instance, language, outline);
  // The declaration says it was made "today" at the meeting: it was issued on the meeting's date.
  const issued = { datePublished: outline.published ?? outline.date, dateCreated: outline.date };
  const common = {
    creator: { '@type': 'Organization', name: 'Nordic Ministers of Defence', alternateName: 'NORDEFCO (Nordic Defence Cooperation)' },
    locationCreated: {
      '@type': 'Place',
      name: 'Copenhagen',
      address: { '@type': 'PostalAddress', addressLocality: 'Copenhagen', addressCountry: 'DK' },
    },
  };
  const edition = {
    ...('iso' in revised ? { dateModified: revised.iso } : {}),
    ...(outline.publisher ? { publisher: { '@type': 'Organization', name: outline.publisher } } : {}),
  };
  const englishWork = {
    '@type': 'CreativeWork',
    '@id': original,
    url: original,
    inLanguage: SOURCE_LANGUAGE,
    sameAs: outline.source,
    ...issued,
  };
  if (language === SOURCE_LANGUAGE) {
    return {
      '@context': 'https://schema.org',
      ...englishWork,
      name: title,
      description,
      ...common,
      ...edition,
      isBasedOn: outline.source,
      workTranslation: LANGUAGE_CODES.filter((c) => c !== SOURCE_LANGUAGE).map((code) => ({
        '@type': 'CreativeWork',
        '@id': permanentAddress(siteUrl, code),
        inLanguage: code,
      })),
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: title,
    description,
    inLanguage: language,
    creativeWorkStatus: t('cite.unofficial', { defaultValue: 'Unofficial translation' }),
    ...issued,
    ...common,
    ...edition,
    translationOfWork: englishWork,
  };
}

/** JSON for a `<script type="application/ld+json">` data block: nothing in it can close the element. */
export function jsonForScript(value: Json): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

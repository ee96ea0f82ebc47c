import { documents, english, loaders } from 'virtual:locale-data';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { createI18n } from './i18n.ts';
import type { DocumentOutline, LanguageData } from './locale-data.ts';
import type { AppProps } from './App.tsx';
import type { Route } from './routes.ts';

/** The document the reader shows; the workflow handles any number, the reader this one. */
export const READER_NAMESPACE = 'declaration';

export function readerDocument(): DocumentOutline {
  const found = documents.find((d) => d.namespace === READER_NAMESPACE);
  if (!found) throw new Error(`No document with namespace "${READER_NAMESPACE}" in src/documents`);
  return found;
}

export async function loadLanguage(language: LanguageCode): Promise<LanguageData> {
  if (language === SOURCE_LANGUAGE) return english;
  const loader = loaders[language];
  if (!loader) throw new Error(`No data for language ${language}`);
  return (await loader()).default;
}

/**
 * Everything the app needs for a route, loading the route's language first so the client
 * renders exactly what the prerendered page holds. A failed load gives English and says so.
 */
export async function prepareApp(route: Route, siteUrl: string, load = loadLanguage): Promise<AppProps> {
  const language = route.kind === 'reader' ? route.language : SOURCE_LANGUAGE;
  const loaded = new Map<LanguageCode, LanguageData>([[SOURCE_LANGUAGE, english]]);
  let failed: LanguageCode | undefined;
  if (language !== SOURCE_LANGUAGE) {
    try {
      loaded.set(language, await load(language));
    } catch {
      failed = language;
    }
  }
  const shown = failed ? SOURCE_LANGUAGE : language;
  return {
    i18n: createI18n(shown, [...loaded.values()]),
    route,
    document: readerDocument(),
    initial: { requested: language, shown, failed, loading: false, stale: new Set(loaded.get(shown)?.stale ?? []) },
    loaded,
    load,
    siteUrl,
  };
}

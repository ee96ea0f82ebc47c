import { documents, english, loaders } from 'virtual:locale-data';
import { getLanguage, LANGUAGE_CODES, SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';
import { createI18n } from './i18n.ts';
import type { DocumentOutline, LanguageData } from '../core/wire/locale-data.ts';
import type { AppProps } from './App.tsx';
import type { ReviewData } from '../core/wire/review-data.ts';
import type { AlignmentData } from '../core/wire/alignment-data.ts';
import { routeLanguage, type Route } from './routes.ts';

/** The document the reader shows; the workflow handles any number, the reader this one. */
const READER_NAMESPACE = 'declaration';

function readerDocument(): DocumentOutline {
  const found = documents.find((d) => d.namespace === READER_NAMESPACE);
  if (!found) throw new Error(`No document with namespace "${READER_NAMESPACE}" in src/documents`);
  return found;
}

export async function loadLanguage(language: LanguageCode): Promise<LanguageData> {
  if (language === SOURCE_LANGUAGE) return english;
  const loader = loaders[language];
  if (!loader) throw new Error(`No data for language ${language}`);
  return loader();
}

/** The review as built; the development server serves it fresh instead (see dev-api.ts). */
async function loadBuiltReview(): Promise<ReviewData> {
  return (await import('virtual:review-data')).default;
}

/** The comparison's sentence alignment, fetched by comparison pages only. */
async function loadBuiltAlignment(): Promise<AlignmentData> {
  return (await import('virtual:alignment-data')).loadAlignment();
}

export interface Loaders {
  readonly language: (language: LanguageCode) => Promise<LanguageData>;
  readonly review: () => Promise<ReviewData>;
  readonly alignment: () => Promise<AlignmentData>;
}

const DEFAULT_LOADERS: Loaders = { language: loadLanguage, review: loadBuiltReview, alignment: loadBuiltAlignment };

/**
 * Everything the app needs for a route, loading the route's languages first so the client renders
 * exactly what the prerendered page holds. A language that fails to load is shown in English, and said so.
 */
export async function prepareApp(
  route: Route,
  siteUrl: string,
  load: Partial<Loaders> = {},
  pdfs: readonly string[] = [],
): Promise<AppProps> {
  const loadersInUse: Loaders = { ...DEFAULT_LOADERS, ...load };
  const language = routeLanguage(route) ?? SOURCE_LANGUAGE;
  // `/` and the site-wide not-found page speak every language (they are prerendered only, never hydrated).
  const everyLanguage = route.kind === 'root' || (route.kind === 'not-found' && !route.language);
  const routeLanguages = route.kind === 'compare' ? route.languages : everyLanguage ? LANGUAGE_CODES : [language];
  // Each language's fallbacks too: i18next takes an untranslated interface string from them before English.
  const wanted = [...new Set(routeLanguages.flatMap((code) => [code, ...(getLanguage(code).fallbacks as readonly LanguageCode[])]))];
  const loaded = new Map<LanguageCode, LanguageData>([[SOURCE_LANGUAGE, english]]);
  const unavailable: LanguageCode[] = [];
  await Promise.all(
    wanted
      .filter((code) => code !== SOURCE_LANGUAGE)
      .map(async (code) => {
        try {
          loaded.set(code, await loadersInUse.language(code));
        } catch {
          unavailable.push(code);
        }
      }),
  );
  const review = route.kind === 'review' ? await loadersInUse.review() : undefined;
  // Without it the comparison shows whole paragraphs, as it did before sentences were aligned.
  const alignment = route.kind === 'compare' ? await loadersInUse.alignment().catch(() => undefined) : undefined;
  const failed = unavailable.includes(language) ? language : undefined;
  const shown = failed ? SOURCE_LANGUAGE : language;
  return {
    i18n: createI18n(shown, [...loaded.values()]),
    route,
    document: readerDocument(),
    initial: { requested: language, shown, failed, loading: false, stale: new Set(loaded.get(shown)?.stale ?? []) },
    loaded,
    unavailable,
    load: loadersInUse.language,
    siteUrl,
    pdfs: new Set(pdfs),
    ...(review ? { review } : {}),
    ...(alignment ? { alignment } : {}),
  };
}

import { isLanguageCode, LANGUAGE_CODES, type LanguageCode } from '../languages.ts';

/** At most this many languages side by side: more would not fit a line of reading width. */
export const MAX_COMPARED = 3;

export type Route =
  | { readonly kind: 'root' }
  | { readonly kind: 'reader'; readonly language: LanguageCode }
  /** `languages[0]` is the page's own language (its interface and `<html lang>`); the rest are compared with it. */
  | { readonly kind: 'compare'; readonly languages: readonly LanguageCode[] }
  /** The translators' review, its interface in `language`. */
  | { readonly kind: 'review'; readonly language: LanguageCode }
  /** `language`: the not-found page of one language's folder (`/da/404.html`); without it, the site-wide one in every language. */
  | { readonly kind: 'not-found'; readonly language?: LanguageCode };

/** The languages compared with `first`, in the language list's order, so each combination has one address. */
function canonicalCompared(first: LanguageCode, others: readonly LanguageCode[]): LanguageCode[] {
  return LANGUAGE_CODES.filter((code) => code !== first && others.includes(code)).slice(0, MAX_COMPARED - 1);
}

/**
 * `/` root; `/da/` reader; `/da/compare/en/` and `/da/compare/en/sv/` compare (the compared languages
 * in list order: each combination has one address, which the static build holds); `/da/review/` review.
 * A trailing `index.html` or a missing final slash is accepted; anything else is not found.
 */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { kind: 'root' };
  const parts = pathname
    .replace(/\/index\.html$/, '/')
    .split('/')
    .filter((p) => p !== '');
  const [first, view, ...rest] = parts;
  if (first === undefined || !isLanguageCode(first)) return { kind: 'not-found' };
  if (view === undefined) return { kind: 'reader', language: first };
  if (view === 'review' && rest.length === 0) return { kind: 'review', language: first };
  if (view === 'compare' && rest.length >= 1 && rest.length < MAX_COMPARED && rest.every(isLanguageCode)) {
    const others = rest as LanguageCode[];
    const canonical = canonicalCompared(first, others);
    if (canonical.length === others.length && canonical.every((code, i) => code === others[i]))
      return { kind: 'compare', languages: [first, ...others] };
  }
  return { kind: 'not-found' };
}

export function readerPath(language: LanguageCode): string {
  return `/${language}/`;
}

/** The compare address for these languages (the first is the page's own); one language is just its reader. */
export function comparePath(languages: readonly LanguageCode[]): string {
  const [first, ...others] = languages;
  if (first === undefined) throw new Error('comparePath needs a language');
  const compared = canonicalCompared(first, others);
  return compared.length === 0 ? readerPath(first) : `/${first}/compare/${compared.join('/')}/`;
}

/**
 * The comparison after the switcher picks `to` as the page's language: a compared language trades
 * places with the current one; a new one replaces it.
 */
export function switchedComparison(languages: readonly LanguageCode[], to: LanguageCode): LanguageCode[] {
  const [first, ...others] = languages;
  if (first === undefined || first === to) return [...languages];
  return others.includes(to) ? [to, ...others.map((c) => (c === to ? first : c))] : [to, ...others];
}

export function reviewPath(language: LanguageCode): string {
  return `/${language}/review/`;
}

/** Every address the static build writes a page for, except `/` and the not-found page. */
export function staticRoutes(): Route[] {
  const routes: Route[] = [];
  for (const first of LANGUAGE_CODES) {
    routes.push({ kind: 'reader', language: first });
    const others = LANGUAGE_CODES.filter((c) => c !== first);
    others.forEach((second, i) => {
      routes.push({ kind: 'compare', languages: [first, second] });
      for (const third of others.slice(i + 1)) routes.push({ kind: 'compare', languages: [first, second, third] });
    });
    routes.push({ kind: 'review', language: first });
  }
  return routes;
}

/** Where a route's page lives, as a path (`/da/compare/en/`). */
export function routePath(route: Route): string {
  switch (route.kind) {
    case 'root':
      return '/';
    case 'reader':
      return readerPath(route.language);
    case 'compare':
      return comparePath(route.languages);
    case 'review':
      return reviewPath(route.language);
    case 'not-found':
      return route.language ? `/${route.language}/404.html` : '/404.html';
  }
}

/** The language a route's page is written in. */
export function routeLanguage(route: Route): LanguageCode | undefined {
  switch (route.kind) {
    case 'reader':
    case 'review':
      return route.language;
    case 'compare':
      return route.languages[0];
    case 'not-found':
      return route.language;
    default:
      return undefined;
  }
}

/**
 * The one address of a comparison written another way (`/da/compare/sv/en/` → `/da/compare/en/sv/`,
 * `/da/compare/en/en/` → `/da/compare/en/`), or undefined when `pathname` is no such address.
 */
export function canonicalCompareAddress(pathname: string): string | undefined {
  const parts = pathname
    .replace(/\/index\.html$/, '/')
    .split('/')
    .filter((p) => p !== '');
  const [first, view, ...rest] = parts;
  if (first === undefined || !isLanguageCode(first) || view !== 'compare' || rest.length === 0 || !rest.every(isLanguageCode))
    return undefined;
  const others = [...new Set(rest as LanguageCode[])].filter((code) => code !== first);
  if (others.length === 0 || others.length >= MAX_COMPARED) return undefined;
  const canonical = comparePath([first, ...others]);
  return canonical === `/${parts.join('/')}/` ? undefined : canonical;
}

/** Compare addresses with the compared languages out of list order, each with its one address (prerendered as tiny pages that lead there). */
export function misorderedComparePaths(): { readonly path: string; readonly to: string }[] {
  const found: { path: string; to: string }[] = [];
  for (const first of LANGUAGE_CODES) {
    const others = LANGUAGE_CODES.filter((c) => c !== first);
    others.forEach((second, i) => {
      for (const third of others.slice(i + 1))
        found.push({ path: `/${first}/compare/${third}/${second}/`, to: comparePath([first, second, third]) });
    });
  }
  return found;
}

/** The language an address is in, from its first segment (`/da/whatever` → da), for the not-found page. */
export function pathLanguage(pathname: string): LanguageCode | undefined {
  const first = pathname.split('/').find((p) => p !== '');
  return first !== undefined && isLanguageCode(first) ? first : undefined;
}

/**
 * A language version's revision history, each past version and the history's Atom feed, and the glossary:
 * pages the build writes from git and locales/glossary.json (src/site/records.ts), read without the app.
 */
export const historyPath = (language: LanguageCode): string => `/${language}/history/`;
export const versionPath = (language: LanguageCode, id: string): string => `/${language}/history/${id}/`;
export const feedPath = (language: LanguageCode): string => `/${language}/history/feed.atom`;
export const glossaryPath = (language: LanguageCode): string => `/${language}/glossary/`;

import { isLanguageCode, type LanguageCode } from '../languages.ts';

export type Route =
  | { readonly kind: 'root' }
  | { readonly kind: 'reader'; readonly language: LanguageCode }
  | { readonly kind: 'not-found' };

/** `/` -> root, `/da/` (or `/da`, `/da/index.html`) -> reader, anything else -> not found. */
export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { kind: 'root' };
  const match = /^\/([a-z]{2,3})(?:\/(?:index\.html)?)?$/.exec(pathname);
  const code = match?.[1];
  if (code !== undefined && isLanguageCode(code)) return { kind: 'reader', language: code };
  return { kind: 'not-found' };
}

export function readerPath(language: LanguageCode): string {
  return `/${language}/`;
}

export const ORIGINAL_LANGUAGE: LanguageCode = 'en';

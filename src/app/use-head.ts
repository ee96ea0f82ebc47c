import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../languages.ts';
import { applyHead, headData } from './head.ts';
import { documentDate } from './i18n.ts';
import { routePath, type Route } from './routes.ts';

/**
 * Keeps the live document's head (lang, title, description, canonical) in line with the page shown,
 * as the prerender wrote it; one hook for every view instead of a copy in each.
 */
export function useDocumentHead(route: Route, language: LanguageCode, isoDate: string, siteUrl: string): void {
  const { t, i18n } = useTranslation();
  // Views build the route afresh on each render: its address is what identifies it.
  const path = routePath(route);
  const current = useRef(route);
  current.current = route;
  useEffect(() => {
    if (typeof window === 'undefined') return;
    applyHead(window.document, headData(current.current, language, t, documentDate(i18n, language, isoDate), siteUrl));
  }, [path, language, t, i18n, isoDate, siteUrl]);
}

import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../languages.ts';
import { applyHead, pageHead } from './head.ts';
import type { DocumentOutline } from '../core/wire/locale-data.ts';
import { routePath, type Route } from './routes.ts';

/**
 * Keeps the live document's head (lang, title, description, canonical, Open Graph, JSON-LD) in line
 * with the page shown, as the prerender wrote it; one hook for every view instead of a copy in each.
 */
export function useDocumentHead(route: Route, language: LanguageCode, outline: DocumentOutline, siteUrl: string): void {
  const { i18n } = useTranslation();
  // Views build the route afresh on each render: its address is what identifies it.
  const path = routePath(route);
  const apply = useEffectEvent(() => applyHead(window.document, pageHead(route, language, i18n, outline, siteUrl)));
  useEffect(() => {
    if (typeof window === 'undefined') return;
    apply();
  }, [path, language, i18n, outline, siteUrl]);
}

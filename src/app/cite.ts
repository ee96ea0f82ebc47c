import { createContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../languages.ts';
import { citation, type Citation } from './edition.ts';
import type { DocumentOutline } from '../core/wire/locale-data.ts';

export type ParagraphCitation = (paragraph: { readonly id: string; readonly number: number }) => Citation;

/** Per paragraph, its ready citation; provided by the reading view (the comparison has none). */
export const CiteContext = createContext<ParagraphCitation | null>(null);

/** The citation function a reading page gives its paragraphs. */
export function useParagraphCitation(language: LanguageCode, outline: DocumentOutline, siteUrl: string): ParagraphCitation {
  const { t, i18n } = useTranslation();
  return (paragraph) => citation(t, i18n, { language, outline, siteUrl, paragraph });
}

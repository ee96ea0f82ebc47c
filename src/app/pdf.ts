import { createContext } from 'react';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';

/** Where `npm run pdf` writes a language's PDF, or its bilingual one (that language beside English). */
export function pdfPath(language: LanguageCode, { bilingual = false }: { readonly bilingual?: boolean } = {}): string {
  return `/pdf/nordefco-declaration-${language}${bilingual && language !== SOURCE_LANGUAGE ? `-${SOURCE_LANGUAGE}` : ''}.pdf`;
}

/** The PDFs the build holds (site paths), from `npm run pdf`: the pages link them only then. */
export const PdfContext = createContext<ReadonlySet<string>>(new Set());

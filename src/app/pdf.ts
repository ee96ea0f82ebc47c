import { createContext } from 'react';
import { SOURCE_LANGUAGE, type LanguageCode } from '../languages.ts';

/** Where `npm run pdf` writes a language's PDF, or its bilingual one (that language beside English). */
export function pdfPath(language: LanguageCode, bilingual = false): string {
  return `/pdf/nordefco-declaration-${language}${bilingual && language !== SOURCE_LANGUAGE ? `-${SOURCE_LANGUAGE}` : ''}.pdf`;
}

/** Whether the build holds the PDFs (`npm run pdf` was run): the pages link them only then. */
export const PdfContext = createContext(false);

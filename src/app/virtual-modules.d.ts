declare module 'virtual:locale-data' {
  import type { LanguageCode } from '../languages';
  import type { DocumentOutline, LanguageData } from './locale-data';
  /** English, bundled with the app. */
  export const english: LanguageData;
  /** Every other language, each its own chunk, fetched on demand. */
  export const loaders: Readonly<Partial<Record<LanguageCode, () => Promise<{ default: LanguageData }>>>>;
  export const documents: readonly DocumentOutline[];
}

declare module 'virtual:locale-data' {
  import type { LanguageCode } from '../languages.ts';
  import type { DocumentOutline, LanguageData } from '../core/wire/locale-data.ts';
  /** English, bundled with the app. */
  export const english: LanguageData;
  /** Every other language, each its own JSON asset in the browser's build, fetched on demand. */
  export const loaders: Readonly<Partial<Record<LanguageCode, () => Promise<LanguageData>>>>;
  export const documents: readonly DocumentOutline[];
}

declare module 'virtual:review-data' {
  import type { ReviewData } from '../core/wire/review-data.ts';
  /** The translators' review as of the build. */
  const review: ReviewData;
  export default review;
}

declare module 'virtual:glossary-names' {
  /** Per term id, its name in each language (src/site/plugins/glossary-plugin.ts). */
  export function loadGlossaryNames(): Promise<Readonly<Record<string, Readonly<Record<string, string>>>>>;
}

declare module 'virtual:alignment-data' {
  import type { AlignmentData } from '../core/wire/alignment-data.ts';
  /** Every language's sentences and their English counterparts (src/site/alignment-data.ts); an asset the comparison fetches. */
  export function loadAlignment(): Promise<AlignmentData>;
}

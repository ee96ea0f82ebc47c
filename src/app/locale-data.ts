/** The shape of the data the locale plugin (src/build/locale-plugin.ts) serves to the app. */
import type { LanguageCode } from '../languages.ts';

export interface NestedStrings {
  [key: string]: string | NestedStrings;
}

/** One language's strings, as loaded on demand: every namespace, and which keys are stale. */
export interface LanguageData {
  readonly code: LanguageCode;
  readonly resources: Readonly<Record<string, NestedStrings>>;
  /** "namespace:key" of translations whose English changed since they were made. */
  readonly stale: readonly string[];
  /**
   * The documents' dates (ISO -> long form) formatted with Intl at build time: browsers ship
   * trimmed locale data (Chromium has none for Icelandic or Nynorsk), Node has it all.
   */
  readonly dates: Readonly<Record<string, string>>;
  /**
   * Per namespace, a fingerprint of the locale file this data was read from: the development
   * server refuses to save over a file that changed on disk since.
   */
  readonly versions: Readonly<Record<string, string>>;
}

/** The in-memory i18next namespace holding `LanguageData.dates`. */
export const DATES_NAMESPACE = '$dates';

export type BlockKind = 'title' | 'heading' | 'paragraph';

/** The structure of an English source document, which every language shares. */
export interface DocumentOutline {
  readonly namespace: string;
  /** ISO date of the meeting, formatted per language with Intl. */
  readonly date: string;
  /** Where the original was published. */
  readonly source: string;
  readonly blocks: readonly { readonly id: string; readonly kind: BlockKind }[];
}

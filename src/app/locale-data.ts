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
}

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

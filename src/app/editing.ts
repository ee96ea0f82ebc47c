import { createContext } from 'react';

/** What an editor needs to know about the translation of one key, as this page loaded it. */
export interface EditTarget {
  readonly language: string;
  readonly namespace: string;
  /** The translation as written in the locale file ({{placeholders}} unfilled); "" when untranslated. */
  readonly translation: string;
  /** The English it is to translate, as written in locales/en. */
  readonly english: string;
  /** The locale file's version when this page loaded it. */
  readonly version: string;
}

/** In-place editing, offered by the development server only (see src/site/plugins/dev-translations.ts). */
export interface Editing {
  target(key: string): EditTarget;
  /** A translation was saved: show it, as current, without a reload. */
  saved(saved: { readonly key: string; readonly translation: string; readonly version: string }): void;
}

export const EditingContext = createContext<Editing | null>(null);

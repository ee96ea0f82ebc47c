/** The shape of the data the locale plugin (src/site/plugins/locale-plugin.ts) serves to the app (src/app/). */
import type { LanguageCode } from '../../languages.ts';
import type { ReviewDiffPart as DiffPart } from './review-data.ts';
import type { TermMark } from './glossary-data.ts';

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
  /** This language's edition: when each namespace's text was last revised, and how it writes dates. */
  readonly edition: Edition;
  /** What the reading page adds to the documents' paragraphs, keyed `namespace:id`. */
  readonly reader: ReaderExtras;
}

/** Why a paragraph's translation was last revised, when that answered a change in the English. */
export interface ParagraphRevision {
  readonly date: string;
  /** revised: the translation rewritten after the English changed; confirmed: checked against it and kept. */
  readonly kind: 'revised' | 'confirmed';
}

/** What the reading page shows beside the texts, computed at build time (src/site/reader-extras.ts). */
export interface ReaderExtras {
  /** The agreed terms marked in each paragraph (first occurrence in the document of each). */
  readonly terms: Readonly<Record<string, readonly TermMark[]>>;
  /** Stale paragraphs: how the English changed since the translation was made, word by word. */
  readonly changes: Readonly<Record<string, readonly DiffPart[]>>;
  /** Paragraphs whose latest revision answered a change in the English, with its date. */
  readonly revisions: Readonly<Record<string, ParagraphRevision>>;
}

/** The in-memory i18next namespace holding `LanguageData.reader`. */
export const READER_EXTRAS_NAMESPACE = '$reader';

/** Why a revision date is not known (see src/node/revision.ts). */
export type RevisionUnknown = 'no-history' | 'uncommitted' | 'shallow';

export interface Edition {
  /**
   * Per namespace, the date (YYYY-MM-DD) its text in this language last changed in the git history the
   * site was built from (English: the source document), or why that is not known.
   */
  readonly revised: Readonly<Record<string, { readonly date: string } | { readonly unknown: RevisionUnknown }>>;
  readonly calendar: Calendar;
}

/**
 * How a language writes a long date, taken from Node's full Intl data at build time, so a browser
 * without that locale's data (Chromium has none for Icelandic or Nynorsk) can still write today's date.
 * `pattern` holds {d}, {m} and {y}; `months` the month as it appears in a date (Finnish "marraskuuta").
 */
export interface Calendar {
  readonly pattern: string;
  readonly months: readonly string[];
}

/** The in-memory i18next namespace holding `LanguageData.edition`. */
export const EDITION_NAMESPACE = '$edition';

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
  /** When the original was published there (YYYY-MM-DD, front matter `published:`), if recorded. */
  readonly published?: string;
  /** Who publishes this site (SITE_PUBLISHER at build time), if stated. */
  readonly publisher?: string;
  readonly blocks: readonly { readonly id: string; readonly kind: BlockKind }[];
}

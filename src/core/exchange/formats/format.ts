import type { ExchangeEntry, ExportCounts, LanguageExport } from '../exchange.ts';
import type { Result } from '../../common/result.ts';

/**
 * An exchange format is an adapter: it renders the export model into files and parses a file back
 * into entries with their positions. It decides nothing about what an import applies
 * (import-policy.ts does, for every format). Adding a format is one module and one npm script.
 */

export interface BuiltFile {
  /** The file's name inside the export folder. */
  readonly name: string;
  /** The language whose work the file carries, for a file per language; undefined for a memory of all of them. */
  readonly language?: string;
  readonly text: string;
  readonly counts: ExportCounts;
  /** What the file holds, when the counts alone would mislead (a memory holds no untranslated entries). */
  readonly summary?: string;
}

export interface ParseContext {
  /** The file as messages show it. */
  readonly file: string;
  /** The language the file is expected to hold. */
  readonly language: string;
}

export interface ExchangeFormat {
  /** As users name it: "PO", "XLIFF 1.2". */
  readonly label: string;
  /** The folder an export writes to by default (not committed). */
  readonly defaultDir: string;
  /** The file an import reads for a language. */
  fileName(language: string): string;
  /** The files of an export; the same input always gives the same bytes. */
  build(languages: readonly LanguageExport[]): BuiltFile[];
  parse(text: string, context: ParseContext): Result<readonly ExchangeEntry[]>;
}

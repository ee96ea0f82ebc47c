/**
 * The part of gettext-parser 10 this project uses. The package ships no types and
 * @types/gettext-parser stops at 9, so these are written from its lib/poparser.js and lib/pocompiler.js.
 */
declare module 'gettext-parser' {
  /** One entry's comment lines, each kind joined with "\n", without their `#.`, `#,`, `#|` markers. */
  export interface PoComments {
    readonly translator?: string;
    readonly reference?: string;
    readonly extracted?: string;
    /** `#, fuzzy, c-format` arrives as "fuzzy, c-format". */
    readonly flag?: string;
    /** Written verbatim after `#| ` per line, so it must hold `msgid "…"` already escaped. */
    readonly previous?: string;
  }

  export interface PoEntry {
    readonly msgctxt?: string;
    readonly msgid: string;
    readonly msgid_plural?: string;
    readonly msgstr: readonly string[];
    readonly comments?: PoComments;
  }

  /** msgctxt -> msgid -> entry; the header is the entry with empty msgctxt and msgid. */
  export type PoSection = Readonly<Record<string, Readonly<Record<string, PoEntry>>>>;

  export interface PoTable {
    readonly charset?: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly translations: PoSection;
    /** Written as `#~` entries. */
    readonly obsolete?: PoSection;
  }

  /** What parsing gives back: without a header entry there are no headers; without validation an entry may lack msgstr. */
  export interface ParsedPoEntry {
    readonly msgctxt?: string;
    readonly msgid: string;
    readonly msgid_plural?: string;
    readonly msgstr?: readonly string[];
    readonly comments?: PoComments;
  }

  export interface ParsedPo {
    readonly charset: string;
    readonly headers: Readonly<Record<string, string>> | undefined;
    readonly translations: Readonly<Record<string, Readonly<Record<string, ParsedPoEntry>>>>;
    readonly obsolete?: Readonly<Record<string, Readonly<Record<string, ParsedPoEntry>>>>;
  }

  export interface PoParseOptions {
    readonly defaultCharset?: string;
    /** Throw on duplicate entries, wrong msgstr counts and strings broken across lines. */
    readonly validation?: boolean;
  }

  export interface PoCompileOptions {
    /** Wrap strings the way GNU msgcat does at this width; 0 only breaks after "\n". */
    readonly foldLength?: number;
    readonly sort?: boolean;
    readonly escapeCharacters?: boolean;
    readonly eol?: string;
  }

  export const po: {
    /** Throws SyntaxError (often with a `lineNumber`) or RangeError on malformed input. */
    parse(input: string | Buffer, options?: PoParseOptions): ParsedPo;
    compile(table: PoTable, options?: PoCompileOptions): Buffer;
  };
}

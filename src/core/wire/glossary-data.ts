/** The agreed terms as the glossary pages, the marks in the text and their pop-ups show them (built from locales/glossary.json). */

/** A term marked in a paragraph: `text.slice(start, end)`, and the term's id. */
export type TermMark = readonly [start: number, end: number, term: string];

export interface GlossaryEntry {
  /** Its anchor on the glossary pages (`nordic-defence-concept`). */
  readonly id: string;
  /** The dictionary form in each language that has one. */
  readonly names: Readonly<Record<string, string>>;
  /** The forms the check accepts, by language (stems among them). */
  readonly forms: Readonly<Record<string, readonly string[]>>;
  /** The part of the note that concerns every language, as the glossary writes it. */
  readonly general?: string;
  /** The parts of the note about one language ("sv: …"), by language. */
  readonly conventions: Readonly<Record<string, string>>;
}

/** What a citation in the glossary's notes ("[R-dnn 3]") refers to, as the glossary pages list it. */
export interface GlossarySource {
  /** The citation without its brackets (`R-dnn 3`). */
  readonly id: string;
  /** Its anchor on the glossary pages (`source-r-dnn-3`). */
  readonly anchor: string;
  /** The source, as the reviser who cited it described it. */
  readonly text: string;
}

/** What a glossary page shows: the terms, and the sources their notes cite. */
export interface GlossaryData {
  readonly entries: readonly GlossaryEntry[];
  readonly sources: readonly GlossarySource[];
}

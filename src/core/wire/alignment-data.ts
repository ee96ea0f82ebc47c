/**
 * The sentence alignment the comparison marks up (built in src/site/alignment-data.ts): per language and
 * `namespace:key`, where each sentence of the text shown ends, and, for a translation, the English sentences
 * each renders. The English is the pivot: two translations' sentences are counterparts when they render a
 * common English sentence.
 */
export interface SentenceAlignment {
  /** End offset of each sentence in the text as shown (`{{date}}` filled in); sentences start after the white space that follows. */
  readonly ends: readonly number[];
  /** Translations: per sentence, the English sentence indices it renders. Absent for the English. */
  readonly links?: readonly (readonly number[])[];
  /** Who decided: the aligner, or a translator's correction. */
  readonly source?: 'aligner' | 'translator';
}

export type AlignmentData = Readonly<Record<string, Readonly<Record<string, SentenceAlignment>>>>;

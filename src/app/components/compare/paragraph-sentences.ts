import type { i18n } from 'i18next';
import { SOURCE_LANGUAGE } from '../../../languages.ts';
import type { AlignmentData } from '../../../core/wire/alignment-data.ts';
import type { DocumentOutline } from '../../../core/wire/locale-data.ts';
import { blockView, type BlockView } from '../../paragraphs.ts';
import { cellSentences, sentencesOf, type CellSentences } from './sentences.tsx';
import type { SentenceAt } from './use-sentence-links.ts';

interface Input {
  readonly alignment: AlignmentData | undefined;
  readonly outline: DocumentOutline;
  readonly view: BlockView;
  readonly column: number;
  /** The paragraph's index: the first row's sentences hold each column's tab stop. */
  readonly row: number;
  readonly chosen: SentenceAt | undefined;
  readonly i18n: i18n;
}

/** What a paragraph cell of the comparison needs for its sentences, and the English under the one chosen. */
export function paragraphSentences(input: Input): {
  of?: CellSentences;
  index: number;
  tabbable: boolean;
  counterpart?: { sentence: number; english: string };
} {
  const { alignment, outline, view, column, chosen } = input;
  const key = `${outline.namespace}:${view.id}`;
  const of = cellSentences(alignment, view.language, key);
  const base = { ...(of ? { of } : {}), index: column, tabbable: input.row === 0 };
  if (!of || !chosen || chosen.row !== view.id || chosen.column !== column || view.language === SOURCE_LANGUAGE) return base;
  const english = cellSentences(alignment, SOURCE_LANGUAGE, key);
  if (!english || chosen.english.length === 0) return base;
  const text = blockView(input.i18n, SOURCE_LANGUAGE, outline, view.id, new Set()).text;
  return { ...base, counterpart: { sentence: chosen.index, english: sentencesOf(text, english.ends, chosen.english) } };
}

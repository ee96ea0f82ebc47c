import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE, type LanguageCode } from '../../../languages.ts';
import type { AlignmentData } from '../../../core/wire/alignment-data.ts';
import type { DocumentOutline, LanguageData } from '../../../core/wire/locale-data.ts';
import { blockView, type BlockView } from '../../paragraphs.ts';
import { ParagraphTools } from '../ParagraphTools.tsx';
import { Cell, type CellProps } from './Cell.tsx';
import { paragraphSentences } from './paragraph-sentences.ts';
import { useSentenceLinks, type SentenceAt } from './use-sentence-links.ts';

interface Row {
  readonly block: DocumentOutline['blocks'][number];
  /** The block in each language, in the order of the columns. */
  readonly views: readonly BlockView[];
}

/** Each block of the document in each of the languages, the headings apart from the paragraphs. */
export function useCompareRows(
  outline: DocumentOutline,
  languages: readonly LanguageCode[],
  loaded: ReadonlyMap<LanguageCode, LanguageData>,
): { headings: Row[]; paragraphs: Row[] } {
  const { i18n } = useTranslation();
  const rows = useMemo(
    () =>
      outline.blocks.map((block) => ({
        block,
        views: languages.map((code) => blockView(i18n, code, outline, block.id, new Set(loaded.get(code)?.stale ?? []))),
      })),
    [outline, languages, loaded, i18n],
  );
  return { headings: rows.filter((r) => r.block.kind !== 'paragraph'), paragraphs: rows.filter((r) => r.block.kind === 'paragraph') };
}

interface RowsProps {
  readonly rows: readonly Row[];
  readonly languages: readonly LanguageCode[];
  /** The page's language. */
  readonly page: LanguageCode;
}

/** One row's cells, a column each; `more` gives a cell what its kind of row adds (a heading level, the sentences). */
function Cells({
  views,
  languages,
  page,
  more,
}: {
  readonly views: readonly BlockView[];
  readonly languages: readonly LanguageCode[];
  readonly page: LanguageCode;
  readonly more: (view: BlockView, column: number) => Pick<CellProps, 'level' | 'sentences'>;
}) {
  return (
    <div className="compare-cells">
      {views.map((view, i) => (
        <Cell key={languages[i]} view={view} column={languages[i] ?? SOURCE_LANGUAGE} page={page} {...more(view, i)} />
      ))}
    </div>
  );
}

/** The title and headings, a row each, every language's cell level with the others. */
export function HeadingRows({ rows, languages, page }: RowsProps) {
  return (
    <div className="compare-head">
      {rows.map(({ block, views }) => (
        <div key={block.id} id={block.id} className="compare-row">
          <Cells views={views} languages={languages} page={page} more={() => ({ level: block.kind === 'title' ? 2 : 3 })} />
        </div>
      ))}
    </div>
  );
}

/** The numbered paragraphs, a row each, whose sentences light up their counterparts (and show the English of one chosen). */
export function ParagraphRows({
  rows,
  languages,
  page,
  outline,
  alignment,
}: RowsProps & { readonly outline: DocumentOutline; readonly alignment: AlignmentData | undefined }) {
  const { t, i18n } = useTranslation();
  const list = useRef<HTMLOListElement>(null);
  const [chosen, setChosen] = useState<SentenceAt | undefined>();
  useSentenceLinks(list, setChosen);
  return (
    <ol className="paragraphs" ref={list}>
      {rows.map(({ block, views }, index) => (
        <li key={block.id} id={block.id} className="compare-row paragraph">
          <a
            className="paragraph-number"
            href={`#${block.id}`}
            aria-label={t('paragraph.link', { defaultValue: 'Link to paragraph {{number}}', number: index + 1 })}
          >
            {index + 1}
          </a>
          <Cells
            views={views}
            languages={languages}
            page={page}
            more={(view, i) => ({ sentences: paragraphSentences({ alignment, outline, view, column: i, row: index, chosen, i18n }) })}
          />
          <ParagraphTools id={block.id} number={index + 1} />
        </li>
      ))}
    </ol>
  );
}

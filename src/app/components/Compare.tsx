import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiText } from '../ui-text.tsx';
import { getLanguage, nameInText, SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import type { DocumentOutline, LanguageData } from '../../core/wire/locale-data.ts';
import { blockView } from '../paragraphs.ts';
import { pdfPath } from '../pdf.ts';
import { comparePath, switchedComparison } from '../routes.ts';
import { useDocumentHead } from '../use-head.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { LoadFailedNotice, TranslationNotice } from './Notices.tsx';
import { DocumentInfo, PrintIdentity } from './DocumentInfo.tsx';
import { DocumentStrip } from './DocumentStrip.tsx';
import { PageFrame } from './PageFrame.tsx';
import { ParagraphTools } from './ParagraphTools.tsx';
import { Cell, ColumnLabel } from './compare/Cell.tsx';
import { CompareControls } from './compare/CompareControls.tsx';
import { paragraphSentences } from './compare/paragraph-sentences.ts';
import { useSentenceLinks, type SentenceAt } from './compare/use-sentence-links.ts';
import type { AlignmentData } from '../../core/wire/alignment-data.ts';

interface Props {
  readonly document: DocumentOutline;
  readonly languages: readonly LanguageCode[];
  readonly loaded: ReadonlyMap<LanguageCode, LanguageData>;
  readonly unavailable: readonly LanguageCode[];
  readonly siteUrl: string;
  readonly alignment?: AlignmentData;
}

/** The same name within a sentence or after a colon ("Fjern svenska", "Side om side: dansk · English"). */
const nameWithin = (code: LanguageCode): string => nameInText(getLanguage(code));

/**
 * Two or three language versions side by side, one row per paragraph so each row's cells start level;
 * on narrow screens the rows interleave the languages, each cell labelled. Untranslated and stale
 * cells are marked as in the reading view.
 */
export function Compare({ document: outline, languages, loaded, unavailable, siteUrl, alignment }: Props) {
  const { t, i18n } = useTranslation();
  const ui = useUiText();
  const [first = SOURCE_LANGUAGE] = languages;
  const list = useRef<HTMLOListElement>(null);
  const [chosen, setChosen] = useState<SentenceAt | undefined>();
  useSentenceLinks(list, setChosen);

  useDocumentHead({ kind: 'compare', languages }, first, outline, siteUrl);
  const address = `${siteUrl.replace(/\/+$/, '')}${comparePath(languages)}`;
  // The build's bilingual PDF is each translation beside the English.
  const bilingualPdf =
    languages.length === 2 && languages[1] === SOURCE_LANGUAGE && first !== SOURCE_LANGUAGE
      ? pdfPath(first, { bilingual: true })
      : undefined;

  const rows = useMemo(
    () =>
      outline.blocks.map((block) => ({
        block,
        views: languages.map((code) => blockView(i18n, code, outline, block.id, new Set(loaded.get(code)?.stale ?? []))),
      })),
    [outline, languages, loaded, i18n],
  );
  const headingRows = rows.filter((r) => r.block.kind !== 'paragraph');
  const paragraphRows = rows.filter((r) => r.block.kind === 'paragraph');

  return (
    <PageFrame
      language={first}
      publisher={outline.publisher}
      skipLabel={ui.t('skipToText', { defaultValue: 'Skip to the declaration' })}
      header={
        <>
          <LanguageSwitcher current={first} hrefFor={(code) => comparePath(switchedComparison(languages, code))} keepPlace />
          {/* In the sticky header, as the reading view's way in is: at hand at any paragraph, which they keep. */}
          <CompareControls languages={languages} />
        </>
      }
      mainClass="page compare"
      mainProps={{ 'data-columns': languages.length }}
      source={outline.source}
    >
      <PrintIdentity language={first} outline={outline} address={address} />
      <h1 className="compare-title">
        {ui.t('compare.title', { defaultValue: 'Side by side' })}:{' '}
        {languages.map((code, i) => (
          <span key={code}>
            {i > 0 && ' · '}
            <span lang={code}>{nameWithin(code)}</span>
          </span>
        ))}
      </h1>
      {unavailable.map((code) => (
        <LoadFailedNotice key={code} language={code} onRetry={() => window.location.reload()} />
      ))}
      <TranslationNotice language={first} source={outline.source} />
      <DocumentStrip
        language={first}
        outline={outline}
        stale={new Set(loaded.get(first)?.stale ?? [])}
        address={address}
        englishSwitch={false}
        {...(bilingualPdf ? { pdf: bilingualPdf } : {})}
      />
      {/* A table only in print, where Chromium repeats a table's head on every page: the column labels.
          On screen its parts are display: contents, so the layout is that of its contents. */}
      <table className="compare-table" role="presentation">
        <thead>
          <tr>
            <td>
              <div className="compare-columns" aria-hidden="true">
                {languages.map((code) => (
                  <p key={code}>
                    <ColumnLabel code={code} />
                  </p>
                ))}
              </div>
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <div className="compare-head">
                {headingRows.map(({ block, views }) => (
                  <div key={block.id} id={block.id} className="compare-row">
                    <div className="compare-cells">
                      {views.map((view, i) => (
                        <Cell
                          key={languages[i]}
                          view={view}
                          column={languages[i] ?? SOURCE_LANGUAGE}
                          page={first}
                          level={block.kind === 'title' ? 2 : 3}
                        />
                      ))}
                    </div>
                  </div>
                ))}
              </div>
              <ol className="paragraphs" ref={list}>
                {paragraphRows.map(({ block, views }, index) => (
                  <li key={block.id} id={block.id} className="compare-row paragraph">
                    <a
                      className="paragraph-number"
                      href={`#${block.id}`}
                      aria-label={t('paragraph.link', { defaultValue: 'Link to paragraph {{number}}', number: index + 1 })}
                    >
                      {index + 1}
                    </a>
                    <div className="compare-cells">
                      {views.map((view, i) => (
                        <Cell
                          key={languages[i]}
                          view={view}
                          column={languages[i] ?? SOURCE_LANGUAGE}
                          page={first}
                          sentences={paragraphSentences({ alignment, outline, view, column: i, row: index, chosen, i18n })}
                        />
                      ))}
                    </div>
                    <ParagraphTools id={block.id} number={index + 1} />
                  </li>
                ))}
              </ol>
            </td>
          </tr>
        </tbody>
      </table>
      <DocumentInfo language={first} outline={outline} stale={new Set(loaded.get(first)?.stale ?? [])} siteUrl={siteUrl} />
    </PageFrame>
  );
}

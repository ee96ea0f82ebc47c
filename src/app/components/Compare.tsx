import { useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useUiText } from '../ui-text.tsx';
import { displayName, getLanguage, LANGUAGES, nameInText, SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import type { DocumentOutline, LanguageData } from '../../core/wire/locale-data.ts';
import { blockView, type BlockView } from '../paragraphs.ts';
import { keepPlace } from '../keep-place.ts';
import { comparePath, MAX_COMPARED, readerPath, switchedComparison } from '../routes.ts';
import { useDocumentHead } from '../use-head.ts';
import { StateMarker } from './Block.tsx';
import { CopyLink } from './CopyLink.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { LoadFailedNotice, TranslationNotice } from './Notices.tsx';
import { DocumentInfo, PrintIdentity } from './DocumentInfo.tsx';
import { Menu } from './Menu.tsx';
import { PageFrame } from './PageFrame.tsx';
import { SentenceText, type CellSentences } from './compare/sentences.tsx';
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

/** A column's label, standing alone: capitalised ("Svenska"). */
const name = (code: LanguageCode): string => displayName(getLanguage(code));
/** The same name within a sentence or after a colon ("Fjern svenska", "Side om side: dansk · English"). */
const nameWithin = (code: LanguageCode): string => nameInText(getLanguage(code));

/**
 * One language's version of a block: labelled with its language, tagged with it, marked when not a
 * current translation. The declaration's title (h2) and headings (h3) are headings in every column,
 * below the page's own h1 ("Side by side: …"), so the outline reads as in the reading view.
 */
interface CellProps {
  readonly view: BlockView;
  readonly column: LanguageCode;
  readonly level?: 2 | 3;
  /** Paragraph cells: the text's sentences, the column's index, and the English shown under a chosen sentence. */
  readonly sentences?: {
    readonly of?: CellSentences;
    readonly index: number;
    readonly tabbable: boolean;
    readonly counterpart?: { readonly sentence: number; readonly english: string };
  };
}

function Cell({ view, column, level, sentences }: CellProps) {
  const ui = useUiText();
  const Text = level === 2 ? 'h2' : level === 3 ? 'h3' : 'p';
  const counterpartId = `${view.id}-${column}-english`;
  const counterpart = sentences?.counterpart;
  return (
    <div className="cell" lang={column} data-state={view.state} data-column={sentences?.index}>
      <p className="cell-language">{name(column)}</p>
      <Text className={level ? 'cell-heading' : undefined} lang={view.language === column ? undefined : view.language}>
        {sentences ? (
          <SentenceText
            text={view.text}
            {...(sentences.of ? { sentences: sentences.of } : {})}
            tabbable={sentences.tabbable}
            {...(counterpart ? { described: { index: counterpart.sentence, id: counterpartId } } : {})}
          />
        ) : (
          view.text
        )}
      </Text>
      {counterpart && (
        <p className="counterpart" id={counterpartId}>
          <span className="counterpart-label">{ui.t('compare.counterpart', { defaultValue: 'In the English original:' })}</span>{' '}
          <span lang="en">{counterpart.english}</span>
        </p>
      )}
      <StateMarker view={view} />
    </div>
  );
}

/** The links that change which languages are compared; plain links, each to a prerendered page, opened at the reader's paragraph. */
function CompareControls({ languages }: { readonly languages: readonly LanguageCode[] }) {
  const { t } = useTranslation();
  const ui = useUiText();
  const [first = SOURCE_LANGUAGE, ...others] = languages;
  const addable = LANGUAGES.filter((l) => !languages.includes(l.code));
  return (
    <nav className="compare-controls" aria-label={t('compare.controls', { defaultValue: 'Languages compared' })}>
      <ul className="compare-shown">
        {others.map((code) => (
          <li key={code}>
            <a href={comparePath(languages.filter((c) => c !== code))} lang={ui.langOf('compare.remove')} {...keepPlace}>
              <Trans
                i18nKey="compare.remove"
                defaults="Remove <name>{{language}}</name>"
                values={{ language: nameWithin(code) }}
                components={{ name: <span lang={code} /> }}
              />
            </a>
          </li>
        ))}
        <li>
          <a href={readerPath(first)} {...keepPlace}>
            {ui.t('compare.leave', { defaultValue: 'Leave the comparison' })}
          </a>
        </li>
      </ul>
      {languages.length < MAX_COMPARED && (
        <Menu className="compare-add" summary={ui.t('compare.add', { defaultValue: 'Add a language' })}>
          <ul>
            {addable.map((l) => (
              <li key={l.code}>
                <a href={comparePath([...languages, l.code])} lang={l.code} hrefLang={l.code} {...keepPlace}>
                  {displayName(l)}
                </a>
              </li>
            ))}
          </ul>
        </Menu>
      )}
    </nav>
  );
}

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
      footer={{ source: outline.source }}
    >
      <PrintIdentity language={first} outline={outline} address={`${siteUrl.replace(/\/+$/, '')}${comparePath(languages)}`} />
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
      {/* A table only in print, where Chromium repeats a table's head on every page: the column labels.
          On screen its parts are display: contents, so the layout is that of its contents. */}
      <table className="compare-table" role="presentation">
        <thead>
          <tr>
            <td>
              <div className="compare-columns" aria-hidden="true">
                {languages.map((code) => (
                  <p key={code} lang={code}>
                    {name(code)}
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
                    <div className="paragraph-tools">
                      <a
                        className="paragraph-number"
                        href={`#${block.id}`}
                        aria-label={t('paragraph.link', { defaultValue: 'Link to paragraph {{number}}', number: index + 1 })}
                      >
                        {index + 1}
                      </a>
                      <CopyLink id={block.id} number={index + 1} />
                    </div>
                    <div className="compare-cells">
                      {views.map((view, i) => (
                        <Cell
                          key={languages[i]}
                          view={view}
                          column={languages[i] ?? SOURCE_LANGUAGE}
                          sentences={paragraphSentences({ alignment, outline, view, column: i, row: index, chosen, i18n })}
                        />
                      ))}
                    </div>
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

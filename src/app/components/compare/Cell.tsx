import { Trans } from 'react-i18next';
import { displayName, getLanguage, SOURCE_LANGUAGE, type LanguageCode } from '../../../languages.ts';
import type { BlockView } from '../../paragraphs.ts';
import { useUiText } from '../../ui-text.tsx';
import { StateMarker } from '../Block.tsx';
import { SentenceText, type CellSentences } from './sentences.tsx';

/** A column's label, standing alone: capitalised ("Svenska"). */
const name = (code: LanguageCode): string => displayName(getLanguage(code));

/**
 * A column's language and which text is authentic, in the page's language: "English, original", "Dansk,
 * unofficial translation". The language's name is its own, tagged with its `lang`.
 */
export function ColumnLabel({ code }: { readonly code: LanguageCode }) {
  const values = { language: name(code) };
  const components = { name: <span lang={code} /> };
  return code === SOURCE_LANGUAGE ? (
    <Trans i18nKey="compare.labelOriginal" defaults="<name>{{language}}</name>, original" values={values} components={components} />
  ) : (
    <Trans
      i18nKey="compare.labelTranslation"
      defaults="<name>{{language}}</name>, unofficial translation"
      values={values}
      components={components}
    />
  );
}

export interface CellProps {
  readonly view: BlockView;
  readonly column: LanguageCode;
  /** The page's language, which the label and the marker are written in. */
  readonly page: LanguageCode;
  readonly level?: 2 | 3;
  /** Paragraph cells: the text's sentences, the column's index, and the English shown under a chosen sentence. */
  readonly sentences?: {
    readonly of?: CellSentences;
    readonly index: number;
    readonly tabbable: boolean;
    readonly counterpart?: { readonly sentence: number; readonly english: string };
  };
}

/**
 * One language's version of a block: labelled with its language and standing, tagged with its language,
 * marked when not a current translation. The declaration's title (h2) and headings (h3) are headings in every
 * column, below the page's own h1 ("Side by side: …"), so the outline reads as in the reading view.
 */
export function Cell({ view, column, page, level, sentences }: CellProps) {
  const ui = useUiText();
  const Text = level === 2 ? 'h2' : level === 3 ? 'h3' : 'p';
  const label = column === SOURCE_LANGUAGE ? 'compare.labelOriginal' : 'compare.labelTranslation';
  const counterpartId = `${view.id}-${column}-english`;
  const counterpart = sentences?.counterpart;
  return (
    <div className="cell" lang={column} data-state={view.state} data-column={sentences?.index}>
      <p className="cell-language" lang={ui.langOf(label) ?? page}>
        <ColumnLabel code={column} />
      </p>
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
        <p className="counterpart" id={counterpartId} lang={page}>
          <span className="counterpart-label">{ui.t('compare.counterpart', { defaultValue: 'In the English original:' })}</span>{' '}
          <span lang="en">{counterpart.english}</span>
        </p>
      )}
      <div lang={page}>
        <StateMarker view={view} />
      </div>
    </div>
  );
}

import { useUiText } from '../ui-text.tsx';
import { getLanguage, nameInText, SOURCE_LANGUAGE, type LanguageCode } from '../../languages.ts';
import type { DocumentOutline, LanguageData } from '../../core/wire/locale-data.ts';
import { pdfPath } from '../pdf.ts';
import { comparePath, switchedComparison } from '../routes.ts';
import { useDocumentHead } from '../use-head.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { LoadFailedNotice, TranslationNotice } from './Notices.tsx';
import { DocumentInfo, PrintIdentity } from './DocumentInfo.tsx';
import { DocumentStrip } from './DocumentStrip.tsx';
import { PageFrame } from './PageFrame.tsx';
import { ColumnLabel } from './compare/Cell.tsx';
import { HeadingRows, ParagraphRows, useCompareRows } from './compare/CompareRows.tsx';
import { CompareControls } from './compare/CompareControls.tsx';
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
  const ui = useUiText();
  const [first = SOURCE_LANGUAGE] = languages;
  useDocumentHead({ kind: 'compare', languages }, first, outline, siteUrl);
  const address = `${siteUrl.replace(/\/+$/, '')}${comparePath(languages)}`;
  const rows = useCompareRows(outline, languages, loaded);
  const stale = new Set(loaded.get(first)?.stale ?? []);
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
      <CompareTitle languages={languages} />
      {unavailable.map((code) => (
        <LoadFailedNotice key={code} language={code} onRetry={() => window.location.reload()} />
      ))}
      <TranslationNotice language={first} source={outline.source} />
      <DocumentStrip
        language={first}
        outline={outline}
        stale={stale}
        address={address}
        englishSwitch={false}
        {...bilingualPdf(languages)}
      />
      {/* A table only in print, where Chromium repeats a table's head on every page: the column labels.
          On screen its parts are display: contents, so the layout is that of its contents. */}
      <table className="compare-table" role="presentation">
        <thead>
          <tr>
            <td>
              <ColumnLabels languages={languages} />
            </td>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <HeadingRows rows={rows.headings} languages={languages} page={first} />
              <ParagraphRows rows={rows.paragraphs} languages={languages} page={first} outline={outline} alignment={alignment} />
            </td>
          </tr>
        </tbody>
      </table>
      <DocumentInfo language={first} outline={outline} stale={stale} siteUrl={siteUrl} />
    </PageFrame>
  );
}

/** The build's bilingual PDF, each translation beside the English: for a translation compared with the English. */
function bilingualPdf(languages: readonly LanguageCode[]): { pdf?: string } {
  const [first, second] = languages;
  return languages.length === 2 && second === SOURCE_LANGUAGE && first !== undefined && first !== SOURCE_LANGUAGE
    ? { pdf: pdfPath(first, { bilingual: true }) }
    : {};
}

function CompareTitle({ languages }: { readonly languages: readonly LanguageCode[] }) {
  const ui = useUiText();
  return (
    <h1 className="compare-title">
      {ui.t('compare.title', { defaultValue: 'Side by side' })}:{' '}
      {languages.map((code, i) => (
        <span key={code}>
          {i > 0 && ' · '}
          <span lang={code}>{nameWithin(code)}</span>
        </span>
      ))}
    </h1>
  );
}

/** The column labels, shown only in print, where the table's head repeats them on every page. */
function ColumnLabels({ languages }: { readonly languages: readonly LanguageCode[] }) {
  return (
    <div className="compare-columns" aria-hidden="true">
      {languages.map((code) => (
        <p key={code}>
          <ColumnLabel code={code} />
        </p>
      ))}
    </div>
  );
}

import { useCallback, useState } from 'react';
import { useUiText } from '../ui-text.tsx';
import type { LanguageCode } from '../../languages.ts';
import { fetchReview } from '../dev-api.ts';
import type { DocumentOutline } from '../../core/wire/locale-data.ts';
import type { ReviewData, ReviewLanguage } from '../../core/wire/review-data.ts';
import { reviewPath } from '../routes.ts';
import { useDocumentHead } from '../use-head.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { PageFrame } from './PageFrame.tsx';
import { ReviewCounts } from './review/ReviewCounts.tsx';
import { ReviewEntry } from './review/ReviewEntry.tsx';
import { ReviewAlignments } from './review/ReviewAlignments.tsx';
import { ReviewFilters } from './review/ReviewFilters.tsx';
import { languageLabel } from './review/status-text.ts';
import { filterReview, useReviewFilters } from './review/use-review-filters.ts';

interface Props {
  readonly language: LanguageCode;
  readonly data: ReviewData;
  readonly document: DocumentOutline;
  readonly siteUrl: string;
}

/** Whether the review can be edited here, and what the figures stand for. */
function ReviewNotices({ data }: { readonly data: ReviewData }) {
  const ui = useUiText();
  return (
    <>
      {import.meta.env.DEV ? (
        <p className="notice">
          {ui.t('review.editable', {
            defaultValue:
              'Development server: translations you save here are checked as the extraction checks them and written to the locale files, with their sync state.',
          })}
        </p>
      ) : (
        <p className="notice">
          {ui.t('review.notice', {
            defaultValue:
              'This page lists, language by language, what is not yet translated, what needs checking because the English has changed, and translations of text the English no longer has. Nothing can be changed here: to translate or correct a paragraph, ask the publisher of this site for your language’s file, for your translation tool (XLIFF, PO) or as plain text. The translator’s guide explains each way.',
          })}
        </p>
      )}
      {!data.upToDate && (
        <div className="notice notice-error">
          <p>
            {ui.t('review.outOfDate', { defaultValue: 'Some files are out of date: these figures are what npm run extract will record.' })}
          </p>
          {import.meta.env.DEV && !data.englishUpToDate && (
            <p>{ui.t('review.extractFirst', { defaultValue: 'To edit translations here, run npm run extract, then reload this page.' })}</p>
          )}
        </div>
      )}
    </>
  );
}

/** A language's entries to review and its sentence alignment; nothing where it has neither. */
function LanguageSection({
  review: l,
  outline,
  editable,
  onSaved,
}: {
  readonly review: ReviewLanguage;
  readonly outline: DocumentOutline;
  readonly editable: boolean;
  readonly onSaved: () => void;
}) {
  if (l.entries.length === 0 && (l.alignments ?? []).length === 0) return null;
  return (
    <section aria-labelledby={`review-${l.language}`}>
      <h2 id={`review-${l.language}`} lang={l.language}>
        {languageLabel(l.language)}
      </h2>
      <ul className="review-entries">
        {l.entries.map((entry) => (
          <ReviewEntry
            outline={outline}
            key={`${entry.namespace}:${entry.key}`}
            entry={entry}
            language={l.language}
            version={l.versions[entry.namespace] ?? ''}
            editable={editable}
            onSaved={onSaved}
          />
        ))}
      </ul>
      <ReviewAlignments language={l.language} outline={outline} alignments={l.alignments ?? []} editable={editable} onSaved={onSaved} />
    </section>
  );
}

/**
 * For translators: per language, what is untranslated, stale or obsolete, with the figures of
 * `npm run status`. Read-only in the static build; editable through the development server.
 */
export function Review({ language, data: initialData, document: outline, siteUrl }: Props) {
  const ui = useUiText();
  const [data, setData] = useState(initialData);
  const { filters, setFilters } = useReviewFilters(language, initialData);
  useDocumentHead({ kind: 'review', language }, language, outline, siteUrl);

  // Only the development server can have new data; the static build's review is fixed at build time.
  const refresh = useCallback(async (): Promise<void> => {
    if (import.meta.env.DEV) setData(await fetchReview());
  }, []);

  const shown = filterReview(data, filters);
  const count = shown.reduce((n, l) => n + l.entries.length, 0);
  // An edit answers to the English of locales/en: while the document is ahead of it, that would be the wrong English.
  const editable = import.meta.env.DEV && data.englishUpToDate;

  return (
    <PageFrame
      language={language}
      publisher={outline.publisher}
      skipLabel={ui.t('review.skip', { defaultValue: 'Skip to the review' })}
      header={<LanguageSwitcher current={language} hrefFor={reviewPath} />}
      mainClass="page review"
    >
      <h1>{ui.t('review.title', { defaultValue: 'Translation review' })}</h1>
      <ReviewNotices data={data} />
      <ReviewCounts data={data} />
      <ReviewFilters languages={data.languages.map((l) => l.language)} filters={filters} onChange={setFilters} />
      <p role="status" className="review-shown">
        {ui.t('review.shown', { defaultValue: 'Entries shown: {{number}}', number: count })}
      </p>
      {shown.map((l) => (
        <LanguageSection key={l.language} review={l} outline={outline} editable={editable} onSaved={() => void refresh()} />
      ))}
      {count === 0 && (
        <p>{ui.t('review.nothing', { defaultValue: 'Nothing to review here: every entry is translated and up to date.' })}</p>
      )}
    </PageFrame>
  );
}

import { useUiText } from '../../ui-text.tsx';
import { REVIEW_STATUSES, type ReviewData } from '../../../core/wire/review-data.ts';
import { languageLabel, useStatusText } from './status-text.ts';

/** Per language, the figures `npm run status` gives. */
export function ReviewCounts({ data }: { readonly data: ReviewData }) {
  const ui = useUiText();
  const statusText = useStatusText();
  // On a phone the table scrolls within its region rather than breaking its headings' words.
  return (
    <div className="table-scroll" role="region" aria-labelledby="review-counts-caption" tabIndex={0}>
      <table className="review-counts">
        <caption id="review-counts-caption">{ui.t('review.counts', { defaultValue: 'Entries by language and state' })}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.t('review.language', { defaultValue: 'Language' })}</th>
            <th scope="col">{ui.t('review.translated', { defaultValue: 'Translated' })}</th>
            {REVIEW_STATUSES.map((s) => (
              <th key={s} scope="col">
                {statusText[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.languages.map((l) => (
            <tr key={l.language} data-language={l.language}>
              <th scope="row" lang={l.language}>
                {languageLabel(l.language)}
              </th>
              <td>{l.counts.translated}</td>
              {REVIEW_STATUSES.map((s) => (
                <td key={s} data-status={s}>
                  {l.counts[s]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

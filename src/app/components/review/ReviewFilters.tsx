import { useTranslation } from 'react-i18next';
import { useUiText } from '../../ui-text.tsx';
import { REVIEW_STATUSES } from '../../../core/wire/review-data.ts';
import { useMounted } from '../../use-mounted.ts';
import { languageLabel, useStatusText } from './status-text.ts';
import type { Filters } from './use-review-filters.ts';

interface Props {
  readonly languages: readonly string[];
  readonly filters: Filters;
  readonly onChange: (next: Partial<Filters>) => void;
}

/**
 * Language and state, as radio groups. A static host serves the page alike whatever its query, so
 * without scripts they cannot filter: they are disabled then, still saying (checked) what is shown.
 */
export function ReviewFilters({ languages, filters, onChange }: Props) {
  const { t } = useTranslation();
  const ui = useUiText();
  const mounted = useMounted();
  const statusText = useStatusText();
  return (
    <form className="review-filters" onSubmit={(e) => e.preventDefault()}>
      <fieldset disabled={!mounted}>
        <legend>{ui.t('review.language', { defaultValue: 'Language' })}</legend>
        {['all', ...languages].map((code) => (
          <label key={code}>
            <input
              type="radio"
              name="lang"
              value={code}
              checked={filters.language === code}
              onChange={() => onChange({ language: code })}
            />{' '}
            {code === 'all' ? t('review.all', { defaultValue: 'All' }) : <span lang={code}>{languageLabel(code)}</span>}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={!mounted}>
        <legend>{ui.t('review.state', { defaultValue: 'State' })}</legend>
        {(['all', ...REVIEW_STATUSES] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="state" value={s} checked={filters.status === s} onChange={() => onChange({ status: s })} />{' '}
            {s === 'all' ? t('review.all', { defaultValue: 'All' }) : statusText[s]}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

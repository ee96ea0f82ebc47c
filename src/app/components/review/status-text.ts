import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../../../core/wire/review-data.ts';
import { displayName, getLanguage, isLanguageCode } from '../../../languages.ts';

/** What each review state is called in the page's language. */
export function useStatusText(): Readonly<Record<ReviewStatus, string>> {
  const { t } = useTranslation();
  return {
    untranslated: t('review.untranslated', { defaultValue: 'Untranslated' }),
    stale: t('review.stale', { defaultValue: 'Stale' }),
    obsolete: t('review.obsolete', { defaultValue: 'Obsolete' }),
  };
}

/** A language's name in itself, or the code of a folder that is not one of the site's languages. */
export const languageLabel = (code: string): string => (isLanguageCode(code) ? displayName(getLanguage(code)) : code);

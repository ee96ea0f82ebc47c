import { useTranslation } from 'react-i18next';
import { displayName, LANGUAGES, type LanguageCode } from '../../languages.ts';
import { comparePath } from '../routes.ts';

/** From the reading view into the side-by-side view: plain links, so it works before and without scripts. */
export function CompareMenu({ language }: { readonly language: LanguageCode }) {
  const { t } = useTranslation();
  return (
    <details className="compare-menu">
      <summary>{t('compare.open', { defaultValue: 'Compare with another language' })}</summary>
      <ul>
        {LANGUAGES.filter((l) => l.code !== language).map((other) => (
          <li key={other.code}>
            <a href={comparePath([language, other.code])} lang={other.code} hrefLang={other.code}>
              {displayName(other)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

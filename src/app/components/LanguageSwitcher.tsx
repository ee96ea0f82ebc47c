import { useTranslation } from 'react-i18next';
import { displayName, getLanguage, LANGUAGES, type LanguageCode } from '../../languages.ts';
import { readerPath } from '../routes.ts';

interface Props {
  readonly current: LanguageCode;
  /** Where each language's link goes: its reading page unless the view says otherwise. */
  readonly hrefFor?: (language: LanguageCode) => string;
  /** The pages are the same text in another language: open them at the reader's paragraph (enhance/keep-place.ts). */
  readonly keepPlace?: boolean;
}

/**
 * Every language named in itself and tagged with its own `lang`, so it is read out correctly. Each is a
 * plain link to its prerendered page (with scripts, at the paragraph being read, and announced there). On
 * phones the list sits behind one control that names the current language (styles/header.css): a menu
 * (enhance/menus.ts) that opens and closes without scripts, as a <details> does, and keeps the header one line.
 */
export function LanguageSwitcher({ current, hrefFor = readerPath, keepPlace = false }: Props) {
  const { t } = useTranslation();
  const label = t('languages.label', { defaultValue: 'Language' });
  const place = keepPlace ? { 'data-keep-place': '' } : {};
  return (
    <nav className="switcher" aria-label={label} data-menu="">
      <details className="switcher-toggle">
        <summary>
          <span className="visually-hidden">{label}: </span>
          <span lang={current}>{displayName(getLanguage(current))}</span>
        </summary>
      </details>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language.code}>
            <a
              href={hrefFor(language.code)}
              lang={language.code}
              hrefLang={language.code}
              aria-current={language.code === current ? 'page' : undefined}
              data-switch-language=""
              {...place}
            >
              {displayName(language)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
